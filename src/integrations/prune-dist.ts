import type { AstroIntegration } from 'astro';
import { readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleOutputs, type OutputFile } from '../lib/stale-outputs.ts';

/** Relative paths (with `/`) and times of every file under `dir`; empty if it does not exist. */
function listFiles(dir: string): OutputFile[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return [];
  }
  const out: OutputFile[] = [];
  for (const name of names) {
    const s = statSync(join(dir, name));
    if (s.isFile()) out.push({ path: name.split(sep).join('/'), mtimeMs: s.mtimeMs });
  }
  return out;
}

/** Removes the empty folders under `dir` (not `dir` itself), deepest first. */
function removeEmptyDirs(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const sub = join(dir, entry.name);
    removeEmptyDirs(sub);
    if (readdirSync(sub).length === 0) rmdirSync(sub);
  }
}

/**
 * Left alone: the search index (rewritten by src/indexer/ right after), the raw texts (kept up to date by
 * raw-sources.ts), and a deploy checkout kept in `dist/.git`.
 */
const OWNED_ELSEWHERE = ['pagefind', '.git', /^sources\/[^/]+\.txt$/];

/**
 * With `emptyOutDir: false` (incremental builds, see astro.config.mjs), Astro leaves an unchanged page where it is
 * instead of copying it back from its cache, and a page it no longer builds would stay behind. This removes, before the
 * search index is built, every file of `dist/` that this build did not produce (src/lib/stale-outputs.ts), so the
 * result is the same as a clean build. After a build that emptied `dist/` there is nothing to remove.
 */
export default function pruneDist(): AstroIntegration {
  let publicDir = '';
  let startedMs = 0;
  return {
    name: 'prune-dist',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': () => {
        startedMs = Date.now();
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const routeFiles = new Set<string>();
        for (const urls of assets.values()) for (const u of urls) routeFiles.add(relative(root, fileURLToPath(u)).split(sep).join('/'));
        const publicFiles = new Set(listFiles(publicDir).map((f) => f.path));
        const stale = staleOutputs(listFiles(root), { routeFiles, publicFiles, startedMs, ownedElsewhere: OWNED_ELSEWHERE });
        for (const path of stale) rmSync(join(root, path), { force: true });
        if (stale.length) {
          removeEmptyDirs(root);
          logger.info(`已删除上次构建留下、这次不再生成的 ${stale.length} 个文件：${stale.slice(0, 5).join('、')}${stale.length > 5 ? ' …' : ''}`);
        }
      },
    },
  };
}
