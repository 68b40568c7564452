/**
 * Paragraphs to an MDX body: 一、 headings become `##`, standalone （一） headings `###`, 一是 and 1. paragraphs stay
 * paragraphs; footnotes (¹ text) move to the end as `[^1]: text` with `[^1]` where the mark stood; characters MDX
 * would read as syntax are escaped.
 */
import { FOOTNOTE, SECTION, SUBSECTION, isStandalone } from './clean.ts';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** `¹²` → 12. */
function superscriptNumber(s: string): number {
  return Number([...s].map((c) => SUPERSCRIPT.indexOf(c)).join(''));
}

/**
 * Escapes what MDX or Markdown would take as syntax: braces and angle brackets (JSX), emphasis, list and heading
 * marks, and ~~ (struck through; a single ~, as in 1~3亿元, is text: astro.config.mjs sets remark-gfm's singleTilde off).
 */
function escapeMdx(text: string): string {
  return text
    .replace(/[\\`*_{}<>]/g, (c) => `\\${c}`)
    .replace(/~(?=~)|(?<=~)~/g, '\\~')
    .replace(/^(#{1,6}\s|[-+]\s|\d+[.)]\s)/, (m) => `\\${m}`);
}

/** The Markdown of one paragraph: a heading, or escaped prose. */
function paragraphToMarkdown(p: string): string {
  // A table (rows on lines of their own): one line, its rows kept apart by line breaks (a paragraph of several lines
  // would read as one broken by the extraction).
  // Its cells, set apart by runs of spaces in the extraction, keep one ideographic space between them: spaces would
  // collapse on the page, and the figures of a row would run together.
  if (p.includes('\n')) return p.split('\n').map((row) => escapeMdx(row.trim().replace(/[ \u3000]{2,}/g, '\u3000'))).join('<br>');
  if (SECTION.test(p) && isStandalone(p)) return `## ${escapeMdx(p)}`;
  if (SUBSECTION.test(p) && isStandalone(p)) return `### ${escapeMdx(p)}`;
  return escapeMdx(p);
}

/** Renders paragraphs as an MDX body (blocks separated by blank lines, ending with a newline). */
export function toMarkdown(paragraphs: readonly string[]): string {
  const notes = new Map<number, string>();
  const blocks: string[] = [];
  for (const p of paragraphs) {
    const m = FOOTNOTE.exec(p);
    if (m) notes.set(superscriptNumber(m[0].trim()), p.slice(m[0].length).trim());
    else blocks.push(p);
  }
  const body = blocks.map((p) =>
    paragraphToMarkdown(p).replace(/(?<=\S)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g, (mark) => {
      const n = superscriptNumber(mark);
      return notes.has(n) ? `[^${n}]` : mark;
    }),
  );
  for (const [n, text] of notes) body.push(`[^${n}]: ${escapeMdx(text)}`);
  return `${body.join('\n\n')}\n`;
}
