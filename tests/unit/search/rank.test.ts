// The ranker (src/lib/search/rank.ts): exact phrases before pieces, title before metadata before body, every term
// before one, words of a term apart, what a piece of the segmentation, a place typed or an official's request words
// weigh, when pages have 全部词语, where a page's prose starts, the 按日期 order of the results, and a practice
// preferred to a briefing that only mentions the term.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byDateDesc, completeness, countIn, near, prepareDoc, proseStart, rank, scoreDoc, type SearchDoc } from '../../../src/lib/search/rank.ts';
import { bareDoc, doc, lex, ranked, real, seg } from '../../support/search-docs.ts';
import { squash, squashText } from '../../../src/lib/search/normalize.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { buildExcerpt } from '../../../src/lib/search/excerpt.ts';

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

// A reader's name for a search synonym (涨工资 for 加薪, 欠工资 for 欠薪) may be printed only as its words (台州: 工资指导价位):
// such a page is listed, but after every page with the query or a synonym of it, however often it prints 工资 and
// whatever its kind (a plan with 欠薪 before practices with 工资).
const wages = [
  doc('taizhou', '台州市技术工人综合改革', '发布工资指导价位，建立技术工人工资正常增长机制，工资水平稳步提高，工资收入倍增。'),
  doc('wenling', '温岭市就业社区', '提高工资待遇，按时足额发放工资，工资保障到位。'),
];
test('a page with only the words of a synonym typed (工资 of 涨工资) is listed after every page with a synonym of it', () => {
  const yuhuan = doc('yuhuan', '玉环市技能变资金', '全力助推技术工人提薪增酬共富。');
  const order = ranked('涨工资', [...wages, yuhuan]);
  assert.equal(order[0], 'yuhuan');
  assert.deepEqual(order.slice(1).sort(), ['taizhou', 'wenling']);
});

test('欠工资 lists the plan that prints 欠薪 before the practices that print 工资 often', () => {
  // A long plan that prints 欠薪 once: its body counts little against the words of a short practice.
  const qingtian = doc('qingtian', '青田县行动方案', `${'推进山区共同富裕，完善收入分配制度。'.repeat(40)}深入实施“无欠薪”行动，健全支付保障机制。`, { kind: ['方案'] });
  const order = ranked('欠工资', [...wages, qingtian]);
  assert.deepEqual(order, ['qingtian', 'taizhou', 'wenling']);
});

test('a synonym typed whose segmentation leaves a character after a word (加工资: 加工|资) is not searched by that word', () => {
  const processing = doc('processing', '某县农产品', '发展农产品加工，带动农户增收。');
  const yuhuan = doc('yuhuan', '玉环市技能变资金', '全力助推技术工人提薪增酬共富。');
  assert.deepEqual(ranked('加工资', [processing, yuhuan]), ['yuhuan']);
});

test('a plan’s field panel ends after its period and the note in brackets, which the index ends with a block join', () => {
  const plan = doc('plan', '台州市重点群体“扩中”“提低”行动实施方案', '', { kind: ['方案'] });
  // As the index holds it: the indexer joins a block that ends in a bracket to the next (src/indexer/prepare.ts).
  plan.body =
    '台州市重点群体“扩中”“提低”行动实施方案. 发文字号：无. 发文单位：未注明. 日期：未注明. 状态：征求意见稿. 地区：台州市. ' +
    '期限：2021—2025年（原文未写期限，按正文中的“十四五”填写）. 为全面贯彻落实《浙江省“扩中”“提低”行动方案》，特制定本实施方案。一、总体要求. ';
  const p = prepareDoc(plan, real);
  assert.match(p.body.text.slice(p.textFrom), /^为全面贯彻落实/);
  // A period without a note ends at its block join, as before.
  const bare = { ...plan, body: plan.body.replace(/（原文未写期限，按正文中的“十四五”填写）/u, '. ') };
  const q = prepareDoc(bare, real);
  assert.match(q.body.text.slice(q.textFrom), /^为全面贯彻落实/);
});

test('where no page has a term exactly, a page with its words apart still counts by its score (技工贷款贴息: 贷款…贴息)', () => {
  const wenling = doc('wenling', '温岭市就业社区', '发放创业担保贷款，给予全额贴息。');
  const others = ['甲', '乙', '丙'].map((x) => doc(x, `${x}县做法`, '培养技工，壮大技工队伍，发展技工教育。'));
  assert.equal(ranked('技工贷款贴息', [...others, wenling])[0], 'wenling');
});

test('a target group’s other name inside a longer query (农村孩子读书) lists the tagged page first, then the pages with its words', () => {
  const ds = [
    doc('only-rural', '农村', '推进农村改革。'),
    doc('words', '山海协作', '农村困难家庭子女就学。'),
    doc('tagged', '乡村教育', '农村学生。', { group: ['乡村学生'] }),
  ];
  // Before, 农村孩子 named only the tag: the page with 农村 … 子女 (孩子's synonym) was not listed.
  assert.deepEqual(ranked('农村孩子读书', ds), ['tagged', 'words']);
  // However many other words of the query the page with the words has (上学难: 上学 → 就学), the tagged page comes first.
  assert.deepEqual(ranked('农村孩子上学难', ds), ['tagged', 'words']);
  // So for every group alias of words: 困难群众 (困难 … 群众).
  assert.deepEqual(ranked('困难群众读书', [doc('apart', '帮扶', '困难的群众。'), doc('t', '救助', '低保。', { group: ['困难群体'] })]), ['t', 'apart']);
});

// A long document (a plan, ten times a practice) prints most words somewhere: 乡村 in one section, 教师 in another, 待遇
// in a third. Its terms count together only where they come together; a practice counts them anywhere on its page.
const filler = (n: number) => '推进共同富裕示范区建设，完善收入分配制度。'.repeat(n);
const practices = [
  doc('rural-teachers', '某县振兴乡村教育', `${filler(5)}实施乡村教师荣誉表彰。${filler(5)}`),
  doc('other-a', '某县就业帮扶', `${filler(10)}`),
  doc('other-b', '某县技能培训', `${filler(10)}`),
];

test('a long plan with the words of a query far apart comes after the practice with fewer of them together (乡村老师待遇)', () => {
  const plan = doc('plan', '某市行动方案', `优化乡村学校布局。${filler(60)}加强教师队伍建设。${filler(60)}提高工资待遇。${filler(60)}`, { kind: ['方案'] });
  assert.equal(ranked('乡村老师待遇', [plan, ...practices])[0], 'rural-teachers');
});

test('a long plan with the words of a query in one passage still covers them all', () => {
  const plan = doc('plan', '某市行动方案', `${filler(60)}提高乡村教师待遇。${filler(120)}`, { kind: ['方案'] });
  assert.equal(ranked('乡村老师待遇', [plan, ...practices])[0], 'plan');
});

test('near: the most terms with an occurrence within the span of each other', () => {
  assert.equal(near([[0, 900], [50], [1000]], 200), 2);
  assert.equal(near([[0], [500], [1000]], 200), 1);
  assert.equal(near([[0], [500], [1000]], Infinity), 3);
  assert.equal(near([[], [5]], 200), 1);
  assert.equal(near([], 200), 0);
});

const docs = [
  bareDoc('scattered', '某县推进社会救助', '帮助群众。共建共享。体制改革。'.repeat(3), { region: ['台州市'] }),
  bareDoc('sanmen', '三门县聚焦“五个帮”', '以“助共体”改革为突破口，升级“助共体”服务平台。', { group: ['困难群体'] }),
  bareDoc('plan', '台州市行动实施方案', '深化助共体改革。', { kind: ['方案'], region: ['台州市'] }),
];

test('countIn does not count a number inside a longer number', () => {
  assert.equal(countIn('补助5000元和15000元', '5000元'), 1);
  assert.equal(countIn('共2025年和2025', '2025'), 2);
  assert.equal(countIn('12025年', '2025年'), 0);
  assert.equal(countIn('股权激励股权激励', '股权激励'), 2);
});

test('a page with the exact phrase ranks above pages with only its pieces; piece-only pages are dropped', () => {
  const plan = parseQuery('助共体', lex, seg);
  const ranked = rank(docs.map((d) => prepareDoc(d, lex)), plan);
  assert.deepEqual(ranked.map((r) => r.doc.id), ['sanmen', 'plan']);
});

test('title beats metadata beats body', () => {
  const ds = [
    bareDoc('body', '某地做法', '这里提到了玉环的经验。'),
    bareDoc('meta', '某地做法', '没有提到。', { region: ['玉环市'] }),
    bareDoc('title', '玉环市的做法', '没有提到。', { region: ['玉环市'] }),
  ];
  const ranked = rank(ds.map((d) => prepareDoc(d, lex)), parseQuery('玉环', lex, seg));
  assert.deepEqual(ranked.map((r) => r.doc.id), ['title', 'meta', 'body']);
});

test('an alias finds the pages of its group, and a filler-word question still ranks its pages', () => {
  const ds = [
    bareDoc('farm', '农户增收', '低收入农户持续增收。', { group: ['低收入农户'] }),
    bareDoc('tw', '技术工人提薪', '技术工人收入提高。', { group: ['技术工人'] }),
    bareDoc('other', '乡村教育', '学校建设。'),
  ];
  const prepared = ds.map((d) => prepareDoc(d, lex));
  assert.equal(rank(prepared, parseQuery('产业工人', lex, seg))[0]!.doc.id, 'tw');
  assert.equal(rank(prepared, parseQuery('怎么提高技术工人收入', lex, seg))[0]!.doc.id, 'tw');
  assert.equal(rank(prepared, parseQuery('低收入人群怎么增收', lex, seg))[0]!.doc.id, 'farm');
  assert.deepEqual(rank(prepared, parseQuery('火箭发射场', lex, seg)), [], 'single shared characters list nothing');
  const typo = rank([...prepared, prepareDoc(bareDoc('eq', '股权激励', '实施股权激励。'), lex)], parseQuery('股全激励', lex, seg));
  assert.deepEqual(typo.map((r) => [r.doc.id, r.evidence]), [['eq', 'pieces']], 'with no exact match, two-character pieces count');
});

test('scoreDoc lists what to highlight, most specific first', () => {
  const s = scoreDoc(prepareDoc(docs[1]!, lex), parseQuery('助共体 改革', lex, seg));
  assert.deepEqual(s.highlight, ['助共体', '改革']);
});

test('a page with every term comes before a page with one, however strong', () => {
  const ds = [
    bareDoc('one', '玉环市技能变资金', '玉环市的做法。', { region: ['玉环市'] }),
    bareDoc('both', '温岭市山海协作', '与玉环合作，推进股权激励。', { region: ['温岭市'] }),
  ];
  const ranked = rank(ds.map((d) => prepareDoc(d, lex)), parseQuery('玉环 股权激励', lex, seg));
  assert.deepEqual(ranked.map((r) => [r.doc.id, r.covered]), [['both', 2], ['one', 1]]);
});

test('the words of a term apart are kept after the term, its pieces alone are not', () => {
  const ds = [
    bareDoc('apart', '技能人才', '开展技能培训，完善星级评价。'),
    bareDoc('term', '评价改革', '改进技能评价方式。'),
    bareDoc('piece', '技能培训', '开展技能培训。'),
  ];
  const ranked = rank(ds.map((d) => prepareDoc(d, lex)), parseQuery('技能评价', lex, seg));
  assert.deepEqual(ranked.map((r) => [r.doc.id, r.evidence]), [['term', 'exact'], ['apart', 'words']]);
  const only = rank([prepareDoc(ds[0]!, lex), prepareDoc(ds[2]!, lex)], parseQuery('技能评价', lex, seg));
  assert.deepEqual(only.map((r) => [r.doc.id, r.evidence]), [['apart', 'words']], 'with no exact match, the words come first');
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
  const tagged = bareDoc('tagged', '某地人才工作', '引进人才。', { group: ['低收入农户'] });
  tagged.body = '某地人才工作. 地区玉环市. 目标群体 低收入农户. 来源《简报》，办公室. 引进人才。';
  const prose = bareDoc('prose', '某地就业工作', '帮助低收入农户就业。');
  const ranked = rank([prepareDoc(tagged, lex), prepareDoc(prose, lex)], parseQuery('低收入农户', lex, seg));
  const t = ranked.find((r) => r.doc.id === 'tagged')!;
  assert.equal(t.page.prose, squash('引进人才。', true).text);
});

test('a term is not found across a comma or a block join, but is across quotes', () => {
  assert.equal(squash('以上，学前教育。“扩中”“提低”', true).text, '以上|学前教育|扩中提低');
  const across = bareDoc('across', '某方案', '入园率达到98%以上，学前教育普及。员工，人均收入提高。');
  const real = bareDoc('real', '随迁子女', '保障随迁子女上学，新建学校两所。');
  const ranked = rank([prepareDoc(across, lex), prepareDoc(real, lex)], parseQuery('上学', lex, seg));
  assert.deepEqual(ranked.map((r) => r.doc.id), ['real']);
  const quoted = rank([prepareDoc(bareDoc('q', '某地', '推进“扩中”“提低”行动。'), lex)], parseQuery('扩中提低', lex, seg));
  assert.equal(quoted[0]?.evidence, 'exact');
  const segs = buildExcerpt('标题. 员工，人均收入提高，工人增收。', 2, ['工人'], 40)!;
  assert.deepEqual(segs.filter((x) => x.mark).map((x) => x.text), ['工人']);
});

test('a term found only as its words apart is shown by them, also where another term of the query is found whole', () => {
  const page = prepareDoc(bareDoc('/p/', '某地案例', '玉环市推进职业技能提升。另行完善人才评价体系。'), lex);
  const scored = scoreDoc(page, parseQuery('玉环 技能评价', lex, seg));
  assert.deepEqual(scored.exactTerms, ['玉环']);
  const focused = scored.focus.flatMap((g) => g.forms.map((f) => f.text));
  assert.ok(focused.includes('技能') && focused.includes('评价'), focused.join(' '));
});

test('a piece of the segmentation counts less than a word typed: a page with 大学生 before one with only 带来了', () => {
  // 大学生 is on most pages, 来了 on one: by rarity alone, the page with 来了 would come first.
  const ds = [
    doc('tiantai', '天台县创新“和盈模式”', '和盈公司为合作村带来了稳定收益。龙溪文旅项目带来了收益，农户年底分红。'),
    doc('jiaojiang', '椒江区盯才“扩中”', '开展人才新政和大学生新政集中宣传月活动，引育高校毕业生 7155名。', { group: ['高校毕业生'] }),
    doc('wenling', '温岭市以高质量就业扎实推动共同富裕', '以汇富春天大学生创业园为例。', { group: ['高校毕业生'] }),
    doc('plan', '台州市方案', '支持大学生创业。', { kind: ['方案'] }),
  ];
  const plan = parseQuery('大学生来了怎么留下来', real);
  assert.ok(plan.terms.some((t) => t.text === '来了' && t.fragment), '来了 is a piece of the segmentation');
  const order = ranked('大学生来了怎么留下来', ds);
  assert.ok(order.indexOf('jiaojiang') < order.indexOf('tiantai'), order.join(' '));
  // A short name the segmenter does not know is such a piece too (飞柜 in 台州飞柜): its page still comes first.
  const taizhou = [
    doc('wenling', '温岭市念好新时代山海经', '创新“1+X”飞柜模式，发展“飞柜经济”。', { region: ['温岭市'], city: ['台州市'] }),
    doc('plan', '台州市方案', '台州市重点群体行动，台州经验。', { kind: ['方案'], region: ['台州市'] }),
    doc('reform', '深化集成改革', '台州技工星级评价，台州职业培训券。', { region: ['台州市'] }),
    // As on the site, most pages name 台州.
    ...['椒江', '黄岩', '玉环', '三门'].map((c) => doc(c, `${c}的做法`, `${c}是台州的县（市、区）。`)),
  ];
  assert.ok(parseQuery('台州飞柜', real).terms.some((t) => t.text === '飞柜' && t.fragment));
  assert.equal(ranked('台州飞柜', taizhou)[0], 'wenling');
  // Where the page with the piece also has the word, it still comes first.
  const both = doc('both', '某地', '大学生来了就有房住。');
  assert.equal(ranked('大学生来了怎么留下来', [...ds, both])[0], 'both');
});

test('a part typed as terms side by side (技术工人股权激励) found together on a plan does not put the plan before the practices', () => {
  const ds = [
    doc('plan', '台州市重点群体“扩中”“提低”行动实施方案', '引导企业加大技术工人股权激励力度。推进技能评价。', { kind: ['方案'], group: ['技术工人', '困难群体', '高校毕业生'] }),
    doc(
      'yuhuan',
      '玉环市“技能”变“资金” 探索技术工人提薪增酬共富新机制',
      '积极探索实施股权激励、绩效考核等机制，全力助推技术工人提薪增酬。将技术工人纳入红利分配体系，作为企业股权激励的重要对象。6家企业实施股权激励计划。',
      { group: ['技术工人'], measure: ['股权激励', '薪酬分配'] },
    ),
    doc('huangyan', '黄岩区助工扶工', '帮扶技术工人 60000 余人次。', { group: ['技术工人'] }),
  ];
  // Typed together or apart, each page covers the query as much: the scores decide, as for the query typed apart.
  const covered = (q: string) => rank(ds.map((d) => prepareDoc(d, real)), parseQuery(q, real)).map((r) => [r.doc.id, r.covered]).sort();
  assert.deepEqual(covered('技术工人股权激励'), covered('技术工人 股权激励'));
  assert.equal(ranked('技术工人 股权激励', ds)[0], 'yuhuan');
  // A part with a word that is no term (券 of 职业培训券) still counts, found whole.
  const tickets = [
    doc('reform', '深化集成改革', '在市本级和 3 个县市（玉环、仙居、三门）开展台州职业培训券试点。'),
    doc('xianju', '仙居县创新“政校企”联动改革', '仙居县开展职业技能培训，发放培训补贴。', { region: ['仙居县'] }),
  ];
  assert.equal(ranked('仙居 职业培训券', tickets)[0], 'reform');
});

test('what an official asks for (学习, 借鉴, 经验, 别的地方) is no term: the practice comes before a plan that says it often', () => {
  const q = '我们县想学习别的地方怎么帮低收入农户增收的经验';
  const terms = parseQuery(q, real).terms.map((t) => t.text);
  for (const w of ['学习', '地方', '经验']) assert.ok(!terms.includes(w), `${w} in ${terms.join(' ')}`);
  assert.ok(terms.includes('低收入农户') && terms.includes('增收'));
  const ds = [
    doc('plan', '青田县“扩中”“提低”行动方案', '学习借鉴先进地方经验，总结推广典型经验。地方财政支持低收入农户，促进农民增收。', { kind: ['方案'], group: ['低收入农户', '技术工人', '困难群体'] }),
    doc('tiantai', '天台县创新“和盈模式” 推动低收入人群持续增收', '低收入农户人均可支配收入 11658元，增速 15%。低收入农户每户收益约 750-1000元。', { group: ['低收入农户'] }),
  ];
  assert.deepEqual(ranked(q, ds), ['tiantai', 'plan']);
  // Typed with the rest of a phrase, such a word is still found as typed: 经验交流 lists the page that says it first.
  const talk = [doc('huangyan', '黄岩区四大举措', '在全省工会系统进行经验交流。'), doc('other', '某地', '开展校际交流。')];
  assert.equal(ranked('经验交流', talk)[0], 'huangyan');
});

test('a place typed in the query weighs: the page of that region comes before one with more of the other words', () => {
  const ds = [
    doc('city-plan', '某市行动方案', '保障进城农民工权益，深化欠薪治理，实施根治欠薪行动。', { kind: ['方案'], region: ['台州市'], city: ['台州市'] }),
    doc('county-plan', '某县行动方案', '深入实施“无欠薪”行动。', { kind: ['方案'], region: ['青田县'], city: ['丽水市'] }),
    doc('other', '某区人才', '农民工技能培训。', { region: ['椒江区'], city: ['台州市'] }),
  ];
  assert.equal(ranked('农民工欠薪怎么治理 青田', ds)[0], 'county-plan');
  // A city takes in its counties: 台州 lists the county page of 台州市 before 青田's.
  assert.deepEqual(ranked('台州 农民工', ds).slice(0, 2).sort(), ['city-plan', 'other']);
  // Without a place the page with more of the words still comes first.
  assert.equal(ranked('农民工欠薪怎么治理', ds)[0], 'city-plan');
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

test('terms side by side in a long plan, once, weigh as a pair of them: the practices about them with figures come first', () => {
  // 哪个地方技术工人工资最高: every candidate has 技术工人, which weighs little; before, the plan that prints 技术工人工资
  // once (集体协商) came first, its phrase weighing more than being tagged and titled 技术工人.
  const filler = '推进共同富裕示范区建设，完善公共服务体系。'.repeat(60);
  const ds = [
    doc('plan', '青田县技能人才行动方案', `${filler}落实最低工资标准，规范工资支付，健全工资决定机制，推动工资平等协商，开展技术工人工资集体协商。${filler}技术工人培养。`, { kind: ['方案'] }),
    doc('reform', '台州市技术工人薪酬改革', '技术工人队伍壮大。高级工年平均工资为153906元，技术工人收入提升。', { group: ['技术工人'] }),
    doc('capital', '玉环市技术工人技能变资金', '规上企业技术工人年平均工资上涨5%以上。', { group: ['技术工人'] }),
    doc('other', '黄岩区技术工人培训', '技术工人培训，技术工人认定。', { group: ['技术工人'] }),
  ];
  assert.deepEqual(ranked('哪个地方技术工人工资最高', ds).slice(0, 2).sort(), ['capital', 'reform']);
  // A phrase with a word no term holds (职业培训券, whose 券 is none) still weighs as a phrase.
  assert.equal(ranked('仙居 职业培训券', [doc('a', '仙居县', '职业培训券发放。'), doc('b', '仙居县职业', '职业培训，培训职业。')])[0], 'a');
});
