/**
 * Rehype plugin: marks the sentence each metric comes from. For the metric at index i of the page's `metrics` (or a
 * plan's `targets`), the first occurrence of its `quote` in the body is wrapped in `<mark id="m-{i+1}"
 * class="metric-quote">`, so a metric card can link to `#m-{i+1}` and the reader lands on the figure. A `<mark>`, not a
 * `<span>`: the page tints these sentences, and a screen reader says of a mark that it is marked, as the tint shows.
 * A quote inside another's is marked inside it; a quote that overlaps another's or crosses formatting is marked with
 * what it overlaps.
 */
interface HastText {
  type: 'text';
  value: string;
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}
interface HastOther {
  type: string;
  children?: HastNode[];
}
type HastNode = HastText | HastElement | HastOther;
interface Root {
  type: 'root';
  children: HastNode[];
}
interface VFileLike {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'h2', 'h3', 'h4', 'blockquote']);

function textOf(node: HastNode): string {
  if (node.type === 'text') return (node as HastText).value;
  return ((node as HastOther).children ?? []).map(textOf).join('');
}

function el(tagName: string, properties: Record<string, unknown>, children: HastNode[]): HastElement {
  return { type: 'element', tagName, properties, children };
}

/**
 * Wraps the first text-node occurrence of `quote` below `node`; true when done. With `intoQuotes`, the text inside
 * other quotes' spans is searched too (a quote inside another's, or the same quote as another figure's).
 */
function wrapInText(node: HastNode, quote: string, id: string, intoQuotes = false): boolean {
  const children = (node as HastOther).children;
  if (!children) return false;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'text') {
      const value = (child as HastText).value;
      const at = value.indexOf(quote);
      if (at < 0) continue;
      const parts: HastNode[] = [];
      if (at > 0) parts.push({ type: 'text', value: value.slice(0, at) });
      parts.push(el('mark', { id, className: ['metric-quote'] }, [{ type: 'text', value: quote }]));
      if (at + quote.length < value.length) parts.push({ type: 'text', value: value.slice(at + quote.length) });
      children.splice(i, 1, ...parts);
      return true;
    }
    if (!intoQuotes && child.type === 'element' && (child as HastElement).tagName === 'mark' && (child as HastElement).properties.id) continue;
    if (wrapInText(child, quote, id, intoQuotes)) return true;
  }
  return false;
}

/** The first block (depth first) whose text contains `quote`, or undefined. */
function blockWith(node: HastNode, quote: string): HastElement | undefined {
  for (const child of (node as HastOther).children ?? []) {
    if (child.type !== 'element') continue;
    const e = child as HastElement;
    if (BLOCKS.has(e.tagName) && textOf(e).includes(quote)) return e;
    const inner = blockWith(e, quote);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * Wraps the children of `block` that together hold `quote`: a quote that overlaps another's span or crosses
 * formatting is marked with the whole of what it overlaps (text is split at its ends where the ends fall in text).
 */
function wrapAcross(block: HastElement, quote: string, id: string): void {
  const kids = block.children;
  const at = kids.map(textOf).join('').indexOf(quote);
  const end = at + quote.length;
  let first = -1;
  let last = -1;
  let pos = 0;
  const starts = kids.map((k) => {
    const s = pos;
    pos += textOf(k).length;
    return s;
  });
  kids.forEach((k, i) => {
    const s = starts[i]!;
    if (first < 0 && s + textOf(k).length > at) first = i;
    if (s < end) last = i;
  });
  // Split the text at the quote's ends, so the mark starts and ends where the quote does when it can.
  const lastKid = kids[last]!;
  if (lastKid.type === 'text' && end < starts[last]! + (lastKid as HastText).value.length) {
    const v = (lastKid as HastText).value;
    const cut = end - starts[last]!;
    kids.splice(last, 1, { type: 'text', value: v.slice(0, cut) }, { type: 'text', value: v.slice(cut) });
  }
  const firstKid = kids[first]!;
  if (firstKid.type === 'text' && at > starts[first]!) {
    const v = (firstKid as HastText).value;
    const cut = at - starts[first]!;
    kids.splice(first, 1, { type: 'text', value: v.slice(0, cut) }, { type: 'text', value: v.slice(cut) });
    first++;
    last++;
  }
  kids.splice(first, last - first + 1, el('mark', { id, className: ['metric-quote'] }, kids.slice(first, last + 1)));
}

export default function rehypeMetricAnchors(_options: { version?: string } = {}) {
  return (tree: Root, file: VFileLike) => {
    const fm = file.data.astro?.frontmatter ?? {};
    const metrics = (fm.metrics ?? fm.targets ?? []) as { quote?: unknown }[];
    metrics.forEach((m, i) => {
      if (typeof m?.quote !== 'string' || !m.quote) return;
      const id = `m-${i + 1}`;
      if (wrapInText(tree, m.quote, id) || wrapInText(tree, m.quote, id, true)) return;
      // Across formatting or other quotes, within one block; a quote no block holds is left to the content check.
      const block = blockWith(tree, m.quote);
      if (block) wrapAcross(block, m.quote, id);
    });
  };
}
