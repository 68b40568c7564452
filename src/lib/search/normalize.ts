/**
 * Text normalization shared by the query parser, the ranker and the excerpt builder.
 *
 * Chinese text from the briefings has incidental spaces (PDF extraction), full-width digits and both kinds of
 * punctuation, so two strings are compared in a "squashed" form: NFKC-folded (２５６８．８５ → 2568.85), lower-cased,
 * without whitespace, punctuation or symbols. A squashed string keeps a map back to the original positions so that a
 * match can be highlighted in the original text.
 */

/**
 * The longest query that is searched, in characters other than spaces ({@link queryLength}); the rest of a pasted
 * paragraph is ignored (Pagefind would load every chunk).
 */
export const MAX_QUERY_LENGTH = 64;

/**
 * The length of a query as the cap counts it: its code points other than whitespace. Spaces carry no meaning for the
 * search, and PDF text pastes with spaces around its figures (2021 年, 2.58 万人次): counted, a cut could fall just
 * after a space, leaving a query of 63 characters that did not read as cut.
 */
export function queryLength(q: string): number {
  return Array.from(q).filter((c) => !/\s/u.test(c)).length;
}

/** Code points that carry no meaning for search: C0/C1 controls, zero-width characters, BOM, variation selectors. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\ufe00-\ufe0f]/gu;

/**
 * The query as the reader typed it, tidied: invisible characters removed, runs of whitespace (also the ideographic
 * space) collapsed to one space, trimmed, and cut after its {@link MAX_QUERY_LENGTH}th character other than a space
 * (never inside a surrogate pair). Full-width punctuation stays as typed (玉环，股权激励); the query parser folds it
 * (query.ts).
 */
export function cleanQuery(raw: string | null | undefined): string {
  if (!raw) return '';
  const folded = raw.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
  let kept = 0;
  let out = '';
  for (const c of folded) {
    if (c !== ' ' && ++kept > MAX_QUERY_LENGTH) break;
    out += c;
  }
  return out.trim();
}

/** A string in comparison form, with `map[i]` = the index in the original string of squashed character `i`. */
export interface Squashed {
  text: string;
  map: number[];
}

const KEEP = /[\p{L}\p{N}%]/u;
const DIGIT = /\p{Nd}/u;
/**
 * Punctuation that ends a clause or a list item (after NFKC: ，→ , ；→ ; and so on), and the full stop with which
 * Pagefind joins a page's blocks. A match must not run across it: 上学 is not in 以上，学前教育, nor 工人 in 员工，人均.
 * Quotes, brackets, dashes and the middle dot do not break a match (扩中提低 is in “扩中”“提低”).
 */
const CLAUSE_END = /[,;:!?。、…．.]/u;
/** What a clause break becomes in a squashed page text with `breaks`: a character no squashed query term holds. */
export const BREAK = '|';

/**
 * The comparison form of `s`: NFKC, lower case, letters/digits/percent only, and `.` kept only between two digits (so
 * 2568.85 survives but a sentence's full stop does not). Works per code point, so the map stays exact.
 *
 * With `breaks` (a page's text, not a query), each run of clause-ending punctuation leaves one {@link BREAK}, so that a
 * term is not found across two clauses.
 */
export function squash(s: string, breaks = false): Squashed {
  const chars: string[] = [];
  const map: number[] = [];
  const cps = Array.from(s);
  let at = 0;
  for (let k = 0; k < cps.length; k++) {
    const cp = cps[k]!;
    const folded = cp.normalize('NFKC').toLowerCase();
    for (const ch of folded) {
      if (KEEP.test(ch)) {
        chars.push(ch);
        map.push(at);
      } else if (ch === '.' && betweenDigits(chars, cps[k + 1])) {
        chars.push('.');
        map.push(at);
      } else if (breaks && ((CLAUSE_END.test(ch) && chars.length) || (NUMBER_JOIN.test(ch) && betweenDigits(chars, nextKept(cps, k + 1)))) && chars[chars.length - 1] !== BREAK) {
        chars.push(BREAK);
        map.push(at);
      }
    }
    at += cp.length;
  }
  return { text: chars.join(''), map };
}

/**
 * A dash or tilde between two numbers (2021—2023年, 2020-2035, 5～6万元) joins two figures: in a page's text it leaves a
 * break, as clause punctuation does, so that 2023 is found whole there and not as the end of 20212023.
 */
const NUMBER_JOIN = /[-‐‑‒–—―~〜]/u;

/** The first character from index `from` on that is not whitespace (a segmented text has spaces around a dash). */
function nextKept(cps: readonly string[], from: number): string | undefined {
  let k = from;
  while (k < cps.length && /\s/u.test(cps[k]!)) k++;
  return cps[k];
}

/** Whether the last character kept and the next one are both digits. */
function betweenDigits(before: readonly string[], next: string | undefined): boolean {
  const prev = before[before.length - 1];
  const after = next?.normalize('NFKC');
  return !!prev && DIGIT.test(prev) && !!after && DIGIT.test(after);
}

/** Just the comparison text of `s` (see {@link squash}). */
export function squashText(s: string): string {
  return squash(s).text;
}

const ASCII_DIGIT = /\d/;

/**
 * A figure counted in a unit that 次 turns into another one (7155人, 30户, 12场): 7155人次 counts times, not people, so
 * it is another figure. What may stand between the number and its counter: 万 or 亿, 余 or 多.
 */
const COUNTED = /\d[万亿余多]*[\p{Script=Han}]$/u;

/**
 * Every start index of `needle` in `haystack` from index `from` on (non-overlapping), capped at `limit`. A needle that
 * starts or ends with a digit matches only a whole number there: 5000 is not found in 15000 or 50000, nor 1.5 in 1.54.
 * A figure with its counter matches only that counter: 7155人 is not found in 7155人次 (squashed from 7155人/次).
 */
export function occurrences(haystack: string, needle: string, limit = 50, from = 0): number[] {
  const out: number[] = [];
  if (!needle) return out;
  const numericStart = ASCII_DIGIT.test(needle[0]!);
  const numericEnd = ASCII_DIGIT.test(needle[needle.length - 1]!);
  const counted = COUNTED.test(needle) && !needle.endsWith('次');
  let i = haystack.indexOf(needle, from);
  while (i !== -1 && out.length < limit) {
    const end = i + needle.length;
    const inNumber =
      (numericStart && /[\d.]/.test(haystack[i - 1] ?? '')) ||
      (numericEnd && /^\.?\d/.test(haystack.slice(end, end + 2))) ||
      (counted && haystack[end] === '次');
    if (!inNumber) out.push(i);
    i = haystack.indexOf(needle, inNumber ? i + 1 : end);
  }
  return out;
}

/**
 * Character bigrams of a squashed term (a 2-character term is its own single bigram), without those that hold a
 * digit or a Latin letter: a number is matched whole (see {@link occurrences}), never by its pieces, and gd is no
 * piece of a word typed in pinyin.
 */
export function bigrams(term: string): string[] {
  const cps = Array.from(term);
  const out: string[] = [];
  if (cps.length < 2) out.push(...cps);
  else for (let i = 0; i < cps.length - 1; i++) out.push(cps[i]! + cps[i + 1]!);
  return [...new Set(out)].filter((b) => !/[\da-z]/.test(b));
}
