// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import contentCheck from './src/integrations/content-check.ts';
import pagefind from './src/integrations/pagefind.ts';
import pruneDist from './src/integrations/prune-dist.ts';
import rawSources from './src/integrations/raw-sources.ts';
import publishedPages from './src/integrations/published-pages.ts';
import rehypeBaseLinks from './src/markdown/rehype-base-links.ts';
import rehypeFigures from './src/markdown/rehype-figures.ts';
import rehypeFootnoteRefs from './src/markdown/rehype-footnote-refs.ts';
import rehypeMetricAnchors from './src/markdown/rehype-metric-anchors.ts';
import rehypeTableScroll from './src/markdown/rehype-table-scroll.ts';
import { basePath, cacheDir, siteUrl } from './src/lib/paths.ts';

const incremental = process.env.INCREMENTAL === '1';

// Astro keeps bodies rendered in its content cache and renders them again only when a file or the configuration
// changes, not when a plugin's code does: the plugins' source is part of their options, so a change to it is a change
// of the configuration (with the module rehype-table-scroll.ts asks whether a table holds a link).
const pluginsVersion = createHash('sha256')
  .update(['rehype-metric-anchors.ts', 'rehype-base-links.ts', '../lib/focusable.ts', 'rehype-footnote-refs.ts', 'rehype-figures.ts', '../lib/figure-runs.ts', '../lib/numbers.ts', 'rehype-table-scroll.ts'].map((f) => readFileSync(new URL(`./src/markdown/${f}`, import.meta.url), 'utf8')).join('\0'))
  .digest('hex')
  .slice(0, 16);

// SITE_URL and BASE_PATH let the same build serve from a domain root or a sub-path (an intranet share, say).
export default defineConfig({
  site: siteUrl,
  base: basePath,
  trailingSlash: 'always',
  cacheDir,
  build: { format: 'directory', concurrency: Number(process.env.BUILD_CONCURRENCY ?? 4) },
  markdown: {
    processor: unified({
      // GFM comes from remark-gfm (tables, footnotes); the built-in switch stays off so it is not applied twice.
      gfm: false,
      // SmartyPants would rewrite the documents' quotation marks and dashes: the text must stay as printed.
      smartypants: false,
      // A single ~ is text (单个项目投资1~3亿元), not strikethrough: only ~~ is, and the content check rejects it.
      remarkPlugins: [[remarkGfm, { singleTilde: false }]],
      // Footnote chrome in Chinese (remark-rehype defaults to English "Footnotes" / "Back to reference").
      remarkRehype: {
        footnoteLabel: '注释',
        footnoteBackLabel: (/** @type {number} */ i) => `返回正文注释 ${i + 1} 处`,
      },
      // Body links are written from the site root (/practices/x/); under BASE_PATH they get the base, as the site's
      // own links do. MDX inherits this processor (@astrojs/mdx extends the Markdown config).
      rehypePlugins: [
        [rehypeMetricAnchors, { version: pluginsVersion }],
        // A figure and its unit stay on one line (2568.85万元, not 2568.85 at a line's end and 万元 on the next).
        [rehypeFigures, { version: pluginsVersion }],
        [rehypeBaseLinks, { base: basePath, version: pluginsVersion }],
        // A table in a body scrolls sideways in its own named box, as the site's own tables do (WideTable.astro).
        [rehypeTableScroll, { version: pluginsVersion }],
        // A footnote's number in the text is no word of it: search excerpts leave it out.
        [rehypeFootnoteRefs, { version: pluginsVersion }],
      ],
    }),
  },
  // pruneDist() runs before rawSources() and pagefind(): the raw texts are written, and the index built, once nothing of
// an earlier build is left in dist/.
  integrations: [contentCheck(), publishedPages(), mdx(), pruneDist(), rawSources(), pagefind()],
  // Practice pages return a cacheKey (src/data/content.ts, practiceCacheKey): with INCREMENTAL=1 a rebuild re-renders
  // only the pages whose inputs changed. Off by default: see docs/performance.md for what it gives.
  experimental: { incrementalBuild: incremental },
  vite: {
    build: {
      // An incremental build keeps dist/: an unchanged page stays where it is instead of being copied back from the
      // cache (12,000 copies at 10,000 practices); pruneDist() then removes what this build did not produce.
      emptyOutDir: !incremental,
      rollupOptions: {
        // @astrojs/mdx marks every compiled .mdx module with the string directive "use astro:head-inject", which
        // Astro's own plugins read before bundling; Rolldown then warns once per file that it may drop the directive
        // (MODULE_LEVEL_DIRECTIVE). Dropping it at that stage is harmless: head injection has already been resolved.
        // Exactly that message is filtered; every other warning still prints.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
