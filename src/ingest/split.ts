/**
 * Splits a briefing issue into masthead, practices and colophon. The table of contents (● lines, or the lines under
 * 【本期目录】) names the practices when the issue has one, and each title is then found again in the text, even
 * when it is broken over two lines or glued to its first paragraph. Without a table of contents, article titles are
 * recognised by their shape: a short line of their own, with no sentence punctuation and no structural marker.
 */
import { hasDate, isColophon, isMastheadLine } from '../lib/masthead-lines.ts';
import { withoutWhitespace } from '../lib/whitespace.ts';
import { DISTRIBUTION, isStandalone, opensBlock } from './clean.ts';
import { displayWidth, splitTitleMark } from '../lib/titles.ts';
import { IngestError } from './types.ts';

/** One practice as cut from the issue: its title as printed and its paragraphs. */
interface RawPractice {
  title: string;
  /** Where the title came from: the table of contents, or the title lines in the text. */
  titleFrom: 'toc' | 'text';
  /** Number of lines the title spans in the text (a title on two lines is joined with a space). */
  titleLines: number;
  /** A footnote mark printed after the title (①, *, [1]), not kept in it. */
  mark?: string | undefined;
  /** The subtitle printed under the title (——…), which the title now ends with, if any. */
  subtitle?: string | undefined;
  paragraphs: string[];
}

/** An issue cut into its parts. */
interface SplitIssue {
  /** Paragraphs before the first practice, table of contents excluded: the masthead and the editor's note. */
  head: string[];
  /** Practice titles as the table of contents prints them, wrapped items joined (empty when there is none). */
  toc: string[];
  practices: RawPractice[];
  /** Distribution lines and colophon after the last practice. */
  tail: string[];
}

const TOC_MARK = /^【?\s*(?:本期)?目\s*录\s*】?$/;
/** A bullet of a contents line: ● and its kin, or a symbol font's bullet extracted as a private-use character (U+F06C …). */
const TOC_BULLET = /^(?:[●•◆▪■·\uE000-\uF8FF]|-|\d{1,2}[.、．])\s*/;
/** Dot leaders and a page number after a contents item: ……………3, ....... 12, or just a page number set apart. */
const TOC_PAGE = /(?:[ \u3000]*(?:[.…·．。_]{2,}|…+|—{3,})[ \u3000]*\d{1,3}|[ \u3000]{2,}\d{1,3})[ \u3000]*$/;

/** A contents line as the title it names: no bullet, no dot leaders or page number. */
function tocText(p: string): string {
  return p.replace(TOC_BULLET, '').replace(TOC_PAGE, '').trim();
}

/** A table-of-contents entry: its text, and the standalone lines after it that may continue it (a wrapped item). */
interface TocItem {
  text: string;
  more: string[];
}

/**
 * Finds the table of contents: bulleted items (● lines, or the lines under 【本期目录】), or under 【本期目录】
 * plain lines up to the first title's second appearance. `end` is the paragraph after the last bulleted line; the
 * lines that may continue the last item follow it.
 */
export function findToc(paras: readonly string[]): { items: TocItem[]; start: number; end: number } | undefined {
  const mark = paras.findIndex((p) => TOC_MARK.test(withoutWhitespace(p)));
  const first = mark >= 0 ? mark + 1 : paras.findIndex((p) => /^[●•◆▪■\uE000-\uF8FF]/.test(p));
  if (first < 0 || first >= paras.length) return undefined;
  const items: TocItem[] = [];
  let end = first;
  if (TOC_BULLET.test(paras[first]!)) {
    for (let i = first; i < paras.length; i++) {
      const p = paras[i]!;
      if (TOC_BULLET.test(p)) {
        items.push({ text: tocText(p), more: [] });
        end = i + 1;
      } else if (isStandalone(p) && items.at(-1)!.more.length < 2) items.at(-1)!.more.push(p.trim());
      else break;
    }
    // Lines between two items continue the first; those after the last item may be the first title instead.
    return { items, start: mark >= 0 ? mark : first, end };
  }
  if (mark < 0) return undefined;
  for (end = first; end < paras.length; end++) {
    const p = paras[end]!;
    if (!isStandalone(p) || (items.length > 0 && withoutWhitespace(tocText(p)) === withoutWhitespace(items[0]!.text))) break;
    items.push({ text: tocText(p), more: [] });
  }
  return items.length ? { items, start: mark, end } : undefined;
}

/**
 * Locates `title` (whitespace removed) from paragraph `from`: on one line, over two lines, glued to its first paragraph, or
 * glued to the end of the paragraph before it.
 */
function locateTitle(paras: string[], title: string, from: number): { at: number; lines: number } | undefined {
  for (let i = from; i < paras.length; i++) {
    const s = withoutWhitespace(paras[i]!);
    // On one line, or over two or three (a long title the layout broke).
    let joined = s;
    for (let k = 1; k <= 3 && joined.length <= title.length + 4; k++) {
      // A footnote mark after the title (标题①, 标题[1]) is no part of it.
      if (joined === title || (joined.length > title.length && splitTitleMark(joined).title === title)) return { at: i, lines: k };
      if (joined.length > title.length) break;
      if (i + k >= paras.length) break;
      joined += withoutWhitespace(paras[i + k]!);
    }
    if (s.length > title.length && s.startsWith(title)) {
      // Glued: cut the paragraph after the title's characters.
      const p = paras[i]!;
      let seen = 0;
      let cut = 0;
      while (cut < p.length && seen < title.length) {
        if (!/[\s\u3000]/.test(p[cut]!)) seen++;
        cut++;
      }
      paras.splice(i, 1, p.slice(0, cut), p.slice(cut).trim());
      return { at: i, lines: 1 };
    }
    // Glued to the end of the paragraph before it (its last line ran to the margin, so the lines were joined): the
    // title starts right after the end of a sentence; its own paragraph may follow glued too.
    const inside = s.indexOf(title, 1);
    if (inside > 0 && /[。！？”]/.test(s[inside - 1]!)) {
      const p = paras[i]!;
      const rawAt = (n: number) => {
        let seen = 0;
        let k = 0;
        while (k < p.length && seen < n) {
          if (!/[\s\u3000]/.test(p[k]!)) seen++;
          k++;
        }
        return k;
      };
      const start = rawAt(inside);
      const end = rawAt(inside + title.length);
      const parts = [p.slice(0, start).trim(), p.slice(start, end).trim(), p.slice(end).trim()].filter(Boolean);
      paras.splice(i, 1, ...parts);
      return { at: i + 1, lines: 1 };
    }
  }
  return undefined;
}

/** What stands before the colon of a label line (报：, 附件：, 联系人：), not of a title. */
const LABEL = /^(?:报|送|发|抄送|抄报|主送|编者按|按|附件|联系人|联系电话|电话|来源|主办|承办|编印|责任编辑|签发|审核|校对|备注|注)$/;

/**
 * Whether the colons of a line allow it to be a title: none, or one after a short name that is no label, with the
 * title's words after it (塘下镇：“共富工坊”让群众家门口就业).
 */
function titleColon(p: string): boolean {
  const parts = p.trim().split(/[：:]/);
  if (parts.length === 1) return true;
  if (parts.length > 2) return false;
  const [before, after] = [parts[0]!.trim(), parts[1]!.trim()];
  return before.length >= 2 && before.length <= 12 && !/\s/.test(before) && !LABEL.test(before) && (after.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 4;
}

/** Whether a paragraph reads as (part of) an article title. */
export function isTitleLine(p: string): boolean {
  if (!isStandalone(p) || opensBlock(p) || isMastheadLine(p) || isColophon(p) || hasDate(p) || !titleColon(p)) return false;
  const cjk = p.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return cjk >= 6 && displayWidth(p) <= 80;
}

/** A subtitle printed under a title: ——瑞安市推进“扩中”“提低”系列报道之一 (a line of its own, no sentence). */
function isSubtitleLine(p: string | undefined): boolean {
  return p !== undefined && /^[ \u3000]*(?:——|──|—\s*—)/.test(p) && !/[。；！？]/.test(p) && displayWidth(p) <= 80;
}

/** Titles found by shape: runs of up to three title lines followed by prose. */
function titlesByShape(paras: readonly string[]): { at: number; lines: number; text: string; subtitle?: boolean }[] {
  const out: { at: number; lines: number; text: string; subtitle?: boolean }[] = [];
  for (let i = 0; i < paras.length; i++) {
    if (!isTitleLine(paras[i]!)) continue;
    let j = i;
    while (j + 1 < paras.length && j - i < 2 && isTitleLine(paras[j + 1]!)) j++;
    // A subtitle (——…之一) under the title belongs to it: the body starts after it.
    const sub = isSubtitleLine(paras[j + 1]) ? 1 : 0;
    const next = paras[j + 1 + sub];
    if (next !== undefined && /[。！？]/.test(next) && !DISTRIBUTION.test(next)) {
      const title = paras.slice(i, j + 1).map((p) => p.trim()).join(' ');
      out.push({ at: i, lines: j - i + 1 + sub, text: sub ? `${title}${paras[j + 1]!.trim()}` : title, ...(sub ? { subtitle: true } : {}) });
    }
    i = j + sub;
  }
  return out;
}

/** Cuts an issue into masthead, practices and colophon. Throws IngestError when no practice is found. */
export function splitIssue(input: readonly string[]): SplitIssue {
  const paras = [...input];
  const toc = findToc(paras);
  let starts: { at: number; lines: number; title: string; from: 'toc' | 'text'; subtitle?: string | undefined }[] = [];
  let tocEnd = toc?.end ?? 0;
  if (toc) {
    let from = toc.end;
    toc.items.forEach((item, k) => {
      const last = k === toc.items.length - 1;
      // A wrapped item: lines between two items continue it; after the last item, only if the longer title is found.
      const tries = last ? item.more.map((_, j) => item.more.slice(0, item.more.length - j)).concat([[]]) : [item.more];
      for (const more of tries) {
        const title = [item.text, ...more].join(' ');
        const hit = locateTitle(paras, withoutWhitespace(title), from);
        if (hit) {
          // A subtitle (——…之一) printed under the title is part of it, not the first paragraph of the body.
          const subtitle = isSubtitleLine(paras[hit.at + hit.lines]) ? paras[hit.at + hit.lines]!.trim() : undefined;
          starts.push({ at: hit.at, lines: hit.lines + (subtitle ? 1 : 0), title: subtitle ? `${title}${subtitle}` : title, from: 'toc', subtitle });
          from = hit.at + hit.lines + (subtitle ? 1 : 0);
          if (last) tocEnd += more.length;
          return;
        }
      }
      throw new IngestError(`目录中的标题“${item.text}”在正文中找不到，无法拆分案例`);
    });
  } else {
    starts = titlesByShape(paras).map((t) => ({ at: t.at, lines: t.lines, title: t.text, from: 'text' as const, subtitle: t.subtitle ? paras[t.at + t.lines - 1]!.trim() : undefined }));
  }
  if (starts.length === 0) throw new IngestError('未找到任何案例：没有目录（● 或【本期目录】），也没有可识别的文章标题');

  const last = starts[starts.length - 1]!;
  let tailAt = paras.length;
  for (let i = last.at + last.lines; i < paras.length; i++) {
    if (DISTRIBUTION.test(paras[i]!) || isColophon(paras[i]!)) {
      tailAt = i;
      break;
    }
  }
  const practices: RawPractice[] = starts.map((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]!.at : tailAt;
    // A title found by its shape may end with a footnote mark (标题①): the title is the words before it.
    const printed = paras.slice(s.at, s.at + s.lines - (s.subtitle ? 1 : 0)).map(withoutWhitespace).join('');
    const marked = splitTitleMark(printed);
    const title = s.from === 'text' && !s.subtitle ? splitTitleMark(s.title.trim()).title : s.title.trim();
    return { title, titleFrom: s.from, titleLines: s.lines - (s.subtitle ? 1 : 0), subtitle: s.subtitle, mark: marked.mark, paragraphs: paras.slice(s.at + s.lines, end) };
  });
  const empty = practices.find((p) => p.paragraphs.length === 0);
  if (empty) throw new IngestError(`案例“${empty.title}”没有正文`);
  const head = toc ? [...paras.slice(0, toc.start), ...paras.slice(Math.min(tocEnd, starts[0]!.at), starts[0]!.at)] : paras.slice(0, starts[0]!.at);
  return { head, toc: starts.filter((t) => t.from === 'toc').map((t) => t.title), practices, tail: paras.slice(tailAt) };
}
