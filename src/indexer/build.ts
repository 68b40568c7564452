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
import { INDEX_LANGUAGE, type PreparedPage } from './prepare.ts';
import { PagePool } from './pool.ts';
import type { ReadPage } from './read-page.ts';
import { DEFAULT_SHARD_PAGES, planShards, type Shard, type ShardPage } from './shards.ts';

/** Bump when the prepared HTML or the bundle layout changes, so that cached shards are not reused. */
const FORMAT = 'index-v3';
/** Files of a shard's bundle that the browser never loads from a merged shard. */
const PRIMARY_ONLY = ['pagefind.js', 'pagefind-worker.js', `wasm.unknown.pagefind`];
/** Pagefind's UI bundles: written by every run, used by nothing here. */
const UI_FILES = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

interface IndexOptions {
  /** Cache folder for shard bundles (one per corpus: Astro's cacheDir). */
  cacheDir: string;
  /** Pages per shard (default {@link DEFAULT_SHARD_PAGES}). */
  shardPages?: number | undefined;
  log?: ((message: string) => void) | undefined;
}

interface IndexReport {
  pages: number;
  shards: number;
  /** Shards taken from the cache. */
  reused: number;
  prepareMs: number;
  indexMs: number;
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

/** A shard's name in the cache: its pages, their prepared text (by digest) and what indexes them. */
function shardKey(shard: Shard<ShardPage>, pages: ShardPage[], digests: string[], indexer: string): string {
  const h = createHash('sha256').update(`${FORMAT}\n${indexer}\n${shard.first}\n`);
  pages.forEach((p, i) => h.update(`${p.path}\n${digests[i]}\n`));
  return `${shard.name}-${h.digest('hex').slice(0, 20)}`;
}

/** Pages handed to Pagefind's process at a time: enough to keep it busy while the next page is sent. */
const PAGES_IN_FLIGHT = 8;

async function indexShard(pages: { path: string; html: string }[], outDir: string): Promise<void> {
  const { createIndex, close } = await import('pagefind');
  const { index, errors } = await createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  let next = 0;
  const worker = async () => {
    while (next < pages.length) {
      const page = pages[next++]!;
      const added = await index.addHTMLFile({ sourcePath: page.path, content: page.html });
      if (added.errors.length) throw new Error(`Pagefind, ${page.path}: ${added.errors.join('; ')}`);
    }
  };
  await Promise.all(Array.from({ length: PAGES_IN_FLIGHT }, worker));
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

/**
 * What is known of each built page (by its path) from earlier builds: its file's identity when it was read, what was
 * read, and its prepared form's digest, so that a page Astro's incremental build left untouched is not read again, and
 * a shard whose pages are all known and unchanged is taken from the cache without its prepared text.
 */
interface KnownPage extends ReadPage {
  /** Size, modification time (ns) and inode of the file when it was read. */
  stamp: string;
  /** Digest and date of the prepared page; null when Pagefind would not index it; absent until prepared. */
  prepared?: { digest: string; date?: string | undefined } | null;
}

type PreparedCache = Map<string, PreparedPage | null>;

/**
 * What a prepared page depends on besides the built page: the code that prepares it and ICU's dictionary (Node's
 * `Intl.Segmenter`). Undefined when the code cannot be read, and then nothing read or prepared before is reused.
 */
function prepareVersion(): string | undefined {
  return sourceHash(`${FORMAT}\n${process.versions.icu ?? ''}\n`, ['./prepare.ts', './read-page.ts', '../lib/search/segment.ts']);
}

function readCache<T>(file: string, version: string | undefined): Map<string, T> {
  if (!version) return new Map();
  try {
    const stored = deserialize(readFileSync(file)) as { version: string; entries: Map<string, T> };
    return stored.version === version ? stored.entries : new Map();
  } catch {
    return new Map();
  }
}

function writeCache<T>(file: string, version: string | undefined, entries: Map<string, T>): void {
  if (version) writeFileSync(file, serialize({ version, entries }));
}

function stampOf(file: string): string {
  const s = statSync(file, { bigint: true });
  return `${s.size}:${s.mtimeNs}:${s.ino}`;
}

const digestOf = (html: string) => createHash('sha1').update(html).digest('base64');

/** Indexes the built site in `site` into `site/pagefind/`. */
export async function buildSearchIndex(site: string, options: IndexOptions): Promise<IndexReport> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const version = indexerVersion();
  const prepared = prepareVersion();
  const cacheRoot = join(options.cacheDir, 'search-index');
  mkdirSync(cacheRoot, { recursive: true });
  const pool = new PagePool();
  try {
    // Which pages are indexed and their dates, to cut the shards; each shard's pages are prepared when it is indexed,
    // so that only one shard's prepared text is held at a time. A page whose file is the one read before is not read.
    const knownFile = join(cacheRoot, 'pages.bin');
    const before = readCache<KnownPage>(knownFile, prepared);
    const known = new Map<string, KnownPage>();
    const unread: { path: string; stamp: string }[] = [];
    for (const path of htmlFiles(site)) {
      const stamp = stampOf(join(site, path));
      const page = before.get(path);
      if (page?.stamp === stamp) known.set(path, page);
      else unread.push({ path, stamp });
    }
    const read = await pool.run({ op: 'read', files: unread.map((u) => join(site, u.path)) });
    unread.forEach(({ path, stamp }, i) => {
      const page = read[i]!;
      // Rewritten with the same content (a full build): what was prepared still holds.
      const old = before.get(path);
      known.set(path, { ...page, stamp, ...(old?.hash === page.hash && old.prepared !== undefined ? { prepared: old.prepared } : {}) });
    });
    const listed = [...known].filter(([, p]) => p.indexed).map(([path, p]) => ({ path, date: p.date }));
    if (!listed.length) throw new Error(`Pagefind: no page in ${site} has data-pagefind-body`);

    const shards = planShards(listed, options.shardPages ?? DEFAULT_SHARD_PAGES);
    const out = join(site, 'pagefind');
    rmSync(out, { recursive: true, force: true });
    const used = new Set<string>(['pages.bin']);
    let reused = 0;
    let pageCount = 0;
    let prepareMs = 0;
    // A pipeline over the shards, so that both cores stay busy: Pagefind indexes one shard at a time in its own process
    // (about one core); meanwhile the build's process prepares the next shard's pages in the pool's workers, and a
    // worker of its own re-cuts the shard Pagefind has just written. Only one Pagefind process runs at a time: each
    // holds about 1.2 GB for 3,000 pages.
    let pagefindFree: Promise<unknown> = Promise.resolve();
    const finishing: Promise<void>[] = [];
    let failure: { error: unknown } | undefined;
    for (const [i, planned] of shards.entries()) {
      if (failure) break;
      // Preparing (segmenting) is most of the indexer's own time: a page whose built HTML is unchanged since the last
      // build is taken as it was prepared then.
      const t0 = performance.now();
      const preparedFile = join(cacheRoot, `prepared-${planned.name}.bin`);
      used.add(`prepared-${planned.name}.bin`);
      let texts: PreparedCache | undefined;
      let textsChanged = false;
      /** The prepared pages of `paths`, from the shard's cache file or prepared now. */
      const preparedOf = async (paths: string[]): Promise<PreparedCache> => {
        texts ??= readCache<PreparedPage | null>(preparedFile, prepared);
        const missing = paths.filter((p) => !texts!.has(known.get(p)!.hash));
        const made = await pool.run({ op: 'prepare', files: missing.map((p) => join(site, p)) });
        missing.forEach((p, k) => texts!.set(known.get(p)!.hash, made[k] ?? null));
        textsChanged ||= missing.length > 0;
        return texts;
      };
      const unprepared = planned.pages.filter(({ path }) => known.get(path)!.prepared === undefined).map((p) => p.path);
      if (unprepared.length) {
        const got = await preparedOf(unprepared);
        for (const path of unprepared) {
          const page = known.get(path)!;
          const p = got.get(page.hash)!;
          page.prepared = p ? { digest: digestOf(p.html), date: p.date } : null;
        }
      }
      const pages: ShardPage[] = [];
      const digests: string[] = [];
      for (const { path } of planned.pages) {
        const p = known.get(path)!.prepared;
        if (!p) continue;
        pages.push({ path, date: p.date });
        digests.push(p.digest);
      }
      prepareMs += performance.now() - t0;
      pageCount += pages.length;

      const key = shardKey(planned, pages, digests, version);
      used.add(key);
      const cached = join(cacheRoot, key);
      const primary = i === 0;
      const publish = () => linkTree(cached, primary ? out : join(out, 'shards', planned.name), (name) => UI_FILES.test(name) || (!primary && PRIMARY_ONLY.includes(name)));
      if (existsSync(join(cached, 'pagefind-entry.json'))) {
        reused++;
        publish();
      } else {
        const t1 = performance.now();
        const got = await preparedOf(pages.map((p) => p.path));
        const input = pages.map((p) => ({ path: p.path, html: got.get(known.get(p.path)!.hash)!.html }));
        prepareMs += performance.now() - t1;
        const tmp = `${cached}.tmp`;
        rmSync(tmp, { recursive: true, force: true });
        // The shard before this one is still being indexed: wait for Pagefind (not for the re-cut) before starting it.
        await pagefindFree;
        if (failure) break;
        const t2 = performance.now();
        const indexed = indexShard(input, tmp);
        pagefindFree = indexed.catch(() => undefined);
        const done = indexed
          .then(() => pool.repack(tmp, planned.first))
          .then(({ chunksAfter }) => {
            rmSync(cached, { recursive: true, force: true });
            renameSync(tmp, cached);
            publish();
            log(`shard ${planned.name}: ${pages.length} pages indexed in ${Math.round(performance.now() - t2)} ms (${chunksAfter} index chunks)`);
          })
          .catch((error: unknown) => {
            failure ??= { error };
          });
        finishing.push(done);
      }
      if (texts && textsChanged) {
        // The shard's file keeps its own pages' prepared text only.
        const hashes = new Set(planned.pages.map((p) => known.get(p.path)!.hash));
        for (const h of texts.keys()) if (!hashes.has(h)) texts.delete(h);
        writeCache(preparedFile, prepared, texts);
      }
    }
    await Promise.all(finishing);
    if (failure) throw failure.error;
    writeCache(knownFile, prepared, known);
    writeFileSync(join(out, 'shards.json'), `${JSON.stringify(shards.slice(1).map((s) => `shards/${s.name}/`))}\n`);
    // Shards and prepared pages of earlier builds that no page uses any more.
    for (const name of readdirSync(cacheRoot)) if (!used.has(name)) rmSync(join(cacheRoot, name), { recursive: true, force: true });
    return { pages: pageCount, shards: shards.length, reused, prepareMs, indexMs: performance.now() - started - prepareMs };
  } finally {
    await pool.close();
  }
}
