import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { buildDictionary, createLexicon, facetValueLabel } from '../../../src/lib/search/dictionary.ts';
import { bigrams, cleanQuery, occurrences, squash, squashText, MAX_QUERY_LENGTH } from '../../../src/lib/search/normalize.ts';
import { chineseNumber } from '../../../src/lib/numbers.ts';
import { digitForm, numberForms, numberParts, widenRounded } from '../../../src/lib/search/figures.ts';
import { intlSegmenter, isOneWord, parseQuery, quotedPhrases, type Segmenter } from '../../../src/lib/search/query.ts';
import { collectNames, nearWords, quotedNames } from '../../../src/lib/search/suggest.ts';
import { countIn, prepareDoc, proseStart, rank, scoreDoc, type SearchDoc } from '../../../src/lib/search/rank.ts';
import { buildExcerpt, leadExcerpt } from '../../../src/lib/search/excerpt.ts';
import { buildT2s, t2sMap, toSimplified } from '../../../src/lib/search/t2s.ts';
import {
  countFacets,
  matchesFilters,
  pagefindFilters,
  parseState,
  serializeState,
  toggleFilter,
} from '../../../src/lib/search/state.ts';

const dict = buildDictionary({
  regions: [
    { name: '台州市', aliases: ['台州', '市本级'] },
    { name: '玉环市', aliases: ['玉环'] },
    { name: '黄岩区', aliases: ['黄岩'] },
  ],
  groups: [
    { name: '技术工人', aliases: ['产业工人', '高技能人才', '技工'] },
    { name: '新就业形态从业人员', aliases: ['新业态从业人员', '新业态', '快递小哥'] },
    { name: '低收入农户', aliases: ['低收入人群', '低收入群体'] },
    { name: '困难群体', aliases: ['困难群众'] },
  ],
  measures: [{ name: '股权激励' }, { name: '山海协作/飞地' }, { name: '技能培训' }],
});
const lex = createLexicon(dict);
/** A deterministic stand-in for Intl.Segmenter: splits on a few known words, else characters. */
const WORDS = ['共同', '富裕', '农村', '示范区', '职业', '技能', '提升', '行动', '收入', '帮扶', '增收', '评价', '困难', '学生', '助学金'];
const seg: Segmenter = (text) => {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const w = WORDS.find((x) => text.startsWith(x, i));
    out.push(w ?? text[i]!);
    i += w ? w.length : 1;
  }
  return out;
};

test('cleanQuery keeps what was typed, collapses spaces and drops invisible characters', () => {
  assert.equal(cleanQuery('２５６８．８５万元'), '２５６８．８５万元');
  assert.equal(cleanQuery('玉环，股权激励？'), '玉环，股权激励？', 'full-width punctuation stays as typed');
  assert.equal(cleanQuery('  玉环\u3000\u3000股权激励 \n'), '玉环 股权激励');
  assert.equal(cleanQuery('助\u200b共体'), '助共体');
  assert.equal(cleanQuery(null), '');
  assert.equal(Array.from(cleanQuery('技'.repeat(500))).length, MAX_QUERY_LENGTH);
  assert.equal(cleanQuery('😀'.repeat(100)).length, MAX_QUERY_LENGTH * 2, 'never cuts a surrogate pair');
});

test('squash keeps letters, digits, percent and decimal points, with a map back to the original', () => {
  assert.equal(squashText('玉环市“技能”变“资金” 探索'), '玉环市技能变资金探索');
  assert.equal(squashText('发放 2568.85万元。共 5%'), '发放2568.85万元共5%');
  assert.equal(squashText('ＡＢＣ 全角'), 'abc全角');
  assert.equal(squashText('<script>alert(1)</script>'), 'scriptalert1script');
  const s = '“术 工”人';
  const sq = squash(s);
  assert.equal(sq.text, '术工人');
  assert.deepEqual([sq.map[0], sq.map[1]], [1, 3]);
});

test('countIn does not count a number inside a longer number', () => {
  assert.equal(countIn('补助5000元和15000元', '5000元'), 1);
  assert.equal(countIn('共2025年和2025', '2025'), 2);
  assert.equal(countIn('12025年', '2025年'), 0);
  assert.equal(countIn('股权激励股权激励', '股权激励'), 2);
});

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

test('parseQuery drops filler words but keeps the terms and the literal query', () => {
  const p = parseQuery('怎么提高技术工人收入', lex, seg);
  assert.deepEqual(p.terms.map((t) => t.text), ['技术工人', '收入']);
  assert.deepEqual(p.phrases, ['怎么提高技术工人收入', '技术工人收入']);
  assert.ok(p.queries.primary.includes('技术工人 收入'));
  assert.ok(p.queries.primary.includes('怎么提高技术工人收入'));
  assert.deepEqual(p.queries.singles, ['技术工人', '收入']);

  const q = parseQuery('如何帮扶困难群众', lex, seg);
  assert.deepEqual(q.terms.map((t) => t.text), ['帮扶', '困难群众']);
  assert.deepEqual(q.terms[1]!.forms, ['困难群众', '困难群体']);

  const r = parseQuery('低收入农户怎么增收', lex, seg);
  assert.deepEqual(r.terms.map((t) => t.text), ['低收入农户', '增收']);
});

test('parseQuery expands aliases and short names to the canonical value', () => {
  const p = parseQuery('产业工人', lex, seg);
  assert.equal(p.terms.length, 1);
  assert.deepEqual(p.terms[0]!.forms, ['产业工人', '技术工人']);
  assert.ok(p.terms[0]!.related.includes('高技能人才'));
  assert.deepEqual(p.queries.primary, ['产业工人', '技术工人'], 'the canonical name is searched too');
  assert.deepEqual(p.queries.exact, ['"产业工人"']);
  assert.deepEqual(parseQuery('玉环', lex, seg).terms[0]!.forms, ['玉环', '玉环市']);
  assert.deepEqual(parseQuery('新业态', lex, seg).terms[0]!.forms, ['新业态', '新就业形态从业人员']);
});

test('parseQuery keeps short free text whole and segments long text', () => {
  assert.deepEqual(parseQuery('助共体', lex, seg).terms.map((t) => t.text), ['助共体']);
  assert.deepEqual(parseQuery('术工', lex, seg).terms.map((t) => t.text), ['术工']);
  assert.deepEqual(parseQuery('共同富裕示范区', lex, seg).terms.map((t) => t.text), ['共同', '富裕', '示范区']);
  assert.deepEqual(parseQuery('职业技能提升行动', lex, seg).phrases, ['职业技能提升行动']);
  assert.deepEqual(parseQuery('２５６８．８５万元', lex, seg).phrases, ['2568.85万元']);
  assert.deepEqual(parseQuery('占比 18.7%', lex, seg).phrases, ['占比', '18.7%']);
  assert.deepEqual(parseQuery('玉环  股权激励', lex, seg).terms.map((t) => t.text), ['玉环', '股权激励']);
  assert.deepEqual(parseQuery('术工', lex, seg).queries.loose, ['术', '工'], 'the last resort tries the pieces');
});

test('parseQuery survives bad input without terms', () => {
  for (const bad of ['', '   ', '<>"\'&', '.*+?^${}()|[]\\', '😀😀', '\u0000\u200b']) {
    const p = parseQuery(bad, lex, seg);
    assert.equal(p.terms.length, 0, JSON.stringify(bad));
    assert.deepEqual(Object.values(p.queries).flat(), []);
  }
  const s = parseQuery('<script>alert(1)</script>', lex, seg);
  assert.ok(s.terms.every((t) => /^[a-z0-9]+$/.test(t.text)));
  const long = parseQuery('技术工人'.repeat(125), lex, seg);
  assert.ok(long.text.length <= MAX_QUERY_LENGTH);
});

const doc = (id: string, title: string, body: string, filters: SearchDoc['filters'] = {}): SearchDoc => ({
  id,
  url: `/practices/${id}/`,
  title,
  body: `${title}. ${body}`,
  filters,
  meta: {},
});
const docs = [
  doc('scattered', '某县推进社会救助', '帮助群众。共建共享。体制改革。'.repeat(3), { region: ['台州市'] }),
  doc('sanmen', '三门县聚焦“五个帮”', '以“助共体”改革为突破口，升级“助共体”服务平台。', { group: ['困难群体'] }),
  doc('plan', '台州市行动实施方案', '深化助共体改革。', { kind: ['方案'], region: ['台州市'] }),
];

test('a page with the exact phrase ranks above pages with only its pieces; piece-only pages are dropped', () => {
  const plan = parseQuery('助共体', lex, seg);
  const ranked = rank(docs.map((d) => prepareDoc(d, lex)), plan);
  assert.deepEqual(ranked.map((r) => r.doc.id), ['sanmen', 'plan']);
});

test('title beats metadata beats body', () => {
  const ds = [
    doc('body', '某地做法', '这里提到了玉环的经验。'),
    doc('meta', '某地做法', '没有提到。', { region: ['玉环市'] }),
    doc('title', '玉环市的做法', '没有提到。', { region: ['玉环市'] }),
  ];
  const ranked = rank(ds.map((d) => prepareDoc(d, lex)), parseQuery('玉环', lex, seg));
  assert.deepEqual(ranked.map((r) => r.doc.id), ['title', 'meta', 'body']);
});

test('an alias finds the pages of its group, and a filler-word question still ranks its pages', () => {
  const ds = [
    doc('farm', '农户增收', '低收入农户持续增收。', { group: ['低收入农户'] }),
    doc('tw', '技术工人提薪', '技术工人收入提高。', { group: ['技术工人'] }),
    doc('other', '乡村教育', '学校建设。'),
  ];
  const prepared = ds.map((d) => prepareDoc(d, lex));
  assert.equal(rank(prepared, parseQuery('产业工人', lex, seg))[0]!.doc.id, 'tw');
  assert.equal(rank(prepared, parseQuery('怎么提高技术工人收入', lex, seg))[0]!.doc.id, 'tw');
  assert.equal(rank(prepared, parseQuery('低收入人群怎么增收', lex, seg))[0]!.doc.id, 'farm');
  assert.deepEqual(rank(prepared, parseQuery('火箭发射场', lex, seg)), [], 'single shared characters list nothing');
  const typo = rank([...prepared, prepareDoc(doc('eq', '股权激励', '实施股权激励。'), lex)], parseQuery('股全激励', lex, seg));
  assert.deepEqual(typo.map((r) => [r.doc.id, r.evidence]), [['eq', 'pieces']], 'with no exact match, two-character pieces count');
});

test('scoreDoc lists what to highlight, most specific first', () => {
  const s = scoreDoc(prepareDoc(docs[1]!, lex), parseQuery('助共体 改革', lex, seg));
  assert.deepEqual(s.highlight, ['助共体', '改革']);
});

test('buildExcerpt marks matches from the given start, and leadExcerpt opens the prose', () => {
  const content = '玉环市股权激励. 近年来，玉环市积极探索实施股权激励、绩效考核等机制，实现“技能”变“资金”。';
  const from = squashText('玉环市股权激励').length;
  const segs = buildExcerpt(content, from, ['股权激励', '玉环'], 30)!;
  assert.ok(segs.some((s) => s.mark && s.text === '股权激励'));
  assert.ok(!segs.map((s) => s.text).join('').startsWith('玉环市股权激励.'), 'the title is not repeated');
  const spaced = buildExcerpt('标题. 共发放资金 2568.85 万元。', 2, ['2568.85万元'], 40)!;
  assert.deepEqual(spaced.filter((s) => s.mark).map((s) => s.text), ['2568.85 万元']);
  assert.equal(buildExcerpt(content, from, ['飞柜']), undefined);
  assert.ok(leadExcerpt(content, from, 10)[0]!.text.startsWith('近年来'));
  const evil = buildExcerpt('标题. 文中有 <script>alert(1)</script> 字样', 2, ['script'], 60)!;
  assert.ok(evil.every((s) => typeof s.text === 'string'), 'markup in a page stays text');
});

test('numbers match whole: no piece of a number, and not inside a longer one', () => {
  assert.deepEqual(occurrences('共1.54亿元和1.5万人', '1.5'), [8]);
  assert.deepEqual(occurrences('153906元，3.92万', '39'), []);
  assert.deepEqual(occurrences('2025年和12025年', '2025年'), [0]);
  assert.deepEqual(bigrams('工坊39200元'), ['工坊']);
  assert.deepEqual(parseQuery('39200', lex, seg).queries.loose, ['39199'], 'a number has no loose pieces; the number below starts the ones that round to it');
  const segs = buildExcerpt('标题. 从失业保险基金中提取 1.54 亿元，另有 1.5 亿元用于补贴。', 2, ['1.5'], 60)!;
  assert.deepEqual(segs.filter((x) => x.mark).map((x) => x.text), ['1.5']);
});

test('a whole number of three digits or more also finds the number with the decimals a text prints, same unit only', () => {
  const plan = parseQuery('2568万元', lex, seg);
  assert.deepEqual(plan.terms[0]!.rounded, { number: '2568', unit: '万元', decimals: true });
  assert.ok(plan.queries.loose.includes('2568'), 'the number is looked for as the start of a longer one');
  assert.equal(parseQuery('11家', lex, seg).terms[0]!.rounded?.decimals, false, 'two digits: too many numbers start so');
  assert.deepEqual(parseQuery('11家', lex, seg).queries.loose, [], 'nor is it looked for as the start of longer ones');
  assert.equal(parseQuery('2568.85万元', lex, seg).terms[0]!.rounded?.decimals, false, 'decimals typed: no others added');
  assert.deepEqual(parseQuery('2568万', lex, seg).terms.map((t) => [t.text, t.figure, t.rounded?.unit]), [['2568万', true, '万']]);

  const texts = ['共发放资金2568.85万元，另有12568.5万元、2568.5亿元和25689.1万元', '标题. 2568.10万元'];
  const widened = widenRounded(plan, texts);
  assert.deepEqual(widened.added, ['2568.10万元', '2568.85万元']);
  assert.deepEqual(widened.plan.terms[0]!.forms.slice(-2), ['2568.10万元', '2568.85万元']);
  assert.deepEqual(widenRounded(plan, ['2568万元整']).added, [], 'nothing with decimals: the plan as it was');
  // The number alone: not the start of a longer number (2568.851 is 2568.851, but 25688 is not 2568).
  assert.deepEqual(widenRounded(parseQuery('2568', lex, seg), ['25688人，2568.85万元']).added, ['2568.85']);
  const page = prepareDoc(doc('/p/', '技能', '共发放职业技能提升行动资金 2568.85万元。'), lex);
  assert.equal(scoreDoc(page, plan).evidence, 'none', 'as typed, 2568万元 is not 2568.85万元');
  assert.equal(scoreDoc(page, widened.plan).evidence, 'exact');
});

test('a figure also finds the text that prints it with 余 or 多, after the number or after 万, the unit typed only', () => {
  const texts = ['截止目前，全市共有 22.9余万人次考取职业资格证', '共开展职业技能认定 2.7万多人次，另有 22.95万人次、122.9余万人次'];
  assert.deepEqual(widenRounded(parseQuery('22.9万', lex, seg), texts).added, ['22.9余万']);
  assert.deepEqual(widenRounded(parseQuery('22.9万人次', lex, seg), texts).added, ['22.9余万人次']);
  assert.deepEqual(widenRounded(parseQuery('2.7万人次', lex, seg), texts).added, ['2.7万多人次']);
  assert.deepEqual(widenRounded(parseQuery('22.9万元', lex, seg), texts).added, [], 'another unit: not the same figure');
  assert.deepEqual(widenRounded(parseQuery('3400次', lex, seg), ['开展服务3400余次']).added, ['3400余次']);
  assert.ok(parseQuery('22.9万', lex, seg).queries.loose.includes('22.9'), 'the number is looked up alone, where the qualifier splits it from its unit');
  const widened = widenRounded(parseQuery('22.9万人次', lex, seg), texts);
  const page = prepareDoc(doc('/p/', '技能', texts[0]!), lex);
  assert.equal(scoreDoc(page, widened.plan).evidence, 'exact');
});

test('a figure typed in 万 finds it printed in full digits, and the other way round', () => {
  const texts = ['累计帮扶技术工人 60000 余人次，另有 160000人次', '共 6万多人次参加'];
  assert.deepEqual(widenRounded(parseQuery('6万人次', lex, seg), texts).added, ['60000 余人次', '6万多人次']);
  assert.deepEqual(widenRounded(parseQuery('60000人次', lex, seg), texts).added, ['60000 余人次', '6万多人次']);
});

test('a figure typed rounded finds the figure printed with more decimals: rounded, and a whole number also cut', () => {
  const texts = ['累计培训 2.58万人次，另有 2.54万人次、2.65万人次、2.6万元，资金 2568.85万元'];
  assert.deepEqual(widenRounded(parseQuery('2.6万人次', lex, seg), texts).added, ['2.58万人次']);
  assert.deepEqual(widenRounded(parseQuery('2569万元', lex, seg), texts).added, ['2568.85万元'], 'rounded');
  assert.deepEqual(widenRounded(parseQuery('2568万元', lex, seg), texts).added, ['2568.85万元'], 'cut');
  assert.deepEqual(widenRounded(parseQuery('2570万元', lex, seg), texts).added, []);
  assert.deepEqual(widenRounded(parseQuery('3万人次', lex, seg), texts).added, [], 'a whole number under three digits is not widened');
  assert.deepEqual(parseQuery('2.6万人次', lex, seg).queries.loose, ['2.6', '2.5']);
  assert.deepEqual(widenRounded(parseQuery('1.6万人次', lex, seg), ['培训 16059人次，另有 16600人次']).added, ['16059人次'], 'in another spelling too');
});

test('about a figure (多, 余): the numbers with its leading digits and as many digits, in Chinese numerals too', () => {
  assert.equal(digitForm('一万六千多人次'), '16000多人次');
  assert.equal(digitForm('两千五百六十八万'), '2568万', 'a longer numeral ending in 万 is a number without a unit');
  assert.equal(digitForm('千万'), undefined, '千万 is a word');
  const plan = parseQuery('一万六千多人次', lex, seg);
  assert.deepEqual(plan.terms.map((t) => t.rounded), [{ number: '16000', unit: '人次', decimals: true, approx: true }]);
  assert.ok(plan.queries.loose.includes('16'), 'its leading digits are looked for as the start of a number');
  const texts = ['培训 16059人次，另有 160590人次、17000人次、1.6万人次和 16059人'];
  assert.deepEqual(widenRounded(plan, texts).added, ['1.6万人次', '16059人次']);
});

test('a figure copied with thousands separators is one number; a list of numbers is not joined', () => {
  assert.deepEqual(parseQuery('4,503人', lex, seg).terms.map((t) => t.text), ['4503人']);
  assert.deepEqual(parseQuery('１２，５００元', lex, seg).terms.map((t) => t.text), ['12500元']);
  assert.deepEqual(parseQuery('2021,2022', lex, seg).terms.map((t) => t.text), ['2021', '2022']);
});

test('a document number is one term, searched in the index as its year and number, whatever its brackets', () => {
  for (const q of ['浙委办发〔2022〕5号', '浙委办发[2022]5号', '浙委办发（2022）5号', '浙委办发【2022】第5号']) {
    const plan = parseQuery(q, lex, seg);
    assert.deepEqual(plan.terms.map((t) => t.text), ['浙委办发', '20225号'], q);
    assert.deepEqual(plan.terms[1]!.docNumber, { year: '2022', number: '5' }, q);
    assert.ok(plan.queries.exact.includes('"2022 5号"'), q);
    assert.deepEqual(plan.queries.loose.filter((l) => /\d/.test(l)), [], 'no pieces of the number');
  }
  const page = prepareDoc(doc('/plan/', '方案', '根据《意见》（浙委办发〔2022〕5号）精神，2022年5月制定。'), lex);
  assert.equal(scoreDoc(page, parseQuery('浙委办发〔2022〕5号', lex, seg)).matched, 2);
  const other = prepareDoc(doc('/other/', '简报', '2022年，5个县（浙委办发〔2022〕25号）。'), lex);
  assert.equal(scoreDoc(other, parseQuery('〔2022〕5号', lex, seg)).evidence, 'none', '〔2022〕25号 is another document');
});

test('question words around the subject are dropped; a query of question words alone is still searched', () => {
  assert.deepEqual(parseQuery('谁给技术工人搞了股权激励，效果怎么样', lex, seg).terms.map((t) => t.text), ['技术工人', '股权激励']);
  // 在搞, 做过: how a question is spoken (哪些县在搞股权激励), not words a page prints with the subject.
  assert.deepEqual(parseQuery('哪些县在搞股权激励', lex, seg).terms.map((t) => t.text), ['股权激励']);
  assert.deepEqual(parseQuery('谁做过技能人才评价', lex, seg).terms.map((t) => t.text), parseQuery('技能人才评价', lex, seg).terms.map((t) => t.text));
  assert.deepEqual(parseQuery('怎么', lex, seg).terms.map((t) => t.text), ['怎么']);
  assert.deepEqual(parseQuery('<script>alert(1)</script>', lex, seg).terms.map((t) => t.text), ['script', 'alert'], 'the 1 of markup goes');
  assert.deepEqual(parseQuery("' OR 1=1 --", lex, seg).terms.map((t) => t.text), ['or']);
});

test('a region is found by its pinyin id', () => {
  const d = buildDictionary({ regions: [{ id: 'yuhuan', name: '玉环市', aliases: ['玉环'], parent: '台州市' }], groups: [], measures: [] });
  assert.deepEqual(d.facets.region, [{ name: '玉环市', aliases: ['玉环', 'yuhuan'], page: 'regions/yuhuan/' }]);
  assert.equal(createLexicon(d).get('yuhuan')?.value, '玉环市');
});

test('parseQuery folds full-width forms and drops 哪些地方 as a filler', () => {
  const p = parseQuery('２５６８．８５万元', lex, seg);
  assert.equal(p.text, '２５６８．８５万元', 'the query is shown as typed');
  assert.ok(p.phrases.includes('2568.85万元'));
  assert.deepEqual(parseQuery('哪些地方有人才公寓', lex, seg).terms.map((t) => t.text).includes('地方'), false);
});

test('a page with every term comes before a page with one, however strong', () => {
  const ds = [
    doc('one', '玉环市技能变资金', '玉环市的做法。', { region: ['玉环市'] }),
    doc('both', '温岭市山海协作', '与玉环合作，推进股权激励。', { region: ['温岭市'] }),
  ];
  const ranked = rank(ds.map((d) => prepareDoc(d, lex)), parseQuery('玉环 股权激励', lex, seg));
  assert.deepEqual(ranked.map((r) => [r.doc.id, r.covered]), [['both', 2], ['one', 1]]);
});

test('the words of a term apart are kept after the term, its pieces alone are not', () => {
  const ds = [
    doc('apart', '技能人才', '开展技能培训，完善星级评价。'),
    doc('term', '评价改革', '改进技能评价方式。'),
    doc('piece', '技能培训', '开展技能培训。'),
  ];
  const ranked = rank(ds.map((d) => prepareDoc(d, lex)), parseQuery('技能评价', lex, seg));
  assert.deepEqual(ranked.map((r) => [r.doc.id, r.evidence]), [['term', 'exact'], ['apart', 'words']]);
  const only = rank([prepareDoc(ds[0]!, lex), prepareDoc(ds[2]!, lex)], parseQuery('技能评价', lex, seg));
  assert.deepEqual(only.map((r) => [r.doc.id, r.evidence]), [['apart', 'words']], 'with no exact match, the words come first');
});

test('an excerpt shows the passage with most of the query, and the word as typed before its other names', () => {
  const filler = '。推进各项工作，'.repeat(12);
  const content = `标题. 对困难群众及时救助${filler}帮助困难学生108名，发放助学金。`;
  const plan = parseQuery('怎么给困难学生发助学金', lex, seg);
  const s = scoreDoc(prepareDoc(doc('x', '标题', content.slice(4)), lex), plan);
  const ex = buildExcerpt(content, 2, s.highlight, 40, undefined, s.focus)!;
  assert.ok(ex.map((x) => x.text).join('').includes('助学金'), ex.map((x) => x.text).join(''));
  const typed = `标题. 技术工人队伍壮大${filler}产业工人队伍建设。`;
  const p2 = parseQuery('产业工人', lex, seg);
  const s2 = scoreDoc(prepareDoc(doc('y', '标题', typed.slice(4)), lex), p2);
  const ex2 = buildExcerpt(typed, 2, s2.highlight, 30, undefined, s2.focus)!;
  assert.deepEqual(ex2.filter((x) => x.mark).map((x) => x.text), ['产业工人']);
});

test('an excerpt shows the joins of blocks after Chinese text as a separator, not a full stop', () => {
  const content = '标题. 二、形成就业帮扶机制. 一是全面提低，助力低收入农户增收。共有 2.5 万人. 另有 3 人';
  const segs = buildExcerpt(content, 2, ['低收入农户'], 60)!;
  const text = segs.map((x) => x.text).join('');
  assert.ok(text.includes('机制 · 一是'), text);
  assert.ok(text.includes('2.5 万人 · 另有'), text);
  const marked = buildExcerpt('标题. 帮扶机制. 一是', 2, ['帮扶机制'], 30)!;
  assert.deepEqual(marked.map((x) => x.text), ['帮扶机制', ' · 一是']);
});

test('a search synonym finds its other names as fully as itself, and is not a facet', () => {
  const d = buildDictionary({ regions: [], groups: [], measures: [], synonyms: [{ name: '电子商务', aliases: ['电商'] }] });
  const l = createLexicon(d);
  const p = parseQuery('农村电商', l, seg);
  assert.deepEqual(p.terms.map((t) => [t.text, t.forms, t.entry?.facet]), [['农村', ['农村'], undefined], ['电商', ['电商', '电子商务'], undefined]]);
  assert.deepEqual(parseQuery('电子商务', l, seg).terms[0]!.forms, ['电子商务', '电商']);
  const ds = [doc('full', '温岭市就业', '建设农村电子商务创业园。'), doc('none', '其他', '农村道路。')];
  assert.deepEqual(rank(ds.map((x) => prepareDoc(x, l)), p).map((r) => [r.doc.id, r.covered]), [['full', 2], ['none', 1]]);
});

test('traditional characters are read as simplified ones, from OpenCC’s tables', () => {
  const table = buildT2s('溫 温|嶺 岭|乾 干 乾|術 术|簡體 简体', ['裡 裏']);
  assert.equal(table.pairs.includes('簡'), false, 'only single characters');
  const map = t2sMap(buildT2s('溫 温|嶺 岭|乾 干 乾|術 术|裏 里', ['裡 裏']));
  assert.equal(toSimplified('溫嶺 技術工人', map), '温岭 技术工人');
  assert.equal(toSimplified('乾', map), '干', 'the first simplified form');
  assert.equal(toSimplified('裡', map), '里', 'a regional variant through its standard form');
  assert.equal(toSimplified('玉环 2025', map), '玉环 2025');
});

test('a number is also searched as the texts write it with 万 and 亿, and back', () => {
  assert.deepEqual(numberForms('39200'), ['3.92万']);
  assert.deepEqual(numberForms('150000000'), ['15000万', '1.5亿']);
  assert.deepEqual(numberForms('1.5万'), ['15000']);
  assert.deepEqual(numberForms('4503'), [], 'below 10000 there is no 万 form');
  assert.deepEqual(numberForms('12345'), ['1.2345万']);
  assert.deepEqual(numberForms('12345.6'), [], 'five decimals: not how a text writes it');
  assert.deepEqual(numberForms('技能'), []);
  const p = parseQuery('39200', lex, seg);
  assert.deepEqual(p.terms[0]!.forms, ['39200', '3.92万']);
  const ds = [doc('wan', '台州', '新增高技能人才 3.92 万人。'), doc('other', '某地', '共 139200 人，13.92万元。')];
  assert.deepEqual(rank(ds.map((x) => prepareDoc(x, lex)), p).map((r) => r.doc.id), ['wan']);
});

test('proseStart skips the title and a practice page’s metadata panel with its 来源 line', () => {
  const content =
    '玉环市“技能”变“资金”. 地区玉环市. 目标群体 技术工人. 举措类型 股权激励. 技能培训. ' +
    '来源《台州共富工作简报》（期号未注明），2022年1月25日，台州市办公室. 近年来，玉环市高度重视技术工人“扩中”工作';
  const sq = squash(content);
  const at = proseStart(content, sq, squashText('玉环市“技能”变“资金”'), ['玉环市', '技术工人', '股权激励', '技能培训']);
  assert.ok(sq.text.slice(at).startsWith('近年来'));
  const plain = squash('标题. 正文');
  assert.equal(proseStart('标题. 正文', plain, '标题', []), 2);
});

test('a page tagged 进城农民工 does not count 农民工 in its panel as prose', () => {
  const tagged = doc('tagged', '某地人才工作', '引进人才。', { group: ['低收入农户'] });
  tagged.body = '某地人才工作. 地区玉环市. 目标群体 低收入农户. 来源《简报》，办公室. 引进人才。';
  const prose = doc('prose', '某地就业工作', '帮助低收入农户就业。');
  const ranked = rank([prepareDoc(tagged, lex), prepareDoc(prose, lex)], parseQuery('低收入农户', lex, seg));
  const t = ranked.find((r) => r.doc.id === 'tagged')!;
  assert.equal(t.page.prose, squash('引进人才。', true).text);
});

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

test('a term is not found across a comma or a block join, but is across quotes', () => {
  assert.equal(squash('以上，学前教育。“扩中”“提低”', true).text, '以上|学前教育|扩中提低');
  const across = doc('across', '某方案', '入园率达到98%以上，学前教育普及。员工，人均收入提高。');
  const real = doc('real', '随迁子女', '保障随迁子女上学，新建学校两所。');
  const ranked = rank([prepareDoc(across, lex), prepareDoc(real, lex)], parseQuery('上学', lex, seg));
  assert.deepEqual(ranked.map((r) => r.doc.id), ['real']);
  const quoted = rank([prepareDoc(doc('q', '某地', '推进“扩中”“提低”行动。'), lex)], parseQuery('扩中提低', lex, seg));
  assert.equal(quoted[0]?.evidence, 'exact');
  const segs = buildExcerpt('标题. 员工，人均收入提高，工人增收。', 2, ['工人'], 40)!;
  assert.deepEqual(segs.filter((x) => x.mark).map((x) => x.text), ['工人']);
});

test('figures in a query stay whole, in digits too: 一亿元 → 1亿元, 百分之九十八 → 98%, 第三期 → 第3期, 1.3万元 ↔ 13000元', () => {
  assert.equal(chineseNumber('九十八'), 98);
  assert.equal(chineseNumber('十二万三千'), 123000);
  assert.equal(chineseNumber('一千零五'), 1005);
  assert.equal(chineseNumber('二〇二五'), 2025);
  assert.equal(digitForm('一是'), undefined, 'a numeral that counts nothing stays');
  assert.equal(digitForm('五个帮'), undefined);
  assert.equal(digitForm('十四五'), undefined);
  const terms = (q: string) => parseQuery(q, lex, seg).terms.map((t) => [t.text, t.forms]);
  assert.deepEqual(terms('一亿元信贷资金')[0], ['一亿元', ['一亿元', '1亿元', '100000000元', '10000万元']]);
  assert.deepEqual(terms('百分之九十八'), [['百分之九十八', ['百分之九十八', '98%']]]);
  assert.deepEqual(terms('第三期').at(-1), ['第三期', ['第三期', '第3期']]);
  assert.deepEqual(terms('1.3万元'), [['1.3万元', ['1.3万元', '13000元']]]);
  // A figure has no pieces; its number is looked up alone (the last resort, when nothing has the figure), for a text
  // that prints 1.3余万元, and widenRounded then wants the unit; so is the number below it, for 1.26万元.
  assert.deepEqual(parseQuery('1.3万元', lex, seg).queries.loose, ['1.3', '1.2']);
  const ds = [doc('qt', '青田', '低保标准提高到 13000 元/年。'), doc('other', '某地', '补助 1.3 万人。')];
  assert.deepEqual(rank(ds.map((x) => prepareDoc(x, lex)), parseQuery('1.3万元', lex, seg)).map((r) => r.doc.id), ['qt']);
});

test('Chinese decimals are read as figures: 四点六亿元 → 4.6亿元, 三点五亿股 → 3.5亿股, 百分之四点五 → 4.5%', () => {
  assert.equal(chineseNumber('四点六'), 4.6);
  assert.equal(chineseNumber('零点二五'), 0.25);
  assert.equal(chineseNumber('十二点五'), 12.5);
  assert.equal(chineseNumber('三点五亿'), 350000000);
  assert.equal(chineseNumber('点五'), undefined);
  assert.equal(chineseNumber('四点'), undefined);
  assert.equal(chineseNumber('四点十'), undefined, 'decimals are digits one by one');
  assert.equal(digitForm('四点六亿元'), '4.6亿元');
  assert.equal(digitForm('三点五亿股'), '3.5亿股');
  assert.equal(digitForm('百分之四点五'), '4.5%');
  assert.equal(digitForm('重点人群'), undefined, '点 of a word is no decimal point');
  assert.equal(digitForm('三点一线'), undefined, 'a numeral that counts nothing stays');
  const terms = (q: string) => parseQuery(q, lex, seg).terms.map((t) => [t.text, t.forms]);
  assert.deepEqual(terms('四点六亿元'), [['四点六亿元', ['四点六亿元', '4.6亿元', '460000000元', '46000万元']]]);
  assert.deepEqual(terms('三点五亿股')[0]![1], ['三点五亿股', '3.5亿股', '350000000股', '35000万股']);
  assert.deepEqual(terms('3.5亿股'), [['3.5亿股', ['3.5亿股', '350000000股', '35000万股']]]);
  const ds = [doc('edu', '天台', '累计投入 4.6 亿元，迁建学校 4 所。'), doc('other', '某地', '投入 0.6 亿元，6 亿元。')];
  assert.deepEqual(rank(ds.map((x) => prepareDoc(x, lex)), parseQuery('四点六亿元', lex, seg)).map((r) => r.doc.id), ['edu']);
});

test('a lone character left between filler words is not a term when the query has a word', () => {
  assert.deepEqual(parseQuery('如何发现需要救助的人', lex, seg).terms.map((t) => t.text).includes('人'), false);
  assert.deepEqual(parseQuery('人', lex, seg).terms.map((t) => t.text), ['人'], 'a query of one character is searched');
  assert.ok(parseQuery('5 人才', lex, seg).terms.some((t) => t.text === '5'), 'a number stays');
  assert.equal(parseQuery('低收入农户增收有什么好办法', lex, seg).terms.some((t) => t.text.includes('办法')), false);
});

test('a question\'s wish and "should" (想搞, 想跟, 应该, 县里) are no words of the subject, nor glued to it', () => {
  const words = (q: string) => parseQuery(q, lex, intlSegmenter).terms.map((t) => t.text);
  // 县里想搞共富工坊应该怎么做: 县里想搞 and 工坊应该 were kept whole as four-character terms found nowhere.
  assert.deepEqual(words('县里想搞共富工坊应该怎么做'), words('共富工坊'));
  assert.deepEqual(words('我们是山区县，想跟发达地区结对，有什么经验'), ['山区县', '发达', '地区', '结对']);
  assert.deepEqual(words('应当怎样帮助低收入农户'), ['低收入农户']);
  // 想 in a word the texts print stays: 思想, 梦想, 想法.
  assert.deepEqual(words('指导思想'), ['指导思想']);
  assert.ok(words('技术工人梦想').join().includes('梦想'));
});

test('a responsible unit typed with its level (县农业农村局, 市总工会) counts as the plans print it (农业农村局, 总工会)', () => {
  const forms = (q: string) => parseQuery(q, lex, intlSegmenter).terms.map((t) => t.forms);
  assert.deepEqual(forms('县农业农村局'), [['县农业农村局', '农业农村局']]);
  assert.deepEqual(forms('市总工会'), [['市总工会', '总工会']]);
  assert.ok(parseQuery('市总工会', lex, intlSegmenter).queries.primary.includes('总工会'), 'Pagefind is asked for the name as printed');
  // Not a word that begins with the level's character (市场监管局, 县委组织部: the plans print them so).
  assert.equal(forms('市场监管局').flat().includes('场监管局'), false);
  assert.equal(forms('县委组织部').flat().includes('委组织部'), false);
  // Nor anything that is no unit's name.
  assert.equal(forms('县城学校').flat().includes('城学校'), false);
  const ds = [
    doc('plan', '青田县行动方案', '建立健全帮扶机制。（责任单位：民政局、农业农村局、妇联）'),
    doc('edu', '天台县乡村教育', '县农业科技园区建设，推动农村学校发展，县局统筹。'),
  ];
  assert.deepEqual(rank(ds.map((x) => prepareDoc(x, lex)), parseQuery('县农业农村局', lex, intlSegmenter)).map((r) => r.doc.id)[0], 'plan');
});

test('a word of Latin letters and digits (O2O, 5G, MP4) is one word, not a letter and a number found everywhere', () => {
  assert.deepEqual(numberParts('o2o'), [{ text: 'o2o', number: false }]);
  assert.deepEqual(numberParts('5g网络'), [{ text: '5g网络', number: false }]);
  assert.deepEqual(numberParts('4503人'), [{ text: '4503人', number: true }], 'a figure with its unit is still one');
  const terms = (q: string) => parseQuery(q, lex, intlSegmenter).terms.map((t) => t.text);
  assert.deepEqual(terms('O2O'), ['o2o']);
  assert.deepEqual(terms('5G'), ['5g']);
  assert.deepEqual(terms('玉环 5G'), ['玉环', '5g']);
  // A page that prints 2 and an o somewhere does not have O2O.
  const ds = [doc('p', '某地', '推进 2 个项目，open 平台。')];
  assert.deepEqual(rank(ds.map((x) => prepareDoc(x, lex)), parseQuery('O2O', lex, intlSegmenter)), []);
});

test('a word typed in pinyin or English has no two-letter pieces', () => {
  assert.deepEqual(parseQuery('gongjiangdai', lex, seg).queries.loose, []);
  assert.deepEqual(bigrams('gongjiang工匠'), ['工匠']);
});

test('for a term found only as its words apart, the excerpt shows the passage with both words', () => {
  const page = doc('p', '某地工作', '开展技能培训，覆盖各行业和各类企业的一线职工。另外，组织焊工等技能人员参加等级评价 300 人次。');
  const [r] = rank([prepareDoc(page, lex)], parseQuery('技能评价', lex, seg));
  assert.equal(r?.evidence, 'words');
  const segs = buildExcerpt(r!.doc.body, r!.page.proseFrom, r!.highlight, 24, r!.page.body, r!.focus)!;
  const marked = segs.filter((x) => x.mark).map((x) => x.text);
  assert.ok(marked.includes('技能') && marked.includes('评价'), JSON.stringify(segs));
});

test('an excerpt never starts or ends inside a figure, nor inside a highlighted word', () => {
  const body = '迁建学校 4 所，共投入 4.6 亿元，补贴 750-1000元，年平均工资 109601元，培训 10738人/次。';
  for (let pad = 0; pad < 40; pad++) {
    const content = `标题. ${'推进各项工作'.slice(0, pad % 6)}${'。'.repeat(pad)}${body}再次迁建学校。`;
    for (const length of [20, 24, 31]) {
      const segs = buildExcerpt(content, 2, ['迁建学校'], length)!;
      const text = segs.map((x) => x.text).join('');
      assert.doesNotMatch(text, /^…\s*[\d.,\-万亿元人次/]/u, `${pad}/${length}: ${text}`);
      assert.doesNotMatch(text, /[\d.\-]…$/u, `${pad}/${length}: ${text}`);
      for (const figure of ['4.6 亿元', '750-1000元', '109601元', '10738人/次']) {
        const head = figure.slice(0, 2);
        const tail = figure.slice(-2);
        if (text.includes(tail) && text.indexOf(tail) < 3) assert.ok(text.includes(figure), `${pad}/${length}: ${text}`);
        if (text.includes(head) && text.lastIndexOf(head) > text.length - 4) assert.ok(text.includes(figure), `${pad}/${length}: ${text}`);
      }
    }
  }
  // A highlighted word is never cut at an edge: 技能 shows whole or not at all.
  for (let pad = 0; pad < 30; pad++) {
    const content = `标题. ${'工'.repeat(pad)}股权激励改革，技能人才${'业'.repeat(30)}技能提升。`;
    const segs = buildExcerpt(content, 2, ['股权激励', '技能'], 20)!;
    for (const s of segs.filter((x) => x.mark)) assert.ok(['股权激励', '技能'].includes(s.text), `${pad}: ${JSON.stringify(segs)}`);
  }
  const lead = leadExcerpt('标题. 共引育高校毕业生 7155名，兑现补贴', 2, 14);
  assert.equal(lead.map((x) => x.text).join(''), '共引育高校毕业生 7155名…');
});

test('for a place and a topic, the excerpt shows the topic, not the opening that names the place', () => {
  const filler = '。推进各项工作，'.repeat(12);
  const page = doc('p', '玉环市“三带”促共富', `近年来，玉环市坚持工业立市${filler}引导乡贤回归，投资家乡建设。`, { region: ['玉环市'] });
  const [r] = rank([prepareDoc(page, lex)], parseQuery('玉环 乡贤', lex, seg));
  const segs = buildExcerpt(r!.doc.body, r!.page.proseFrom, r!.highlight, 40, r!.page.body, r!.focus)!;
  assert.ok(segs.some((x) => x.mark && x.text === '乡贤'), JSON.stringify(segs));
  // A passage with both the place and the topic comes first.
  const other = doc('o', '温岭市山海协作', `帮助三门发展${filler}与玉环乡贤合作。玉环${filler}乡贤`, { region: ['黄岩区'] });
  const [o] = rank([prepareDoc(other, lex)], parseQuery('玉环 乡贤', lex, seg));
  const both = buildExcerpt(o!.doc.body, o!.page.proseFrom, o!.highlight, 30, o!.page.body, o!.focus)!;
  assert.equal(both.find((x) => x.mark)?.text, '玉环乡贤', JSON.stringify(both));
});

test('everyday words find what the texts say: 老师 教师, 穷村 薄弱村, 空房子 闲置农房, 贫困户 低收入农户, 孩子上学 子女教育', () => {
  const yaml = (name: string) => parseYaml(readFileSync(`content/taxonomy/${name}.yaml`, 'utf8'));
  const real = createLexicon(buildDictionary({ regions: yaml('regions'), groups: yaml('groups'), measures: yaml('measures'), synonyms: yaml('synonyms') }));
  const reads = (q: string) => parseQuery(q, real).terms.map((t) => [t.text, t.entry?.value]);
  assert.deepEqual(reads('老师'), [['老师', '教师']]);
  assert.deepEqual(reads('打工人'), [['打工人', '打工者']]);
  assert.deepEqual(reads('农村空房子出租'), [['农村', undefined], ['空房子', '闲置农房'], ['出租', undefined]]);
  assert.deepEqual(reads('贫困户'), [['贫困户', '低收入农户']]);
  assert.deepEqual(reads('穷人'), [['穷人', '困难群体']]);
  // 外地打工人孩子 is one name of 随迁子女 (the children of workers from elsewhere), longer than the group's 外地打工人.
  assert.deepEqual(reads('外地打工人孩子上学'), [['外地打工人孩子', '随迁子女'], ['上学', '子女教育']]);
  assert.deepEqual(reads('外地打工人子女'), [['外地打工人', '进城农民工'], ['子女', '子女']]);
  // 帮 before a dictionary word is a verb, not part of a longer word (as 金 is in 金蓝领).
  assert.deepEqual(reads('帮穷村增加收入'), [['穷村', '薄弱村'], ['增加收入', '增收']]);
  assert.deepEqual(reads('金蓝领'), [['金蓝领', undefined]]);
  // 和 between a dictionary word and a plain one links them (山区和海岛): 海岛 is the word, not 和海岛, found nowhere. A name
  // that begins with such a character stays whole (和盈模式: 盈模式 is no word).
  assert.deepEqual(reads('山区和海岛'), [['山区', '山区'], ['海岛', undefined]]);
  assert.deepEqual(reads('天台和盈模式'), [['天台', '天台县'], ['和盈模式', undefined]]);
  assert.ok(parseQuery('穷村', real).terms[0]!.forms.includes('消薄'));
  // Every synonym says something the texts say: one of its names is in the raw sources.
  const seeds = readdirSync('seeds').map((f) => squashText(readFileSync(`seeds/${f}`, 'utf8'))).join(' ');
  for (const s of yaml('synonyms') as { name: string; aliases: string[] }[]) {
    assert.ok([s.name, ...s.aliases].some((n) => seeds.includes(squashText(n))), `${s.name}: no name of it is in seeds/`);
  }
});

test('a term that is a piece of the segmentation, not a word the reader typed, is marked as such', () => {
  const words = ['杭州', '运会', '技师', '工资', '贷款', '股东', '打工', '留住'];
  const segWith: Segmenter = (text) => {
    const out: string[] = [];
    for (let i = 0; i < text.length; ) {
      const w = words.find((x) => text.startsWith(x, i)) ?? text[i]!;
      out.push(w);
      i += w.length;
    }
    return out;
  };
  const pieces = (q: string) => parseQuery(q, lex, segWith).terms.map((t) => [t.text, Boolean(t.fragment)]);
  assert.deepEqual(pieces('哪个镇给技工发贷款'), [['镇给', true], ['技工', false], ['发贷款', true]]);
  assert.deepEqual(pieces('杭州亚运会'), [['杭州', false], ['运会', true]], '亚 was left out: 运会 is not what was typed');
  assert.deepEqual(pieces('考了技师证工资能高多少').filter(([, f]) => !f).map(([t]) => t), ['技师']);
  assert.deepEqual(pieces('如何留住技工'), [['留住', false], ['技工', false]]);
  assert.deepEqual(pieces('技工 火箭'), [['技工', false], ['火箭', false]], 'a part typed on its own is a word');
  assert.deepEqual(pieces('4856人火箭发射'), [['4856人', false], ['火箭发射', true]]);
});

test('did you mean: quoted names of the texts, and the words one character away from a mistyped term', () => {
  assert.deepEqual(quotedNames('探索“政校企”联动，实现“技能”变“资金”，深化“金蓝领”行动，“AI工会·爱玉环”，“1+X”'), ['政校企', '技能', '资金', '金蓝领', 'ai工会爱玉环']);
  assert.deepEqual(collectNames(['“金蓝领”和“政校企”', '“政校企”', '“政校企”再提“政校企”']), ['政校企', '金蓝领']);
  assert.deepEqual(collectNames(['“甲乙”“丙丁”“戊己”'], 2), ['丙丁', '戊己']);
  assert.deepEqual(nearWords('政效企', ['政校企', '政企', '政校企业', '效企政']), ['政校企']);
  assert.deepEqual(nearWords('金兰领', ['金蓝领', '蓝领']), ['金蓝领']);
  assert.deepEqual(nearWords('玉还', ['玉环', '玉环市', '温岭']), ['玉环']);
  assert.deepEqual(nearWords('玉', ['王']), [], 'one character is no word to correct');
  assert.equal(isOneWord('温州'), true, 'a word of its own is not mistyped');
  assert.equal(isOneWord('玉还'), false);
});

test('a term found only as its words apart is shown by them, also where another term of the query is found whole', () => {
  const page = prepareDoc(doc('/p/', '某地案例', '玉环市推进职业技能提升。另行完善人才评价体系。'), lex);
  const scored = scoreDoc(page, parseQuery('玉环 技能评价', lex, seg));
  assert.deepEqual(scored.exactTerms, ['玉环']);
  const focused = scored.focus.flatMap((g) => g.forms.map((f) => f.text));
  assert.ok(focused.includes('技能') && focused.includes('评价'), focused.join(' '));
});

test('the search quality set holds each query once, each with the pages it expects', () => {
  const set = JSON.parse(readFileSync('tests/search-quality/queries.json', 'utf8')) as { queries: { q: string; expect: string[] }[] };
  const seen = new Map<string, number>();
  set.queries.forEach((x, i) => {
    assert.ok(!seen.has(x.q), `“${x.q}” is in the set twice (entries ${seen.get(x.q)} and ${i}): it would count twice in recall@5 and MRR`);
    seen.set(x.q, i);
    assert.ok(x.expect.length > 0, `“${x.q}” expects no page`);
  });
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

test('a query of question words only (怎么办) is marked so; one with a subject is not', async () => {
  const { real } = await import('../../support/search-docs.ts');
  assert.equal(parseQuery('怎么办', real).questionOnly, true);
  assert.equal(parseQuery('有什么好办法', real).questionOnly, true);
  assert.equal(parseQuery('低收入农户增收怎么办', real).questionOnly, undefined);
});

test('“的办法” asks for a way, no word to find: 低收入农户增收的办法 searches 低收入农户 and 增收; 管理办法 stays a word', async () => {
  const { real } = await import('../../support/search-docs.ts');
  assert.deepEqual(parseQuery('低收入农户增收的办法', real).terms.map((t) => t.text), ['低收入农户', '增收']);
  assert.deepEqual(parseQuery('慈善捐助管理办法', real).terms.map((t) => t.text).includes('办法') || parseQuery('慈善捐助管理办法', real).terms.some((t) => t.text.includes('办法')), true);
});

test('quotedPhrases: a part in quotes standing alone (question words beside it at most) asks for that wording; quotes of a pasted sentence do not', () => {
  const cases: [string, string[]][] = [
    ['“技能变资金”', ['技能变资金']],
    ['"和盈模式"', ['和盈模式']],
    ['「助共体」', ['助共体']],
    ['“和盈模式”是什么', ['和盈模式']],
    ['什么是“助共体”', ['助共体']],
    ['玉环 “技能 变资金”', ['技能变资金']],
    ['“扩中”“提低”', ['扩中', '提低']],
    ['变“人找政策”为“政策找人”', []],
    ['聚焦“扩中”“提低”改革', []],
    ['温岭-景宁“1+X”飞柜', []],
    ['技能变资金', []],
    ['"和', []],
  ];
  for (const [q, want] of cases) assert.deepEqual(quotedPhrases(q), want, q);
});
