import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBytes } from '../ingest/decode.ts';
import { seedsDir } from '../lib/paths.ts';

/**
 * The raw source texts as plain-text files, /sources/<file>.txt, beside their numbered-line pages
 * (src/pages/sources/[name]/): one for every source page the build made, so only the sources of published issues and
 * plans. Written as UTF-8 whatever the seed's own encoding (a GBK file would reach the browser as mojibake). Copied
 * here rather than rendered as routes: one source per issue is thousands of files at scale, and a route costs Astro
 * more than a copy. Runs after pruneDist(), which removes what an earlier build left.
 */
export default function rawSources(): AstroIntegration {
  return {
    name: 'raw-sources',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const sources = join(fileURLToPath(dir), 'sources');
        if (!existsSync(sources)) return;
        let written = 0;
        for (const entry of readdirSync(sources, { withFileTypes: true })) {
          if (!entry.isDirectory()) continue;
          const seed = join(seedsDir, `${entry.name}.txt`);
          if (!existsSync(seed)) continue;
          writeFileSync(join(sources, `${entry.name}.txt`), decodeBytes(readFileSync(seed)).text);
          written++;
        }
        logger.info(`wrote ${written} raw source text(s) to sources/`);
      },
    },
  };
}
