// The search page's 加载更多 (src/lib/search/pager.ts): the results in pages, a long browse fetching more as it goes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pager } from '../../../src/lib/search/pager.ts';

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

test('the items in hand, a page at a time; the last page ends the list', async () => {
  const p = pager(range(0, 5), 2);
  assert.deepEqual(await p.next(), { page: [0, 1], from: 0, done: false });
  assert.deepEqual(await p.next(), { page: [2, 3], from: 2, done: false });
  assert.deepEqual(await p.next(), { page: [4], from: 4, done: true });
});

test('a browse fetches more when the items in hand fall short of a page, and ends when it fetches nothing', async () => {
  const batches = [range(3, 3), []];
  let calls = 0;
  const p = pager(range(0, 3), 2, async () => (calls++, batches.shift() ?? []));
  assert.deepEqual(await p.next(), { page: [0, 1], from: 0, done: false });
  assert.equal(calls, 0, 'nothing fetched while a page is in hand');
  assert.deepEqual(await p.next(), { page: [2, 3], from: 2, done: false });
  assert.equal(calls, 1);
  assert.deepEqual(await p.next(), { page: [4, 5], from: 4, done: false }, 'more may still come: the list is not done');
  assert.deepEqual(await p.next(), { page: [], from: 6, done: true });
  assert.equal(calls, 2);
});

test('a browse that knows its total is done with its last item: no page is left empty', async () => {
  // 32 pages found, 30 in hand (the engine's first batch), 20 a page: the second page fetches the last 2 and ends the
  // list. Without the total, “显示更多结果” stayed, and pressing it showed nothing and dropped the keyboard's focus.
  const batches = [range(30, 2)];
  let calls = 0;
  const p = pager(range(0, 30), 20, async () => (calls++, batches.shift() ?? []), 32);
  assert.deepEqual(await p.next(), { page: range(0, 20), from: 0, done: false });
  assert.deepEqual(await p.next(), { page: range(20, 12), from: 20, done: true });
  assert.equal(calls, 1, 'nothing fetched past the total');
  // A total exactly at a page's end.
  const exact = pager(range(0, 30), 20, async () => range(30, 10), 40);
  assert.deepEqual(await exact.next(), { page: range(0, 20), from: 0, done: false });
  assert.deepEqual(await exact.next(), { page: range(20, 20), from: 20, done: true });
});

test('a list that fits in one page is done at once', async () => {
  assert.deepEqual(await pager(range(0, 2), 20).next(), { page: [0, 1], from: 0, done: true });
  assert.deepEqual(await pager([], 20).next(), { page: [], from: 0, done: true });
});
