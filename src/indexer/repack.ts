/**
 * Re-cuts the word index of a Pagefind shard into small chunks, after Pagefind has written it.
 *
 * Pagefind cuts its word index into chunks of about 20,000 word positions (a constant in its indexer, not a setting),
 * and a query fetches, for each of its words, the whole chunk that holds the word: 20–45 KB compressed per word and
 * shard, whether the word is on three pages or on three thousand. Cut into chunks of a few kilobytes, a query fetches
 * little more than the entries of its own words. The browser code is Pagefind's own, unchanged: it finds a word's
 * chunk by the chunk's first and last word, listed in the shard's metadata, so only the chunk files and that list
 * change. The word entries themselves are copied byte for byte.
 *
 * The pages' fragments are renamed too: short names that carry each page's date rank (src/lib/search/date-order.ts),
 * in place of Pagefind's date sort, which this module takes out of the metadata.
 *
 * The file format is Pagefind 1.6's (`pagefind_dcd` + CBOR, gzip-compressed); a Pagefind that writes another version
 * stops the build with an error here rather than leaving an index the browser cannot read.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dateRanks, fragmentName } from '../lib/search/date-order.ts';
import { cborHead, decodeCbor, encodeCbor, readHead, skipCbor, type Cbor } from './cbor.ts';

/** The Pagefind index format this module reads and writes. */
const PAGEFIND_FORMAT = '1.6.0';
/**
 * Uncompressed bytes of word entries per chunk that a cut is aimed at (at 10,000 practices the median chunk is 3.3 KB
 * compressed). 2,000 and 8,000 gave about the same first-query bytes (docs/performance.md).
 */
const CHUNK_BYTES = 4000;
const SIGNATURE = 'pagefind_dcd';

interface SizedWord {
  word: string;
  /** Encoded bytes of the word's entry. */
  size: number;
}

/**
 * Where to cut a sorted word list into chunks: `[start, end)` index pairs covering every word once, in order.
 *
 * Pagefind loads one chunk per query word, and its prefix search (技 → 技能, 技术) finds the longer words only in
 * that chunk. So a chunk that has reached `target` bytes is closed only where the next word starts with another
 * character; in a long run of words with one first character, from four times `target`, where it starts with another
 * two characters; and, in any case, at sixteen times `target`. A word larger than that gets a chunk of its own.
 */
export function planChunks(words: readonly SizedWord[], target = CHUNK_BYTES): [number, number][] {
  if (!(target > 0)) throw new Error(`chunk target must be positive, got ${target}`);
  const out: [number, number][] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (i > start) {
      const next = size + w.size;
      const shared = sharedChars(words[i - 1]!.word, w.word);
      if ((next > target && shared === 0) || (next > 4 * target && shared <= 1) || next > 16 * target) {
        out.push([start, i]);
        start = i;
        size = 0;
      }
    }
    size += w.size;
  }
  if (words.length) out.push([start, words.length]);
  return out;
}

/** How many characters (code points) two words share at their start, up to two. */
function sharedChars(a: string, b: string): number {
  const x = [...a.slice(0, 4)];
  const y = [...b.slice(0, 4)];
  let n = 0;
  while (n < 2 && n < x.length && x[n] === y[n]) n++;
  return n;
}

/**
 * The start of a chunk as the metadata lists it: the shortest beginning of its first word that still sorts after the
 * last word of the chunk before (`previous`). Pagefind looks a word up in the first chunk whose start and end enclose
 * it, so every word of the index is found where it was; the list is shorter (it is in every query's metadata); and a
 * half-typed word that sorts between two chunks (低收, before 低收入) now falls in the chunk that holds its longer
 * words, also in a query of several words, where Pagefind does not look further.
 */
export function chunkStart(previous: string | undefined, first: string): string {
  const chars = [...first];
  for (let n = 1; n < chars.length; n++) {
    const start = chars.slice(0, n).join('');
    if (previous === undefined || compareWords(start, previous) > 0) return start;
  }
  return first;
}

/** Code point order, which is the byte order of UTF-8 that Pagefind sorts and looks words up by. */
export function compareWords(a: string, b: string): number {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return Buffer.compare(x, y);
}

function readPagefindFile(file: string): Uint8Array {
  const raw = gunzipSync(readFileSync(file));
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`${file}: not a Pagefind index file`);
  return raw.subarray(SIGNATURE.length);
}

function pagefindFile(body: Uint8Array): Buffer {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), body]), { level: 9 });
}

/** The first hex digits of a SHA-256: names that change when what they are made from changes. */
const digest = (parts: readonly (string | Uint8Array)[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\n');
  return h.digest('hex').slice(0, 8);
};

interface WordEntry extends SizedWord {
  bytes: Uint8Array;
}

/** The word entries of one index chunk (`[[word, pages], …]`), as byte slices. */
function wordEntries(file: string): WordEntry[] {
  const body = readPagefindFile(file);
  const outer = readHead(body, 0);
  const list = readHead(body, outer.next);
  if (outer.major !== 4 || outer.n !== 1 || list.major !== 4) throw new Error(`${file}: not a Pagefind ${PAGEFIND_FORMAT} word index`);
  const out: WordEntry[] = [];
  let at = list.next;
  for (let i = 0; i < list.n; i++) {
    const entry = readHead(body, at);
    const word = readHead(body, entry.next);
    if (entry.major !== 4 || word.major !== 3) throw new Error(`${file}: not a Pagefind ${PAGEFIND_FORMAT} word index`);
    const end = skipCbor(body, at);
    out.push({ word: Buffer.from(body.subarray(word.next, word.next + word.n)).toString('utf8'), size: end - at, bytes: body.subarray(at, end) });
    at = end;
  }
  if (at !== body.length) throw new Error(`${file}: unexpected bytes after the word list`);
  return out;
}

/**
 * A shard's metadata: `[version, pages, chunks, filters, sorts, meta fields]`, with each page as
 * `[fragment name, word count, fragment group]` and each chunk as `[first word, last word, name]`. Checked before
 * anything is changed.
 */
function readMeta(file: string): {
  meta: Cbor[];
  pages: [string, number, string][];
  chunks: [string, string, string][];
  sorts: [string, number[]][];
} {
  const meta = decodeCbor(readPagefindFile(file));
  const fail = (what: string) => new Error(`${file}: not a Pagefind ${PAGEFIND_FORMAT} metadata file (${what})`);
  if (!Array.isArray(meta) || meta[0] !== PAGEFIND_FORMAT || meta.length !== 6) throw fail('layout');
  const [, pages, chunks, , sorts] = meta;
  const isPage = (p: Cbor) => Array.isArray(p) && p.length === 3 && typeof p[0] === 'string' && typeof p[1] === 'number' && typeof p[2] === 'string';
  const isChunk = (c: Cbor) => Array.isArray(c) && c.length === 3 && c.every((x) => typeof x === 'string');
  if (!Array.isArray(pages) || !pages.every(isPage)) throw fail('pages');
  if (!Array.isArray(chunks) || !chunks.every(isChunk)) throw fail('index chunks');
  const isSort = (s: Cbor) => Array.isArray(s) && s.length === 2 && typeof s[0] === 'string' && Array.isArray(s[1]) && s[1].every((x) => typeof x === 'number');
  if (!Array.isArray(sorts) || !sorts.every(isSort)) throw fail('sorts');
  return { meta, pages: pages as [string, number, string][], chunks: chunks as [string, string, string][], sorts: sorts as [string, number[]][] };
}

export interface RepackReport {
  chunksBefore: number;
  chunksAfter: number;
}

interface RepackOptions {
  /** See {@link CHUNK_BYTES}. */
  target?: number;
  /** The date rank of the shard's oldest page in the whole site (src/lib/search/date-order.ts). */
  firstRank?: number;
}

/**
 * Re-cuts the word index of the Pagefind bundle in `dir` (as `writeFiles` left it) in place: new chunk files, the
 * metadata's chunk list, and the metadata's name in `pagefind-entry.json`. The fragments are named by their date rank,
 * from `firstRank` on, and Pagefind's date sort is taken out of the metadata.
 */
export function repackBundle(dir: string, { target = CHUNK_BYTES, firstRank = 0 }: RepackOptions = {}): RepackReport {
  const entryFile = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { version: string; languages: Record<string, { hash: string }> };
  if (entry.version !== PAGEFIND_FORMAT) {
    throw new Error(`${entryFile}: Pagefind ${entry.version} wrote this index; src/indexer/repack.ts reads only ${PAGEFIND_FORMAT}. Check its format and update PAGEFIND_FORMAT.`);
  }
  let chunksBefore = 0;
  let chunksAfter = 0;
  for (const [name, language] of Object.entries(entry.languages)) {
    const lang = language.hash.slice(0, language.hash.lastIndexOf('_'));
    const metaFile = join(dir, `pagefind.${language.hash}.pf_meta`);
    const { meta, pages, chunks, sorts } = readMeta(metaFile);
    const words: WordEntry[] = [];
    for (const c of chunks) for (const w of wordEntries(join(dir, 'index', `${c[2]}.pf_index`))) words.push(w);
    for (let i = 1; i < words.length; i++) {
      if (compareWords(words[i - 1]!.word, words[i]!.word) >= 0) throw new Error(`${metaFile}: the index's words are not in order at ${words[i]!.word}`);
    }

    // Short names: every query fetches the metadata, which names every chunk and every page. A name is the hash of
    // the shard's content, so that a browser never takes a file of another build from its cache, then a number.
    const bodies = planChunks(words, target).map(([from, to]) => words.slice(from, to));
    const encoded = bodies.map((parts) => Buffer.concat([cborHead(4, 1), cborHead(4, parts.length), ...parts.map((w) => w.bytes)]));
    const chunkTag = digest(encoded);
    for (const c of chunks) rmSync(join(dir, 'index', `${c[2]}.pf_index`));
    meta[2] = bodies.map((parts, i) => {
      const name = `${chunkTag}-${i.toString(36)}`;
      writeFileSync(join(dir, 'index', `${name}.pf_index`), pagefindFile(encoded[i]!));
      return [chunkStart(bodies[i - 1]?.at(-1)!.word, parts[0]!.word), parts.at(-1)!.word, name];
    });

    // A page's name carries its date rank, which the browser sorts by, so Pagefind's date sort is left out. A page in
    // a fragment group keeps its name.
    let ranks: number[];
    try {
      ranks = dateRanks(pages.length, sorts.find(([key]) => key === 'date')?.[1] ?? [], firstRank);
    } catch (e) {
      throw new Error(`${metaFile}: ${(e as Error).message}`);
    }
    meta[4] = sorts.filter(([key]) => key !== 'date');
    const pageTag = digest([...pages.map((p) => p[0]), String(firstRank)]);
    for (const [i, page] of pages.entries()) {
      if (page[2] !== '') continue;
      const name = fragmentName(pageTag, ranks[i]!);
      renameSync(join(dir, 'fragment', `${page[0]}.pf_fragment`), join(dir, 'fragment', `${name}.pf_fragment`));
      page[0] = name;
    }

    const metaBody = encodeCbor(meta);
    const metaHash = `${lang}_${digest([metaBody])}`;
    rmSync(metaFile);
    writeFileSync(join(dir, `pagefind.${metaHash}.pf_meta`), pagefindFile(metaBody));
    entry.languages[name] = { ...language, hash: metaHash };
    chunksBefore += chunks.length;
    chunksAfter += bodies.length;
  }
  // Replaced, not written into: the bundle's files may be hard links into the shard cache (build.ts).
  rmSync(entryFile);
  writeFileSync(entryFile, JSON.stringify(entry));
  return { chunksBefore, chunksAfter };
}
