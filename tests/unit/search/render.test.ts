// The search page's status sentence (statusText): what a reader is told about the results, for each kind of outcome;
// and the tab's name (pageTitle).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_QUERY_LENGTH } from '../../../src/lib/search/normalize.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { pageTitle, statusText } from '../../../src/scripts/search/render.ts';
import type { Outcome } from '../../../src/scripts/search/engine.ts';
import { completeness, prepareDoc, rank } from '../../../src/lib/search/rank.ts';
import { doc, real } from '../../support/search-docs.ts';

const outcome = (q: string, more: Partial<Extract<Outcome, { mode: 'query' }>> = {}): Outcome => ({
  mode: 'query', plan: parseQuery(q, real), items: [], total: 3, facets: {}, loosened: false, exact: true, truncated: false, rounded: [],
  apart: false, missing: [], unnamed: 0, complete: 0, suggestions: [], ...more,
});
const state = (q: string) => ({ q, filters: {}, sort: 'relevance' as const });

test('a query cut to its first MAX_QUERY_LENGTH characters says so; a shorter one does not', () => {
  const cut = `只搜索了查询词的前${MAX_QUERY_LENGTH}个字。`;
  // The query the page searched with is the cut one: exactly MAX_QUERY_LENGTH characters long.
  const long = '技'.repeat(MAX_QUERY_LENGTH);
  assert.ok(statusText(outcome(long), state(long)).endsWith(cut), statusText(outcome(long), state(long)));
  const short = '技'.repeat(MAX_QUERY_LENGTH - 1);
  assert.ok(!statusText(outcome(short), state(short)).includes('只搜索了'), statusText(outcome(short), state(short)));
});

test('a query that matched more pages than were ranked says the count is of the most relevant, not of all', () => {
  const q = '技术工人';
  assert.equal(statusText(outcome(q, { total: 24, truncated: true }), state(q)), `与“${q}”相关的内容较多，显示最相关的24篇。`);
  assert.equal(statusText(outcome(q, { total: 24 }), state(q)), `找到24篇与“${q}”相关的内容。`);
});

test('words found apart are told as such only when every word was found; with some left out, as a partial match', () => {
  const q = '技术工人 火箭';
  assert.equal(statusText(outcome(q, { apart: true }), state(q)), `没有与查询完全相同的说法，以下结果包含其中的各个词语：找到3篇与“${q}”相关的内容。`);
  assert.equal(statusText(outcome(q, { apart: true, unnamed: 1 }), state(q)), `没有完全匹配的内容，以下结果只包含部分词语：找到3篇与“${q}”相关的内容。`);
});

test('a query typed in quotes (an exact phrase) is named in the status once quoted, not in doubled quotes', () => {
  for (const q of ['“技能变资金”', '"和盈模式"', '「助共体」']) {
    const text = statusText(outcome(q), state(q));
    assert.ok(!/[“"「]{2}|[”"」]{2}/u.test(text), text);
    assert.match(text, /与“(?:技能变资金|和盈模式|助共体)”相关/u);
  }
  // A query with a quoted part keeps its own quotes inside the status's.
  assert.match(statusText(outcome('玉环 “技能变资金”'), state('玉环 “技能变资金”')), /与“玉环 “技能变资金””相关/u);
});

test('a phrase in quotes that no page listed prints is said so; one that some print, how many and that they come first', () => {
  const q = '“技术工人增收”';
  assert.equal(
    statusText(outcome(q, { unprinted: ['技术工人增收'] }), state(q)),
    '没有内容含有完整的“技术工人增收”，以下结果包含其中的词语：找到3篇与“技术工人增收”相关的内容。',
  );
  assert.match(statusText(outcome(q, { unprinted: ['技术工人增收'], loosened: true }), state(q)), /以下结果只包含其中的部分词语：/u);
  const printed = '"低收入农户增收"';
  assert.equal(
    statusText(outcome(printed, { printedBy: 2 }), state(printed)),
    '找到3篇与“低收入农户增收”相关的内容。其中2篇含有完整的“低收入农户增收”，列在前面。',
  );
});

test('the tab names the query, the filters of a browse, or both; the site name alone with neither', () => {
  const filtered = { q: '', filters: { region: ['玉环市'] }, sort: 'relevance' as const };
  assert.equal(pageTitle(state('技术工人'), '搜索 - 站'), '技术工人 - 搜索 - 站');
  assert.equal(pageTitle(filtered, '搜索 - 站'), '地区：玉环市 - 搜索 - 站');
  assert.equal(pageTitle({ ...filtered, q: '技术工人' }, '搜索 - 站'), '技术工人（地区：玉环市） - 搜索 - 站');
  assert.equal(pageTitle(state(''), '搜索 - 站'), '搜索 - 站');
});

test('a list filtered to practices counts them as the site does (12 个案例), plans in 份, several kinds in 篇', () => {
  const practices = { kind: ['案例'] };
  const browse: Outcome = { mode: 'browse', items: [], total: 12, facets: {} };
  assert.equal(statusText(browse, { q: '', filters: practices, sort: 'relevance' }), '共12个案例（类型：案例）。');
  assert.equal(statusText(browse, { q: '', filters: { kind: ['方案'] }, sort: 'relevance' }), '共12份方案（类型：方案）。');
  assert.equal(statusText(browse, { q: '', filters: { region: ['玉环市'] }, sort: 'relevance' }), '共12篇（地区：玉环市）。');
  const plan = parseQuery('技术工人 火箭', real);
  const query: Outcome = {
    mode: 'query', plan, items: [], total: 3, facets: {}, loosened: false, exact: true, truncated: false, rounded: [], apart: false,
    missing: [], unnamed: 0, complete: 1, suggestions: [],
  };
  assert.equal(
    statusText(query, { q: '技术工人 火箭', filters: practices, sort: 'relevance' }),
    '找到3个与“技术工人 火箭”相关的案例（类型：案例）。其中1个包含全部词语。',
  );
  assert.equal(statusText(query, { q: '技术工人 火箭', filters: {}, sort: 'relevance' }), '找到3篇与“技术工人 火箭”相关的内容。其中1篇包含全部词语。');
  assert.equal(
    statusText({ ...query, total: 0, unfiltered: 5 }, { q: '火箭', filters: practices, sort: 'relevance' }),
    '没有找到与“火箭”相关的案例（类型：案例）。不限筛选条件时有5篇。',
  );
});

test('when no page has every word, the status says how many have the most and which words they share', () => {
  const ds = [
    doc('city-plan', '某市行动方案', '保障进城农民工权益，深化欠薪治理。', { kind: ['方案'], region: ['台州市'], city: ['台州市'] }),
    doc('county-plan', '某县行动方案', '深入实施“无欠薪”行动。', { kind: ['方案'], region: ['青田县'], city: ['丽水市'] }),
    ...['a', 'b', 'c'].map((id) => doc(id, `某区做法${id}`, '农民工技能培训。', { region: ['椒江区'], city: ['台州市'] })),
  ];
  const q = '农民工欠薪怎么治理 青田';
  const plan = parseQuery(q, real);
  const shown = rank(ds.map((d) => prepareDoc(d, real)), plan);
  const c = completeness(shown, plan);
  assert.deepEqual(c, { complete: 1, words: ['农民工', '欠薪', '治理'] });
  const outcome: Outcome = {
    mode: 'query', plan, items: [], total: shown.length, facets: {}, loosened: true, exact: true, truncated: false, rounded: [], apart: false,
    missing: [], unnamed: 0, complete: c!.complete, completeWords: c!.words, suggestions: [],
  };
  assert.match(statusText(outcome, { q, filters: {}, sort: 'relevance' }), /找到5篇.*。其中1篇同时包含“农民工”、“欠薪”、“治理”。/);
  // Pages with every word are counted as before; when all listed pages have them, or only one word, nothing is said.
  assert.deepEqual(completeness(rank(ds.map((d) => prepareDoc(d, real)), parseQuery('农民工 欠薪', real)), parseQuery('农民工 欠薪', real)), { complete: 1 });
  assert.equal(completeness(shown.slice(1, 2), plan), undefined);
});

test('when the best pages print the query whole, which the segmenter cuts into pieces, the status names it whole', () => {
  // 人均可支配收入 segments 人|均可|支配|收入: the pieces were named (其中 2 篇同时包含“支配”、“收入”), though the two
  // pages print the phrase as typed.
  const ds = [
    doc('a', '某县做法', '农村居民人均可支配收入增长 10%。', { region: ['椒江区'], city: ['台州市'] }),
    doc('b', '某市方案', '城乡居民人均可支配收入达到 7 万元。', { region: ['台州市'], city: ['台州市'] }),
    ...['c', 'd'].map((id) => doc(id, `某区做法${id}`, '工资性收入稳步提高。', { region: ['椒江区'], city: ['台州市'] })),
  ];
  const q = '人均可支配收入';
  const plan = parseQuery(q, real);
  const shown = rank(ds.map((d) => prepareDoc(d, real)), plan);
  const c = completeness(shown, plan);
  assert.deepEqual(c, { complete: 2, words: ['人均可支配收入'] });
  const outcome: Outcome = {
    mode: 'query', plan, items: [], total: shown.length, facets: {}, loosened: true, exact: true, truncated: false, rounded: [], apart: false,
    missing: [], unnamed: 0, complete: c!.complete, completeWords: c!.words, suggestions: [],
  };
  assert.match(statusText(outcome, { q, filters: {}, sort: 'relevance' }), /。其中2篇包含“人均可支配收入”。/);
});
