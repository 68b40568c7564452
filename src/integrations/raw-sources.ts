import type { AstroIntegration } from 'astro';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeChecked } from '../lib/decode.ts';
import { seedsDir } from '../lib/paths.ts';

/** The byte-order mark that tells a browser the text is UTF-8 whatever the server's Content-Type says. */
const BOM = '\uFEFF';

/** Whether the file at `path` starts with the UTF-8 byte-order mark (EF BB BF). */
function startsWithBom(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(3);
    return readSync(fd, head, 0, 3, 0) === 3 && head.equals(Buffer.from([0xef, 0xbb, 0xbf]));
  } finally {
    closeSync(fd);
  }
}

/**
 * The raw source texts as plain-text files, /sources/<file>.txt, beside their numbered-line pages
 * (src/pages/sources/[name]/): one for every source page the build made, so only the sources of published issues and
 * plans. Written as UTF-8 whatever the seed's own encoding (a GBK file would reach the browser as mojibake), and
 * starting with a byte-order mark: many static hosts (Python's http.server, nginx and Apache as installed) serve .txt
 * as "text/plain" with no charset, and a browser then reads the bytes as windows-1252; the mark outranks the header,
 * so the text reads as Chinese on any host, from a share, and in an editor it is saved to. Copied
 * here rather than rendered as routes: one source per issue is thousands of files at scale, and a route costs Astro
 * more than a copy. An incremental build keeps dist/: a text is rewritten only when its seed is newer, and a text whose
 * page is gone is removed here (pruneDist() leaves these files to this step).
 */
export default function rawSources(): AstroIntegration {
  return {
    name: 'raw-sources',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const sources = join(fileURLToPath(dir), 'sources');
        if (!existsSync(sources)) return;
        const entries = readdirSync(sources, { withFileTypes: true });
        const pages = new Set(entries.filter((e) => e.isDirectory()).map((e) => e.name));
        let written = 0;
        let removed = 0;
        // A text whose page this build did not make (an issue taken back to draft, a source renamed) goes.
        for (const e of entries) {
          if (e.isFile() && e.name.endsWith('.txt') && !pages.has(e.name.slice(0, -4))) {
            rmSync(join(sources, e.name));
            removed++;
          }
        }
        for (const name of pages) {
          const seed = join(seedsDir, `${name}.txt`);
          if (!existsSync(seed)) continue;
          const out = join(sources, `${name}.txt`);
          // Kept from an earlier build when the seed has not changed since (an incremental build keeps dist/), unless
          // that build wrote it without the byte-order mark.
          if (existsSync(out) && statSync(out).mtimeMs >= statSync(seed).mtimeMs && startsWithBom(out)) continue;
          writeFileSync(out, BOM + decodeChecked(readFileSync(seed)));
          written++;
        }
        logger.info(`原始文本：写入 ${written} 个${removed ? `，删除 ${removed} 个` : ''}（共 ${pages.size} 个）`);
      },
    },
  };
}
