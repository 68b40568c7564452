import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../indexer/build.ts';

/**
 * Builds the search index into `dist/pagefind/` at the end of every `astro build`: the folder is written afresh each
 * time, also by an incremental build, which keeps the rest of `dist/` (shards whose pages are unchanged come from the
 * cache in Astro's cacheDir). Fails the build on any indexing error. `SEARCH_SHARD_PAGES` sets the pages per shard (see src/indexer/shards.ts).
 */
export default function pagefind(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const shardPages = process.env['SEARCH_SHARD_PAGES'] ? Number(process.env['SEARCH_SHARD_PAGES']) : undefined;
        const r = await buildSearchIndex(fileURLToPath(dir), { cacheDir, shardPages, log: (m) => logger.info(m) });
        logger.info(
          `indexed ${r.pages} pages in ${Math.round(r.prepareMs + r.indexMs)} ms ` +
            `(prepare ${Math.round(r.prepareMs)} ms, ${r.shards} shard${r.shards > 1 ? 's' : ''}, ${r.reused} from cache)`,
        );
      },
    },
  };
}
