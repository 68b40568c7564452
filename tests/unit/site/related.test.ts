import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRelatedFinder, relatedPractices, tagWeights, relatedScore } from '../../../src/lib/related.ts';

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

test('the indexed finder agrees with the plain scan on a larger corpus with many ties', () => {
  // A fixed pseudo-random corpus: few tags and few dates, so equal scores and equal dates are common.
  let seed = 7;
  const rnd = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
  };
  const G = ['g1', 'g2', 'g3', 'g4'];
  const M = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'];
  const big = Array.from({ length: 400 }, (_, i) =>
    p(
      `p${String(rnd(1000)).padStart(3, '0')}-${i}`,
      G.filter(() => rnd(3) === 0),
      M.filter(() => rnd(4) === 0),
      `202${rnd(3)}-0${1 + rnd(3)}-01`,
    ),
  );
  const find = createRelatedFinder(big);
  for (const self of big) {
    for (const n of [1, 5]) {
      assert.deepEqual(find(self, n).map((x) => x.id), relatedPractices(self, big, n).map((x) => x.id), self.id);
    }
  }
  // Asked again (a page asks twice: its cache key and its render), the kept answer is still the right one: compared
  // with the plain scan, not with itself.
  for (const self of big.slice(0, 50)) {
    assert.deepEqual(find(self, 5).map((x) => x.id), relatedPractices(self, big, 5).map((x) => x.id), `${self.id}, asked again`);
  }
});

test('ties go to the practice closest in date: a new issue does not displace the related lists of older pages', () => {
  const old = [p('o1', ['tw'], ['training'], '2021-09-30'), p('o2', ['tw'], ['training'], '2021-12-01'), p('o3', ['tw'], ['training'], '2022-01-25')];
  const added = p('new', ['tw'], ['training'], '2027-01-01');
  const corpus = [...old, added];
  assert.deepEqual(relatedPractices(old[0]!, corpus, 2).map((x) => x.id), ['o2', 'o3']);
  assert.deepEqual(createRelatedFinder(corpus)(old[0]!, 2).map((x) => x.id), ['o2', 'o3']);
  assert.deepEqual(relatedPractices(added, corpus, 2).map((x) => x.id), ['o3', 'o2'], 'the new page lists the latest of the others');
});

test('between two practices as close in date, one before the page and one after, the newer is listed first', () => {
  // Ten days either side of the page, same tags: the id order (a… before z…) would put the older one first.
  const self = p('self', ['tw'], ['training'], '2022-01-11');
  const corpus = [self, p('a-older', ['tw'], ['training'], '2022-01-01'), p('z-newer', ['tw'], ['training'], '2022-01-21')];
  assert.deepEqual(relatedPractices(self, corpus, 2).map((x) => x.id), ['z-newer', 'a-older']);
  assert.deepEqual(createRelatedFinder(corpus)(self, 2).map((x) => x.id), ['z-newer', 'a-older']);
  assert.deepEqual(createRelatedFinder(corpus)(self, 1).map((x) => x.id), ['z-newer'], 'with room for one, the newer one');
});
