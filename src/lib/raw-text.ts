/**
 * The lines of a raw extracted text (a seed) as both the ingest and the content check read them: whitespace removed,
 * characters normalized, page numbers and running headers recognized, and the line patterns both look for.
 */
import { dropPageNumbers } from './fidelity.ts';
import { halfWidthDigits } from './numbers.ts';
import { withoutWhitespace } from './whitespace.ts';

/** Numbered measure: 1. 1． 1、 (not 1.21倍, a number split at the line start). */
export const NUMBERED = /^\d{1,2}\s*[.．、](?!\d)/;
/** A line ending in a date and 印发: the colophon of a briefing or a document. */
export const COLOPHON = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发\s*$/;

/**
 * Character-level clean-up that changes no wording: line ends (CRLF, CR, form feed) to LF, full-width digits, ％
 * and decimal points to ASCII, tabs and no-break spaces to spaces, `**` emphasis carried over by the extraction
 * removed.
 */
export function normalizeChars(text: string): string {
  return halfWidthDigits(text.replace(/^\uFEFF/, '').replace(/\r\n?|\f|\u2028|\u2029|\u0085/g, '\n'))
    .replace(/(?<=\d)．(?=\d)/g, '.')
    .replace(/％/g, '%')
    .replace(/[\t\u00a0]/g, ' ')
    .replace(/\*\*/g, '');
}

// Page-number styles beyond those fidelity.ts knows: 第3页 共12页, 3/12, Page 3.
const MORE_PAGE_NUMBERS = /^[\s\u3000]*(?:第\s*\d+\s*页\s*[，,]?\s*共\s*\d+\s*页|\d{1,3}\s*\/\s*\d{1,3}|[Pp]age\s*\d+)[\s\u3000]*$/;

/** Drops page-number lines in every style (— 5—, - 3 -, 第3页, a bare number, 3/12). */
export function removePageNumbers(text: string): string {
  return dropPageNumbers(text)
    .split('\n')
    .filter((l) => !MORE_PAGE_NUMBERS.test(l))
    .join('\n');
}

/** Whether a line is a page number in any style. */
export function isPageNumber(line: string): boolean {
  return line.trim() !== '' && removePageNumbers(line).trim() === '';
}

/** A physical line of the extracted text. */
export interface Line {
  text: string;
  /** The line starts with an indentation of two or more spaces (a paragraph start in some extractions). */
  indent: boolean;
}

/** Splits into trimmed lines; one leading space (a page-start artifact of the extraction) means nothing. */
export function toLines(text: string): Line[] {
  return text.split('\n').map((raw) => ({ text: raw.trim(), indent: /^[ \u3000]{2,}\S/.test(raw) }));
}

/**
 * Drops running headers: lines that repeat a series title (alone, or with an issue number, sub-series, date or page
 * number), and short lines without punctuation that recur three times or more, at least twice next to a page number
 * (so a subheading such as 主要做法 that recurs in every practice is kept). The first `keepTop` non-empty lines are
 * the masthead and are kept.
 */
export function removeRunningHeaders(lines: Line[], titles: readonly string[], keepTop = 6): Line[] {
  const filled = lines.map((l, i) => ({ l, i })).filter((x) => x.l.text);
  const nearPage = new Set<number>();
  filled.forEach((x, k) => {
    const around = filled.slice(Math.max(0, k - 2), k + 3);
    if (around.some((y) => y !== x && isPageNumber(y.l.text))) nearPage.add(x.i);
  });
  const counts = new Map<string, { all: number; near: number }>();
  for (const { l, i } of filled) {
    const s = withoutWhitespace(l.text);
    if (s.length < 4 || s.length > 30 || /[，。；！？：,]/.test(s) || isPageNumber(l.text)) continue;
    const c = counts.get(s) ?? { all: 0, near: 0 };
    c.all++;
    if (nearPage.has(i)) c.near++;
    counts.set(s, c);
  }
  const known = titles.map(withoutWhitespace).filter((t) => t.length >= 4);
  const isHeader = (s: string): boolean => {
    const c = counts.get(s);
    if (c && c.all >= 3 && c.near >= 2) return true;
    return known.some((t) => {
      if (!s.startsWith(t)) return false;
      const rest = s.slice(t.length);
      return /^(?:[（(][^）)]{1,10}[)）])?(?:第\d+期)?(?:\d{4}年\d{1,2}月\d{1,2}日)?(?:[—–\-－]?\d{1,3}[—–\-－]?)?$/.test(rest);
    });
  };
  let seen = 0;
  return lines.filter((l) => {
    if (!l.text) return true;
    seen++;
    return seen <= keepTop || !isHeader(withoutWhitespace(l.text));
  });
}
