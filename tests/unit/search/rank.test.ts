// The ranker's own rules (src/lib/search/rank.ts) that no review test pinned: the 按日期 order of the results, and
// a practice preferred to a briefing that only mentions the term.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byDateDesc, near, prepareDoc, type SearchDoc } from '../../../src/lib/search/rank.ts';
import { doc, ranked, real } from '../../support/search-docs.ts';

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
