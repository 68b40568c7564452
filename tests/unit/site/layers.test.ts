// The layers of src/: src/lib holds the pure helpers everything shares, so it imports nothing from the content check
// (src/check) or the ingest (src/ingest); the ingest imports nothing from the check, except its command (run.ts),
// which runs the check over the drafts it makes; the check imports nothing from the ingest. A pattern both need lives
// in src/lib.
// src/data (the collection queries the pages read, and the content loaders) imports only src/lib and src/schemas: it
// runs inside Astro's Vite (data/content.ts imports astro:content), not in the build hooks. src/integrations (the build
// hooks, loaded by astro.config.mjs in plain Node) imports src/lib, src/schemas, src/check (it runs the check) and
// src/indexer (it builds the search index), but never src/data, whose astro:content does not exist there, nor the
// pages. Something both need (the gate between the check and the content sync) lives in src/lib.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Every relative import (static, dynamic, re-export) of each .ts file under `dir`, as paths relative to src/. */
function importsUnder(dir: string): { file: string; target: string }[] {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => ({
      file: relative('src', file),
      target: relative('src', resolve(dirname(file), m[1]!)),
    })),
  );
}

const into = (layer: string) => (i: { target: string }) => i.target.startsWith(`${layer}/`);

test('src/lib imports nothing from src/check or src/ingest', () => {
  const imports = importsUnder('src/lib');
  assert.ok(imports.length > 20, 'the scan finds the imports of src/lib');
  assert.deepEqual(imports.filter((i) => into('check')(i) || into('ingest')(i)), []);
});

test('src/ingest imports nothing from src/check, except its command run.ts', () => {
  const imports = importsUnder('src/ingest');
  assert.ok(imports.some((i) => i.file === 'ingest/run.ts' && into('check')(i)), 'the scan sees run.ts run the check');
  assert.deepEqual(imports.filter((i) => i.file !== 'ingest/run.ts' && into('check')(i)), []);
});

test('src/check imports nothing from src/ingest', () => {
  const imports = importsUnder('src/check');
  assert.ok(imports.some((i) => into('lib')(i)), 'the scan finds the imports of src/check');
  assert.deepEqual(imports.filter(into('ingest')), []);
  // Nor does it name an ingest file otherwise, as the source files a cache key is made of (load-corpus.ts).
  const named = (readdirSync('src/check', { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(join('src/check', f), 'utf8').matchAll(/['"`](?:\.{1,2}\/)+ingest\/[^'"`]*/g)].map((m) => `check/${f}: ${m[0].slice(1)}`));
  assert.deepEqual(named, []);
});

test('src/data imports only src/lib and src/schemas', () => {
  const imports = importsUnder('src/data');
  assert.ok(imports.some((i) => i.file === 'data/content.ts' && into('lib')(i)), 'the scan finds the imports of src/data');
  assert.deepEqual(imports.filter((i) => !i.target.startsWith('data/') && !into('lib')(i) && !into('schemas')(i)), []);
});

test('src/integrations imports only src/lib, src/schemas, src/check and src/indexer', () => {
  const imports = importsUnder('src/integrations');
  assert.ok(imports.some((i) => into('check')(i)) && imports.some((i) => into('indexer')(i)), 'the scan finds the imports of src/integrations');
  const allowed = ['integrations', 'lib', 'schemas', 'check', 'indexer'];
  assert.deepEqual(imports.filter((i) => !allowed.some((layer) => into(layer)(i))), []);
});

test('a text is cut to a length with “…” by cutText (src/lib/format.ts) alone, not inline', () => {
  const files = (readdirSync('src', { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join('src', f));
  const inline = /(\w+)\.length > (\w+) \? `\$\{\1\.slice\(0, \2\)\}…` : \1/;
  const cut = /\bfunction cutText\b/;
  const home = join('src', 'lib', 'format.ts');
  assert.deepEqual(files.filter((f) => f !== home && inline.test(readFileSync(f, 'utf8'))), []);
  assert.deepEqual(files.filter((f) => cut.test(readFileSync(f, 'utf8'))), [home]);
});
