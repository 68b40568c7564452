// The search dictionary (src/lib/search/dictionary.ts): the names, aliases and pinyin ids of regions, groups and
// measures a query is read against, the labels of their facet values, and search synonyms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDictionary, createLexicon, facetValueLabel } from '../../../src/lib/search/dictionary.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { prepareDoc, rank } from '../../../src/lib/search/rank.ts';
import { bareDoc, lex, seg } from '../../support/search-docs.ts';

test('the dictionary maps short county names and group aliases to facet values', () => {
  assert.deepEqual(lex.get('玉环'), { facet: 'region', value: '玉环市', aliases: ['玉环'], isAlias: true });
  assert.equal(lex.get('产业工人')?.value, '技术工人');
  assert.equal(lex.get('新业态')?.value, '新就业形态从业人员');
  assert.equal(lex.get('飞地')?.value, '山海协作/飞地', 'a slash-named measure answers to each part');
  assert.equal(lex.get('方案')?.facet, 'kind');
  assert.equal(lex.longestAt('新业态从业人员怎么办', 0)?.key, '新业态从业人员', 'longest match wins');
});

test('a city as a 地区 value reads 市本级; as a 所属地市 value, and a county anywhere, it keeps its name', () => {
  const d = buildDictionary({
    regions: [{ name: '台州市' }, { name: '玉环市', parent: '台州市' }],
    groups: [],
    measures: [],
  });
  assert.equal(facetValueLabel('region', '台州市', d), '台州市（市本级）');
  assert.equal(facetValueLabel('city', '台州市', d), '台州市');
  assert.equal(facetValueLabel('region', '玉环市', d), '玉环市');
  assert.equal(facetValueLabel('group', '技术工人', d), '技术工人');
  assert.equal(facetValueLabel('region', '台州市', undefined), '台州市');
});

test('a region is found by its pinyin id', () => {
  const d = buildDictionary({ regions: [{ id: 'yuhuan', name: '玉环市', aliases: ['玉环'], parent: '台州市' }], groups: [], measures: [] });
  assert.deepEqual(d.facets.region, [{ name: '玉环市', aliases: ['玉环', 'yuhuan'], page: 'regions/yuhuan/' }]);
  assert.equal(createLexicon(d).get('yuhuan')?.value, '玉环市');
});

test('a search synonym finds its other names as fully as itself, and is not a facet', () => {
  const d = buildDictionary({ regions: [], groups: [], measures: [], synonyms: [{ name: '电子商务', aliases: ['电商'] }] });
  const l = createLexicon(d);
  const p = parseQuery('农村电商', l, seg);
  assert.deepEqual(p.terms.map((t) => [t.text, t.forms, t.entry?.facet]), [['农村', ['农村'], undefined], ['电商', ['电商', '电子商务'], undefined]]);
  assert.deepEqual(parseQuery('电子商务', l, seg).terms[0]!.forms, ['电子商务', '电商']);
  const ds = [bareDoc('full', '温岭市就业', '建设农村电子商务创业园。'), bareDoc('none', '其他', '农村道路。')];
  assert.deepEqual(rank(ds.map((x) => prepareDoc(x, l)), p).map((r) => [r.doc.id, r.covered]), [['full', 2], ['none', 1]]);
});

test("a group's spoken names (送外卖) are searched like its aliases", () => {
  const d = buildDictionary({
    regions: [],
    groups: [{ id: 'new-employment-workers', name: '新就业形态从业人员', aliases: ['外卖员'], spoken: ['送外卖'] }],
    measures: [],
  });
  assert.deepEqual(d.facets.group?.[0]?.aliases, ['外卖员', '送外卖']);
  assert.equal(createLexicon(d).get('送外卖')?.value, '新就业形态从业人员');
});
