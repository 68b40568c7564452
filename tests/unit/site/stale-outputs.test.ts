// What an incremental build removes from dist/ (src/lib/stale-outputs.ts): only files this build did not produce.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLOCK_MARGIN_MS, staleOutputs } from '../../../src/lib/stale-outputs.ts';

const started = Date.parse('2026-11-29T04:00:00Z');
const before = started - 60_000;
const during = started + 5_000;
const outputs = {
  routeFiles: new Set(['practices/a/index.html', 'feed.xml']),
  publicFiles: new Set(['robots.txt']),
  startedMs: started,
  ownedElsewhere: ['pagefind', '.git', /^sources\/[^/]+\.txt$/],
};

test('pages this build kept or wrote, public files, new files and the index stay; the rest goes', () => {
  const files = [
    { path: 'practices/a/index.html', mtimeMs: before }, // unchanged page, left in place
    { path: 'practices/gone/index.html', mtimeMs: before }, // a page no longer built
    { path: 'feed.xml', mtimeMs: during },
    { path: 'robots.txt', mtimeMs: before }, // copied from public/ with its time kept
    { path: '_astro/new.js', mtimeMs: during }, // this build's bundle
    { path: '_astro/old.js', mtimeMs: before }, // an earlier build's bundle
    { path: 'pagefind/pagefind.js', mtimeMs: before },
    { path: '.git/HEAD', mtimeMs: before }, // a deploy checkout
    { path: 'pagefind-old.txt', mtimeMs: before }, // a sibling of the owned folder is not owned
    { path: 'sources/002.txt', mtimeMs: before }, // a raw text, owned by the step that writes them
    { path: 'sources/old/index.html', mtimeMs: before }, // but not a source page no longer built
  ];
  assert.deepEqual(staleOutputs(files, outputs), ['_astro/old.js', 'pagefind-old.txt', 'practices/gone/index.html', 'sources/old/index.html']);
});

test('a file written just before the start is kept (file times are coarser than the clock)', () => {
  assert.deepEqual(staleOutputs([{ path: 'x.html', mtimeMs: started - CLOCK_MARGIN_MS + 1 }], outputs), []);
  assert.deepEqual(staleOutputs([{ path: 'x.html', mtimeMs: started - CLOCK_MARGIN_MS - 1 }], outputs), ['x.html']);
});

test('after a build that emptied dist/ nothing is stale', () => {
  assert.deepEqual(staleOutputs([{ path: 'practices/a/index.html', mtimeMs: during }, { path: 'index.html', mtimeMs: during }], outputs), []);
});
