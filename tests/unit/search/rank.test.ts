// The ranker's own rules (src/lib/search/rank.ts) that no review test pinned: the 按日期 order of the results, and
// a practice preferred to a briefing that only mentions the term.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byDateDesc, type SearchDoc } from '../../../src/lib/search/rank.ts';
import { doc, ranked } from '../../support/search-docs.ts';

const dated = (id: string, datetime?: string): { doc: SearchDoc } => ({ doc: { ...doc(id, id, ''), meta: { kind: '案例', ...(datetime ? { datetime } : {}) } } });

test('sorted by date, results are newest first, pages of one date keep their order, undated pages come last', () => {
  const xs = [dated('undated'), dated('old', '2021-06-30'), dated('new-a', '2022-01-25'), dated('mid', '2021-12-01'), dated('new-b', '2022-01-25')];
  assert.deepEqual(
    byDateDesc(xs).map((x) => x.doc.id),
    ['new-a', 'new-b', 'mid', 'old', 'undated'],
  );
});

test('a practice about a term comes before a briefing or a plan with the same text (the briefing listed first by Pagefind)', () => {
  const body = '发展农村电商，带动低收入农户增收。';
  const ds = [
    doc('briefing', '某期简报', body, { kind: ['简报'] }),
    doc('plan', '某县方案', body, { kind: ['方案'] }),
    doc('practice', '某县做法', body),
  ];
  assert.deepEqual(ranked('电商', ds), ['practice', 'plan', 'briefing']);
});
