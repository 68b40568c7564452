/**
 * Excerpts with highlighted matches, as plain segments. The UI turns each segment into a text node (inside <mark>
 * when highlighted), so no page text or query ever reaches the DOM as HTML.
 */
import { squash, type Squashed } from './normalize.ts';
import { unsegmentParts } from './segment.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

const ELLIPSIS = '…';

/** Collapses whitespace runs (PDF line breaks) to a single space. */
const tidy = (s: string) => s.replace(/\s+/gu, ' ');

/**
 * An excerpt of `content` of about `length` characters around the first occurrence, from squashed index `from` on
 * (the prose: after the title and the metadata panel, see rank.ts proseStart), of the most specific needle (needles
 * are squashed strings, most specific first), with every needle occurrence inside it marked. Returns `undefined`
 * when no needle occurs there.
 */
export function buildExcerpt(
  content: string,
  from: number,
  needles: readonly string[],
  length = 90,
  sq: Squashed = squash(content),
): Segment[] | undefined {
  const useful = needles.filter((n) => n.length > 0);
  let hit = -1;
  for (const n of useful) {
    const i = sq.text.indexOf(n, from);
    if (i !== -1) {
      hit = i;
      break;
    }
  }
  if (hit === -1) return undefined;

  const bodyStart = from < sq.map.length ? sq.map[from]! : content.length;
  const matchAt = sq.map[hit]!;
  const lead = Math.floor(length / 4);
  let start = Math.max(bodyStart, matchAt - lead);
  let end = Math.min(content.length, start + length);
  if (end - start < length) start = Math.max(bodyStart, end - length);
  // Never cut a surrogate pair.
  if (/[\udc00-\udfff]/.test(content[start] ?? '')) start++;
  if (/[\ud800-\udbff]/.test(content[end - 1] ?? '')) end--;

  // Marked ranges (original coordinates) of every needle occurrence inside the window, longest needles first.
  const marks: [number, number][] = [];
  const sqFrom = sq.map.findIndex((m) => m >= start);
  const windowSq = sqFrom === -1 ? '' : sq.text.slice(sqFrom);
  for (const n of useful) {
    let i = windowSq.indexOf(n);
    while (i !== -1) {
      const a = sq.map[sqFrom + i]!;
      const lastAt = sq.map[sqFrom + i + n.length - 1]!;
      const b = lastAt + ((content.codePointAt(lastAt) ?? 0) > 0xffff ? 2 : 1);
      if (a >= end) break;
      if (!marks.some(([x, y]) => a < y && b > x)) marks.push([a, Math.min(b, end)]);
      i = windowSq.indexOf(n, i + n.length);
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

/** The opening of the prose (from squashed index `from`), for a page that matched only by title or metadata. */
export function leadExcerpt(content: string, from: number, length = 90, sq: Squashed = squash(content)): Segment[] {
  const start = from < sq.map.length ? sq.map[from]! : 0;
  const text = tidy(content.slice(start, start + length)).trim();
  const out: Segment[] = [{ text, mark: false }];
  if (start + length < content.length) out.push({ text: ELLIPSIS, mark: false });
  return merge(out);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };

/**
 * Segments of a Pagefind excerpt. Pagefind escapes `<` and `>` of the page text and adds `<mark>…</mark>`; anything
 * else that looks like a tag is kept as literal text, and entities are decoded, so the result is plain text.
 */
export function segmentsFromMarkedHtml(html: string): Segment[] {
  const raw: Segment[] = [];
  const decode = (s: string) => s.replace(/&(#39|amp|lt|gt|quot|apos|nbsp);/g, (_, e: string) => ENTITIES[e] ?? _);
  let mark = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else if (part) raw.push({ text: decode(part), mark });
  }
  // Pagefind's excerpt carries the index's word boundaries (see segment.ts).
  const texts = unsegmentParts(raw.map((r) => r.text));
  return merge(raw.map((r, i) => ({ text: tidy(texts[i]!), mark: r.mark })));
}

function merge(segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segs) {
    if (!s.text) continue;
    const last = out[out.length - 1];
    if (last && last.mark === s.mark) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}
