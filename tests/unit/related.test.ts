import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRelatedFinder, relatedPractices, tagWeights, relatedScore } from '../../src/lib/related.ts';

const p = (id: string, groups: string[], measures: string[], date = '2021-09-30') => ({
  id,
  data: { groups, measures, region: 'x', date: new Date(date) },
});
const all = [
  p('a', ['tw'], ['training', 'equity']),
  p('b', ['tw'], ['training']),
  p('c', ['tw'], ['equity']),
  p('d', ['farmers'], ['collective']),
  p('e', ['tw'], ['training']),
];

test('a rare shared tag weighs more than a common one', () => {
  const w = tagWeights(all);
  assert.ok(w.get('m:equity')! > w.get('m:training')!);
  assert.ok(relatedScore(all[0]!, all[2]!, w) > relatedScore(all[0]!, all[1]!, w));
});

test('never the page itself, nothing unrelated, deterministic order', () => {
  const r = relatedPractices(all[0]!, all, 5).map((x) => x.id);
  assert.deepEqual(r, ['c', 'b', 'e']);
  assert.ok(!r.includes('a'));
  assert.ok(!r.includes('d'));
});

test('the indexed finder gives the same answer as the plain scan', () => {
  const find = createRelatedFinder(all);
  for (const self of all) assert.deepEqual(find(self, 3).map((x) => x.id), relatedPractices(self, all, 3).map((x) => x.id));
});
