/**
 * Coverage: the other half of fidelity. Fidelity proves each paragraph of a page is in its source; coverage proves the
 * pages of one source together keep its text whole and in order. The paragraphs of an issue's practices (in the order
 * the issue lists them), or of a plan, are found one after another in the source; text of the source left between
 * them is text no page shows, and a paragraph found only before the one it follows is out of place. Titles are plain
 * text, compared as the source is (spaces aside), not as Markdown. Pure.
 */
import { dropPageNumbers, normalizeMarkdown, normalizeSource } from './fidelity.ts';

/** One page's paragraphs, in order: `line` is the paragraph's first line in the page's file. */
interface CoveredPage {
  id: string;
  /** The page's title as printed in the source before its text (not looked for in the first page's lead-in). */
  title?: string | undefined;
  /** Its paragraphs; `reduced`, when given, is the text as {@link normalizeMarkdown} reduces it (computed if not). */
  paragraphs: { text: string; line: number; reduced?: string }[];
}

type CoverageProblem =
  /** A paragraph found only before the paragraph it follows; `more` other paragraphs of the page are out of place too. */
  | { kind: 'order'; page: string; line: number; text: string; more: number }
  /** Text of the source no page has, after the paragraph at `line` (the last page's too, up to the 报/送/发 lines). */
  | { kind: 'gap'; page: string; line: number; text: string; after: string }
  /** Text of the source no page has between the first page's title and its first paragraph (at `line`). */
  | { kind: 'lead'; page: string; line: number; text: string }
  /** A title not printed before its page's text; `printed` is the title-like line the source has there, if any. */
  | { kind: 'title'; page: string; printed?: string | undefined }
  /**
   * A paragraph the source prints under another page's title (`belongs`): moved across the border of two pages, as the
   * last paragraph of one put at the head of the next. `more` other paragraphs of the page are misplaced too.
   */
  | { kind: 'misplaced'; page: string; line: number; text: string; belongs: string; more: number };

/** A title as printed: one or two lines, no sentence in it. */
const TITLE_LIKE = /^[^。！？；]{4,60}$/;
/** How far before a page's first paragraph its title may be printed (a lead-in line or two). */
const NEAR_TITLE = 200;

/** Gaps shorter than this (in characters) are not reported: a stray mark between paragraphs is extraction residue. */
const MIN_GAP = 4;

/** Where what follows the last page begins: the 报/送/发 lines of an issue (the ingest ends the last practice there). */
const DISTRIBUTION = /(?:报|送|发|抄送|抄报)[：:]/;
/** A colophon's date and 印发 (in digits or Chinese numerals); the issuer printed before it has no sentence end. */
const COLOPHON = /(?:\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)印发/;

/** The part of the text after the last page's last paragraph that belongs to a page: all of it up to the distribution lines or the colophon. */
function pageTail(tail: string): string {
  const stop = tail.search(DISTRIBUTION);
  if (stop >= 0) return tail.slice(0, stop);
  const colophon = COLOPHON.exec(tail);
  // The issuer before the date is no page's: cut it off at the last sentence end before it.
  return colophon ? tail.slice(0, colophon.index).replace(/[^。！？；…”’）)]*$/, '') : tail;
}

/**
 * The coverage problems of `pages` (in printed order) against `source` (reduced as the fidelity check reduces it,
 * with the pages' corrections applied). Text before the first page's title (masthead, contents) and after the last
 * paragraph's page text (distribution lines, colophon) is not the pages' and is not checked; a paragraph left out
 * at either end is (text after the first title with a sentence end in it, or text before the 报/送/发 lines). A
 * `whole` document's text is the page's from its start to its end (see {@link WholeDocument}).
 */
/**
 * A source that is one document (a plan), not an issue of several pages: all of its text is the page's, from its start
 * (a notice's red header, 中共…办公室文件) to its end (the issuer and 印发 lines), but for its `title` and a bracketed
 * status after it ((征求意见稿)) where they open the text: the page shows those as its heading and status.
 */
export interface WholeDocument {
  title: string;
}

/** A status printed in brackets under a plan's title: （征求意见稿）, (试行). */
const STATUS_LINE = /^[（(][^（）()。！？；]{1,12}[)）]/;

/**
 * The paragraphs printed under another page's title than their own. The pages' titles are found one after another in
 * the source, from the first paragraph on (the contents before it list them all); each paragraph then belongs to the
 * page whose title is the last one printed before it. A title is looked for between paragraphs, not inside one that
 * quotes it. Nothing is said when a title is not found: the title check says it.
 */
function acrossTitles(pages: readonly CoveredPage[], placed: readonly { page: CoveredPage; line: number; text: string; at: number; end: number }[], source: string): CoverageProblem[] {
  if (pages.length < 2 || !placed.length) return [];
  const starts: { page: CoveredPage; at: number }[] = [{ page: pages[0]!, at: 0 }];
  let from = placed[0]!.at;
  for (const page of pages.slice(1)) {
    const title = page.title ? normalizeSource(page.title) : '';
    let at = title ? source.indexOf(title, from) : -1;
    while (at >= 0 && placed.some((p) => p.at < at + title.length && at < p.end)) at = source.indexOf(title, at + 1);
    if (at < 0) return [];
    starts.push({ page, at });
    from = at + title.length;
  }
  const problems: CoverageProblem[] = [];
  for (const p of placed) {
    const home = starts.findLast((s) => s.at <= p.at)!.page;
    if (home === p.page) continue;
    const earlier = problems.find((q) => q.kind === 'misplaced' && q.page === p.page.id);
    if (earlier?.kind === 'misplaced') earlier.more++;
    else problems.push({ kind: 'misplaced', page: p.page.id, line: p.line, text: p.text, belongs: home.id, more: 0 });
  }
  return problems;
}

export function coverage(pages: readonly CoveredPage[], source: string, whole?: WholeDocument): CoverageProblem[] {
  const problems: CoverageProblem[] = [];
  const placed: { page: CoveredPage; line: number; text: string; at: number; end: number }[] = [];
  /** Footnotes: the source prints them at the foot of a page, wherever that falls; they are found anywhere. */
  const notes: { at: number; end: number }[] = [];
  let cursor = 0;
  for (const page of pages) {
    for (const p of page.paragraphs) {
      const text = p.reduced ?? normalizeMarkdown(dropPageNumbers(p.text));
      if (!text) continue;
      if (/^\s*\[\^[^\]]+\]:/.test(p.text)) {
        const at = source.indexOf(text);
        if (at >= 0) notes.push({ at, end: at + text.length });
        continue;
      }
      const at = source.indexOf(text, cursor);
      if (at >= 0) {
        placed.push({ page, line: p.line, text, at, end: at + text.length });
        cursor = at + text.length;
      } else if (source.includes(text)) {
        const earlier = problems.find((q) => q.kind === 'order' && q.page === page.id);
        if (earlier?.kind === 'order') earlier.more++;
        else problems.push({ kind: 'order', page: page.id, line: p.line, text, more: 0 });
      }
      // A paragraph the source does not have at all is the fidelity check's to report.
    }
  }
  // Out of order, the gaps would name the same text again: the order is the one thing to mend first.
  if (problems.length) return problems;
  // A paragraph moved over a border between pages leaves the titles and gaps wrong around it: said as such, first.
  const misplaced = acrossTitles(pages, placed, source);
  if (misplaced.length) return misplaced;
  /** The source between `from` and `to` without the footnotes printed there. */
  const between = (from: number, to: number) => {
    let text = '';
    for (const n of notes.filter((n) => n.end > from && n.at < to).sort((a, b) => a.at - b.at)) {
      text += source.slice(from, Math.max(from, n.at));
      from = Math.max(from, n.end);
    }
    return text + source.slice(from, Math.max(from, to));
  };
  for (let i = 1; i < placed.length; i++) {
    const prev = placed[i - 1]!;
    const next = placed[i]!;
    // What lies between two paragraphs, without the footnotes printed there.
    let gap = between(prev.end, next.at);
    if (next.page !== prev.page && next.page.title) {
      // The next page's title stands between two pages; a title-like line there instead is its title misspelt.
      const title = normalizeSource(next.page.title);
      if (gap.includes(title)) gap = gap.replace(title, '');
      else if (TITLE_LIKE.test(gap)) {
        problems.push({ kind: 'title', page: next.page.id, printed: gap });
        continue;
      } else problems.push({ kind: 'title', page: next.page.id });
    }
    if (gap.length >= MIN_GAP) problems.push({ kind: 'gap', page: prev.page.id, line: prev.line, text: gap, after: prev.text });
  }
  // The last page's text runs on to the distribution lines: a last paragraph left out is text no page has.
  const last = placed[placed.length - 1];
  if (last) {
    const rest = between(last.end, source.length);
    const tail = whole ? rest : pageTail(rest);
    if (tail.length >= MIN_GAP) problems.push({ kind: 'gap', page: last.page.id, line: last.line, text: tail, after: last.text });
  }
  // The first page's title is printed shortly before its text (after the masthead and contents).
  const first = placed[0];
  const lead = first ? source.slice(Math.max(0, first.at - NEAR_TITLE), first.at) : '';
  const title = first?.page.title ? normalizeSource(first.page.title) : '';
  // Between the title (its last place before the text: the contents list it too) and the first paragraph, text with
  // a sentence end is a paragraph left out; a line without one is a subtitle or the contents, as the title check says.
  // A page given no title (a plan) has the whole text from its start: only its title and status lines come before.
  const titleAt = first && title ? source.lastIndexOf(title, first.at - title.length) : -1;
  const opening = !first ? '' : !title ? between(0, first.at) : titleAt >= 0 ? between(titleAt + title.length, first.at) : '';
  if (first && whole) {
    // Everything before the first paragraph is left out, but the title and status lines the page shows as such.
    let left = opening;
    const name = normalizeSource(whole.title);
    if (name && left.startsWith(name)) left = left.slice(name.length).replace(STATUS_LINE, '');
    // A title the source prints nowhere is reported as such (the plan's header check); its opening is checked once it is right.
    if (left.length >= MIN_GAP && name && source.includes(name)) problems.unshift({ kind: 'lead', page: first.page.id, line: first.line, text: left });
  } else if (first && opening.length >= MIN_GAP && /[。！？；]/.test(opening)) {
    problems.unshift({ kind: 'lead', page: first.page.id, line: first.line, text: opening });
  } else if (first && title && !lead.includes(title)) {
    // What is printed there: the lead-in's end, from the last place it begins as the title does (温岭市… of 温岭市甲…),
    // when that is title-like. The masthead and contents before it have sentences or are longer.
    const begins = [3, 2].map((k) => lead.lastIndexOf(title.slice(0, k))).find((at) => at >= 0);
    const printed = begins === undefined ? undefined : lead.slice(begins);
    problems.unshift({ kind: 'title', page: first.page.id, printed: printed && TITLE_LIKE.test(printed) ? printed : undefined });
  }
  return problems;
}
