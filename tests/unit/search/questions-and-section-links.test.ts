// Question words (是, 哪个县, 哪个市), readers' names for what the texts print, years ending a span, links to the site's
// sections, 全部词语 only where every word is found, spoken figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { squash } from '../../../src/lib/search/normalize.ts';
import { buildDictionary, createLexicon } from '../../../src/lib/search/dictionary.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { MAX_SECTION_LINKS, sectionLinks } from '../../../src/lib/search/sections.ts';
import { completeness, prepareDoc, rank } from '../../../src/lib/search/rank.ts';
import { doc, ranked, real } from '../../support/search-docs.ts';
import { digitForm, numberParts } from '../../../src/lib/search/figures.ts';

const terms = (q: string) => parseQuery(q, real).terms.map((t) => t.text);

test('是 and 哪个县 as a question puts them are no words to find: the place or the group beside them keeps its meaning', () => {
  // 玉环是 and 是通过 were searched as words, found nowhere, and 县是通过 was “corrected” to 都是通过.
  assert.deepEqual(terms('玉环是怎么做的'), ['玉环']);
  assert.equal(parseQuery('玉环是怎么做的', real).terms[0]!.entry?.facet, 'region');
  assert.deepEqual(terms('谁是技术工人'), ['技术工人']);
  const long = terms('有没有哪个县是通过职业学校和企业联合办学来培养技术工人的');
  assert.ok(!long.some((t) => t.includes('县') || t.includes('是')), long.join(' '));
  assert.ok(long.includes('职业学校') && long.includes('技术工人'), long.join(' '));
  assert.deepEqual(terms('哪些区县给技术工人发补贴').filter((t) => t.includes('县')), []);
});

test('what readers call a 职业中专 (职高, 职业高中) and the cost of seeing a doctor (看病贵) find what the texts print', () => {
  const ds = [
    doc('xianju', '仙居县“政校企”联动育才', '该县职业中专已与 45家企业开展联合办学。'),
    doc('plan', '某市行动方案', '推进普通高中与职业教育融通。'),
  ];
  assert.equal(ranked('职高', ds)[0], 'xianju');
  assert.equal(ranked('职业高中', ds)[0], 'xianju');
  const plans = [doc('plan', '某县行动方案', '22.减轻群众就医负担。实施县域医疗补短板工程。', { kind: ['方案'] }), doc('other', '某县人才', '人才公寓建设。')];
  assert.equal(ranked('看病贵', plans)[0], 'plan');
});

test('a year at the end of a span (2021—2023年, 2020-2035) is found whole: the dash is no part of a longer number', () => {
  // 台州's plan prints 《…三年行动计划（2021—2023年）》 and 《…布局专项规划（2020-2035）》: 2023 and 2035 found nothing,
  // since without its dash the text read 20212023 and 20202035. The index holds each year as a word.
  assert.equal(squash('计划 （ 2021 — 2023 年 ） 》', true).text, '计划2021|2023年');
  assert.equal(squash('规划 （ 2020-2035 ）', true).text, '规划2020|2035');
  const plan = [doc('plan', '某市行动方案', '推进《随迁子女义务教育工作提升三年行动计划（2021—2023年）》。实施《布局专项规划（2020-2035）》。', { kind: ['方案'] })];
  for (const q of ['2023', '2023年', '2035', '2021—2023年', '2020-2035']) assert.deepEqual(ranked(q, plan), ['plan'], q);
  // Names joined by a dash (温岭-景宁) are still found as typed together.
  assert.equal(squash('温岭-景宁 山海', true).text, '温岭景宁山海');
});

test('a query naming a region, group or measure, or a section of the site, is offered its page (the index holds none of them)', () => {
  const dict = buildDictionary({
    regions: [{ id: 'yuhuan', name: '玉环市', aliases: ['玉环'] }],
    groups: [{ id: 'technical-workers', name: '技术工人', aliases: ['产业工人'] }],
    measures: [{ id: 'equity-incentive', name: '股权激励' }],
  });
  const lex = createLexicon(dict);
  const links = (q: string) => sectionLinks(parseQuery(q, lex), q, dict);
  assert.deepEqual(links('玉环 产业工人 股权激励'), [
    { label: '地区：玉环市', page: 'regions/yuhuan/' },
    { label: '目标群体：技术工人', page: 'groups/technical-workers/' },
    { label: '举措类型：股权激励', page: 'measures/equity-incentive/' },
  ]);
  assert.deepEqual(links('数据对比'), [{ label: '数据对比', page: 'metrics/' }]);
  assert.deepEqual(links('各地指标对比 下载'), [{ label: '数据对比', page: 'metrics/' }]);
  assert.deepEqual(links('怎么增收'), []);
  // A long question naming more things than that is served by its results: only the first few are offered.
  const many = ['玉环', '温岭', '天台', '仙居', '三门', '黄岩'];
  const regions = many.map((name, i) => ({ id: `r${i}`, name: `${name}市`, aliases: [name] }));
  const wide = buildDictionary({ regions, groups: [], measures: [] });
  const wideLinks = sectionLinks(parseQuery(many.join(' '), createLexicon(wide)), many.join(' '), wide);
  assert.equal(MAX_SECTION_LINKS < many.length, true);
  assert.deepEqual(wideLinks.map((l) => l.page), many.slice(0, MAX_SECTION_LINKS).map((_, i) => `regions/r${i}/`));
});

test('pages with every term but not every character typed are not said to have 全部词语: the words are named', () => {
  // 职业培训券: 券 is a lone character the terms leave out; 12 pages have 职业 and 培训, one has 职业培训券.
  const plan = parseQuery('职业培训券', real);
  assert.equal(plan.partial, true);
  assert.equal(parseQuery('石雕产业中心', real).partial, undefined);
  const ds = [
    doc('a', '甲', '试点台州职业培训券工作。'),
    doc('b', '乙', '开展职业技能培训。'),
    doc('c', '丙', '培训农民。'),
  ];
  const shown = rank(ds.map((d) => prepareDoc(d, real)), plan);
  assert.deepEqual(completeness(shown, plan), { complete: 2, words: ['职业', '培训'] });
});

test('哪个市 and 哪些区 are the question only where they end a word: 哪个市场主体, 哪些区域 and 哪个县城 keep their words', () => {
  assert.deepEqual(terms('哪个市场主体最多'), ['市场主体']);
  assert.deepEqual(terms('哪些区域'), ['区域']);
  assert.deepEqual(terms('哪个县城'), ['县城']);
  assert.deepEqual(terms('哪个县是通过股权激励的'), ['通过', '股权激励']);
});

test('a spoken figure with 平方米, 公里, 套 or 笔 is a figure, in digits as the texts print it', () => {
  assert.deepEqual(numberParts('孵化面积十万平方米'), [{ text: '孵化面积', number: false }, { text: '十万平方米', number: true }]);
  assert.equal(digitForm('十万平方米'), '10万平方米');
  assert.equal(digitForm('四百二十平方米'), '420平方米');
  assert.equal(digitForm('两套'), '2套');
  assert.equal(digitForm('五个帮'), undefined);
});
