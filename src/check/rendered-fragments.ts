/**
 * The second half of the content check, run once the pages are built: links of bodies to a #fragment that only the
 * built page can confirm.
 */
import { idsOf } from '../lib/links.ts';
import type { Problem, RenderedFragment } from './types.ts';

/**
 * The links of bodies to a #fragment that only the built page can confirm (the content check collects them; see
 * RenderedFragment), checked against the built pages: `html(path)` gives the HTML of a site path (`/metrics/`), or
 * undefined when there is no such page.
 */
export function brokenRenderedFragments(links: readonly RenderedFragment[], html: (path: string) => string | undefined): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, Set<string> | undefined>();
  for (const { file, line, href } of links) {
    const at = href.indexOf('#');
    const path = href.slice(0, at).replace(/[?].*$/, '');
    let frag = href.slice(at + 1);
    try {
      frag = decodeURIComponent(frag);
    } catch {
      // shown as written
    }
    if (!ids.has(path)) {
      const page = html(path);
      ids.set(path, page === undefined ? undefined : idsOf(page));
    }
    const found = ids.get(path);
    if (!found) {
      problems.push({ file, field: 'body', message: `第 ${line} 行：站内链接 ${href} 指向不存在的页面` });
    } else if (!found.has(frag)) {
      const places = [...found].filter((id) => id !== 'main' && id !== 'site-search');
      problems.push({
        file,
        field: 'body',
        message: `第 ${line} 行：链接 “${href}” 中的 #${frag} 在构建出的页面 ${path} 上不存在。${places.length ? `该页面可链接的位置：${places.slice(0, 12).map((p) => `#${p}`).join('、')}${places.length > 12 ? ' …' : ''}` : '该页面没有可链接的位置'}`,
      });
    }
  }
  return problems;
}
