// A spoken query's fillers (呃, 那个, 的事), the 64-character cap on a query, and filters by another name of a value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { real } from '../../support/search-docs.ts';

const terms = (q: string) => parseQuery(q, real).terms.map((t) => t.text);

test('the hesitations of a spoken query are no terms: 呃, 嗯, 那个, 这个, 就是, 然后, and 的事 at its end', () => {
  assert.deepEqual(terms('呃那个股权激励的事'), ['股权激励']);
  assert.deepEqual(terms('我想看一下三门那个救助码'), ['三门', '救助码']);
  assert.deepEqual(terms('那个就是低收入农户怎么增收啊'), ['低收入农户', '增收']);
  assert.deepEqual(terms('嗯嗯然后玉环的技术工人这个'), ['玉环', '技术工人']);
  assert.deepEqual(terms('呃呃高校毕业生安家补贴有多少'), ['高校毕业生', '安家', '补贴']);
  for (const q of ['呃那个股权激励的事', '嗯玉环的技术工人', '那个就是低收入农户怎么增收啊']) assert.equal(parseQuery(q, real).partial, undefined, q);
  // 的事 inside a text is part of its words (机关的事业单位), only a spoken query ends with it.
  assert.ok(terms('机关的事业单位').some((t) => t.includes('事业')));
});

test('a query is cut after its 64th character, spaces not counted, so a cut beside a space is still a cut of 64', async () => {
  const { cleanQuery, queryLength, MAX_QUERY_LENGTH } = await import('../../../src/lib/search/normalize.ts');
  const pasted = `${'技'.repeat(63)}训 2.58 万人次`;
  assert.equal(cleanQuery(pasted), `${'技'.repeat(63)}训`);
  assert.equal(queryLength(cleanQuery(pasted)), MAX_QUERY_LENGTH);
  // Spaces typed between words do not use up the cap.
  const spaced = Array.from({ length: 40 }, () => '技术').join(' ');
  assert.equal(queryLength(cleanQuery(spaced)), MAX_QUERY_LENGTH);
  assert.ok(cleanQuery(spaced).endsWith('技术'));
  assert.equal(queryLength('玉环 股权激励'), 6);
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
