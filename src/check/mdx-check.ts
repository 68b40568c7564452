/**
 * The body of a `.mdx` page compiled as the build compiles it (@mdx-js/mdx, with GFM), before the build: a JSX syntax
 * error, a component the site does not provide or code in the body would otherwise stop `astro build` with an
 * English message and a stack trace, or run at build time.
 *
 * The site renders a body with `<Content />` and no `components` (src/pages/practices/[id].astro,
 * src/pages/plans/[id].astro), so no component is available to a body: {@link MDX_COMPONENTS} is empty. Expressions
 * (`{…}`), JSX attribute expressions and `import`/`export` are JavaScript that runs when the site is built, and a
 * text from a PDF never needs them: they are refused.
 */
import { compileSync } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { cutText } from '../lib/format.ts';

/** Components a body may use: the site passes none to a body (see above). */
const MDX_COMPONENTS: readonly string[] = [];

interface MdxProblem {
  /** 1-based line of the body. */
  line: number;
  message: string;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; value?: unknown; name?: string }[];
  children?: Node[];
  position?: { start: { line: number } };
}


/** What a parser message means for an editor, in Chinese (the parser's own words follow it). */
function explain(reason: string, ruleId: string | undefined): string {
  if (/^Unexpected closing tag/.test(reason)) {
    const open = /closing tag for `<([^>`]*)>`/.exec(reason)?.[1];
    return `标签没有成对闭合${open ? `（<${open}> 要以 </${open}> 结束）` : ''}，构建会失败`;
  }
  if (/^Expected a closing tag for/.test(reason)) {
    const open = /`<([^>`\s]*)[^`]*>`/.exec(reason)?.[1];
    return `标签没有闭合${open ? `：<${open}> 要以 </${open}> 结束，不需要结束标签的写成 <${open} />（如 <br />）` : ''}，构建会失败`;
  }
  if (ruleId === 'unexpected-eof') return '花括号 { 或标签 < 没有结束，构建会失败。要显示 { 或 < 本身时写成 \\{ 或 \\<';
  if (ruleId === 'unexpected-character' && /attribute value/.test(reason)) return '标签的属性值要加引号（class="x"），构建会失败';
  if (ruleId === 'unexpected-character') return '在 .mdx 中 < 和 { 有特殊含义，这里的写法无法解析，构建会失败。要显示 < 或 { 本身时写成 \\< 或 \\{';
  if (ruleId === 'unexpected-lazy') return '标签或花括号跨行时，后面的行缩进或引用符号（>）不一致，构建会失败';
  if (ruleId === 'acorn' || /expression/i.test(reason)) return '花括号中的内容无法解析，构建会失败。要显示花括号本身时写成 \\{ 和 \\}';
  return '无法按 MDX 解析，构建会失败';
}

/** Problems of an `.mdx` body; `firstLine` is the file's line the body begins on, so positions are the file's. */
export function mdxProblems(body: string, firstLine = 1): MdxProblem[] {
  const out: MdxProblem[] = [];
  const shift = firstLine - 1;
  const lineOf = (n: Node) => (n.position?.start.line ?? 1) + shift;
  const collect = () => (tree: Node) => {
    const visit = (n: Node) => {
      if (n.type === 'mdxjsEsm') {
        out.push({ line: lineOf(n), message: `正文中不能有 import/export 语句（${cutText(String(n.value ?? '').split('\n')[0]!, 40)}）：它们会在构建时执行代码。请删除这一行` });
      } else if ((n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') && /^\s*\/\*[^]*\*\/\s*$/.test(String(n.value ?? ''))) {
        // {/* 待核对 */}: a note to the next editor, not code, but still not the source's text.
        out.push({ line: lineOf(n), message: `正文中不能有注释（{${cutText(String(n.value ?? ''), 40)}}）：正文只收原文的文字。注释说的事核对完后，删除这条注释` });
      } else if (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') {
        out.push({ line: lineOf(n), message: `正文中不能有 {…} 表达式（{${cutText(String(n.value ?? ''), 40)}}）：花括号里的内容会在构建时作为代码执行。要显示花括号本身，写成 \\{ 和 \\}` });
      } else if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
        const name = n.name ?? '';
        // An HTML tag is lower case (<span>, <my-tag>); anything else (<Chart>, <a.b>, <>) is a component.
        if (!/^[a-z][a-z0-9-]*$/.test(name) && !MDX_COMPONENTS.includes(name)) {
          out.push({
            line: lineOf(n),
            message: `组件 <${name}> 不存在：本站显示正文时不提供任何组件（可用的组件：${MDX_COMPONENTS.length ? MDX_COMPONENTS.join('、') : '无'}），构建会失败。请删除这个标签；正文只用 Markdown`,
          });
        }
        for (const a of n.attributes ?? []) {
          if (a.type === 'mdxJsxExpressionAttribute' || (a.value && typeof a.value === 'object')) {
            out.push({ line: lineOf(n), message: `标签 <${name}> 的属性${a.name ? ` ${a.name}` : ''}是 {…} 表达式：花括号里的内容会在构建时作为代码执行。属性值请写成带引号的文字（如 class="x"）` });
          }
        }
      }
      for (const c of n.children ?? []) visit(c);
    };
    visit(tree);
  };
  try {
    compileSync(body, { remarkPlugins: [remarkGfm, collect] });
  } catch (e) {
    const m = e as { reason?: string; message?: string; ruleId?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
    const reason = String(m.reason ?? m.message ?? e);
    const line = (m.place?.start?.line ?? m.place?.line ?? m.line ?? 1) + shift;
    // The parser's positions are the body's; shown as the file's, like every other line in the report.
    const shown = reason.replace(/\((\d+):(\d+)-(\d+):(\d+)\)/g, (_, l1, c1, l2, c2) => `(${Number(l1) + shift}:${c1}-${Number(l2) + shift}:${c2})`);
    return [{ line, message: `MDX 语法错误：${explain(reason, m.ruleId)}（解析器：${shown}）` }];
  }
  return out.sort((a, b) => a.line - b.line);
}
