/**
 * Word boundaries for the search index, and their removal for display.
 *
 * Pagefind segments Chinese itself when a page's language is `zh`, but at 10,000 practices its segmenter costs about
 * 1 MB of memory per page and half of the indexing time. The indexer (src/indexer/) therefore marks the word
 * boundaries itself, with the same segmenter the browser uses for the query (`Intl.Segmenter`, ICU's dictionary),
 * and hands Pagefind text in which words are separated by spaces, under a language Pagefind does not segment.
 *
 * Pagefind then stores that text as the page's content, which the search page shows in its excerpts. So that an
 * excerpt reads exactly like the page, the two transforms are inverse:
 * - {@link segmentText} puts a space between two words where at least one side is Chinese (CJK) and there was no
 *   space, and marks a space that *was* in the text next to Chinese with a word joiner (U+2060) before it;
 * - {@link unsegment} removes every unmarked space next to Chinese and the marks.
 * Pagefind folds any run of whitespace into one space, so a marked run comes back as one space.
 */

/** Chinese characters and the punctuation set around them (full-width forms, CJK symbols, quotes, ellipsis, dash). */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014\u2015\u00b7\u2e80-\u2fdf]/u;
/** The mark of a space that was in the text. */
export const KEPT_SPACE = '\u2060';
const WS = /\s/u;

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Whether a character is Chinese or the punctuation around it. */
export const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);
/** The last character (code point) of a string, undefined for an empty one. */
export const lastOf = (s: string): string | undefined => (s ? String.fromCodePoint(s.codePointAt(s.length - (s.length > 1 && /[\udc00-\udfff]/.test(s.at(-1)!) ? 2 : 1))!) : undefined);
const firstOf = (s: string): string | undefined => (s ? String.fromCodePoint(s.codePointAt(0)!) : undefined);

/**
 * `text` with a space at every word boundary next to Chinese, and its own spaces next to Chinese marked. A `.` on
 * either side of a boundary gets no space (Pagefind ends a block with ". ", which {@link unsegment} keeps).
 */
export function segmentText(text: string): string {
  if (!CJK.test(text)) return text;
  let out = '';
  let prev: string | undefined; // last character written, whitespace excluded
  let pendingSpace = '';
  for (const { segment } of segmenter.segment(text)) {
    if (WS.test(segment) && !segment.trim()) {
      pendingSpace += segment;
      continue;
    }
    const first = firstOf(segment);
    if (pendingSpace) {
      // A space of the text: marked when Chinese is on either side, so that unsegment keeps it.
      out += isCjk(prev) || isCjk(first) ? `${KEPT_SPACE}${pendingSpace}` : pendingSpace;
      pendingSpace = '';
    } else if (prev !== undefined && (isCjk(prev) || isCjk(first)) && prev !== '.' && first !== '.') {
      out += ' ';
    }
    out += segment;
    prev = lastOf(segment);
  }
  return out + (pendingSpace && isCjk(prev) ? `${KEPT_SPACE}${pendingSpace}` : pendingSpace);
}

/**
 * The text as the page shows it, from the content Pagefind stored for a page indexed with {@link segmentText}: a
 * space next to Chinese goes unless it is marked (then the mark goes), and a space after `.` stays.
 */
export function unsegment(content: string): string {
  return unsegmentParts([content])[0]!;
}

/**
 * {@link unsegment} over consecutive pieces of one text (an excerpt split at its highlights), each piece cleaned with
 * its neighbours in view.
 */
export function unsegmentParts(parts: readonly string[]): string[] {
  const cps = parts.flatMap((p) => Array.from(p));
  const out: string[] = [];
  let at = 0;
  for (const part of parts) {
    let clean = '';
    for (const ch of part) {
      const i = at++;
      if (ch === KEPT_SPACE) continue;
      if (ch === ' ') {
        const before = cps[i - 1];
        if (before !== KEPT_SPACE && before !== '.' && (isCjk(before) || isCjk(cps[i + 1]))) continue;
      }
      clean += ch;
    }
    out.push(clean);
  }
  return out;
}
