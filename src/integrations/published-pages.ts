import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../lib/paths.ts';
import { sitemapPaths, vanishedPages } from '../lib/published.ts';
import { readRedirects } from '../lib/redirects.ts';

/**
 * Warns, in the build log, of pages the previous build in the output folder published and this one does not: a
 * practice renamed or deleted takes its address away, and links and citations of it break. The warning names them
 * and says how to keep an address (content/redirects.yaml). A warning, not a failure: deleting a page can be meant.
 */
export default function publishedPages(): AstroIntegration {
  let before: string[] = [];
  let base = '/';
  return {
    name: 'published-pages',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        base = config.base;
        const sitemap = join(fileURLToPath(config.outDir), 'sitemap.xml');
        before = existsSync(sitemap) ? sitemapPaths(readFileSync(sitemap, 'utf8'), base) : [];
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!before.length) return;
        const out = fileURLToPath(dir);
        const redirected = new Set(readRedirects(contentDir).map((r) => r.from));
        const gone = vanishedPages(before, (p) => existsSync(join(out, p, 'index.html')) || existsSync(join(out, p)), redirected);
        if (!gone.length) return;
        logger.warn(
          `上次构建发布过的 ${gone.length} 个页面这次没有生成，它们的地址将失效：${gone.slice(0, 10).join('、')}${gone.length > 10 ? ' …' : ''}。` +
            '若是改名或合并，请在 content/redirects.yaml 中登记旧地址（from）和新地址（to），旧链接和引用才会继续有效；若是有意删除，可以不管。',
        );
      },
    },
  };
}
