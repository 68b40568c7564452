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
