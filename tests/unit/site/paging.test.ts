import { test } from 'node:test';
import assert from 'node:assert/strict';
import { laterPages, pageDescription, pageOf, pageRange } from '../../../src/lib/paging.ts';

test('pages split a list; the last page holds the rest; out-of-range pages are clamped', () => {
  const xs = Array.from({ length: 105 }, (_, i) => i);
  assert.deepEqual(pageOf(xs, 1, 50).items.length, 50);
  assert.deepEqual(pageOf(xs, 3, 50).items, [100, 101, 102, 103, 104]);
  assert.equal(pageOf(xs, 3, 50).pages, 3);
  assert.equal(pageOf(xs, 9, 50).page, 3);
  assert.deepEqual(pageOf([], 1, 50), { items: [], page: 1, pages: 1, total: 0 });
});

test('a paged list has one address per page after the first, as many as pageOf counts', () => {
  for (const total of [0, 1, 50, 51, 100, 130, 10_000]) {
    assert.deepEqual(laterPages(total, 50), Array.from({ length: pageOf(Array(total), 1, 50).pages - 1 }, (_, i) => i + 2), `${total} items`);
  }
  assert.deepEqual(laterPages(130, 50), [2, 3]);
});

test('each page of a paged list has a description of its own, naming its items', () => {
  const xs = Array.from({ length: 130 }, (_, i) => i);
  const base = '全部共同富裕实践案例，按简报日期从新到旧排列。';
  const descriptions = [1, 2, 3].map((n) => pageDescription(base, pageOf(xs, n, 50), 50));
  assert.equal(new Set(descriptions).size, 3);
  assert.equal(descriptions[0], base);
  assert.equal(descriptions[2], `${base}第3页（第101–130个）。`);
  assert.deepEqual(pageRange(pageOf(xs, 2, 50), 50), { from: 51, to: 100 });
  assert.deepEqual(pageRange(pageOf([], 1, 50), 50), { from: 0, to: 0 });
});

test('a pager shows the first and last pages and two either side of the current one, … for the rest', async () => {
  const { pageLinks, pageRange } = await import('../../../src/lib/paging.ts');
  assert.deepEqual(pageLinks(1, 1), [1]);
  assert.deepEqual(pageLinks(1, 5), [1, 2, 3, 4, 5]);
  assert.deepEqual(pageLinks(50, 200), [1, null, 48, 49, 50, 51, 52, null, 200]);
  assert.deepEqual(pageLinks(1, 200), [1, 2, 3, null, 200]);
  assert.deepEqual(pageLinks(200, 200), [1, null, 198, 199, 200]);
  // A single page left out is shown, not replaced by …
  assert.deepEqual(pageLinks(4, 7), [1, 2, 3, 4, 5, 6, 7]);
  assert.deepEqual(pageLinks(5, 9), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.deepEqual(pageLinks(6, 12), [1, null, 4, 5, 6, 7, 8, null, 12]);
  assert.deepEqual(pageRange(pageOf(Array.from({ length: 105 }, (_, i) => i), 3, 50), 50), { from: 101, to: 105 });
});
