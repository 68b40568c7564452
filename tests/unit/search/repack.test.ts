// The re-cut of Pagefind's word index (src/indexer/repack.ts) and the CBOR it reads: the cut plan, and a real Pagefind
// index before and after, word for word, as the browser's lookup finds the words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, skipCbor, type Cbor } from '../../../src/indexer/cbor.ts';
import { INDEX_LANGUAGE, preparePage } from '../../../src/indexer/prepare.ts';
import { chunkStart, compareWords, planChunks, repackBundle } from '../../../src/indexer/repack.ts';
import { fragmentRank } from '../../../src/lib/search/date-order.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';

test('CBOR: integers, strings and arrays round-trip in the shortest form; other types are refused', () => {
  const value: Cbor = ['1.6.0', [0, 23, 24, 255, 256, 65535, 65536, 4294967295], [-1, -25, -300], ['', '技术工人', '𠮷'], []];
  const bytes = encodeCbor(value);
  assert.deepEqual(decodeCbor(bytes), value);
  assert.equal(skipCbor(bytes, 0), bytes.length);
  assert.deepEqual([...encodeCbor(23)], [0x17]);
  assert.deepEqual([...encodeCbor(24)], [0x18, 24]);
  assert.deepEqual([...encodeCbor(-25)], [0x38, 24]);
  assert.throws(() => decodeCbor(Uint8Array.from([0xa0])), /unsupported major type 5/);
  assert.throws(() => decodeCbor(Uint8Array.from([0x82, 0x01])), /unexpected end/);
  assert.throws(() => decodeCbor(Uint8Array.from([0x01, 0x02])), /after the value/);
  assert.throws(() => encodeCbor(1.5), /not an integer/);
});

test('the words are compared by code point, as Pagefind sorts them (UTF-8 bytes), not by UTF-16 unit', () => {
  // U+FF01 is one UTF-16 unit above the surrogates of 𠮷 (U+20BB7), but below it as a code point.
  assert.ok('！' > '𠮷', 'UTF-16 order');
  assert.ok(compareWords('！', '𠮷') < 0);
  assert.ok(compareWords('技术', '技能') < 0 && compareWords('技术', '技术') === 0);
});

test("a chunk's listed start: the shortest beginning of its first word after the chunk before", () => {
  assert.equal(chunkStart(undefined, '技术'), '技');
  assert.equal(chunkStart('工资', '技术'), '技', 'another first character: one character');
  assert.equal(chunkStart('低保', '低收入'), '低收');
  assert.equal(chunkStart('技术', '技术员'), '技术员', 'the previous word is a beginning of this one: the whole word');
  assert.equal(chunkStart('！', '𠮷𠮷'), '𠮷', 'code points, not UTF-16 units');
  assert.equal(chunkStart('2025', '2025年'), '2025年');
});

const sized = (list: [string, number][]) => list.map(([word, size]) => ({ word, size }));

test('chunks: every word once, in order; cut at a new first character once over the target', () => {
  const words = sized([['人才', 30], ['人数', 30], ['技工', 30], ['技术', 30], ['收入', 30], ['职业', 30]]);
  const plan = planChunks(words, 50);
  assert.deepEqual(plan, [[0, 2], [2, 4], [4, 5], [5, 6]]);
  assert.deepEqual(planChunks([], 50), []);
  assert.deepEqual(planChunks(sized([['大', 500]]), 50), [[0, 1]], 'a word larger than a chunk has its own');
  assert.throws(() => planChunks(words, 0), /positive/);
});

test('chunks: a long run of one first character is cut at a new second character, and at sixteen times the target', () => {
  // Over 4 × 30 bytes, a cut where the next word shares only 技: 技工 and 技工学校 stay together, and 技术, 技术员.
  const run = sized([['技工', 50], ['技工学校', 50], ['技术', 50], ['技术员', 50], ['技能', 50], ['技艺', 50]]);
  assert.deepEqual(planChunks(run, 30), [[0, 2], [2, 4], [4, 6]]);
  const same = sized(Array.from({ length: 40 }, (_, i) => [`技术${String(i).padStart(2, '0')}`, 10] as [string, number]));
  const cut = planChunks(same, 10);
  assert.ok(cut.every(([a, b]) => (b - a) * 10 <= 160), JSON.stringify(cut));
  assert.equal(cut.at(-1)![1], 40);
});

/** The word index of a bundle, word → its entry's bytes (hex), read through the metadata's chunk list. */
function wordIndex(dir: string): { words: Map<string, string>; chunks: string[][]; pages: Cbor[][]; sorts: Cbor[] } {
  const read = (f: string) => gunzipSync(readFileSync(f)).subarray('pagefind_dcd'.length);
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const meta = decodeCbor(read(join(dir, `pagefind.${Object.values(entry.languages)[0]!.hash}.pf_meta`))) as Cbor[];
  const chunks = meta[2] as string[][];
  const words = new Map<string, string>();
  for (const [, , hash] of chunks) {
    for (const e of (decodeCbor(read(join(dir, 'index', `${hash}.pf_index`))) as Cbor[][])[0] as Cbor[][]) {
      words.set(e[0] as string, Buffer.from(encodeCbor(e)).toString('hex'));
    }
  }
  return { words, chunks, pages: meta[1] as Cbor[][], sorts: meta[4] as Cbor[] };
}

test('a real Pagefind index, re-cut: the same words with the same entries, each found where the browser looks', async () => {
  const root = mkdtempSync(join(tmpdir(), 'repack-'));
  try {
    // Sixty pages of the seeds' own text (some with a rare character), indexed by Pagefind as the build does; dates
    // out of page order, every seventh page without one.
    const dateOf = (i: number) => (i % 7 === 3 ? undefined : `20${20 + ((i * 7) % 6)}-0${1 + (i % 9)}-1${i % 10}`);
    const bodies = readdirSync('content/practices')
      .filter((f) => f.endsWith('.md') || f.endsWith('.mdx'))
      .map((f) => splitFrontmatter(readFileSync(join('content/practices', f), 'utf8'), f).body);
    const { createIndex, close } = await import('pagefind');
    const { index } = await createIndex({ forceLanguage: INDEX_LANGUAGE });
    assert.ok(index);
    for (let i = 0; i < 60; i++) {
      const text = bodies[i % bodies.length]!.split('\n\n').slice(i % 5).join('</p><p>');
      const date = dateOf(i);
      const meta = `<span data-pagefind-meta="n:${i}"></span>${date ? `<span data-pagefind-sort="date:${date}"></span>` : ''}`;
      const html = `<html lang="zh-CN"><body><main data-pagefind-body>${meta}<h1>第${i}页 𠮷${i}</h1><p>${text}</p></main></body></html>`;
      const prepared = preparePage(html);
      assert.ok(prepared);
      await index.addHTMLFile({ sourcePath: `p${i}/index.html`, content: prepared.html });
    }
    const raw = join(root, 'raw');
    await index.writeFiles({ outputPath: raw });
    await close();
    const cut = join(root, 'cut');
    cpSync(raw, cut, { recursive: true });

    const report = repackBundle(cut, { target: 600, firstRank: 3000 });
    const before = wordIndex(raw);
    const after = wordIndex(cut);
    assert.equal(report.chunksAfter, after.chunks.length);
    assert.ok(after.chunks.length > before.chunks.length * 5, `${before.chunks.length} → ${after.chunks.length} chunks`);
    assert.ok(before.words.size > 1000, `${before.words.size} words`);
    assert.deepEqual([...after.words.keys()].sort(compareWords), [...before.words.keys()].sort(compareWords));
    for (const [w, bytes] of before.words) assert.equal(after.words.get(w), bytes, w);

    // Pagefind's lookup (pagefind_web, request_indexes): the first chunk whose first and last words enclose the word.
    for (const w of before.words.keys()) {
      const found = after.chunks.find(([from, to]) => compareWords(w, from!) >= 0 && compareWords(w, to!) <= 0);
      assert.ok(found, w);
      const read = gunzipSync(readFileSync(join(cut, 'index', `${found[2]}.pf_index`))).subarray(12);
      const inChunk = ((decodeCbor(read) as Cbor[][])[0] as Cbor[][]).map((e) => e[0]);
      assert.ok(inChunk.includes(w), `${w} is in chunk ${found[2]}`);
    }
    for (let i = 1; i < after.chunks.length; i++) assert.ok(compareWords(after.chunks[i - 1]![1]!, after.chunks[i]![0]!) < 0, 'chunks in order');
    // Listed starts are shortened: each is the beginning of the chunk's first word.
    const firstWords = after.chunks.map(([, , hash]) => ((decodeCbor(gunzipSync(readFileSync(join(cut, 'index', `${hash}.pf_index`))).subarray(12)) as Cbor[][])[0] as Cbor[][])[0]![0] as string);
    after.chunks.forEach(([from], i) => assert.ok(firstWords[i]!.startsWith(from!), `${from} begins ${firstWords[i]}`));
    // A half-typed word that is a listed start (低收 of 低收入) is looked up in the chunk that holds the longer words.
    const shortened = after.chunks.filter(([from], i) => from !== firstWords[i]);
    assert.ok(shortened.length > 10, `${shortened.length} starts shortened`);
    for (const [from, , hash] of shortened) {
      const found = after.chunks.find(([a, b]) => compareWords(from!, a!) >= 0 && compareWords(from!, b!) <= 0);
      assert.equal(found?.[2], hash, from);
    }

    // The pages keep their order and word counts; each renamed fragment is the same file.
    assert.equal(after.pages.length, 60);
    for (const [i, page] of after.pages.entries()) {
      assert.equal(page[1], before.pages[i]![1]);
      assert.deepEqual(readFileSync(join(cut, 'fragment', `${page[0] as string}.pf_fragment`)), readFileSync(join(raw, 'fragment', `${before.pages[i]![0] as string}.pf_fragment`)));
    }
    assert.equal(readdirSync(join(cut, 'fragment')).length, 60, 'no fragment left under its old name');

    // The names carry the date order, from 3000 on, oldest first, undated pages before all; Pagefind's sort is gone.
    assert.equal(before.sorts.length, 1);
    assert.deepEqual(after.sorts, []);
    const byRank = after.pages
      .map((p) => {
        const fragment = JSON.parse(gunzipSync(readFileSync(join(cut, 'fragment', `${p[0] as string}.pf_fragment`))).subarray(12).toString('utf8')) as { meta: { n: string } };
        return { rank: fragmentRank(p[0] as string)!, n: Number(fragment.meta.n) };
      })
      .sort((a, b) => a.rank - b.rank);
    assert.deepEqual(byRank.map((p) => p.rank), Array.from({ length: 60 }, (_, i) => 3000 + i));
    const dates = byRank.map((p) => dateOf(p.n) ?? '');
    assert.deepEqual(dates, [...dates].sort(), 'oldest first, undated first');
    assert.equal(dates.filter((d) => !d).length, 9);
    assert.equal(readdirSync(join(cut, 'index')).length, after.chunks.length, 'no chunk left under its old name');

    // The same pages give the same files (reproducible builds); another Pagefind version stops with a clear error.
    const again = join(root, 'again');
    cpSync(raw, again, { recursive: true });
    repackBundle(again, { target: 600, firstRank: 3000 });
    assert.deepEqual(readdirSync(again, { recursive: true }).sort(), readdirSync(cut, { recursive: true }).sort());
    const entryFile = join(again, 'pagefind-entry.json');
    writeFileSync(entryFile, readFileSync(entryFile, 'utf8').replace('"version":"1.6.0"', '"version":"9.9.9"'));
    assert.throws(() => repackBundle(again), /Pagefind 9\.9\.9 wrote this index; src\/indexer\/repack\.ts reads only 1\.6\.0/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
