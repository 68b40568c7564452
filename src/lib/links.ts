/**
 * Link checking over a built site: every internal href/src of every HTML page must resolve to a file of the build,
 * and every #fragment to an id on the target page. Pure over an in-memory map of pages so it can be unit-tested.
 */

import { decodeEntities } from './xml.ts';

export interface BuiltPage {
  /** Site path of the page, with the base, e.g. `/gongfu/practices/x/`. */
  path: string;
  html: string;
}

interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const ATTR = /\s(?:href|src)\s*=\s*"([^"]*)"/g;
const ID = /\sid\s*=\s*"([^"]*)"/g;

/** Ids defined on a page. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1]!)));
}

/**
 * Checks links. `exists(path)` says whether a non-HTML file exists at a site path (for CSS, feeds, raw texts);
 * `origin` is the site's own origin, so absolute links to it count as internal.
 */
export function checkLinks(pages: readonly BuiltPage[], exists: (path: string) => boolean, origin = 'http://site.invalid'): BrokenLink[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const idCache = new Map<string, Set<string>>();
  const ids = (p: BuiltPage) => {
    let s = idCache.get(p.path);
    if (!s) idCache.set(p.path, (s = idsOf(p.html)));
    return s;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    // Skip what is inside <template>/<script> (client templates are not links a reader can follow).
    const html = page.html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<template[\s\S]*?<\/template>/g, '');
    for (const m of html.matchAll(ATTR)) {
      const raw = decodeEntities(m[1]!);
      if (!raw || /^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
      const url = new URL(raw, origin + page.path);
      if (url.origin !== origin) {
        broken.push({ page: page.path, href: raw, reason: '指向其他站点（本站不应请求外部主机）' });
        continue;
      }
      const path = decodeURIComponent(url.pathname);
      const target = byPath.get(path);
      // A page is a folder: without the closing /, many static hosts answer 404 or redirect first.
      if (!target && !path.endsWith('/') && byPath.has(`${path}/`) && !exists(path)) {
        broken.push({ page: page.path, href: raw, reason: `路径少了结尾的 /（静态主机上可能找不到或要先跳转）：应为 ${raw.replace(/^([^?#]*)/, '$1/')}` });
        continue;
      }
      if (!target && !exists(path)) {
        broken.push({ page: page.path, href: raw, reason: '目标不存在' });
        continue;
      }
      const frag = decodeURIComponent(url.hash.slice(1));
      if (frag && target && !ids(target).has(frag)) broken.push({ page: page.path, href: raw, reason: `页面中没有 id="${frag}"` });
    }
  }
  return broken;
}

/**
 * Checks a built site's sitemap against its pages, as a crawler or a portal harvesting the site would read them: every
 * address listed is a page of the build that names that same address as its canonical (not a missing page, not a
 * moved-address page, not the 404 page, which name none), and every page that names a canonical address is listed.
 * Paths in `pages` carry the base; `origin` is the site's own.
 */
export function sitemapProblems(pages: readonly BuiltPage[], sitemapXml: string, origin: string): BrokenLink[] {
  const canonicalOf = new Map<string, string>();
  for (const p of pages) {
    const href = /<link\s[^>]*rel="canonical"[^>]*href="([^"]*)"/.exec(p.html)?.[1];
    if (href !== undefined) canonicalOf.set(p.path, decodeEntities(href));
  }
  const listed = [...sitemapXml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => decodeEntities(m[1]!));
  const problems: BrokenLink[] = [];
  const listedPaths = new Set<string>();
  const built = new Set(pages.map((p) => p.path));
  for (const loc of listed) {
    const url = new URL(loc);
    const path = decodeURIComponent(url.pathname);
    listedPaths.add(path);
    if (url.origin !== origin) problems.push({ page: 'sitemap.xml', href: loc, reason: '不是本站的地址' });
    else if (!built.has(path)) problems.push({ page: 'sitemap.xml', href: loc, reason: '列出的页面不存在' });
    else if (canonicalOf.get(path) !== loc) problems.push({ page: 'sitemap.xml', href: loc, reason: '列出的页面没有以这个地址为规范链接（改址页、404 页不应列出）' });
  }
  for (const [path, canonical] of canonicalOf) {
    if (!listedPaths.has(path)) problems.push({ page: path, href: canonical, reason: '页面有规范链接，但站点地图没有列出它' });
  }
  return problems;
}
