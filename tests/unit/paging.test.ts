import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageOf } from '../../src/lib/paging.ts';

test('pages split a list; the last page holds the rest; out-of-range pages are clamped', () => {
  const xs = Array.from({ length: 105 }, (_, i) => i);
  assert.deepEqual(pageOf(xs, 1, 50).items.length, 50);
  assert.deepEqual(pageOf(xs, 3, 50).items, [100, 101, 102, 103, 104]);
  assert.equal(pageOf(xs, 3, 50).pages, 3);
  assert.equal(pageOf(xs, 9, 50).page, 3);
  assert.deepEqual(pageOf([], 1, 50), { items: [], page: 1, pages: 1, total: 0 });
});

test('a pager shows the first and last pages and two either side of the current one, … for the rest', async () => {
  const { pageLinks, pageRange } = await import('../../src/lib/paging.ts');
  assert.deepEqual(pageLinks(1, 1), [1]);
  assert.deepEqual(pageLinks(1, 5), [1, 2, 3, 4, 5]);
  assert.deepEqual(pageLinks(50, 200), [1, null, 48, 49, 50, 51, 52, null, 200]);
  assert.deepEqual(pageLinks(1, 200), [1, 2, 3, null, 200]);
  assert.deepEqual(pageLinks(200, 200), [1, null, 198, 199, 200]);
  // A single page left out is shown, not replaced by …
  assert.deepEqual(pageLinks(4, 7), [1, 2, 3, 4, 5, 6, 7]);
  assert.deepEqual(pageLinks(5, 9), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.deepEqual(pageLinks(6, 12), [1, null, 4, 5, 6, 7, 8, null, 12]);
  assert.deepEqual(pageRange(pageOf(Array.from({ length: 105 }, (_, i) => i), 3, 50), 50), { first: 101, last: 105 });
});
