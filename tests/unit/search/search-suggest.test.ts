// 您是不是要找 offers (src/lib/search/suggest.ts): what counts as a name a text quotes, and what of a query may be a typo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameTypoCandidates, quotedNames, typoCandidates } from '../../../src/lib/search/suggest.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { real } from '../../support/search-docs.ts';

test('a quoted name is two to eight characters: a quoted slogan or sentence is not offered as a name', () => {
  assert.deepEqual(quotedNames('实施“扩中”“提低”行动，推广“共富工坊”，奋力打造“高质量发展建设共同富裕示范区”'), ['扩中', '提低', '共富工坊']);
});

test('typoCandidates: terms that are no word in themselves, then parts typed whole made of words (共富工房); not figures or names', () => {
  const plan = (q: string) => parseQuery(q, real);
  assert.deepEqual(typoCandidates(plan('玉还 技术工人')), ['玉还']);
  assert.deepEqual(typoCandidates(plan('玉还 技术工人'), ['技术工人']), []);
  assert.deepEqual(typoCandidates(plan('共富工房')), ['共富工房']);
  assert.deepEqual(typoCandidates(plan('技术工人 3.92万人')), []);
});

test('nameTypoCandidates: the parts typed with the term in them, then the term (黄严技工, 黄严)', () => {
  const plan = parseQuery('黄严技工', real);
  const piece = plan.terms.find((t) => t.text === '黄严')!;
  assert.deepEqual(nameTypoCandidates(plan, piece), ['黄严技工', '黄严']);
});
