import type { CheckContext } from '../context.ts';
import { parseAll } from '../schema-messages.ts';
import { redirectSchema } from '../../schemas/redirect.ts';
import { decode, INTERNAL_ROUTES } from './bodies.ts';

/** Moved addresses: the old one is no page any more, the new one is a published page, and each leads there at once. */
export function checkRedirects(ctx: CheckContext): void {
  const { corpus, problems, routeIds, unpublished } = ctx;
  if (corpus.redirects && corpus.redirects.data !== undefined) {
    const { file } = corpus.redirects;
    if (!Array.isArray(corpus.redirects.data)) {
      problems.push({ file, field: '', message: '应为列表（每项以 - 开头，写 from 和 to）' });
    } else {
      const items = corpus.redirects.data.map((data, i) => ({ file, id: String(i), at: `[${i}]`, data }));
      const parsed = parseAll(items, redirectSchema, problems);
      const live = (path: string): boolean => {
        const seg = /^\/([a-z]+)\/([^/]+)\/$/.exec(path);
        if (seg) {
          const route = seg[1]!;
          const id = decode(seg[2]!);
          const pub = route === 'practices' || route === 'plans' || route === 'briefings' ? !unpublished[route].has(id) : true;
          return Boolean(INTERNAL_ROUTES[route] && routeIds[route]!.has(id) && pub);
        }
        return /^\/(search|metrics|practices|briefings|plans|regions|groups|measures|sources)?\/?$/.test(path);
      };
      const froms = new Map<string, string>();
      for (const r of parsed) {
        const at = r.entry.at!;
        const { from, to } = r.data;
        if (live(from)) problems.push({ file, field: `${at}.from`, message: `旧地址 ${from} 仍是现有页面：只登记已经不存在的地址（改名、合并或删除之前的地址）` });
        if (!live(to)) problems.push({ file, field: `${at}.to`, message: `新地址 ${to} 不是本站已发布的页面：应为改名后的地址，例如 /practices/<新 id>/` });
        const first = froms.get(from);
        if (first) problems.push({ file, field: `${at}.from`, message: `旧地址 ${from} 已在 ${first} 登记过：每个旧地址只登记一次` });
        else froms.set(from, at);
        if (from === to) problems.push({ file, field: `${at}.to`, message: `新地址与旧地址相同（${to}）：to 写改名后的地址（本站已发布的页面，例如 /practices/<新 id>/）；地址没有变就删去这一条` });
      }
      for (const r of parsed) {
        if (froms.has(r.data.to)) problems.push({ file, field: `${r.entry.at}.to`, message: `新地址 ${r.data.to} 本身也登记为旧地址（${froms.get(r.data.to)}）：直接写最终的地址` });
      }
    }
  }
}
