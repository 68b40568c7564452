/**
 * What a metric's quote says in words: where it starts in its sentence.
 * Pure helpers for the content check's metric rules.
 */
const HAN = /^\p{Script=Han}$/u;
let segmenter: Intl.Segmenter | undefined;

/** A word of the text that a quote cuts into: the word and the offset in the text where it starts. */
export interface CutWord {
  word: string;
  start: number;
}

/**
 * The word of `text` that a quote starting at offset `at` cuts into, or undefined when the quote starts where a word
 * does. A page break in the raw text can split a word (…原材料、加 / 工配套企业 70 余家…), and a quote copied from
 * the line after the break starts in the middle of it (工配套企业 70 余家): the page then marks half a word. Only a
 * start between two Chinese characters is judged, with the platform's word segmenter (ICU's dictionary, as search
 * uses) over the line the quote is on.
 */
export function wordCutAt(text: string, at: number): CutWord | undefined {
  if (at <= 0 || !HAN.test(text[at - 1] ?? '') || !HAN.test(text[at] ?? '')) return undefined;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const next = text.indexOf('\n', at);
  const line = text.slice(lineStart, next < 0 ? text.length : next);
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  for (const { segment, index } of segmenter.segment(line)) {
    const start = lineStart + index;
    if (start >= at) break;
    if (start + segment.length > at) return { word: segment, start };
  }
  return undefined;
}
