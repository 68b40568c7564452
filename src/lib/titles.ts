/**
 * What a printed title is, as the ingest reads it from the raw text and the content check checks it on a page: a title
 * with a footnote mark at its end (the note is printed at the foot of the page), a table's caption, and the width a
 * line takes in the PDF's layout. Pure; shared by src/ingest and src/check, which import nothing from each other.
 */
import { withoutSpaces } from './whitespace.ts';

/**
 * A footnote mark at the end of a title: ①, *, ※, [1], ［1］ or a superscript number. The note itself is printed at
 * the foot of the page, and the title is the words before the mark.
 */
const TITLE_NOTE_MARK = /(?<=[^\s\u3000*※])[ \u3000]*(?:[\u2460-\u2473]|\*{1,3}|※|\[\d{1,2}\]|［\d{1,2}］|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/;
/** `title` without a footnote mark at its end, and the mark (trimmed), if any. */
export function splitTitleMark(title: string): { title: string; mark?: string } {
  const m = TITLE_NOTE_MARK.exec(title);
  return m ? { title: title.slice(0, m.index).trimEnd(), mark: m[0].trim() } : { title };
}

/**
 * Display width as the PDF lays it out: CJK and full-width characters count two, ASCII one (curly quotes too:
 * the seeds' PDFs set them narrow).
 */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += c >= 0x1100 ? 2 : 1;
  }
  return w;
}

/**
 * A table's caption: a short title (表1 …, 附表…, …情况, …指标, …一览), not a sentence. The check allows a <br> after
 * a table's first row only when that row is one (src/check/body-structure.ts), and the ingest keeps a table's lines
 * apart from the caption on (src/ingest/clean.ts): both read captions alike.
 */
export function isTableCaption(text: string): boolean {
  return !/[。；！？：:]$/.test(text.trim()) && displayWidth(text) <= 60 && /^(?:表\s*\d|附表)|(?:表|情况|指标|一览)$/.test(withoutSpaces(text));
}
