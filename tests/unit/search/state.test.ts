// The search page's state in its URL and its filters (src/lib/search/state.ts): round trips, toggles, facet counts,
// values no facet knows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countFacets, matchesFilters, pagefindFilters, parseState, serializeState, toggleFilter } from '../../../src/lib/search/state.ts';

test('the URL state round-trips, ignores junk and toggles filters', () => {
  const s = parseState('?q=%E7%8E%89%E7%8E%AF&group=技术工人&group=困难群体&region=&sort=date&evil=1');
  assert.deepEqual(s, { q: '玉环', filters: { group: ['技术工人', '困难群体'] }, sort: 'date' });
  assert.equal(parseState(serializeState(s)).q, '玉环');
  assert.deepEqual(parseState(serializeState(s)), s);
  const t = toggleFilter(toggleFilter(s, 'group', '技术工人'), 'kind', '案例');
  assert.deepEqual(t.filters, { group: ['困难群体'], kind: ['案例'] });
  assert.deepEqual(toggleFilter(t, 'kind', '案例').filters, { group: ['困难群体'] });
  assert.equal(serializeState({ q: '', filters: {}, sort: 'relevance' }), '');
  assert.equal(parseState('?region=' + 'x'.repeat(41)).filters.region, undefined);
});

test('facet counts respect other facets but not their own selection', () => {
  const pages = [
    { filters: { region: ['玉环市'], group: ['技术工人'] } },
    { filters: { region: ['玉环市'], group: ['低收入农户'] } },
    { filters: { region: ['黄岩区'], group: ['技术工人'] } },
  ];
  const c = countFacets(pages, { region: ['玉环市'] });
  assert.deepEqual(c.region, { 玉环市: 2, 黄岩区: 1 });
  assert.deepEqual(c.group, { 技术工人: 1, 低收入农户: 1 });
  assert.ok(matchesFilters(pages[2]!.filters, { region: ['玉环市', '黄岩区'], group: ['技术工人'] }));
  assert.deepEqual(pagefindFilters({ region: ['玉环市'], group: ['技术工人'] }, 'group'), { region: { any: ['玉环市'] } });
});

test('unknownFilters: a value that is none of its facet’s names, or no year; not a known value with no pages', async () => {
  const { unknownFilters } = await import('../../../src/lib/search/state.ts');
  const dict = { version: 1 as const, facets: { group: [{ name: '技术工人', aliases: ['技工'] }], region: [{ name: '玉环市', aliases: [] }] } };
  assert.deepEqual(unknownFilters({ group: ['火箭', '技术工人'], region: ['深圳'], year: ['1999', 'abc', '未注明'] }, dict), [
    { facet: 'region', value: '深圳' },
    { facet: 'group', value: '火箭' },
    { facet: 'year', value: 'abc' },
  ]);
  assert.deepEqual(unknownFilters({ group: ['火箭'] }, undefined), []);
});

test('a link filtering by another name of a value (group=技工, region=玉环, group=technical-workers) filters by the value', async () => {
  const { canonicalFilters } = await import('../../../src/lib/search/state.ts');
  const { buildDictionary } = await import('../../../src/lib/search/dictionary.ts');
  const { readFileSync } = await import('node:fs');
  const { parse } = await import('yaml');
  const yaml = (name: string) => parse(readFileSync(`content/taxonomy/${name}.yaml`, 'utf8'));
  const dict = buildDictionary({ regions: yaml('regions'), groups: yaml('groups'), measures: yaml('measures'), synonyms: yaml('synonyms') });
  assert.deepEqual(canonicalFilters({ group: ['技工'], region: ['玉环'] }, dict), { group: ['技术工人'], region: ['玉环市'] });
  assert.deepEqual(canonicalFilters({ group: ['technical-workers', '技术工人'], measure: ['equity-incentive'], kind: ['实践案例'] }, dict), {
    group: ['技术工人'],
    measure: ['股权激励'],
    kind: ['案例'],
  });
  // What no value is called stays as it came (the page says nothing has it), and so does a year.
  assert.deepEqual(canonicalFilters({ group: ['不存在的群体'], year: ['2021'] }, dict), { group: ['不存在的群体'], year: ['2021'] });
});
