/**
 * Builds the Pagefind search index of a built site (`dist/`): pages prepared with their word boundaries (prepare.ts),
 * split into shards (shards.ts), each shard indexed by its own Pagefind run, or taken from the cache when its pages
 * are unchanged. Layout in `dist/pagefind/`:
 *
 * - the newest shard is the primary index, with `pagefind.js`, its worker and WebAssembly (Pagefind's own layout);
 * - every other shard is in `shards/<name>/` (entry, metadata, index, fragments and filters only), and `shards.json`
 *   lists them newest first for the browser to merge (src/scripts/search/engine.ts).
 *
 * Each shard's word index is cut again into small chunks after Pagefind has written it (repack.ts). Pagefind's UI
 * bundles are not copied: the site has its own search page.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, linkSync, copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { INDEX_LANGUAGE, preparePage } from './prepare.ts';
import { repackBundle } from './repack.ts';
import { DEFAULT_SHARD_PAGES, planShards, type Shard, type ShardPage } from './shards.ts';

/** Bump when the prepared HTML or the bundle layout changes, so that cached shards are not reused. */
const FORMAT = 'index-v2';
/** Files of a shard's bundle that the browser never loads from a merged shard. */
const PRIMARY_ONLY = ['pagefind.js', 'pagefind-worker.js', `wasm.unknown.pagefind`];
/** Pagefind's UI bundles: written by every run, used by nothing here. */
const UI_FILES = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

export interface IndexOptions {
  /** Cache folder for shard bundles (one per corpus: Astro's cacheDir). */
  cacheDir: string;
  /** Pages per shard (default {@link DEFAULT_SHARD_PAGES}). */
  shardPages?: number | undefined;
  log?: ((message: string) => void) | undefined;
}

export interface IndexReport {
  pages: number;
  shards: number;
  /** Shards taken from the cache. */
  reused: number;
  prepareMs: number;
  indexMs: number;
}

interface Page extends ShardPage {
  html: string;
}

function htmlFiles(site: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(site, { recursive: true }) as string[]) {
    if (!f.endsWith('.html')) continue;
    const rel = f.split(sep).join('/');
    if (rel.startsWith('pagefind/')) continue;
    out.push(rel);
  }
  return out.sort();
}

/** Hard-links (or, across devices, copies) every file of `from` into `to`. */
function linkTree(from: string, to: string, skip: (name: string) => boolean = () => false): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (skip(name)) continue;
    const src = join(from, name);
    const dst = join(to, name);
    if (statSync(src).isDirectory()) linkTree(src, dst);
    else {
      try {
        linkSync(src, dst);
      } catch {
        copyFileSync(src, dst);
      }
    }
  }
}

function shardKey(shard: Shard<Page>, indexer: string): string {
  const h = createHash('sha256').update(`${FORMAT}\n${indexer}\n${shard.first}\n`);
  for (const p of shard.pages) h.update(`${p.path}\n${p.html}\n`);
  return `${shard.name}-${h.digest('hex').slice(0, 20)}`;
}

async function indexShard(shard: Shard<Page>, outDir: string): Promise<void> {
  const { createIndex, close } = await import('pagefind');
  const { index, errors } = await createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  let next = 0;
  const worker = async () => {
    while (next < shard.pages.length) {
      const page = shard.pages[next++]!;
      const added = await index.addHTMLFile({ sourcePath: page.path, content: page.html });
      if (added.errors.length) throw new Error(`Pagefind, ${page.path}: ${added.errors.join('; ')}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const written = await index.writeFiles({ outputPath: outDir });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  // Ending the Pagefind process returns its memory before the next shard starts.
  await close();
}

/** A hash of `prefix` and the source files `files` (relative to this module), or undefined when one cannot be read. */
function sourceHash(prefix: string, files: readonly string[]): string | undefined {
  try {
    const h = createHash('sha1').update(prefix);
    for (const f of files) h.update(readFileSync(new URL(f, import.meta.url)));
    return h.digest('base64');
  } catch {
    return undefined;
  }
}

/**
 * What a shard's files depend on besides its pages, part of the cache key: Pagefind's version (a new Pagefind may write
 * another format) and the code that re-cuts the word index. When that code cannot be read, no shard is reused.
 */
function indexerVersion(): string {
  let version = 'unknown';
  try {
    version = (JSON.parse(readFileSync(join(process.cwd(), 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    // Pagefind itself will fail to start, with its own message.
  }
  return `${version} ${sourceHash('', ['./repack.ts', './cbor.ts', '../lib/search/date-order.ts']) ?? randomUUID()}`;
}

/** A page's sort date as prepare.ts reads it, taken from the raw HTML to plan the shards before preparing. */
const SORT_DATE = /data-pagefind-sort=(?:"date:([^"]*)"|'date:([^']*)')/;

type PreparedCache = Map<string, { html: string; date?: string | undefined }>;

/**
 * What a prepared page depends on besides the built page: the code that prepares it and ICU's dictionary (Node's
 * `Intl.Segmenter`). Undefined when the code cannot be read, and then nothing prepared is reused.
 */
function prepareVersion(): string | undefined {
  return sourceHash(`${FORMAT}\n${process.versions.icu ?? ''}\n`, ['./prepare.ts', '../lib/search/segment.ts']);
}

function readPreparedCache(file: string, version: string | undefined): PreparedCache {
  if (!version) return new Map();
  try {
    const stored = deserialize(readFileSync(file)) as { version: string; pages: PreparedCache };
    return stored.version === version ? stored.pages : new Map();
  } catch {
    return new Map();
  }
}

/** Indexes the built site in `site` into `site/pagefind/`. */
export async function buildSearchIndex(site: string, options: IndexOptions): Promise<IndexReport> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  // Which pages are indexed and their dates, to cut the shards; each shard's pages are prepared when it is indexed,
  // so that only one shard's prepared text is held at a time.
  // The page's hash is taken on this one read: a page prepared before is not read again.
  const listed: (ShardPage & { hash: string })[] = [];
  for (const path of htmlFiles(site)) {
    const raw = readFileSync(join(site, path), 'utf8');
    if (!raw.includes('data-pagefind-body')) continue;
    const m = SORT_DATE.exec(raw);
    listed.push({ path, date: m?.[1] ?? m?.[2], hash: createHash('sha1').update(raw).digest('base64') });
  }
  if (!listed.length) throw new Error(`Pagefind: no page in ${site} has data-pagefind-body`);

  const version = indexerVersion();
  const prepared = prepareVersion();
  const shards = planShards(listed, options.shardPages ?? DEFAULT_SHARD_PAGES);
  const cacheRoot = join(options.cacheDir, 'search-index');
  mkdirSync(cacheRoot, { recursive: true });
  const out = join(site, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  const used = new Set<string>();
  let reused = 0;
  let pageCount = 0;
  let prepareMs = 0;
  for (const [i, planned] of shards.entries()) {
    // Preparing (segmenting) is most of the indexer's own time: a page whose built HTML is unchanged since the last
    // build is taken as it was prepared then.
    const t0 = performance.now();
    const preparedFile = join(cacheRoot, `prepared-${planned.name}.bin`);
    const before = readPreparedCache(preparedFile, prepared);
    const after: PreparedCache = new Map();
    const pages: Page[] = [];
    for (const { path, hash } of planned.pages) {
      const page = before.get(hash) ?? preparePage(readFileSync(join(site, path), 'utf8'));
      if (!page) continue;
      after.set(hash, page);
      pages.push({ path, date: page.date, html: page.html });
    }
    if (prepared) writeFileSync(preparedFile, serialize({ version: prepared, pages: after }));
    used.add(`prepared-${planned.name}.bin`);
    prepareMs += performance.now() - t0;
    pageCount += pages.length;

    const shard = { name: planned.name, first: planned.first, pages };
    const key = shardKey(shard, version);
    used.add(key);
    const cached = join(cacheRoot, key);
    if (existsSync(join(cached, 'pagefind-entry.json'))) reused++;
    else {
      const t1 = performance.now();
      const tmp = `${cached}.tmp`;
      rmSync(tmp, { recursive: true, force: true });
      await indexShard(shard, tmp);
      const { chunksAfter } = repackBundle(tmp, { firstRank: shard.first });
      rmSync(cached, { recursive: true, force: true });
      renameSync(tmp, cached);
      log(`shard ${shard.name}: ${shard.pages.length} pages indexed in ${Math.round(performance.now() - t1)} ms (${chunksAfter} index chunks)`);
    }
    const primary = i === 0;
    linkTree(cached, primary ? out : join(out, 'shards', shard.name), (name) => UI_FILES.test(name) || (!primary && PRIMARY_ONLY.includes(name)));
  }
  writeFileSync(join(out, 'shards.json'), `${JSON.stringify(shards.slice(1).map((s) => `shards/${s.name}/`))}\n`);
  // Shards and prepared pages of earlier builds that no page uses any more.
  for (const name of readdirSync(cacheRoot)) if (!used.has(name)) rmSync(join(cacheRoot, name), { recursive: true, force: true });
  return { pages: pageCount, shards: shards.length, reused, prepareMs, indexMs: performance.now() - started - prepareMs };
}
