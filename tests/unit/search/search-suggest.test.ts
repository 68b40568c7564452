// 您是不是要找 offers (src/lib/search/suggest.ts): what counts as a name a text quotes, and what of a query may be a typo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameTypoCandidates, quotedNames, textsNear, typoCandidates } from '../../../src/lib/search/suggest.ts';
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

test('textsNear: the pages with most two-character pieces of the typos, then those found, up to the cap; a page that fails to load is left out', async () => {
  type R = { id: string };
  const pages: Record<string, string> = { a: '低收入农户', b: '低收入家庭', c: '收入分配', d: '技能津贴', e: '高校毕业生' };
  // 低收 finds a and b, 收人 none, 收入-like pieces nothing else: a and b have one piece each; c none.
  const byPiece: Record<string, string[]> = { 低收: ['a', 'b'], 收人: [], 技能: ['d'], 能津: ['d'], 津帖: [] };
  const queried: string[] = [];
  const search = async (q: string) => {
    queried.push(q);
    return { results: (byPiece[q] ?? []).map((id) => ({ id })) };
  };
  const load = async (r: R) => {
    if (r.id === 'b') throw new Error('fragment failed');
    return { title: r.id, prose: pages[r.id]! };
  };
  const texts = await textsNear(['低收人', '技能津帖'], [{ id: 'e' }], search, load, 24);
  assert.deepEqual(queried.sort(), ['低收', '技能', '收人', '津帖', '能津']);
  // d has two pieces, a one; b failed to load; e was found already and comes last.
  assert.deepEqual(texts, ['d|技能津贴', 'a|低收入农户', 'e|高校毕业生']);
  // At most max − found/2 pages beyond those found are loaded.
  const capped = await textsNear(['低收人', '技能津帖'], [{ id: 'e' }, { id: 'c' }], search, load, 2);
  assert.deepEqual(capped, ['d|技能津贴', 'e|高校毕业生', 'c|收入分配']);
});
