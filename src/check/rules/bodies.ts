/**
 * A page's body as Markdown: no extraction artifacts, a sound structure, no HTML but <br>/<sub>/<sup>, and links
 * that lead to a published page and to an id it has.
 */
import { isDraft, type CheckContext } from '../context.ts';
import { bodyArtifacts, bodyStructure } from '../body-structure.ts';
import { mdxProblems } from '../mdx-check.ts';
import type { RawEntry } from '../types.ts';
import { suggestId } from '../../lib/suggest.ts';
import { linksOf, pageAnchors, slugOf, unsafeHtml } from '../../lib/body-links.ts';
import { withoutWhitespace } from '../../lib/whitespace.ts';

/** Routes whose pages a body may link to by id. */
export const INTERNAL_ROUTES: Record<string, string> = {
  practices: 'practices',
  briefings: 'briefings',
  plans: 'plans',
  regions: 'regions',
  groups: 'groups',
  measures: 'measures',
};

// An entry's anchors, worked out once per entry (an entry is read afresh on each run).
const anchorCache = new WeakMap<RawEntry, ReturnType<typeof pageAnchors>>();
function anchorsOf(kind: 'practices' | 'plans', e: RawEntry) {
  let a = anchorCache.get(e);
  if (!a) anchorCache.set(e, (a = pageAnchors(kind, e.data, e.body ?? '')));
  return a;
}

/** A URL's path segment decoded (%E5… → 字), or as written when it is not valid percent-encoding. */
export function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** What a relative link was probably meant to be: `jiaojiang-talent.md` → `/practices/jiaojiang-talent/`. */
function absoluteFor(ctx: CheckContext, href: string): string | undefined {
  const [path = '', frag] = href.split('#');
  const name = decode(path).replace(/[?].*$/, '').replace(/\/$/, '').split('/').pop()!.replace(/\.(mdx?|ya?ml|html?)$/, '');
  const route = (['practices', 'plans', 'briefings'] as const).find((r) => ctx.routeIds[r]!.has(name));
  return route ? `/${route}/${name}/${frag !== undefined ? `#${frag}` : ''}` : undefined;
}

/** A #fragment of a practice or plan page: its ids are known from the source (headings, metrics, footnotes). */
function checkFragment(kind: 'practices' | 'plans', target: RawEntry, frag: string, href: string, self: boolean, report: (m: string) => void): void {
  if (target.unreadable) return;
  const { ids, headings, metrics } = anchorsOf(kind, target);
  const id = decode(frag);
  if (ids.has(id)) return;
  const slug = slugOf(id);
  const hint = slug !== id && ids.has(slug) ? `是否想写 #${slug}？` : '';
  const places = [
    headings.length ? `标题 ${headings.slice(0, 8).map((h) => `#${h}`).join('、')}${headings.length > 8 ? ' …' : ''}` : '',
    metrics ? `数据指标 #m-1${metrics > 1 ? ` 至 #m-${metrics}` : ''}` : '',
  ].filter(Boolean);
  report(`链接 “${href}” 中的 #${id} 在${self ? '本页' : `页面 /${kind}/${target.id}/ `}上不存在。${hint}${places.length ? `可链接的位置：${places.join('；')}` : '该页面没有可链接的标题或数据指标'}`);
}

// Each run's seeds without their whitespace, read only when a body has a numbered line (see printedBefore).
const flatSeeds = new WeakMap<CheckContext, Map<string, string | undefined>>();

/**
 * What `source` prints just before a numbered line's text `rest`: its number and mark (`2.`, `2）`, `(2)`), '' when
 * the text is there with no number before it, undefined when the text is not found (or there is no source).
 */
export function printedBefore(ctx: CheckContext, source: string | undefined, rest: string): string | undefined {
  if (source === undefined) return undefined;
  let seeds = flatSeeds.get(ctx);
  if (!seeds) flatSeeds.set(ctx, (seeds = new Map()));
  if (!seeds.has(source)) {
    const read = ctx.readSeed(source);
    seeds.set(source, read && 'text' in read ? withoutWhitespace(read.text) : undefined);
  }
  const flat = seeds.get(source);
  const key = withoutWhitespace(rest).slice(0, 16);
  const at = flat && [...key].length >= 4 ? flat.indexOf(key) : -1;
  if (at < 0 || flat!.indexOf(key, at + 1) >= 0) return undefined;
  return /(?:\d{1,9}[.)．）、]|[（(]\d{1,9}[)）])$/.exec(flat!.slice(Math.max(0, at - 12), at))?.[0] ?? '';
}

/** Every rule of one page's body; `source`, the seed it comes from, tells a numbered line what the source prints. */
export function checkBody(ctx: CheckContext, entry: RawEntry, kind: 'practices' | 'plans', source?: string): void {
  const { problems, rendered, routeIds, unpublished, pages } = ctx;
  const { file } = entry;
  const body = entry.body ?? '';
  const first = entry.bodyLine ?? 1;
  for (const a of bodyArtifacts(body, first)) problems.push({ file, field: 'body', message: a.message });
  for (const a of bodyStructure(body, first, kind, !file.endsWith('.mdx'), (rest) => printedBefore(ctx, source, rest))) problems.push({ file, field: 'body', message: a.message });
  const mdx = file.endsWith('.mdx') ? mdxProblems(body, first) : [];
  // An .mdx body that does not parse is reported for that alone: its tags are not yet what the editor meant.
  const parses = !mdx.some((m) => m.message.startsWith('MDX 语法错误'));
  for (const h of unsafeHtml(body, parses)) problems.push({ file, field: 'body', message: `第 ${h.line + first - 1} 行：${h.message}` });
  for (const m of mdx) problems.push({ file, field: 'body', message: `第 ${m.line} 行：${m.message}` });
  // An image is reported as one (bodyStructure; unsafeHtml for <img>), not again for where its address leads.
  for (const { href, line: bodyLine } of linksOf(body).filter((l) => !l.image)) {
    const line = bodyLine + first - 1;
    const report = (message: string) => problems.push({ file, field: 'body', message: `第 ${line} 行：${message}` });
    if (/^https?:\/\/[^/\s]/i.test(href) || /^mailto:/i.test(href)) continue;
    if (href === '') {
      report('链接地址为空');
    } else if (href.startsWith('#')) {
      checkFragment(kind, entry, href.slice(1), href, true, report);
    } else if (href.startsWith('/') && !href.startsWith('//')) {
      const seg = /^\/([a-z]+)\/([^/#?]+)\/?(?:[#?].*)?$/.exec(href);
      const known = seg && INTERNAL_ROUTES[seg[1]!] && routeIds[seg[1]!]!.has(decode(seg[2]!));
      const simple = /^\/(search|metrics|practices|briefings|plans|regions|groups|measures)?\/?(?:[?#].*)?$/.test(href);
      if (!known && !simple) {
        // The page probably meant, among those of the same kind (a typo'd id, the name before a rename, a name).
        // A taxonomy page by its name (/regions/临海市/) is found through the names and aliases.
        const named = seg && ({ regions: ctx.regionIdx, groups: ctx.groupIdx, measures: ctx.measureIdx } as Record<string, typeof ctx.regionIdx | undefined>)[seg[1]!];
        const candidates = seg && INTERNAL_ROUTES[seg[1]!] ? [...routeIds[seg[1]!]!].map((id) => ({ id, names: named?.candidates.find((c) => c.id === id)?.names ?? [] })) : [];
        const meant = seg && candidates.length ? suggestId(decode(seg[2]!), candidates) : undefined;
        report(`站内链接 ${href} 指向不存在的页面${meant ? `：是否想写 /${seg![1]}/${meant}/？` : ''}`);
        continue;
      }
      // A page is a folder (/practices/<id>/index.html): without the closing /, many static hosts answer 404, or
      // redirect first (to the host's own name, behind a proxy), so the path must end in / before any ? or #.
      const [, path = '', rest = ''] = /^([^?#]*)(.*)$/.exec(href) ?? [];
      if (!path.endsWith('/')) {
        report(`链接 “${href}” 的路径少了结尾的 /：静态主机上这个地址可能找不到（404），或要先跳转一次。应写 ${path}/${rest}`);
        continue;
      }
      const route = seg?.[1];
      if (known && !isDraft(entry) && (route === 'practices' || route === 'plans' || route === 'briefings') && unpublished[route].has(decode(seg![2]!))) {
        const what = route === 'practices' ? '案例' : route === 'plans' ? '方案' : '简报';
        report(
          route === 'briefings'
            ? `链接 ${href} 指向的简报还没有发布（它的案例都是草稿），发布后这个网址不存在（404）。请先发布其中的案例，或删除链接`
            : `链接 ${href} 指向草稿（draft: true），发布后这个网址不存在（404）。请先发布该${what}，或删除链接`,
        );
        continue;
      }
      const frag = /#(.+)$/.exec(href)?.[1];
      if (!frag) continue;
      const target = known && (seg[1] === 'practices' || seg[1] === 'plans') ? pages[seg[1]].get(decode(seg[2]!)) : undefined;
      if (target) checkFragment(seg![1] as 'practices' | 'plans', target, frag, href, target === entry, report);
      else rendered?.push({ file, line, href });
    } else if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
      report(`链接 “${href}” 不允许：只能写以 / 开头的站内路径（如 /practices/<id>/）或以 http:// 、https:// 开头的网址`);
    } else {
      const meant = absoluteFor(ctx, href);
      report(
        `链接 “${href}” 是相对路径，在页面上会指向不存在的地址。站内链接要写以 / 开头的路径${meant ? `：是否想写 ${meant}？` : '，如 /practices/<id>/'}；站外链接写完整的 http:// 或 https:// 网址`,
      );
    }
  }
}
