// Checks every internal link and #fragment of a built site, and its sitemap against its pages. Usage: node scripts/check-links.ts [dist] [--base /sub/]
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkLinks, sitemapProblems, type BuiltPage } from '../src/lib/links.ts';
import { siteUrl } from '../src/lib/paths.ts';
import { filesUnder } from './lib/files.ts';

const args = process.argv.slice(2);
const bi = args.indexOf('--base');
const base = (bi >= 0 ? args[bi + 1]! : '/').replace(/\/?$/, '/');
const root = args.find((a, i) => !a.startsWith('--') && (bi < 0 || i !== bi + 1)) ?? 'dist';

const pages: BuiltPage[] = filesUnder(root)
  .filter((f) => f.endsWith('.html'))
  .map((f) => {
    const rel = relative(root, f).split(sep).join('/');
    const path = base + (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
    return { path, html: readFileSync(f, 'utf8') };
  });
const exists = (path: string) => path.startsWith(base) && existsSync(join(root, path.slice(base.length)));
const origin = new URL(siteUrl).origin;
const broken = checkLinks(pages, exists, origin);
const sitemap = join(root, 'sitemap.xml');
const unlisted = existsSync(sitemap) ? sitemapProblems(pages, readFileSync(sitemap, 'utf8'), origin) : [];
for (const b of [...broken, ...unlisted]) console.error(`${b.page}: ${b.href}: ${b.reason}`);
console.log(`链接检查：${pages.length} 个页面，${broken.length} 个失效链接；站点地图 ${unlisted.length} 个问题。`);
process.exit(broken.length + unlisted.length ? 1 : 0);
