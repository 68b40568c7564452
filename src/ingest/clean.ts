/**
 * From extracted PDF text to paragraphs. The extraction breaks lines at the page margin (or at random page breaks),
 * leaves page numbers and running headers between them and puts blank lines everywhere, so blank lines say nothing:
 * paragraphs are rebuilt from what the lines themselves show — structural markers (一、 （一） 一是 1. —— ●),
 * sentence-final punctuation, and whether a line ran to the margin of a hard-wrapped text.
 */
import { isPageNumber, normalizeChars, NUMBERED, removeRunningHeaders, toLines, type Line } from '../lib/raw-text.ts';
import { displayWidth, isTableCaption } from '../lib/titles.ts';

/** Section heading: 一、 */
export const SECTION = /^[一二三四五六七八九十]{1,3}、/;
/** Subsection heading: （一） or (一) */
export const SUBSECTION = /^[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]/;
/** "First, …" paragraph: 一是 */
export const ENUMERATION = /^[一二三四五六七八九十]{1,3}是/;
/** Distribution lines and the editor's note. */
export const DISTRIBUTION = /^(?:报|送|发|抄送|抄报)\s*[：:]/;
export const EDITOR_NOTE = /^编者按\s*[：:]/;
/** A whole colophon line: an issuer (no sentence punctuation), a date and 印发. */
const COLOPHON_LINE = /^[\u4e00-\u9fff（）()、]{4,}[ \u3000]*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发\s*$/;
/** The same with the date in Chinese numerals: …办公室 二〇二二年十一月八日印发. */
const COLOPHON_LINE_CN = /^[\u4e00-\u9fff（）()、]{4,}?[ \u3000]*[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日\s*印发\s*$/;
/** Footnote text: a superscript number and a space, as the extraction places it. */
export const FOOTNOTE = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s/;
/** A footnote line: a mark (① and a space, *, ※, [1]) and its text, as printed at the foot of a page. */
const NOTE_LINE = /^(?:[\u2460-\u2473][ \u3000]|\*{1,3}[ \u3000]*(?=[^\s*])|※|\[\d{1,2}\]|［\d{1,2}］)/;

/** A bullet, a symbol font's bullet extracted as a private-use character (U+F06C …) included. */
const BULLET = /^(?:——|[●•◆▪■·\uE000-\uF8FF]|-\s|【)/;

/** Whether a line opens a new block whatever precedes it (a heading, a list item, a distribution line …). */
export function opensBlock(line: string): boolean {
  return (
    SECTION.test(line) ||
    SUBSECTION.test(line) ||
    ENUMERATION.test(line) ||
    NUMBERED.test(line) ||
    DISTRIBUTION.test(line) ||
    EDITOR_NOTE.test(line) ||
    FOOTNOTE.test(line) ||
    BULLET.test(line)
  );
}


const FINAL = /[。！？!?][”’」』）)〕]*$/;
const JOINER = /[，、,“‘（(《〔—\-－/+]$/;

/**
 * The margin of a hard-wrapped text, in display width, or 0 when lines are whole paragraphs. Lines that end inside
 * a sentence are the ones that ran to the margin; in a wrapped text most of them have about the same width.
 */
function wrapWidth(lines: readonly Line[]): number {
  const widths = lines
    .filter((l) => l.text && !FINAL.test(l.text))
    .map((l) => displayWidth(l.text))
    .filter((w) => w >= 16)
    .sort((a, b) => a - b);
  if (widths.length < 8) return 0;
  const median = widths[Math.floor(widths.length / 2)]!;
  const near = widths.filter((w) => Math.abs(w - median) <= Math.max(3, median * 0.1)).length;
  return near / widths.length >= 0.5 ? median : 0;
}

/** A line that stands alone: a heading or title, not prose (no sentence punctuation, short). */
export function isStandalone(text: string): boolean {
  if (/[。；！？!?]/.test(text) || JOINER.test(text)) return false;
  if (displayWidth(text) > 140) return false;
  return SECTION.test(text) || SUBSECTION.test(text) || !/[，,、]/.test(text);
}

/** Lines that open a block even after a line that ran to the margin: distribution lines, notes, bullets, footnotes ({@link NOTE_LINE}). */
const HARD_MARKER = /^(?:(?:报|送|发|抄送|抄报|编者按)\s*[：:]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s|[●•◆▪■\uE000-\uF8FF]|【|(?:[\u2460-\u2473][ \u3000]|\*{1,3}[ \u3000]*(?=[^\s*])|※|\[\d{1,2}\]|［\d{1,2}］))/;

/**
 * Whether the paragraph `para`, whose last line is `a`, stops before line `b`. `width` is the margin of a wrapped
 * text (0 when lines are whole paragraphs).
 */
function breaksBetween(a: string, b: Line, para: string, width: number): boolean {
  if (/^[（(〔]\s*责任单位/.test(b.text)) return false;
  // The colophon (issuer, date, 印发) is a line of its own, even after a 发 line that reached the margin.
  if (COLOPHON_LINE.test(b.text) || COLOPHON_LINE_CN.test(b.text)) return true;
  // A contents line ending in dot leaders and a page number (……………3) ends there, however wide.
  if (/(?:[.…·．_]{2,}|…)[ \u3000]*\d{1,3}[ \u3000]*$/.test(a)) return true;
  // Closing punctuation never opens a paragraph: the line before was cut just ahead of it.
  if (JOINER.test(a) || /^[)）〕」』”’。，、；：！？%]/.test(b.text)) return false;
  if (b.indent || HARD_MARKER.test(b.text) || /^(?:[●•◆▪■\uE000-\uF8FF]|-\s)/.test(para)) return true;
  const final = FINAL.test(a) || (/[)）〕]$/.test(a) && /责任单位/.test(para));
  const colon = /[：:]$/.test(a);
  const marker = opensBlock(b.text);
  if (width > 0) {
    // A heading on one line is followed by its first paragraph; a heading that wraps goes on with a short line.
    if (para === a && (SECTION.test(a) || SUBSECTION.test(a)) && !/。/.test(a)) {
      return !(isStandalone(b.text) && displayWidth(b.text) < width * 0.7);
    }
    if (displayWidth(a) >= width * 0.85) {
      // A dash can start a wrapped line inside a sentence (工惠——2021年度…); a numbering marker cannot.
      if (marker) return /^(?:——|-\s)/.test(b.text) ? final || colon : true;
      // A paragraph that happens to end at the margin, followed by a short line that reads as a title.
      return final && isStandalone(b.text) && displayWidth(b.text) < width * 0.85;
    }
    return true;
  }
  if (final || colon || marker) return true;
  return isStandalone(a);
}

/** The cells of a table row as the extraction lays it out: runs of two or more spaces between them. */
function cells(text: string): string[] {
  return text.trim().split(/[ \u3000]{2,}/);
}

/** A cell holding a figure (3500, 3.2, 95%, ≤3, —): most cells of a table's data rows are. */
const FIGURE_CELL = /^(?:[≤≥<>＜＞约]?[\d.,]+(?:万|亿)?%?|[—–-]{1,2})$/;


/**
 * The lines of tables: two or more rows in a row, each of three or more cells (runs of two or more spaces between
 * them) of which two or more are figures, with the header row above them and a caption (表1 …, 主要指标) above that;
 * or a single such row under a header row of as many cells.
 * Their lines are kept apart: joined as prose, the last figure of a row and the first of the next become one number
 * (3.2 and 2020 read 3.22020).
 */
function tableLines(lines: readonly Line[]): Set<Line> {
  const filled = lines.filter((l) => l.text);
  const isRow = (l: Line | undefined) => l !== undefined && cells(l.text).length >= 3 && cells(l.text).filter((c) => FIGURE_CELL.test(c)).length >= 2;
  const out = new Set<Line>();
  // A header row: three or more cells, none a sentence.
  const isHeader = (l: Line | undefined) => l !== undefined && cells(l.text).length >= 3 && !/[。；]/.test(l.text);
  for (let i = 0; i < filled.length; i++) {
    // One data row is a table too when a header row of as many cells stands above it.
    const single = isRow(filled[i]) && !isRow(filled[i + 1]) && i > 0 && isHeader(filled[i - 1]) && !isRow(filled[i - 1]) && cells(filled[i - 1]!.text).length === cells(filled[i]!.text).length;
    if (!isRow(filled[i]) || (!isRow(filled[i + 1]) && !single)) continue;
    let start = i;
    let end = i;
    while (isRow(filled[end + 1])) end++;
    if (start > 0 && isHeader(filled[start - 1])) start--;
    if (start > 0 && isTableCaption(filled[start - 1]!.text)) start--;
    for (let k = start; k <= end; k++) out.add(filled[k]!);
    i = end;
  }
  return out;
}

/**
 * Rebuilds paragraphs from lines: joins the lines of a paragraph without separators (Chinese has no spaces). A table
 * is one paragraph whose rows are separated by line ends (rendered as line breaks).
 */
export function toParagraphs(lines: readonly Line[]): string[] {
  const width = wrapWidth(lines);
  const table = tableLines(lines);
  const out: string[] = [];
  let cur: string | undefined;
  let inTable = false;
  let last = '';
  for (const line of lines) {
    if (!line.text) continue;
    const row = table.has(line);
    if (row && inTable) cur += `\n${line.text}`;
    else if (cur !== undefined && !row && !inTable && !breaksBetween(last, line, cur, width)) {
      cur += line.text;
    } else {
      if (cur !== undefined) out.push(cur);
      cur = line.text;
    }
    inTable = row;
    last = line.text;
  }
  if (cur !== undefined) out.push(cur);
  return joinRunInStarts(out.flatMap((p) => (p.includes('\n') ? [p] : splitGluedHeading(p))));
}

/**
 * A paragraph that opens with a run-in marker (一是, 二是 …) is a sentence, not a heading: if it stops without
 * sentence punctuation, its line was cut short and the next paragraph (one that opens no block) goes on with it.
 */
function joinRunInStarts(paras: string[]): string[] {
  const out: string[] = [];
  for (const p of paras) {
    const prev = out.at(-1);
    if (prev !== undefined && /^[一二三四五六七八九十]{1,3}是/.test(prev) && !/[。！？；：!?;:”）)]$/.test(prev) && !opensBlock(p) && !HARD_MARKER.test(p) && !p.includes('\n')) {
      out[out.length - 1] = prev + p;
    } else out.push(p);
  }
  return out;
}

/**
 * Splits a heading the extraction glued to the paragraph after it: `一、…之路一是…。` becomes the heading and the
 * paragraph, as does `（一）…激励计划1.大力培育…`. A heading has no full stop, so the split is made only before a
 * marker that precedes the first 。.
 */
export function splitGluedHeading(p: string): string[] {
  if (!SECTION.test(p) && !SUBSECTION.test(p)) return [p];
  const head = p.match(SECTION) ?? p.match(SUBSECTION);
  const from = head![0].length + 2;
  const stop = p.indexOf('。');
  const re = /[一二三四五六七八九十]{1,3}是|[（(][一二三四五六七八九十]{1,3}[)）]|(?<!\d)\d{1,2}[.．](?!\d)/g;
  re.lastIndex = from;
  const m = re.exec(p);
  if (!m || (stop >= 0 && m.index > stop) || m.index > 60) return [p];
  return [p.slice(0, m.index), ...splitGluedHeading(p.slice(m.index))];
}

/** The whole clean-up: characters, running headers (found next to page numbers), page numbers, then paragraphs. */
export function cleanText(text: string, seriesTitles: readonly string[] = []): string[] {
  const lines = removeRunningHeaders(toLines(normalizeChars(text)), seriesTitles).filter((l) => !isPageNumber(l.text));
  return toParagraphs(lines);
}
