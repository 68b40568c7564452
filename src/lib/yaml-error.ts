/**
 * A YAML syntax error explained to an editor: the file's own line number, the line itself and what is probably wrong
 * with it in Chinese, then the parser's text. The `yaml` parser counts lines from the start of the text it was given:
 * `lineOffset` is the number of lines of the file before that text (1 for frontmatter, after the opening `---`).
 */
import { cutText } from './format.ts';

interface YamlErrorLike {
  code?: string;
  message?: string;
  linePos?: { line: number; col: number }[];
}

/** Indentation width of a line (spaces and tabs). */
const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;

/** Whether `line` opens a quote it does not close (`"` or `'`, YAML's doubled `''` and escaped `\"` aside). */
function unclosedQuote(line: string): boolean {
  const value = line.replace(/^\s*(?:-\s+)?(?:[^\s:'"][^:]*:\s+)?/, '');
  if (value.startsWith('"')) return !/^"(?:[^"\\]|\\.)*"/.test(value);
  if (value.startsWith("'")) return !/^'(?:[^']|'')*'/.test(value);
  return false;
}

const BRACKET = '方括号或花括号未闭合：[ 要有对应的 ]，{ 要有对应的 }';

/** The last line up to `at` that opens more [ or { than it closes (the parser notices only where the text goes on). */
function unclosedBracket(lines: string[], at: number): number {
  for (let i = Math.min(at, lines.length - 1); i >= 0; i--) {
    const count = (re: RegExp) => (lines[i]!.match(re) ?? []).length;
    if (count(/\[/g) > count(/\]/g) || count(/\{/g) > count(/\}/g)) return i;
  }
  return at;
}

/** Where the error is (0-based index into `lines`) and why, from the parser's code and the text around it. */
function diagnose(code: string, message: string, lines: string[], at: number): { at: number; why: string } {
  const line = lines[at] ?? '';
  const nextIndex = lines.findIndex((l, i) => i > at && l.trim() !== '' && !l.trim().startsWith('#'));
  const next = nextIndex >= 0 ? lines[nextIndex]! : undefined;
  const INDENT = '缩进不一致：同一层的字段要左对齐，下一层多缩进两个空格，列表项以“- ”开头';
  const TAB = '不能用 Tab 缩进，请改用空格';
  // A Tab in the indent of this line or the one before, which the parser reports only as the structure it breaks (a
  // line of a block text, a key after the Tab's line): the Tab is the mistake to name.
  const tabbed = (i: number) => /^ *\t/.test(lines[i] ?? '');
  const before = lines.slice(0, at).findLastIndex((l) => l.trim() !== '');
  const structural = !['DUPLICATE_KEY', 'BAD_SCALAR_START'].includes(code) && !(code === 'MISSING_CHAR' && /quote/i.test(message));
  if (structural && tabbed(at)) return { at, why: TAB };
  if (structural && before >= 0 && tabbed(before) && code !== 'TAB_AS_INDENT') return { at: before, why: TAB };
  switch (code) {
    case 'TAB_AS_INDENT':
      return { at, why: TAB };
    case 'DUPLICATE_KEY':
      return { at, why: '同一个字段写了两次，删去其中一个' };
    case 'BAD_SCALAR_START': {
      const ch = /reserved character (\S)/.exec(message)?.[1] ?? /start with (\S)/.exec(message)?.[1];
      return { at, why: `值不能以 ${ch ?? '这个符号'} 开头：请给整个值加引号` };
    }
    case 'MISSING_CHAR':
      if (/quote/i.test(message)) {
        // The parser notices the missing quote where the text ends; the quote was opened on an earlier line.
        for (let i = Math.min(at, lines.length - 1); i >= 0; i--) {
          if (unclosedQuote(lines[i]!)) return { at: i, why: '引号未闭合：开头的引号没有对应的结束引号（值里本身有引号时，外面换用另一种引号）' };
        }
        return { at, why: '引号未闭合：开头的引号没有对应的结束引号' };
      }
      if (/flow|[\]}]/i.test(message)) return { at: unclosedBracket(lines, at), why: BRACKET };
      return { at, why: INDENT };
    case 'BAD_INDENT':
      if (/flow/i.test(message)) return { at: unclosedBracket(lines, at), why: BRACKET };
      return { at, why: INDENT };
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN': {
      if (/^\s*(?:-\s+)?[^\s:#'"][^:\s]*：/.test(line) && !line.includes(':')) {
        return { at, why: '字段名后用了全角冒号“：”，应为半角冒号加空格“: ”' };
      }
      if (/^\s*(?:-\s+)?[^\s:#'"][^:\s]*:[^\s]/.test(line)) return { at, why: '冒号后要有空格（写成 字段: 值）' };
      const value = /^\s*(?:-\s+)?[^\s:#'"][^:]*:\s+(.*)$/.exec(line)?.[1];
      if (value && /^["']/.test(value) && code === 'UNEXPECTED_TOKEN') return { at, why: '引号后还有文字：整个值都应放在引号里' };
      if (value && !/^["'[{|>]/.test(value) && /:\s|\s#/.test(value)) {
        return { at, why: '值里有“: ”或“ #”，YAML 会把它当作格式：请给整个值加引号' };
      }
      if (next !== undefined && indentOf(next) > indentOf(line) && value) return { at: nextIndex, why: INDENT };
      if (!line.includes(':') && !/^\s*-/.test(line)) return { at, why: '缺少冒号：每行应写成 字段: 值' };
      return { at, why: code === 'UNEXPECTED_TOKEN' ? '这一行有多余的内容' : INDENT };
    }
    default:
      return { at, why: 'YAML 格式错误' };
  }
}

/**
 * The message for a YAML error thrown by the `yaml` parser on `source`: `第 N 行 “…”：<why>（解析器：<text>）`, N counted
 * in the whole file (`lineOffset` lines come before `source`).
 */
export function explainYamlError(error: unknown, source: string, lineOffset = 0): string {
  const e = (error ?? {}) as YamlErrorLike;
  const parser = String(e.message ?? error).split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const pos = e.linePos?.[0];
  if (!pos) return `YAML 格式错误（解析器：${parser}）`;
  const lines = source.split('\n');
  const { at, why } = diagnose(e.code ?? '', parser, lines, pos.line - 1);
  const text = (lines[at] ?? '').replace(/\s+$/, '');
  const shown = cutText(text, 80);
  return `第 ${at + 1 + lineOffset} 行 “${shown}”：${why}（解析器：${parser}）`;
}
