// The engine's plan → Pagefind → rank pipeline, against a small fake of Pagefind's API (AND of prefix-matched
// pieces, quoted exact search, `any` filters — as pagefind.js 1.6 behaves; results named as the indexer names them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateRanks, fragmentName } from '../../../src/lib/search/date-order.ts';
import { buildDictionary } from '../../../src/lib/search/dictionary.ts';
import { MAX_RANKED, createEngine, type PagefindApi } from '../../../src/scripts/search/engine.ts';
import { buildT2s, gb2312Hanzi, t2sMap, toSimplified } from '../../../src/lib/search/t2s.ts';
import { statusText } from '../../../src/scripts/search/render.ts';

interface FakePage {
  url: string;
  title: string;
  text: string;
  filters: Record<string, string[]>;
  date?: string;
}

const PAGES: FakePage[] = [
  { url: '/practices/a/', title: '三门县聚焦五个帮', text: '以助共体改革为突破口，帮扶困难群众。', filters: { kind: ['案例'], region: ['三门县'], group: ['困难群体'] }, date: '2021-09-30' },
  { url: '/practices/b/', title: '玉环市技能变资金', text: '技术工人股权激励，发放 2568.85万元。', filters: { kind: ['案例'], region: ['玉环市'], group: ['技术工人'], measure: ['股权激励'] }, date: '2022-01-25' },
  { url: '/practices/c/', title: '黄岩区助工扶工', text: '帮助技术工人，共建共享，体制完善。', filters: { kind: ['案例'], region: ['黄岩区'], group: ['技术工人'] }, date: '2022-01-20' },
  { url: '/plans/d/', title: '台州市行动实施方案', text: '深化助共体改革，推进股权激励，技术工人增收。', filters: { kind: ['方案'], region: ['台州市'], group: ['技术工人', '困难群体'] } },
];

/** Chinese "words" of the fake index: two-character pieces, as a stand-in for the ICU segmentation. */
const words = (s: string) => {
  const out: string[] = [];
  for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2));
  return out;
};

/** Fragment names with date ranks, as src/indexer/repack.ts writes them. */
function fragmentNames(corpus: FakePage[]): Map<FakePage, string> {
  const byDate = corpus.flatMap((p, i) => (p.date ? [i] : [])).sort((a, b) => corpus[a]!.date!.localeCompare(corpus[b]!.date!) || a - b);
  const ranks = dateRanks(corpus.length, byDate);
  return new Map(corpus.map((p, i) => [p, fragmentName('3f2a91c0', ranks[i]!)]));
}

/** `order` shuffles the results of a search, as merged shards come back by score, not by date. */
function fakePagefind(corpus: FakePage[] = PAGES, order = (ps: FakePage[]) => ps): PagefindApi & { calls: (string | null)[] } {
  const calls: (string | null)[] = [];
  const names = fragmentNames(corpus);
  const matchesFilters = (p: FakePage, f: Record<string, { any: string[] }> = {}) =>
    Object.entries(f).every(([k, v]) => v.any.some((x) => p.filters[k]?.includes(x)));
  const counts = (pages: FakePage[]) => {
    const out: Record<string, Record<string, number>> = {};
    for (const p of pages) for (const [k, vs] of Object.entries(p.filters)) for (const v of vs) ((out[k] ??= {})[v] = (out[k]![v] ?? 0) + 1);
    return out;
  };
  return {
    calls,
    async options() {},
    async init() {},
    async preload() {},
    async mergeIndex() {},
    async filters() {
      return counts(corpus);
    },
    async search(term, o = {}) {
      calls.push(term);
      const opts = o as { filters?: Record<string, { any: string[] }>; sort?: unknown };
      if (opts.sort) throw new Error('the index has no date sort');
      let pages = corpus.filter((p) => matchesFilters(p, opts.filters));
      if (term !== null) {
        const exact = /^".+"$/.test(term);
        const q = term.replace(/"/g, '');
        pages = pages.filter((p) => {
          const text = p.title + p.text;
          if (exact) return text.includes(q);
          // Every piece must prefix-match some word (no adjacency), like Pagefind with Chinese.
          return q.split(' ').every((part) => [...part].every((ch) => words(text).some((w) => w.startsWith(ch)) || text.includes(part)));
        });
      }
      return {
        results: order(pages).map((p) => ({
          id: names.get(p)!,
          score: 1,
          data: async () => ({
            url: p.url,
            content: `${p.title}. ${p.text}`,
            meta: { title: p.title, kind: p.filters['kind']?.[0], region: p.filters['region']?.[0], datetime: p.date },
            filters: p.filters,
            excerpt: p.text,
          }),
        })),
        filters: counts(pages),
      };
    },
  };
}

const dict = buildDictionary({
  regions: [{ name: '三门县', aliases: ['三门'] }, { name: '玉环市', aliases: ['玉环'] }, { name: '黄岩区', aliases: ['黄岩'] }, { name: '台州市', aliases: ['台州'] }],
  groups: [{ name: '技术工人', aliases: ['产业工人'] }, { name: '困难群体', aliases: ['困难群众'] }],
  measures: [{ name: '股权激励' }],
});

test('the exact phrase wins over scattered pieces, and piece-only pages are not listed', async () => {
  const e = createEngine(fakePagefind(), dict);
  const out = await e.search({ q: '助共体', filters: {}, sort: 'relevance' });
  assert.equal(out.mode, 'query');
  if (out.mode !== 'query') return;
  assert.deepEqual(out.items.map((i) => i.url), ['/practices/a/', '/plans/d/']);
  assert.ok(out.items[0]!.excerpt.some((s) => s.mark && s.text === '助共体'));
});

test('a query in traditional characters that finds nothing is searched again in simplified ones', async () => {
  let asked = 0;
  const table = async () => {
    asked++;
    return { source: 'test', pairs: '幫帮群群眾众' };
  };
  const e = createEngine(fakePagefind(), dict, table);
  const out = await e.search({ q: '幫扶', filters: {}, sort: 'relevance' });
  assert.equal(out.mode, 'query');
  if (out.mode !== 'query') return;
  assert.equal(out.searchedAs, '帮扶');
  assert.deepEqual(out.items.map((i) => i.url), ['/practices/a/']);
  const plain = await e.search({ q: '助共体', filters: {}, sort: 'relevance' });
  assert.equal(plain.mode === 'query' && plain.searchedAs, undefined, 'a query that finds pages is left as it is');
  const none = await e.search({ q: '火箭', filters: {}, sort: 'relevance' });
  assert.equal(none.mode === 'query' && none.total, 0, 'nothing to convert: the first answer stands');
  assert.equal(asked, 1, 'the table is loaded once');
});

test('when the exact phrase alone fills the list, the costlier literal query is not run', async () => {
  const many: FakePage[] = Array.from({ length: 30 }, (_, i) => ({
    url: `/practices/p${i}/`,
    title: `案例${i}`,
    text: i % 2 ? '推行股权激励，技术工人增收。' : '股权和激励分开写。',
    filters: { kind: ['案例'] },
  }));
  const phrase = many.filter((p) => p.text.includes('股权激励')).length;
  const more = Array.from({ length: 20 }, (_, i) => ({ ...many[1]!, url: `/practices/q${i}/` }));
  const pf = fakePagefind([...many, ...more]);
  const out = await createEngine(pf, dict).search({ q: '股权激励', filters: {}, sort: 'relevance' });
  if (out.mode !== 'query') throw new Error(out.mode);
  assert.deepEqual(pf.calls, ['"股权激励"']);
  assert.equal(out.truncated, true);
  assert.equal(out.items.length, MAX_RANKED);
  assert.ok(phrase + more.length > MAX_RANKED);
  assert.ok(out.items.every((i) => !/^\/practices\/p\d*[02468]\/$/.test(i.url)), 'only pages with the phrase');
});

test('with few exact matches the literal query still runs, and the exact ones come first', async () => {
  const pf = fakePagefind();
  const out = await createEngine(pf, dict).search({ q: '股权激励', filters: {}, sort: 'relevance' });
  if (out.mode !== 'query') throw new Error(out.mode);
  assert.deepEqual(pf.calls.slice(0, 2), ['"股权激励"', '股权激励']);
  assert.deepEqual(new Set(out.items.map((i) => i.url)), new Set(['/practices/b/', '/plans/d/']));
});

test('a question keeps its pages although a word of it is nowhere', async () => {
  const e = createEngine(fakePagefind(), dict);
  const out = await e.search({ q: '怎么提高技术工人的收入', filters: {}, sort: 'relevance' });
  assert.equal(out.mode, 'query');
  if (out.mode !== 'query') return;
  assert.ok(out.items.length >= 2);
  assert.equal(out.loosened, true);
});

test('an alias finds the pages tagged with its group, also by filter', async () => {
  const pf = fakePagefind();
  const e = createEngine(pf, dict);
  const out = await e.search({ q: '产业工人', filters: {}, sort: 'relevance' });
  if (out.mode !== 'query') throw new Error(out.mode);
  assert.deepEqual(new Set(out.items.map((i) => i.url)), new Set(['/practices/b/', '/practices/c/', '/plans/d/']));
  assert.ok(pf.calls.includes('技术工人'), 'the canonical name is searched');
  assert.ok(pf.calls.includes(null), 'pages tagged 技术工人 are fetched by filter');
});

test('filters narrow the list; facet counts ignore their own facet', async () => {
  const e = createEngine(fakePagefind(), dict);
  const out = await e.search({ q: '技术工人', filters: { region: ['玉环市'] }, sort: 'relevance' });
  if (out.mode !== 'query') throw new Error(out.mode);
  assert.deepEqual(out.items.map((i) => i.url), ['/practices/b/']);
  assert.deepEqual(out.facets.region, { 玉环市: 1, 黄岩区: 1, 台州市: 1 });
  assert.deepEqual(out.facets.measure, { 股权激励: 1 });
});

test('an empty query with a facet lists its pages newest first, undated pages last', async () => {
  const e = createEngine(fakePagefind(), dict);
  const out = await e.search({ q: '', filters: { group: ['技术工人'] }, sort: 'relevance' });
  if (out.mode !== 'browse') throw new Error(out.mode);
  assert.equal(out.total, 3);
  assert.deepEqual(out.items.map((i) => i.url), ['/practices/b/', '/practices/c/', '/plans/d/']);
  assert.deepEqual(out.facets.group, { 技术工人: 3, 困难群体: 2 });
});

test('nothing searchable, nothing typed, nothing found', async () => {
  const e = createEngine(fakePagefind(), dict);
  assert.equal((await e.search({ q: '<>', filters: {}, sort: 'relevance' })).mode, 'unsearchable');
  assert.equal((await e.search({ q: '', filters: {}, sort: 'relevance' })).mode, 'idle');
  const none = await e.search({ q: '火箭发射场', filters: {}, sort: 'relevance' });
  assert.equal(none.mode === 'query' && none.total, 0);
});

test('a facet browse is newest first by the fragment names, whatever order the shards come back in', async () => {
  // Merged shards come back by score, which for a facet browse says nothing about dates.
  for (const order of [(ps: FakePage[]) => [...ps].reverse(), (ps: FakePage[]) => [ps[2]!, ps[0]!, ...ps.slice(3), ps[1]!].filter(Boolean)]) {
    const e = createEngine(fakePagefind(PAGES, order), dict);
    const out = await e.search({ q: '', filters: { group: ['技术工人'] }, sort: 'relevance' });
    if (out.mode !== 'browse') throw new Error(out.mode);
    assert.deepEqual(out.items.map((i) => i.url), ['/practices/b/', '/practices/c/', '/plans/d/']);
    const all = await e.search({ q: '', filters: { kind: ['案例', '方案'] }, sort: 'relevance' });
    if (all.mode !== 'browse') throw new Error(all.mode);
    assert.deepEqual(all.items.map((i) => i.url), ['/practices/b/', '/practices/c/', '/practices/a/', '/plans/d/']);
  }
});

test('a query partly in traditional characters is read in simplified ones when a term is missing', async () => {
  const table = async () => ({ source: 'test', pairs: '幫帮權权勵励' });
  const e = createEngine(fakePagefind(), dict, table);
  const out = await e.search({ q: '技术工人 股權激勵', filters: {}, sort: 'relevance' });
  assert.equal(out.mode === 'query' && out.searchedAs, '技术工人 股权激励');
  assert.deepEqual(out.mode === 'query' && out.missing, []);
  assert.equal(out.mode === 'query' && out.items[0]!.url, '/practices/b/');
});

test('a query with a term no page has says which, and an empty result suggests only terms that find pages', async () => {
  const e = createEngine(fakePagefind(), dict, async () => ({ source: 'test', pairs: '' }));
  const some = await e.search({ q: '技术工人 火箭', filters: {}, sort: 'relevance' });
  assert.ok(some.mode === 'query' && some.total > 0);
  assert.deepEqual(some.mode === 'query' && some.missing, ['火箭']);
  const none = await e.search({ q: '火箭 卫星', filters: {}, sort: 'relevance' });
  assert.deepEqual(none.mode === 'query' && [none.total, none.suggestions], [0, []]);
});

test('the status names only words the reader typed, never pieces of the segmentation', async () => {
  const e = createEngine(fakePagefind(), dict, async () => ({ source: 'test', pairs: '' }));
  const state = (q: string) => ({ q, filters: {}, sort: 'relevance' as const });
  // 镇给 and 发贷款 are what is left between 哪个 and the dictionary word 技术工人: not words of the query.
  const pieces = await e.search(state('哪个镇给技术工人发贷款'));
  assert.deepEqual(pieces.mode === 'query' && [pieces.missing, pieces.unnamed], [[], 2]);
  assert.match(statusText(pieces, state('哪个镇给技术工人发贷款')), /^没有完全匹配的内容，以下结果只包含部分词语：找到\d+篇/);
  const both = await e.search(state('火箭 镇给技术工人'));
  assert.deepEqual(both.mode === 'query' && [both.missing, both.unnamed], [['火箭'], 1]);
  assert.match(statusText(both, state('火箭 镇给技术工人')), /^以下结果都不含“火箭”及查询中的另一些字词，按其余词语排列：/);
  const word = await e.search(state('技术工人 火箭'));
  assert.match(statusText(word, state('技术工人 火箭')), /^以下结果都不含“火箭”，按其余词语排列：/);
});

test('a query that finds nothing, one character away from a word of the site, searches that word when it finds pages', async () => {
  const corpus: FakePage[] = [
    ...PAGES,
    { url: '/practices/x/', title: '仙居县政校企联动', text: '探索“政校企”联动育才新模式。', filters: { kind: ['案例'], region: ['仙居县'] } },
  ];
  let loads = 0;
  const names = async () => {
    loads++;
    return ['政校企', '政企通'];
  };
  const e = createEngine(fakePagefind(corpus), dict, async () => ({ source: 'test', pairs: '' }), names);
  const state = (q: string) => ({ q, filters: {}, sort: 'relevance' as const });
  // The corrected query's pages are shown, and the outcome says it was corrected (the status names both).
  const typo = await e.search(state('政效企'));
  assert.deepEqual(typo.mode === 'query' && [typo.items.map((i) => i.url), typo.searchedAs, typo.corrected], [['/practices/x/'], '政校企', true]);
  assert.equal(statusText(typo, state('政效企')), '没有找到“政效企”，已按“政校企”搜索。找到1篇与“政校企”相关的内容。');
  // A word of the dictionary too (玉环 is a region's short name).
  const place = await e.search(state('玉还'));
  assert.deepEqual(place.mode === 'query' && [place.total > 0, place.searchedAs, place.corrected], [true, '玉环', true]);
  // Only a word that finds pages: 政企通 finds none.
  const none = await e.search(state('政企道'));
  assert.deepEqual(none.mode === 'query' && [none.total, none.correction], [0, undefined]);
  // 黄山 is a word of its own, which this site does not have: not corrected to 黄岩, one character away.
  const real = await e.search(state('黄山'));
  assert.deepEqual(real.mode === 'query' && [real.total, real.correction], [0, undefined]);
  assert.equal(loads, 1, 'the names are fetched once');
  const found = await e.search(state('政校企'));
  assert.equal(found.mode === 'query' && found.correction, undefined, 'nothing to correct when pages are found');
});

test('the traditional → simplified table never converts a standard simplified character (么 stays 么)', () => {
  const keep = gb2312Hanzi();
  assert.ok(keep.has('么') && keep.has('著') && keep.has('温') && !keep.has('溫'));
  assert.ok(keep.size > 6700 && keep.size < 6800);
  const map = t2sMap(buildT2s('么 幺|著 着|溫 温', [], keep));
  assert.equal(toSimplified('怎么 显著 溫', map), '怎么 显著 温');
});

test('a figure typed rounded beside a word that is found: the page that prints it with decimals comes first, told so', async () => {
  const out = await createEngine(fakePagefind(), dict).search({ q: '技术工人 2569万元', filters: {}, sort: 'relevance' });
  if (out.mode !== 'query') throw new Error(out.mode);
  assert.deepEqual(out.rounded, ['2568.85万元']);
  assert.equal(out.items[0]!.url, '/practices/b/');
  assert.ok(out.items[0]!.excerpt.some((s) => s.mark && s.text.replace(/\s/g, '') === '2568.85万元'));
  assert.equal(out.complete, 1, 'one page of those listed has both');
  assert.match(statusText(out, { q: '技术工人2569万元', filters: {}, sort: 'relevance' }), /^没有与查询完全相同的数字，以下结果含有“2568\.85万元”：找到\d篇.*其中1篇包含全部词语。$/);
});

test('a part typed whole whose wrong character makes words of its own (共富工房: 共富 工房) is offered the name of the texts', async () => {
  const corpus: FakePage[] = [
    ...PAGES,
    { url: '/plans/w/', title: '台州市方案', text: '建设一批“共富工坊”，推动共同富裕。', filters: { kind: ['方案'], region: ['台州市'] } },
    { url: '/practices/v/', title: '温岭市共同富裕', text: '扎实推进共同富裕。', filters: { kind: ['案例'] } },
  ];
  const withSynonyms = buildDictionary({
    regions: [{ name: '台州市', aliases: ['台州'] }],
    groups: [],
    measures: [],
    synonyms: [{ name: '共同富裕', aliases: ['共富'] }],
  });
  const e = createEngine(fakePagefind(corpus), withSynonyms, async () => ({ source: 'test', pairs: '' }), async () => ['共富工坊']);
  const out = await e.search({ q: '共富工房', filters: {}, sort: 'relevance' });
  if (out.mode !== 'query') throw new Error(out.mode);
  assert.ok(out.total > 0, 'pages with 共富 are listed');
  assert.deepEqual(out.missing, ['工房']);
  assert.equal(await out.offer?.(), '共富工坊');
  // A part that is a word of the texts is left alone: 共富工坊 typed right offers nothing.
  const right = await e.search({ q: '共富工坊', filters: {}, sort: 'relevance' });
  assert.equal(right.mode === 'query' && right.offer, undefined);
});

test('a query that finds only pieces of its words, one character from a word of the site, searches that word', async () => {
  const corpus: FakePage[] = [
    { url: '/practices/a/', title: '玉环市技能变资金', text: '技术工人股权激励。', filters: { kind: ['案例'], group: ['技术工人'] } },
    { url: '/practices/b/', title: '椒江区人才', text: '技术革新，公共服务，人才公寓。', filters: { kind: ['案例'] } },
  ];
  const pf = fakePagefind(corpus);
  const e = createEngine(pf, dict, async () => ({ source: 'test', pairs: '' }), async () => []);
  const state = (q: string) => ({ q, filters: {}, sort: 'relevance' as const });
  const out = await e.search(state('技术公人'));
  // How many pages print the name offered is asked once, whether it finds pages and whether the reader meant another
  // word (meantAsTyped): then the corrected query is searched, its phrase first. Three searches of it before.
  assert.equal(pf.calls.filter((c) => c === '"技术工人"').length, 2, 'the name searched once to weigh it, once as the query');
  if (out.mode !== 'query') throw new Error(out.mode);
  assert.deepEqual([out.searchedAs, out.corrected, out.items[0]?.url], ['技术工人', true, '/practices/a/']);
  assert.match(statusText(out, state('技术公人')), /^没有找到“技术公人”，已按“技术工人”搜索。/);
  // Nothing one character away: the pages with the pieces stay, as they were.
  const none = await e.search(state('技术公司'));
  assert.equal(none.mode === 'query' && none.corrected, undefined);
});
