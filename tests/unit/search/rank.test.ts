// The ranker (src/lib/search/rank.ts): exact phrases before pieces, title before metadata before body, every term
// before one, words of a term apart, where a page's prose starts, the 按日期 order of the results, and a practice
// preferred to a briefing that only mentions the term.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byDateDesc, countIn, near, prepareDoc, proseStart, rank, scoreDoc, type SearchDoc } from '../../../src/lib/search/rank.ts';
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
