/**
 * A built page as Pagefind should index it: the words of its searchable text separated (src/lib/search/segment.ts),
 * the page declared in {@link INDEX_LANGUAGE} so that Pagefind does not segment it again, and everything Pagefind
 * would not index left out, so that the result also serves as the page's fingerprint for the index cache.
 *
 * Pagefind rules followed here: only the element with `data-pagefind-body` and what is inside it is indexed (pages
 * without it are skipped, since every content page has one); text inside `data-pagefind-ignore` is not indexed, but
 * `data-pagefind-filter`, `-meta`, `-sort` and `-weight` attributes anywhere in the body still count, and a filter or
 * meta without a `:value` takes its element's text. Script and style contents are never indexed.
 */
import { isCjk, lastOf, segmentText } from '../lib/search/segment.ts';

/** The language the prepared pages declare: one Pagefind has no stemmer or segmenter for. */
export const INDEX_LANGUAGE = 'und';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'textarea', 'title']);
/** Elements Pagefind runs together with the text around them (no block boundary). */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

interface Open {
  name: string;
  /** Whether its start tag was written (inside an ignored region only elements Pagefind reads from are). */
  written: boolean;
  /** Inside `data-pagefind-ignore`: the text is not indexed. */
  ignore: boolean;
  /** Inside a filter or meta that takes its value from the text: the text is kept as it is. */
  keepText: boolean;
}

export interface PreparedPage {
  /** The HTML to give Pagefind. */
  html: string;
  /** The page's `data-pagefind-sort` date (`YYYY-MM-DD`), if any. */
  date?: string | undefined;
}

/** Attribute text of a start tag (between its name and `>`), or undefined when absent. */
function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=[\\s/>]|$)`).exec(attrs);
  if (!m) return undefined;
  return m[1] ?? m[2] ?? m[3] ?? '';
}

/**
 * Attributes Pagefind reads: its own, `hidden`, `alt`. Others (classes, links) are dropped, and so are ids: Pagefind
 * would store every element with an id as an anchor (its text again, in each page's fragment, about a fifth of a
 * practice's fragment with its metric anchors), for sub-results the search page does not show.
 */
const KEPT_ATTRIBUTE = /^(?:data-pagefind-[\w-]+|hidden|alt)$/i;
const ATTRIBUTE = /([^\s"'>\/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g;

function keptAttributes(attrs: string): string {
  let out = '';
  for (const m of attrs.matchAll(ATTRIBUTE)) if (KEPT_ATTRIBUTE.test(m[1]!)) out += ` ${m[0]}`;
  return out;
}

/** End of a start tag that begins at `i` (the index after its `>`), honouring quoted attribute values. */
function tagEnd(html: string, i: number): number {
  let quote = '';
  for (let k = i; k < html.length; k++) {
    const c = html[k]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return k + 1;
  }
  return html.length;
}

/** Text pieces and character references: references are kept whole (no word boundary may split `&amp;`). */
const REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi;

function segmentHtmlText(text: string): string {
  if (!text.includes('&')) return segmentText(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(REFERENCE)) {
    out += segmentText(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + segmentText(text.slice(last));
}

/**
 * A figure's span (`<span class="fig">2021年</span>`, src/lib/figure-runs.ts) keeps it on one line on screen; to the
 * index it is no word boundary: each text piece is segmented alone, and 2021<span>年</span>度 lost the word 年度.
 */
export function unwrapFigures(html: string): string {
  return html.replace(/<span class="fig"(?: data-astro-cid-[\w-]+)?>([^<]*)<\/span>/g, '$1');
}

/**
 * The page prepared for indexing, or undefined when Pagefind would not index it (no `data-pagefind-body`, or
 * `data-pagefind-ignore="all"` on the body itself).
 */
export function preparePage(page: string): PreparedPage | undefined {
  if (!page.includes('data-pagefind-body')) return undefined;
  const html = unwrapFigures(page);
  let out = '';
  let found = false;
  const stack: Open[] = [];
  let date: string | undefined;
  /** The last character of indexed text in the current block, while no whitespace has followed it. */
  let lastChar: string | undefined;
  /** The end of the indexed text of the current block, whitespace after it ignored (see {@link OPEN_END}). */
  let blockTail = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const top = stack[stack.length - 1];
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > i && top && (top.keepText || !top.ignore)) {
      const text = html.slice(i, textEnd);
      if (top.keepText) {
        out += text;
        lastChar = undefined;
      } else {
        const piece = segmentHtmlText(text);
        // Pagefind runs the text of inline elements together (有限公司<span>拿出</span> is one word to it): a word
        // boundary at an element boundary needs a space too, which unsegment removes like any other.
        const first = piece.codePointAt(0);
        if (first !== undefined && !/\s/u.test(String.fromCodePoint(first)) && needsSpace(lastChar, String.fromCodePoint(first))) out += ' ';
        out += piece;
        const trimmed = piece.trimEnd();
        if (trimmed) blockTail = (blockTail + trimmed).slice(-8);
        if (trimmed.length < piece.length) lastChar = undefined;
        else if (trimmed) lastChar = lastOf(trimmed);
      }
    }
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '/') {
      const end = html.indexOf('>', lt);
      const name = html.slice(lt + 2, end === -1 ? html.length : end).trim().toLowerCase();
      i = end === -1 ? html.length : end + 1;
      const at = stack.map((o) => o.name).lastIndexOf(name);
      if (at === -1) continue;
      if (!INLINE.has(name)) {
        if (OPEN_END.test(blockTail)) out += '.';
        blockTail = '';
      }
      while (stack.length > at) {
        const closed = stack.pop()!;
        if (closed.written) out += `</${closed.name}>`;
      }
      if (!INLINE.has(name)) lastChar = undefined;
      if (stack.length === 0) break;
      continue;
    }
    if (!/[a-z!]/i.test(html[lt + 1] ?? '')) {
      // A lone "<" in text.
      if (top && !top.ignore) out += '&lt;';
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt);
    const tag = html.slice(lt, end);
    const name = (/^<([a-z][\w-]*)/i.exec(tag)?.[1] ?? '!').toLowerCase();
    i = end;
    if (name === '!') continue; // <!doctype>
    if (RAW.has(name)) {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = end;
      const m = close.exec(html);
      i = m ? tagEnd(html, m.index) : html.length;
      continue;
    }
    const attrs = tag.slice(name.length + 1, -1);
    if (!top && attr(attrs, 'data-pagefind-body') === undefined) continue; // outside the body
    const parent = top ?? { name: '', written: true, ignore: false, keepText: false };
    const ignoreValue = attr(attrs, 'data-pagefind-ignore');
    if (ignoreValue === 'all') {
      // Nothing inside counts, not even filters and meta: skip to the matching end tag.
      i = skipElement(html, end, name);
      continue;
    }
    const filter = attr(attrs, 'data-pagefind-filter');
    const meta = attr(attrs, 'data-pagefind-meta');
    const sort = attr(attrs, 'data-pagefind-sort');
    if (sort?.startsWith('date:')) date ??= sort.slice(5);
    if (!INLINE.has(name)) {
      lastChar = undefined;
      blockTail = '';
    }
    const keepText = parent.keepText || (filter !== undefined && !filter.includes(':')) || (meta !== undefined && !meta.includes(':'));
    // Inside an ignored region only what Pagefind reads there is written, so that a changed list of links in it (the
    // related practices) leaves the prepared page, and its shard in the cache, unchanged.
    const written = !parent.ignore || keepText || filter !== undefined || meta !== undefined || sort !== undefined;
    if (written) out += `<${name}${keptAttributes(attrs)}>`;
    found = true;
    if (VOID.has(name) || tag.endsWith('/>')) continue;
    stack.push({ name, written, ignore: parent.ignore || ignoreValue !== undefined, keepText });
  }
  if (!found) return undefined;
  while (stack.length) {
    const closed = stack.pop()!;
    if (closed.written) out += `</${closed.name}>`;
  }
  return { html: `<!doctype html><html lang="${INDEX_LANGUAGE}"><body>${out}</body></html>`, date };
}

/**
 * A block's text that ends in a closing bracket or quotation mark without a sentence's end before it (期限：2021—2025年
 * （原文未写期限…）, 发：各县（市、区）, 高素质农民（渔民）). Pagefind joins a page's blocks with ". " but adds none after a
 * block that ends in punctuation, so such a block ran into the next one: a field panel's last value into the text's
 * first sentence (the excerpt then started mid-text, see rank.ts panelEnd), a list heading into its first item, and a
 * term was found across the two. The block gets its "." here, as a block ending in a word does; one that ends a sentence
 * (。” ) needs none, its 。 already ends it.
 */
const OPEN_END = /(?<![。！？!?.；;…])[\p{Pe}\p{Pf}]+$/u;

function needsSpace(before: string | undefined, after: string): boolean {
  return before !== undefined && (isCjk(before) || isCjk(after)) && before !== '.' && after !== '.';
}

/** The index after the end tag matching the element `name` whose start tag ends at `from`. */
function skipElement(html: string, from: number, name: string): number {
  if (VOID.has(name)) return from;
  const re = new RegExp(`<(/?)${name}(?=[\\s/>])`, 'gi');
  re.lastIndex = from;
  let open = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    open += m[1] ? -1 : 1;
    if (open === 0) return tagEnd(html, m.index);
  }
  return html.length;
}
