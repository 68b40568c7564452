// The date order carried in fragment names (src/lib/search/date-order.ts): written by the indexer, sorted by the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateRanks, fragmentName, fragmentRank, newestFirst } from '../../../src/lib/search/date-order.ts';

test('a fragment name carries its rank in base 36, and gives it back', () => {
  assert.equal(fragmentName('8435f94f', 0), '8435f94f-0');
  assert.equal(fragmentName('8435f94f', 12_345), '8435f94f-9ix');
  for (const rank of [0, 35, 36, 2999, 12_345, 1_000_000]) assert.equal(fragmentRank(fragmentName('ab12cd34', rank)), rank);
  assert.equal(fragmentRank('und_3a9f0c1'), undefined, "Pagefind's own names have no rank");
  assert.throws(() => fragmentName('x', -1), /whole number/);
  assert.throws(() => fragmentName('x', 1.5), /whole number/);
});

test('ranks: undated pages first (reversed, so that they follow in index order), then the date order, from `first`', () => {
  // Pages 0–4; Pagefind's date sort, oldest first, lists 3, 0, 4; pages 1 and 2 have no date.
  assert.deepEqual(dateRanks(5, [3, 0, 4]), [3, 1, 0, 2, 4]);
  assert.deepEqual(dateRanks(5, [3, 0, 4], 6000), [6003, 6001, 6000, 6002, 6004]);
  assert.deepEqual(dateRanks(3, []), [2, 1, 0]);
  assert.deepEqual(dateRanks(0, []), []);
  assert.throws(() => dateRanks(3, [0, 0]), /names page 0 twice/);
  assert.throws(() => dateRanks(3, [5]), /names page 5, but the index has 3 pages/);
});

test('newest first: by rank, across shards; names without a rank last, in their order', () => {
  const ranks = dateRanks(5, [3, 0, 4]);
  const newer = dateRanks(2, [1, 0], 5);
  const results = [
    ...ranks.map((r, i) => ({ id: fragmentName('aaaaaaaa', r), page: `old${i}` })),
    { id: 'und_grouped', page: 'grouped' },
    ...newer.map((r, i) => ({ id: fragmentName('bbbbbbbb', r), page: `new${i}` })),
  ];
  const shuffled = [results[6]!, results[2]!, results[5]!, results[0]!, results[4]!, results[7]!, results[1]!, results[3]!];
  assert.deepEqual(newestFirst(shuffled).map((r) => r.page), ['new0', 'new1', 'old4', 'old0', 'old3', 'old1', 'old2', 'grouped']);
});
