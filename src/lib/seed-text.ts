/**
 * A seed (raw extracted text) as the fidelity check compares bodies with it: cleaned of what the ingest removes as
 * extraction residue and never counts as text — full-width digits and ％ made ASCII, page numbers in every style, and
 * running headers (the series title repeated at the top of each page, which a page break can put in the middle of a
 * paragraph). The words themselves are left as they are: the check still finds any rewording.
 */
import { isPageNumber, normalizeChars, removeRunningHeaders, toLines } from './raw-text.ts';
import { withoutWhitespace } from './whitespace.ts';
import { findDate, isColophon, isMastheadLine, parseIssueNumber, readDate, SERIES } from './masthead-lines.ts';
import { normalizeMarkdown, normalizeSource } from './fidelity.ts';

/** The series printed in the first lines of a raw text (台州共富工作简报 …), for running-header removal. */
export function seriesOnTop(text: string): string[] {
  return toLines(normalizeChars(text))
    .filter((l) => l.text)
    .slice(0, 8)
    .flatMap((l) => SERIES.exec(withoutWhitespace(l.text))?.[1] ?? []);
}

/** `raw` without running headers and page-number lines, characters normalized as the ingest does. */
export function comparableSeed(raw: string, knownSeries: readonly string[] = []): string {
  const titles = [...new Set([...seriesOnTop(raw), ...knownSeries])];
  return removeRunningHeaders(toLines(normalizeChars(raw)), titles)
    .filter((l) => !isPageNumber(l.text))
    .map((l) => l.text)
    .join('\n');
}

/** A raw text reduced to its characters as the fidelity check compares them, with where each raw line starts in it. */
export interface LinedText {
  text: string;
  /** Offset in `text` at which raw line i + 1 starts (a line reduced to nothing starts where the next one does). */
  starts: Int32Array;
}

/**
 * The lines of a raw text as /sources/<name>/ numbers them (#L1, #L2 …), ended by LF, CRLF or a lone CR; a final line
 * break starts no line of its own (an empty text has none). {@link linedText} counts the same lines, so a link to the
 * line {@link startLine} gives lands on it.
 */
export function sourceLines(raw: string): string[] {
  const lines = raw.split(/\r\n?|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** `raw` reduced line by line ({@link normalizeSource}: page numbers, whitespace and marks gone), keeping line numbers. */
export function linedText(raw: string): LinedText {
  const lines = sourceLines(raw);
  const starts = new Int32Array(lines.length);
  let text = '';
  lines.forEach((line, i) => {
    starts[i] = text.length;
    text += normalizeSource(line);
  });
  return { text, starts };
}

/** The 1-based raw line of the character at `offset` of a lined text: the last line starting at or before it. */
function lineAt(src: LinedText, offset: number): number {
  let lo = 0;
  let hi = src.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (src.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  // A line reduced to nothing starts where the next one does: the last line starting there holds the character.
  return lo + 1;
}

/** The fewest characters of a paragraph's start that place it in a source; fewer may match elsewhere by chance. */
const PLACE_CHARS = 16;
/** How far (in characters) a page's title may be printed before its first paragraph: a lead-in line or two. */
const NEAR_TITLE = 200;

/**
 * The raw line on which a page's own text starts in its source: where its title is printed last before its first
 * paragraph (a table of contents prints it earlier), or else where that paragraph starts. `paragraphs` are the page's
 * first paragraphs as they read; the first one found in the source places the page. Undefined when nothing is found.
 */
export function startLine(src: LinedText, title: string, paragraphs: readonly string[]): number | undefined {
  let at = -1;
  for (const p of paragraphs) {
    const start = normalizeMarkdown(p).slice(0, PLACE_CHARS);
    if (start.length < 6) continue;
    at = src.text.indexOf(start);
    if (at >= 0) break;
  }
  const name = normalizeSource(title);
  const titleAt = name.length >= 4 ? (at >= 0 ? src.text.lastIndexOf(name, at) : src.text.lastIndexOf(name)) : -1;
  // A title printed far before the paragraph is a table-of-contents entry or another page's heading, not this page's.
  const near = titleAt >= 0 && (at < 0 || at - (titleAt + name.length) <= NEAR_TITLE);
  const found = near ? titleAt : at;
  return found >= 0 ? lineAt(src, found) : undefined;
}

/** What an issue's raw text prints about itself in its masthead (first lines) and colophon (last lines). */
export interface PrintedIssue {
  series?: string | undefined;
  /** 第N期 as printed; undefined when the masthead prints none (or was not extracted). */
  number?: number | undefined;
  /** A sub-series printed in brackets on a line of its own above the masthead's date line, as （实践创新）; without them. */
  subseries?: string | undefined;
  /** A supplement's number line as printed in the masthead (增刊第2期): its sub-series and number. */
  special?: { subseries: string; number: number; text: string } | undefined;
  /** Whether a masthead (series or issuer-and-date line) is in the first lines at all. */
  masthead: boolean;
  /** Dates (YYYY-MM-DD) of the masthead's issuer-and-date line and of the colophon's 印发 line. */
  dates: string[];
  /** The issuers printed before those dates, without spaces. */
  issuers: string[];
  /**
   * The labelled items the masthead and the colophon print (报, 送, 抄送, 发, 编者按), each with the start of what
   * follows its colon on its line.
   */
  labels: { label: string; text: string }[];
}

/** A line that opens a labelled item of the masthead or the colophon: 报：, 送：, 抄送：, 发：, 编者按：. */
const LABEL_LINE = /^(报|送|抄送|抄报|发|编者按)[：:](.*)$/;

/** A supplement's or special issue's number line: 增刊第2期 (a year may precede it: 2022年增刊第2期). */
const SPECIAL_NUMBER = /^(?:\d{4}年)?(增刊|专刊|特刊)第(?:\d+|[〇零一二两三四五六七八九十百]+)期/;

/** A masthead line that is only a bracketed name (（实践创新）, (实践创新)): a sub-series, not a date or a number. */
const SUBSERIES_LINE = /^[（(]([^（）()\d]{2,12})[)）]$/;

/** The masthead and colophon of an issue's raw text, read as the ingest reads them. */
export function printedIssue(raw: string): PrintedIssue {
  const lines = toLines(normalizeChars(raw))
    .map((l) => l.text)
    .filter(Boolean);
  // The masthead is looked for in the first lines, but a colophon's 印发 line is never part of it: in a short text (an
  // image masthead, as 000's, and a page or so of text) the colophon falls among those lines, and read as a masthead
  // date line it made the text seem to print a masthead with no number or sub-series.
  const first = lines.slice(0, 12);
  const head = first.filter((l) => !isColophon(l));
  const tail = lines.slice(-6);
  const series = seriesOnTop(raw)[0];
  // Dates in digits or in Chinese numerals (二〇二二年十一月八日), as the ingest reads them.
  const dated = [...head.filter((l) => isMastheadLine(l)), ...tail.filter((l) => isColophon(l))].filter((l) => readDate(l));
  const numberLine = head.find((l) => isMastheadLine(l) && parseIssueNumber(l) !== undefined);
  const special = head.map((l) => SPECIAL_NUMBER.exec(withoutWhitespace(l))).find((m) => m !== null);
  const specialNumber = special ? parseIssueNumber(special[0].slice(special[0].indexOf('第'))) : undefined;
  // The sub-series is printed under the series' name, before the issuer-and-date line (the ingest reads it the same way).
  const dateLine = head.findIndex((l) => isMastheadLine(l) && readDate(l));
  const subseries = (dateLine < 0 ? head : head.slice(0, dateLine)).map((l) => SUBSERIES_LINE.exec(withoutWhitespace(l))?.[1]).find(Boolean);
  return {
    series,
    ...(subseries ? { subseries } : {}),
    ...(special && specialNumber !== undefined ? { special: { subseries: special[1]!, number: specialNumber, text: special[0] } } : {}),
    number: numberLine ? parseIssueNumber(numberLine.replace(/[（(]?总第.*$/, '')) : undefined,
    masthead: Boolean(series) || head.some((l) => isMastheadLine(l) && readDate(l)),
    dates: [...new Set(dated.map((l) => readDate(l)!))],
    issuers: [...new Set(dated.map((l) => withoutWhitespace(l.slice(0, findDate(l)!.index))).filter((s) => s.length >= 2))],
    labels: [...first, ...lines.slice(Math.max(first.length, lines.length - 8))]
      .map((l) => LABEL_LINE.exec(withoutWhitespace(l)))
      .filter((m) => m !== null)
      .map((m) => ({ label: m[1]!, text: m[2]! })),
  };
}

/** An issue's raw text without spaces and page numbers, and where its lines end (by code-unit index). */
export interface FlatText {
  flat: string;
  lineEnd: Uint8Array;
}

/** The raw text as {@link printedField} reads it: made once per source, then looked up for each field. */
export function flatText(raw: string): FlatText {
  // Without running heads either: an editor's note that runs over a page break (丽水共富工作简报 at the top of its
  // second page) is printed whole.
  const text = removeRunningHeaders(toLines(normalizeChars(raw)), seriesOnTop(raw))
    .filter((l) => !isPageNumber(l.text))
    .map((l) => l.text)
    .join('\n')
    .replace(/[:︰]/g, '：');
  const kept: string[] = [];
  const lineEnd = new Uint8Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (length) lineEnd[length - 1] = 1;
    } else if (!(c === 32 || c === 9 || c === 13 || c === 0x3000 || c === 0xa0 || c === 11 || c === 12)) {
      kept.push(text[i]!);
      length++;
    }
  }
  return { flat: kept.join(''), lineEnd };
}

/**
 * Whether a label found at `i` of the flat text opens its line: 送： inside 抄送：, 报： inside 抄报： or 发： inside 印发： is
 * another line's label.
 */
function labelOpensLine({ flat, lineEnd }: FlatText): (i: number) => boolean {
  return (i) => i === 0 || lineEnd[i - 1] === 1 || !/[\u4e00-\u9fff]/.test(flat[i - 1]!);
}

/**
 * How an issue's raw text prints `value` after `label`（报, 送, 抄送, 发, 编者按）and a colon: `printed`, when the value
 * is all that follows up to a line's end (lines may wrap; spaces, page numbers and running heads do not count); `cut`,
 * when it is printed but the printed line goes on, or it stops mid-sentence (the value was shortened); `absent`, when
 * the text does not print it there.
 * `source` is the raw text, or {@link flatText} of it.
 */
export function printedField(source: string | FlatText, label: string, value: string): 'printed' | 'cut' | 'absent' {
  const { flat, lineEnd } = typeof source === 'string' ? flatText(source) : source;
  const target = `${label}：${withoutWhitespace(normalizeChars(value).replace(/[:︰]/g, '：'))}`;
  let at = flat.indexOf(target);
  if (at < 0) return 'absent';
  const opensLine = labelOpensLine({ flat, lineEnd });
  while (at >= 0 && !opensLine(at)) at = flat.indexOf(target, at + 1);
  if (at < 0) return 'absent';
  // A line of a wrapped item may end anywhere, but not the item: not after a comma, nor an editor's note (prose)
  // without its full stop.
  if (/[，、；：,;]$/.test(target) || (label === '编者按' && !/[。！？!?…”」』）)]$/.test(target))) return 'cut';
  for (; at >= 0; at = flat.indexOf(target, at + 1)) {
    if (!opensLine(at)) continue;
    const last = at + target.length - 1;
    if (lineEnd[last] || last === flat.length - 1) return 'printed';
  }
  return 'cut';
}

/**
 * Where a value differs from what the raw text prints after `label：` (a line's label, as {@link printedField} reads
 * it), for a value that {@link printedField} finds `absent`: the stretch around the first character that differs, in
 * the value and in the text, each with a few characters before it (`…乡镇（街道）` against `…乡镇(街道)`). Undefined when
 * the text prints no such label, when fewer than four characters agree, or when the value is the printed text's beginning.
 */
export function fieldDifference(source: string | FlatText, label: string, value: string): { typed: string; printed: string } | undefined {
  const { flat, lineEnd } = typeof source === 'string' ? flatText(source) : source;
  const typed = withoutWhitespace(normalizeChars(value).replace(/[:︰]/g, '：'));
  const head = `${label}：`;
  const opensLine = labelOpensLine({ flat, lineEnd });
  let best: { at: number; same: number } | undefined;
  for (let at = flat.indexOf(head); at >= 0; at = flat.indexOf(head, at + 1)) {
    if (!opensLine(at)) continue;
    const start = at + head.length;
    let same = 0;
    while (same < typed.length && flat[start + same] === typed[same]) same++;
    if (!best || same > best.same) best = { at: start, same };
  }
  // Four characters alike at least: a value that shares less with the printed line is another line's, or invented.
  if (!best || best.same < 4 || best.same >= typed.length) return undefined;
  const from = Math.max(0, best.same - 6);
  const lead = from > 0 ? '…' : '';
  return {
    typed: `${lead}${typed.slice(from, best.same + 6)}${best.same + 6 < typed.length ? '…' : ''}`,
    printed: `${lead}${flat.slice(best.at + from, best.at + best.same + 6)}…`,
  };
}
