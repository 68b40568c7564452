/**
 * Fidelity: proves a curated body says exactly what its raw source says. Both sides are reduced to their characters
 * (whitespace, Markdown syntax, page numbers and footnote marks removed); every paragraph of the body must then occur
 * in the source, after the editor's recorded corrections of extraction slips are applied.
 */

/** A recorded correction of an extraction slip: `from` in the raw text reads `to` on the page. */
export interface Correction {
  from: string;
  to: string;
}

const PAGE_NUMBER_LINE = /^[\s\u3000]*(?:[—–\-－]\s*\d+\s*[—–\-－]|第\s*\d+\s*页|\d{1,3})[\s\u3000]*$/;
const SUPERSCRIPT_DIGITS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/g;

/** Drops page-number lines (— 5—, - 3 -, 第3页, a bare number) from raw extracted text. */
export function dropPageNumbers(raw: string): string {
  return raw
    .split(/\r?\n/)
    .filter((line) => !PAGE_NUMBER_LINE.test(line))
    .join('\n');
}

/** Reduces raw source text to its characters for comparison. */
export function normalizeSource(raw: string, corrections: readonly Correction[] = []): string {
  // `**` around words is emphasis markup that the extraction carried over, not text.
  let text = dropPageNumbers(raw).replace(SUPERSCRIPT_DIGITS, '').replace(/\*\*/g, '');
  text = squeeze(text);
  for (const c of corrections) text = text.split(squeeze(c.from)).join(squeeze(c.to));
  return text;
}

/** Reduces one Markdown paragraph to its characters: no whitespace, heading marks, emphasis, footnote refs or escapes. */
export function normalizeMarkdown(md: string): string {
  const text = md
    .replace(/^\s*#{1,6}\s+/gm, '')
    .replace(/^\s*\[\^[^\]]+\]:\s*/gm, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .replace(/^\s*>\s?/gm, '');
  return squeeze(text);
}

function squeeze(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

/** Splits a Markdown body into paragraphs (blocks separated by blank lines). */
export function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0 && !/^import\s/.test(p));
}

/** Paragraphs of `body` whose characters do not occur in `source`: an empty list means the body is faithful. */
export function unfaithfulParagraphs(body: string, source: string, corrections: readonly Correction[] = []): string[] {
  const src = normalizeSource(source, corrections);
  return paragraphs(body).filter((p) => {
    const n = normalizeMarkdown(p);
    return n.length > 0 && !src.includes(n);
  });
}
