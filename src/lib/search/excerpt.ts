/**
 * Excerpts with highlighted matches, as plain segments. The UI turns each segment into a text node (inside <mark>
 * when highlighted), so no page text or query ever reaches the DOM as HTML.
 */
import { UNITS } from '../numbers.ts';
import { BREAK, occurrences, squash, type Squashed } from './normalize.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * One thing the reader looked for (a term of the query, or a phrase of several), with the forms that show it, each
 * weighted: the term as typed 1, its canonical name less, another name of it less still.
 */
export interface FocusGroup {
  weight: number;
  /** `tag`: the name of a target group or measure the query names, which a page's panel lists among its tags. */
  forms: { text: string; weight: number; tag?: boolean | undefined }[];
}

const ELLIPSIS = '…';

/** Collapses whitespace runs (PDF line breaks) to a single space. */
const tidy = (s: string) => s.replace(/\s+/gu, ' ');

/**
 * An excerpt of `content` of about `length` characters, from squashed index `from` on (the prose: after the title and
 * the metadata panel, see rank.ts proseStart), with every needle occurrence inside it marked (needles are squashed
 * strings). Without `focus`, the excerpt is around the first occurrence of the first needle that occurs; with it, it
 * is the passage that shows the most of what was looked for (困难学生 and 助学金 together rather than 困难 alone; the
 * word as typed rather than another name of it), the earliest of equal ones. Numbers match only whole (1.5 is not
 * marked in 1.54). Returns `undefined` when no needle occurs there.
 */
export function buildExcerpt(
  content: string,
  from: number,
  needles: readonly string[],
  length = 90,
  sq: Squashed = squash(content, true),
  focus?: readonly FocusGroup[],
): Segment[] | undefined {
  const useful = needles.filter((n) => n.length > 0);
  from = afterBreaks(sq, from);
  const bodyStart = from < sq.map.length ? sq.map[from]! : content.length;
  const lead = Math.floor(length / 4);
  const windowAt = (hit: number): [number, number] => {
    let start = Math.max(bodyStart, sq.map[hit]! - lead);
    const end = Math.min(content.length, start + length);
    if (end - start < length) start = Math.max(bodyStart, end - length);
    return [start, end];
  };
  const hit = focus ? bestPassage(sq, from, focus, windowAt) : firstHit(sq, from, useful);
  if (hit === undefined) return undefined;
  let [start, end] = settle(content, sq, useful, ...windowAt(hit), bodyStart);
  // Never cut a surrogate pair.
  if (/[\udc00-\udfff]/.test(content[start] ?? '')) start++;
  if (/[\ud800-\udbff]/.test(content[end - 1] ?? '')) end--;

  // Marked ranges (original coordinates) of every needle occurrence inside the window, longest needles first.
  const marks: [number, number][] = [];
  const sqFrom = sq.map.findIndex((m) => m >= start);
  for (const n of [...useful].sort((a, b) => b.length - a.length)) {
    for (const i of occurrences(sq.text, n, 200, sqFrom === -1 ? sq.text.length : sqFrom)) {
      const a = sq.map[i]!;
      const lastAt = sq.map[i + n.length - 1]!;
      let b = lastAt + ((content.codePointAt(lastAt) ?? 0) > 0xffff ? 2 : 1);
      // A bracket the mark opens is closed in it: 高素质农民（渔民） is marked whole, not 高素质农民（渔民 and ）.
      if (b < content.length && closerOwed(content.slice(a, b)) === content[b]) b++;
      if (a >= end) break;
      if (!marks.some(([x, y]) => a < y && b > x)) marks.push([a, Math.min(b, end)]);
    }
  }
  marks.sort((x, y) => x[0] - y[0]);

  const out: Segment[] = [];
  if (start > bodyStart) out.push({ text: ELLIPSIS, mark: false });
  let at = start;
  for (const [a, b] of marks) {
    if (a > at) out.push({ text: tidy(content.slice(at, a)), mark: false });
    out.push({ text: tidy(content.slice(a, b)), mark: true });
    at = b;
  }
  if (at < end) out.push({ text: tidy(content.slice(at, end)), mark: false });
  if (end < content.length) out.push({ text: ELLIPSIS, mark: false });
  return merge(out);
}

const PAIRS: Record<string, string> = { '（': '）', '(': ')', '【': '】', '〔': '〕', '「': '」', '『': '』', '“': '”', '《': '》' };

/** The closing bracket or quotation mark `text` still owes (the last one it opens and does not close), if any. */
function closerOwed(text: string): string | undefined {
  const open: string[] = [];
  for (const ch of text) {
    if (PAIRS[ch]) open.push(PAIRS[ch]!);
    else if (open.at(-1) === ch) open.pop();
  }
  return open.at(-1);
}

/**
 * A figure as the texts write it: digits (full- or half-width, with thousands separators and a decimal point), a
 * range of them (750-1000), 余/多, 万/亿 and a unit (4.6 亿元, 1500多户, 10738人/次, 2022年, 25日). An excerpt never starts or
 * ends inside one: "….6 亿元" would read as 0.6 亿元.
 */
const FIGURE = new RegExp(
  String.raw`[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?` +
    String.raw`(?:[ \u3000]*[-~～—–－至][ \u3000]*[0-9０-９]+(?:[.．][0-9０-９]+)?)*` +
    String.raw`(?:[ \u3000]*[余多])?(?:[ \u3000]*[万亿])*` +
    `(?:[ \\u3000]*(?:${[...UNITS, '％', '月', '日'].sort((a, b) => b.length - a.length).join('|')})(?:/[次年月人户])?)?`,
  'gu',
);

/** How far an excerpt's edge may move to take in a whole figure or highlighted word; further, it leaves it out. */
const EDGE_SHIFT = 16;

/** The figure of `content` that holds the boundary `at` strictly inside it (`[a, b)` with a < at < b), if any. */
function figureAcross(content: string, at: number): [number, number] | undefined {
  const from = Math.max(0, at - 40);
  const re = new RegExp(FIGURE.source, FIGURE.flags);
  re.lastIndex = from;
  for (let m = re.exec(content); m && m.index < at; m = re.exec(content)) {
    const b = m.index + m[0].trimEnd().length;
    if (m.index < at && at < b) return [m.index, b];
  }
  return undefined;
}

/**
 * Moves the edges of the window `[start, end)` so that neither cuts through a figure (4.6 亿元, 750-1000元) or an
 * occurrence of a needle (a highlighted word): each edge moves out to take the whole of it in when that is a short
 * way ({@link EDGE_SHIFT}), and otherwise in, to leave it out. The start never moves before `bodyStart`.
 */
function settle(content: string, sq: Squashed, needles: readonly string[], start: number, end: number, bodyStart: number): [number, number] {
  const across = (at: number): [number, number][] => {
    const out: [number, number][] = [];
    const fig = figureAcross(content, at);
    if (fig) out.push(fig);
    let i0 = sq.map.findIndex((m) => m >= at);
    if (i0 === -1) i0 = sq.map.length;
    for (const n of needles) {
      for (const i of occurrences(sq.text, n, 4, Math.max(0, i0 - n.length))) {
        const a = sq.map[i]!;
        if (a >= at) break;
        const lastAt = sq.map[i + n.length - 1]!;
        const b = lastAt + ((content.codePointAt(lastAt) ?? 0) > 0xffff ? 2 : 1);
        if (b > at) out.push([a, b]);
      }
    }
    return out;
  };
  for (let round = 0; round < 4; round++) {
    const [s0, e0] = [start, end];
    for (const [a, b] of across(start)) {
      if (a < start && start < b) start = a >= bodyStart && start - a <= EDGE_SHIFT ? a : b;
    }
    for (const [a, b] of across(end)) {
      if (a < end && end < b) end = b - end <= EDGE_SHIFT || a <= start ? b : a;
    }
    if (start === s0 && end === e0) break;
  }
  return [start, Math.max(end, start)];
}

/** The squashed index of the first occurrence, from `from` on, of the first of `needles` that occurs. */
function firstHit(sq: Squashed, from: number, needles: readonly string[]): number | undefined {
  for (const n of needles) {
    const [i] = occurrences(sq.text, n, 1, from);
    if (i !== undefined) return i;
  }
  return undefined;
}

/**
 * The squashed index to open the excerpt at: of all occurrences of the focus forms, the one whose window (`windowAt`,
 * original coordinates) shows the most: per group, the weight of the best form inside the window, summed.
 */
function bestPassage(
  sq: Squashed,
  from: number,
  focus: readonly FocusGroup[],
  windowAt: (hit: number) => [number, number],
): number | undefined {
  const found = focus.map((g) => g.forms.map((f) => ({ weight: f.weight, at: occurrences(sq.text, f.text, 40, from), size: f.text.length })));
  const hits = [...new Set(found.flat(2).flatMap((f) => f.at))].sort((a, b) => a - b);
  let best: number | undefined;
  let bestScore = 0;
  for (const hit of hits) {
    const [start, end] = windowAt(hit);
    let score = 0;
    for (const [g, forms] of found.entries()) {
      let w = 0;
      for (const f of forms) {
        if (f.weight > w && f.at.some((i) => sq.map[i]! >= start && sq.map[i + f.size - 1]! < end)) w = f.weight;
      }
      score += focus[g]!.weight * w;
    }
    if (score > bestScore + 1e-9) {
      best = hit;
      bestScore = score;
    }
  }
  return best;
}

/** `from`, moved past clause breaks (a prose that starts after a title's ". " opens at its first word). */
function afterBreaks(sq: Squashed, from: number): number {
  while (sq.text[from] === BREAK) from++;
  return from;
}

/**
 * A result's excerpt: the passage of the text after the page's field panel (`textFrom`) that shows most of what was
 * looked for; else, where only the panel (from `proseFrom`) has a word typed that the title does not show (a document
 * number, an issuer), that field; else the opening of the text. A panel line (刊名：… 期号：… 报：…) shown for a word the
 * title already holds tells the reader nothing.
 */
export function resultExcerpt(
  content: string,
  sq: Squashed,
  title: string,
  proseFrom: number,
  textFrom: number,
  match: { highlight: readonly string[]; focus: readonly FocusGroup[] } | undefined,
  length = 90,
): Segment[] {
  if (match) {
    const inText = buildExcerpt(content, textFrom, match.highlight, length, sq, match.focus);
    if (inText) return inText;
    const panel = sq.text.slice(proseFrom, textFrom);
    // Words as typed (not another name of them: 台州市 for 台州 in the issuer's name).
    const typed = match.focus.flatMap((g) => g.forms.filter((f) => f.weight === 1).map((f) => f.text));
    const news = typed.filter((h) => h && panel.includes(h) && !title.includes(h));
    const inPanel = news.length ? buildExcerpt(content, proseFrom, news, length, sq) : undefined;
    if (inPanel) return inPanel;
    // A practice found by its tag alone (快递小哥: 新就业形态从业人员, which its text never prints): its metadata
    // panel, between the title and the prose, with the tag marked, shows why it was found.
    const tags = match.focus.flatMap((g) => g.forms.filter((f) => f.tag).map((f) => f.text));
    const panelFrom = title && sq.text.startsWith(title) ? title.length : 0;
    const tagged = tags.filter((h) => sq.text.slice(panelFrom, proseFrom).includes(h));
    // From the label of the list the tag is in (目标群体：…), not from the middle of the region's name before it.
    const hitAt = Math.min(...tagged.map((h) => sq.text.indexOf(h, panelFrom)));
    const labelAt = Math.max(...['目标群体', '举措类型'].map((l) => sq.text.lastIndexOf(l, hitAt)));
    const byTag = tagged.length ? buildExcerpt(content, labelAt >= panelFrom ? labelAt : panelFrom, tagged, length, sq) : undefined;
    if (byTag) return byTag;
  }
  return leadExcerpt(content, textFrom, length, sq);
}

/** The opening of the prose (from squashed index `from`), for a page that matched only by title or metadata. */
export function leadExcerpt(content: string, from: number, length = 90, sq: Squashed = squash(content, true)): Segment[] {
  from = afterBreaks(sq, from);
  const start = from < sq.map.length ? sq.map[from]! : 0;
  const [, end] = settle(content, sq, [], start, Math.min(content.length, start + length), start);
  const text = tidy(content.slice(start, end)).trim();
  const out: Segment[] = [{ text, mark: false }];
  if (end < content.length) out.push({ text: ELLIPSIS, mark: false });
  return merge(out);
}

/**
 * Pagefind joins a page's blocks (a heading and its paragraph, items of a list) with ". ". After Chinese text that
 * reads as a stray English full stop (形成就业帮扶机制. 一是…), so an excerpt shows it as a separator: 机制 · 一是.
 */
const BLOCK_JOIN = /(?<=[^\x00-\x7f])\. /gu;

function merge(segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segs) {
    if (!s.text) continue;
    const last = out[out.length - 1];
    if (last && last.mark === s.mark) last.text += s.text;
    else out.push({ ...s });
  }
  // A join right after a highlight starts the next segment; its Chinese character is at the end of the one before.
  for (const [i, s] of out.entries()) {
    if (i > 0 && s.text.startsWith('. ') && /[^\x00-\x7f]$/u.test(out[i - 1]!.text)) s.text = ` ·${s.text.slice(1)}`;
    s.text = s.text.replace(BLOCK_JOIN, ' · ');
  }
  return out;
}
