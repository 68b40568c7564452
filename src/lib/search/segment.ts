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
 *
 * Both the index and the query (src/lib/search/query.ts) cut words with {@link segmentWords}: ICU's cuts, corrected
 * by {@link COMPOUND_CUTS}.
 */

/** Chinese characters and the punctuation set around them (full-width forms, CJK symbols, quotes, ellipsis, dash). */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014\u2015\u00b7\u2e80-\u2fdf]/u;
/** The mark of a space that was in the text. */
export const KEPT_SPACE = '\u2060';
const WS = /\s/u;

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * Policy compounds that ICU's dictionary cuts across a word boundary in running text, each with the cut ICU gives it
 * typed alone (`|` between words). In 人均可支配收入 ICU reads 人|均可|支配|收入 (均可, "all may", takes the 均 of 人均 and
 * the 可 of 可支配), though it cuts 人均 typed alone 人|均 and 可支配收入 可|支配|收入: a query for either missed the pages
 * that print 人均可支配收入, and an excerpt highlighted 人[均可支配收入]. In 高校毕业生来青 it reads 毕业|生来 (生来,
 * "born"), so 高校毕业生 (高校|毕业|生) missed it. Wherever a word of ICU's starts with a listed compound, the compound's
 * cut replaces ICU's up to its end (人|均|可|支配|收入, 毕业|生|来); a compound inside a word (the 人均 of 个人|均可, "each
 * person may") is left alone. The index and the query are cut with it alike ({@link segmentWords},
 * {@link segmentQuery}). A compound is added only where a sentence of the texts cuts it otherwise than ICU cuts it alone,
 * and with ICU's own cut of it alone: the browser's ICU cuts every word of a query again, and keeps these whole.
 * `tests/unit/search/segment.test.ts` checks each entry against every sentence of the texts.
 */
export const COMPOUND_CUTS: readonly string[] = ['人|均', '毕业|生'];

const compounds = COMPOUND_CUTS.map((cut) => {
  const words = cut.split('|');
  let at = 0;
  const bounds = words.map((w) => (at += w.length));
  return { text: words.join(''), bounds };
}).sort((a, b) => b.text.length - a.text.length);

/**
 * The words of `text` (whitespace and punctuation included, as `Intl.Segmenter` gives them), with {@link COMPOUND_CUTS}
 * applied.
 */
export function segmentWords(text: string): string[] {
  const icu = Array.from(segmenter.segment(text), (s) => s.segment);
  if (!compounds.some((c) => text.includes(c.text))) return icu;
  const cut = new Array<boolean>(text.length + 1).fill(false);
  let at = 0;
  cut[0] = true;
  for (const w of icu) cut[(at += w.length)] = true;
  for (let i = 0; i < text.length; i++) {
    if (!cut[i]) continue;
    const c = compounds.find((x) => text.startsWith(x.text, i));
    if (!c) continue;
    for (let k = 1; k < c.text.length; k++) cut[i + k] = false;
    for (const b of c.bounds) cut[i + b] = true;
    i += c.text.length - 1;
  }
  const out: string[] = [];
  let from = 0;
  for (let i = 1; i <= text.length; i++) {
    if (!cut[i]) continue;
    out.push(text.slice(from, i));
    from = i;
  }
  return out;
}

/** Whether a character is Chinese or the punctuation around it. */
export const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);
/** The last character (code point) of a string, undefined for an empty one. */
export const lastOf = (s: string): string | undefined => (s ? String.fromCodePoint(s.codePointAt(s.length - (s.length > 1 && /[\udc00-\udfff]/.test(s.at(-1)!) ? 2 : 1))!) : undefined);
const firstOf = (s: string): string | undefined => (s ? String.fromCodePoint(s.codePointAt(0)!) : undefined);

/**
 * A Pagefind query with its words separated by spaces as the index has them ({@link segmentWords}). Pagefind cuts a
 * query itself with the browser's ICU, which knows nothing of {@link COMPOUND_CUTS}, but keeps words that are already
 * apart: so 人均可支配收入 is searched as 人 均 可 支配 收入, the words of the index, not ICU's 人 均可 支配 收入. Quotes
 * (an exact phrase) stay where they are.
 */
export function segmentQuery(q: string): string {
  if (!CJK.test(q)) return q;
  let out = '';
  let prev: string | undefined;
  for (const segment of segmentWords(q)) {
    if (!segment.trim()) {
      out += ' ';
      prev = undefined;
      continue;
    }
    const first = firstOf(segment);
    if (prev !== undefined && prev !== '"' && first !== '"' && (isCjk(prev) || isCjk(first))) out += ' ';
    out += segment;
    prev = lastOf(segment);
  }
  return out;
}

/**
 * `text` with a space at every word boundary next to Chinese, and its own spaces next to Chinese marked. A `.` on
 * either side of a boundary gets no space (Pagefind ends a block with ". ", which {@link unsegment} keeps).
 */
export function segmentText(text: string): string {
  if (!CJK.test(text)) return text;
  let out = '';
  let prev: string | undefined; // last character written, whitespace excluded
  let pendingSpace = '';
  for (const segment of segmentWords(text)) {
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
function unsegmentParts(parts: readonly string[]): string[] {
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
