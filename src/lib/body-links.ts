/**
 * Links and anchors of a Markdown body, read from the source: the links an editor wrote (with their lines), and the
 * ids the rendered page will have (heading ids, metric anchors, footnotes), so the content check can tell a link that
 * will not work before anything is built.
 */
// The slugger Astro's Markdown pipeline gives headings their ids with (@astrojs/markdown-remark, rehypeHeadingIds):
// using the same module keeps the ids computed here equal to the rendered ones.
import Slugger from 'github-slugger';
import { cutText } from './format.ts';
import { decodeEntities } from './xml.ts';

interface BodyLink {
  /** The link target as written, e.g. `/practices/x/#m-3`, `jiaojiang-talent.md`, `#一总体要求`. */
  href: string;
  /** 1-based line of the body. */
  line: number;
  /** Whether it is an image's address (![…](…), <img src>): the body rules refuse an image for what it is. */
  image?: true;
}

/** Lines of `body` outside fenced code blocks, with inline code spans blanked out (their text is not Markdown). */
function proseLines(body: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((text, i) => {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence) {
      if (f && f[0] === fence[0] && f.length >= fence.length) fence = undefined;
      return;
    }
    if (f) {
      fence = f;
      return;
    }
    out.push({ text: text.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length)), line: i + 1 });
  });
  return out;
}

const INLINE = /!?\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const REFERENCE = /^ {0,3}\[(?!\^)(?:[^\]\\]|\\.)+\]:\s*(<[^>]*>|\S+)/;
const AUTOLINK = /<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/gi;
const HTML_ATTR = /<[a-z][^>]*?\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** Every link target written in `body`: inline links and images, reference definitions, autolinks, raw HTML href/src. */
export function linksOf(body: string): BodyLink[] {
  const out: BodyLink[] = [];
  for (const { text, line } of proseLines(body)) {
    const ref = REFERENCE.exec(text);
    if (ref) out.push({ href: ref[1]!.replace(/^<|>$/g, ''), line });
    for (const m of text.matchAll(INLINE)) out.push({ href: m[1]!.replace(/^<|>$/g, ''), line, ...(m[0].startsWith('!') ? { image: true as const } : {}) });
    for (const m of text.matchAll(AUTOLINK)) out.push({ href: m[1]!, line });
    for (const m of text.matchAll(HTML_ATTR)) out.push({ href: m[1] ?? m[2]!, line, ...(/^<img\b/i.test(m[0]) ? { image: true as const } : {}) });
  }
  return out;
}

/** The text of a heading as rendered: link and image targets, footnote markers and HTML tags left out. */
function headingText(source: string): string {
  const text = source
    .replace(/!?\[((?:[^\]\\]|\\.)*)\]\([^)]*\)/g, '$1')
    .replace(/\[\^([^\]]+)\]/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
  return decodeEntities(text);
}

/** The ids Astro gives the headings of `body`, in order (a repeated heading gets `-1`, `-2` …). */
export function headingIds(body: string): string[] {
  const slugger = new Slugger();
  const ids: string[] = [];
  for (const { text } of proseLines(body)) {
    const m = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(text);
    if (m) ids.push(slugger.slug(headingText(m[1] ?? '').trim()));
  }
  return ids;
}

/** The slug of a fragment an editor may have written as heading text (`#一、总体要求` → `一总体要求`). */
export function slugOf(text: string): string {
  return new Slugger().slug(text);
}

/**
 * The fixed ids of the practice and plan templates, which body links may point at (#text-h): the templates take them
 * from here, so that the content check's list ({@link pageAnchors}) is the pages'.
 */
export const PAGE_IDS = { related: 'related-h', targets: 'targets-h', groups: 'groups-h', text: 'text-h' } as const;
/** The id of a plan's section for a target group (#g-technical-workers). */
export const groupAnchor = (group: string): string => `g-${group}`;

/**
 * Ids a practice or plan page will have: its headings, the anchor of each metric quote (`m-1` …, see
 * src/markdown/rehype-metric-anchors.ts), footnotes (remark-rehype's `user-content-fn-…`), and the fixed ids of the
 * page templates (src/pages/practices/[id].astro, src/pages/plans/[id].astro, src/layouts/Base.astro).
 */
export function pageAnchors(kind: 'practices' | 'plans', data: unknown, body: string): { ids: Set<string>; headings: string[]; metrics: number } {
  const d = (data ?? {}) as { metrics?: unknown; targets?: unknown; groups?: unknown };
  const list = kind === 'plans' ? d.targets : d.metrics;
  const metrics = Array.isArray(list) ? list.length : 0;
  const headings = headingIds(body);
  const ids = new Set<string>(['main', 'site-search', ...headings]);
  for (let i = 1; i <= metrics; i++) ids.add(`m-${i}`);
  const footnotes = [...body.matchAll(/^ {0,3}\[\^([^\]]+)\]:/gm)].map((m) => m[1]!);
  if (footnotes.length) ids.add('footnote-label');
  for (const f of footnotes) {
    ids.add(`user-content-fn-${f}`);
    ids.add(`user-content-fnref-${f}`);
  }
  if (kind === 'practices') ids.add(PAGE_IDS.related);
  if (kind === 'plans') {
    for (const id of [PAGE_IDS.targets, PAGE_IDS.groups, PAGE_IDS.text]) ids.add(id);
    if (Array.isArray(d.groups)) for (const g of d.groups) if (typeof (g as { group?: unknown })?.group === 'string') ids.add(groupAnchor((g as { group: string }).group));
  }
  return { ids, headings, metrics };
}

const DANGEROUS_NAMES = new Set(['script', 'iframe', 'frame', 'frameset', 'style', 'object', 'embed', 'link', 'meta', 'base', 'form']);
const DANGEROUS_TAG = new RegExp(`<\\s*(${[...DANGEROUS_NAMES].join('|')})\\b`, 'gi');
const EVENT_ATTRIBUTE = /<[a-z][a-z0-9-]*\b[^>]*?\s(on[a-z]+)\s*=/gi;
/** An HTML (or JSX) tag, opening or closing; not an autolink (<https://…>). Its name and its attributes. */
const ANY_TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?![a-zA-Z0-9-]*:)((?:\s[^<>]*)?|\/)>/g;
/** Tags a printed text may need, without attributes. */
const PRINTED_MARKS = new Set(['br', 'sub', 'sup']);

/**
 * Raw HTML in a body that would run or restyle the page: `<script>`, `<iframe>`, `<style>` and the like, and `on…=`
 * event attributes on any tag; with `anyTag`, every other HTML tag but a few marks of printed text. Markdown passes raw HTML through to the page unchanged; the texts come from PDFs and
 * never need it. Code blocks and code spans are left out (their text is shown, not run).
 */
export function unsafeHtml(body: string, anyTag = true): { line: number; message: string }[] {
  const prose = new Map(proseLines(body).map((l) => [l.line, l.text]));
  const text = body
    .split('\n')
    .map((_, i) => prose.get(i + 1) ?? '')
    .join('\n');
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const out: { line: number; message: string }[] = [];
  for (const m of text.matchAll(DANGEROUS_TAG)) {
    const tag = m[1]!.toLowerCase();
    out.push({ line: lineAt(m.index), message: `正文中有 HTML 标签 <${tag}>：它会在页面上${tag === 'style' || tag === 'link' ? '改变整个网站的样式' : '执行或嵌入外部内容'}。正文来自 PDF，不需要 HTML，请删除` });
  }
  for (const m of text.matchAll(EVENT_ATTRIBUTE)) {
    out.push({ line: lineAt(m.index + m[0].length - m[1]!.length), message: `正文中的 HTML 标签带有事件属性 ${m[1]!.toLowerCase()}=：它会在页面上执行脚本。正文来自 PDF，不需要 HTML，请删除` });
  }
  // Any other tag is published as it is, unseen by the check of the text against its source: an image (a tracking
  // pixel from another host), a hidden or folded block (hidden, <details>), a restyled heading. Only the marks of
  // a printed text pass: a line break, sub- and superscript, without attributes.
  for (const m of anyTag ? text.matchAll(ANY_TAG) : []) {
    const tag = m[1]!.toLowerCase();
    // Reported above; and a component (<Chart />) is the MDX check's.
    // (A closing tag goes with its opening one.)
    if (DANGEROUS_NAMES.has(tag) || /\son[a-z]+\s*=/i.test(m[0]) || /^[A-Z]/.test(m[1]!) || m[0].startsWith('</')) continue;
    const attrs = m[2]!.trim().replace(/\/$/, '').trim();
    if (PRINTED_MARKS.has(tag) && !attrs) continue;
    out.push({
      line: lineAt(m.index),
      message: PRINTED_MARKS.has(tag)
        ? `正文中的 HTML 标签 <${tag}> 带有属性（${cutText(attrs, 40)}）：属性会改变页面的样式或隐藏文字。请写成不带属性的 <${tag}>`
        : `正文中有 HTML 标签 <${tag}>：正文照原文用 Markdown 书写，不用 HTML（HTML 会原样发布：图片、样式、隐藏或折叠的段落都会让页面与原文不符）。请删除它；小标题用 ##，加粗用 **…**`,
    });
  }
  // An HTML comment hides its text on the page, unseen by the check of the text against its source.
  for (const m of body.matchAll(/<!--/g)) {
    out.push({ line: body.slice(0, m.index).split('\n').length, message: '正文中有 HTML 注释 <!-- … -->：注释里的文字在页面上看不到，页面就与原文不符。删除 <!-- 和 -->（注释里是原文的，留下文字；是编辑的备注，整段删除）' });
  }
  return out.sort((a, b) => a.line - b.line);
}
