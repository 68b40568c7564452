import { readYamlText } from './yaml.ts';
import { explainYamlError } from './yaml-error.ts';

/** A Markdown/MDX file split into its parsed YAML frontmatter and its body. */
interface SplitFile {
  data: Record<string, unknown>;
  body: string;
  /** Line of the file (1-based) on which the body begins, so messages about the body can name the file's own line. */
  bodyLine: number;
}

/**
 * The YAML between a file's `---` lines and the body after them (byte-order mark dropped, line ends made `\n`), or
 * undefined when the file has no frontmatter. The YAML starts on the file's second line.
 */
export function frontmatterParts(text: string): { yaml: string; body: string } | undefined {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  return m ? { yaml: m[1]!, body: m[2]! } : undefined;
}

/**
 * Splits `---` frontmatter from a Markdown/MDX file. Throws with a readable message when the frontmatter is missing
 * or is not valid YAML; `file` is only used in messages.
 */
export function splitFrontmatter(text: string, file: string): SplitFile {
  const parts = frontmatterParts(text);
  if (!parts) throw new Error(`${file}: ${fenceProblem(text)}`);
  const { yaml, body } = parts;
  let data: unknown;
  try {
    data = readYamlText(yaml);
  } catch (e) {
    // The frontmatter starts on the file's second line, after the opening ---.
    throw new Error(`${file}: frontmatter 不是有效的 YAML：${explainYamlError(e, yaml, 1)}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: frontmatter 应为键值对（YAML 映射）`);
  }
  // The opening ---, the frontmatter's lines and the closing --- come before the body.
  return { data: data as Record<string, unknown>, body, bodyLine: yaml.split('\n').length + 3 };
}

/** Why a file's frontmatter is not found: what is wrong with its `---` lines, as precisely as can be said. */
function fenceProblem(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return '文件是空的：应以 --- 行开始，写 frontmatter，再以 --- 行结束';
  if (lines[first]!.trim() !== '---') return '缺少以 --- 开头和结束的 frontmatter：文件的第一行应是 ---';
  if (first > 0) return `第 1 行到第 ${first} 行是空行：frontmatter 的 --- 必须是文件的第一行，请删去它前面的空行`;
  if (lines[0] !== '---') return '第 1 行的 --- 前后有空格：这一行只能是 ---，请删去空格';
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) return 'frontmatter 没有结束：在最后一个字段之后加一行 ---，正文写在它后面';
  if (lines[close] !== '---') return `第 ${close + 1} 行的 --- 前后有空格：这一行只能是 ---，请删去空格`;
  return '缺少以 --- 开头和结束的 frontmatter';
}
