import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aliasList, regionPracticeText, citation, firstSentence, firstSentenceOfHtml, formatDate, formatValue, issueLabel, issueNumberPlain, issueNumberText, planCitation, planDescription, practiceCitation, seriesName } from '../../../src/lib/format.ts';
import { displayValue, figureNote, printedValue, undatedResult, headlineMetrics, listedFigures, metricsAbout } from '../../../src/lib/metrics.ts';

test('dates read as the documents write them', () => {
  assert.equal(formatDate(new Date('2021-09-30')), '2021年9月30日');
  assert.equal(formatDate(new Date('2022-01-05')), '2022年1月5日');
});

test('citation with and without an issue number', () => {
  assert.equal(citation({ series: '台州共富工作简报', number: 3, date: new Date('2021-09-30') }), '《台州共富工作简报》第3期（2021年9月30日）');
  assert.equal(issueLabel({ series: '台州共富工作简报' }), '《台州共富工作简报》（期号未注明）');
  assert.equal(citation({ series: '台州共富工作简报', date: new Date('2022-01-25') }), '《台州共富工作简报》（期号未注明，2022年1月25日）', 'no stacked brackets');
});

test('an issue’s sub-series is part of the publication’s name, in full-width brackets inside the book-title marks; a supplement’s number follows the name', () => {
  const d = new Date('2021-09-30');
  assert.equal(citation({ series: '台州共富工作简报', subseries: '实践创新', number: 3, date: d }), '《台州共富工作简报（实践创新）》第3期（2021年9月30日）');
  assert.equal(issueLabel({ series: '台州共富工作简报', subseries: '实践创新', number: 3 }), '《台州共富工作简报（实践创新）》第3期');
  assert.equal(citation({ series: '台州共富工作简报', subseries: '实践创新', date: d }), '《台州共富工作简报（实践创新）》（期号未注明，2021年9月30日）');
  assert.equal(seriesName({ series: '台州共富工作简报', subseries: '实践创新' }), '台州共富工作简报（实践创新）');
  // A supplement: its own number (增刊第2期) after the name; with none printed, it is named like a sub-series.
  assert.equal(citation({ series: '瑞安共富简报', subseries: '增刊', specialNumber: 2, date: d }), '《瑞安共富简报》增刊第2期（2021年9月30日）');
  assert.equal(seriesName({ series: '瑞安共富简报', subseries: '增刊', specialNumber: 2 }), '瑞安共富简报');
  assert.equal(citation({ series: '瑞安共富简报', subseries: '专刊', number: 1, date: d }), '《瑞安共富简报》专刊第1期（2021年9月30日）');
  assert.equal(citation({ series: '瑞安共富简报', subseries: '增刊', date: d }), '《瑞安共富简报（增刊）》（期号未注明，2021年9月30日）');
  // A practice's citation names the issue the same way.
  const practice = { title: '温岭市念好新时代山海经 奏响共同富裕协作曲', region: { name: '温岭市', aliases: [] }, briefing: { series: '台州共富工作简报', subseries: '实践创新', number: 3, date: d } };
  assert.equal(practiceCitation(practice), '《温岭市念好新时代山海经 奏响共同富裕协作曲》，载《台州共富工作简报（实践创新）》第3期（2021年9月30日）。');
});

test('formatValue uses 万 and 亿 where they read exactly', () => {
  assert.equal(formatValue(4395250, '元'), '439.525万元');
  assert.equal(formatValue(306000000, '元'), '3.06亿元');
  assert.equal(formatValue(4503, '人'), '4503人');
  assert.equal(formatValue(18.7, '%'), '18.7%');
  assert.equal(formatValue(12000, '家', true), '1.2万余家');
});

test('displayValue shows the figure as its sentence writes it', () => {
  const m = { label: '高技能人才', value: 39200, unit: '人', kind: 'result' as const, quote: '其中高技能人才 3.92 万人' };
  assert.equal(displayValue(m), '3.92万人');
  assert.equal(displayValue({ ...m, value: 300000, unit: '元', approx: true, quote: '价值 30 余万元的物资' }), '30余万元');
  assert.equal(displayValue({ ...m, value: 3400, unit: '次', approx: true, quote: '走访企业 3400余次' }), '3400余次');
  // 突破 is a bound, as 超过 is: the figure is a floor, not the target itself.
  assert.equal(displayValue({ ...m, value: 40000, unit: '家', quote: '全县市场主体突破 4 万家' }), '突破4万家');
  // A ratio whose unit is not printed keeps its bound, and is shown as printed (no 倍).
  assert.equal(displayValue({ ...m, value: 1.7, unit: '倍', quote: '城乡居民收入倍差力争缩小到 1.7 以内' }), '1.7以内');
  assert.equal(displayValue({ ...m, value: 98, unit: '%', approx: true, quote: '毕业生当年就业率达98%以上' }), '98%以上');
  assert.equal(displayValue({ ...m, value: 3.5, unit: '%', quote: '城镇登记失业率控制在 3.5% 以内' }), '3.5%以内');
  assert.equal(displayValue({ ...m, value: 200000, unit: '元', quote: '年收入 20 万元以上' }), '20万元以上');
  assert.equal(displayValue({ ...m, value: 42654, unit: '户', quote: '42654户112850人' }), '42654户', 'a bound only right after the unit');
  assert.equal(displayValue({ ...m, value: 420000, approx: true, quote: '其中有高技能人才约 42万人' }), '约42万人');
  assert.equal(displayValue({ ...m, value: 1240000, approx: true, quote: '全市技术工人总数约为 124万人' }), '约124万人');
  assert.equal(displayValue({ ...m, value: 40000, unit: '元', approx: true, quote: '人均每年分红增收 4万元左右' }), '4万元左右');
  assert.equal(displayValue({ ...m, value: 420000, quote: '其中有高技能人才约 42万人' }), '约42万人', 'the word is shown, approx set or not');
  assert.equal(displayValue({ ...m, value: 1000, unit: '人', approx: true, quote: '带动就业近 1000人' }), '近1000人');
  assert.equal(displayValue({ ...m, value: 3, unit: '年', approx: true, quote: '最近 3年' }), '3年', '最近 is not 近');
});

test('displayValue keeps a bound written before the number, or after its own figure only', () => {
  const m = { label: 'x', value: 50000, unit: '元', kind: 'result' as const, quote: '收入不足5万元' };
  assert.equal(displayValue(m), '不足5万元');
  assert.equal(displayValue({ ...m, value: 5000, quote: '给予最高 5000元一次性奖励' }), '最高5000元');
  assert.equal(displayValue({ ...m, value: 50, unit: '%', quote: '按不低于上年度当地城镇居民人均消费支出的 50% 确定' }), '不低于50%');
  assert.equal(displayValue({ ...m, value: 1.3, unit: '倍', quote: '不低于低保标准的 1.3 倍' }), '不低于1.3倍');
  assert.equal(displayValue({ ...m, value: 13000, quote: '最低生活保障标准达到 13000 元' }), '13000元', '最低 of 最低生活保障 is no bound');
  assert.equal(displayValue({ ...m, value: 30, unit: '%', quote: '不低于标准，覆盖 30%' }), '30%', 'a bound of another clause');
  const list = '调解成功率、仲裁结案率分别达到 80%、92%以上';
  // seeds/004 line 41: 以上 is printed after 92% only; 80%以上 would assert more than the text prints.
  assert.equal(displayValue({ ...m, value: 80, unit: '%', quote: list }), '80%');
  assert.equal(displayValue({ ...m, value: 92, unit: '%', quote: list }), '92%以上');
  assert.equal(displayValue({ ...m, value: 38000, unit: '人', quote: '分别达到 35.5 万、3.8 万、12 万人以上' }), '3.8万人', 'a list shares its unit, not its bound');
  assert.equal(displayValue({ ...m, value: 120000, unit: '人', quote: '分别达到 35.5 万、3.8 万、12 万人以上' }), '12万人以上');
  assert.equal(displayValue({ ...m, value: 70, unit: '%', quote: '比例分别达到 70%、45%' }), '70%');
  assert.equal(displayValue({ ...m, value: 80, unit: '%', quote: '达到 80%、92%以上' }), '80%', 'without 分别 the bound is only the last one’s');
});

test('displayValue shows a figure printed without its unit as printed, with its bound', () => {
  const m = { label: '城乡居民收入倍差', value: 1.7, unit: '倍', kind: 'target' as const };
  // seeds/003 line 47: 城乡居民收入倍差力争缩小到 1.7 以内 (no 倍).
  assert.equal(displayValue({ ...m, quote: '城乡居民收入倍差力争缩小到 1.7 以内' }), '1.7以内');
  assert.equal(displayValue({ ...m, quote: '收入倍差缩小到 1.7 倍以内' }), '1.7倍以内');
  assert.equal(displayValue({ ...m, label: 'x', value: 10738, unit: '人次', kind: 'result', quote: '完成培训10738人/次' }), '10738人次', 'a unit printed in another form is still shown');
});

test('printedValue shows the figure exactly as its sentence prints it, unit form and bound included', () => {
  const m = { label: 'x', value: 10738, unit: '人次', kind: 'result' as const };
  // seeds/000 lines 14-15: 完成职业技能补贴性培训10738人/次。 The page may normalise the unit; 原文写法 may not.
  assert.equal(printedValue({ ...m, quote: '完成职业技能补贴性培训10738人/次' }), '10738人/次');
  assert.equal(printedValue({ ...m, value: 3650, quote: '完成职业技能等级认定 3650人/次' }), '3650人/次');
  assert.equal(printedValue({ ...m, quote: '培训10738人·次以上' }), '10738人·次以上', 'the bound after a unit printed in another form');
  assert.equal(displayValue({ ...m, quote: '培训10738人·次以上' }), '10738人次以上', 'the page keeps its unit, and the bound');
  assert.equal(printedValue({ ...m, value: 39200, unit: '人', quote: '新增 3.92 万人' }), '3.92万人', 'a unit printed as the field writes it');
  assert.equal(printedValue({ ...m, value: 1.7, unit: '倍', kind: 'target', quote: '缩小到 1.7 以内' }), '1.7以内', 'no unit where none is printed');
  assert.equal(printedValue({ ...m, value: 40000, unit: '元', quote: '人均增收 4万元左右' }), '4万元左右');
  // seeds/001 line 41: 全市技术工人总数约为 124万人 — the page shows 约124万人, the original prints 约为.
  assert.equal(printedValue({ ...m, value: 1240000, unit: '人', quote: '全市技术工人总数约为 124万人' }), '约为124万人');
  assert.equal(displayValue({ ...m, value: 1240000, unit: '人', quote: '全市技术工人总数约为 124万人' }), '约124万人');
  // A list's figure printed without the unit its last figure carries: as printed (the unit is the 单位 column's).
  assert.equal(printedValue({ ...m, value: 38000, unit: '人', quote: '分别达到 35.5 万、3.8 万、12 万人以上' }), '3.8万');
  assert.equal(printedValue({ ...m, value: 120000, unit: '人', quote: '分别达到 35.5 万、3.8 万、12 万人以上' }), '12万人以上');
});

test('headline metrics prefer comparable indicators and keep text order', () => {
  const base = { unit: '人', quote: 'x', kind: 'result' as const };
  const ms = [
    { ...base, label: 'a', value: 1 },
    { ...base, label: 'b', value: 2, indicator: 'new-high-skilled-talents' },
    { ...base, label: 'c', value: 3, kind: 'target' as const },
    { ...base, label: 'd', value: 4 },
  ];
  assert.deepEqual(headlineMetrics(ms, 3).map((m) => m.label), ['b', 'a', 'd']);
  const withBase = [{ ...ms[0]!, label: 'start', year: 2013, kind: 'result' as const }, ...ms];
  assert.ok(!headlineMetrics(withBase, 3, 2021).some((m) => m.label === 'start'), 'a starting point of 2013 is not a headline in 2021');
  assert.equal(headlineMetrics(withBase, 3)[0]!.label, 'b', 'without a year of the text, nothing is set back');
});

test('a list’s figures: those naming the preferred words first, then headlines, of the `about` ones only when given', () => {
  const base = { unit: '人', kind: 'result' as const };
  const ms = [
    { ...base, label: '新增高技能人才', value: 1, quote: '新增高技能人才 1人', indicator: 'new-high-skilled-talents' },
    { ...base, label: '技术工人持股', value: 2, quote: '技术工人持股 2人' },
    { ...base, label: '培训', value: 3, quote: '培训 3人' },
  ];
  assert.deepEqual(listedFigures(ms, 2, 2021).map((m) => m.value), [1, 2]);
  assert.deepEqual(listedFigures(ms, 2, 2021, undefined, ['持股']).map((m) => m.value), [2, 1]);
  assert.deepEqual(listedFigures(ms, 3, 2021, ['培训']).map((m) => m.value), [3]);
});

test('firstSentence skips headings and footnote marks', () => {
  assert.equal(firstSentence('## 一、标题\n\n近年来，某地做了某事[^1]。后一句。'), '近年来，某地做了某事。');
});

test('firstSentenceOfHtml reads the first paragraph of rendered HTML as firstSentence reads the Markdown', () => {
  const html =
    '<h2 id="a">一、标题</h2>\n<p>近年来，<span id="m-1" class="metric-quote">某地&#x26;某县做了 3 件事</span>' +
    '<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="">1</a></sup>。后一句。</p>';
  assert.equal(firstSentenceOfHtml(html), '近年来，某地&某县做了 3 件事。');
  assert.equal(firstSentenceOfHtml(html), firstSentence('## 一、标题\n\n近年来，某地&某县做了 3 件事[^1]。后一句。'));
  assert.equal(firstSentenceOfHtml('<p></p><p>没有句号的一段</p>'), '没有句号的一段');
  assert.equal(firstSentenceOfHtml(`<p>${'长'.repeat(200)}</p>`).length, 120);
  assert.equal(firstSentenceOfHtml(''), '');
});

test('aliasList shows each other name once, also from an alias that lists several', () => {
  assert.deepEqual(aliasList(['个体工商户、小微创业者', '个体工商户', '小微创业者', '中小企业主']), ['个体工商户', '小微创业者', '中小企业主']);
  assert.deepEqual(aliasList([]), []);
});

test('regionPracticeText counts a region’s own practices and, apart, those it took part in', () => {
  assert.equal(regionPracticeText({ own: 2, partner: 0 }), '2个案例');
  assert.equal(regionPracticeText({ own: 0, partner: 1 }), '0个案例（协作1个）');
});

test('a measure page’s figures: those whose label or quote names the measure or one of its keywords', () => {
  const fig = (label: string, quote: string) => ({ label, quote, value: 1, unit: '人', kind: 'result' as const });
  const metrics = [fig('完成职业技能培训', '完成职业技能培训 2.58 万人次'), fig('人均每年分红增收', '人均每年分红增收 4万元左右'), fig('实施计划的企业', '已有 6家企业实施（筹划）股权激励计划')];
  assert.deepEqual(metricsAbout(metrics, ['股权激励', '持股', '分红']).map((m) => m.label), ['人均每年分红增收', '实施计划的企业']);
  assert.deepEqual(metricsAbout(metrics, ['期权', '']), [], 'no figure about it, and an empty keyword matches nothing');
});

test('a practice’s and a plan’s citation end with 。 and, when the public address is known, give it after 网址：', () => {
  const briefing = { series: '台州共富工作简报', date: new Date('2022-01-25') };
  const yuhuan = { name: '玉环市', aliases: ['玉环'] };
  const title = '玉环市“技能”变“资金” 探索技术工人提薪增酬共富新机制';
  assert.equal(practiceCitation({ title, region: yuhuan, briefing }), `《${title}》，载《台州共富工作简报》（期号未注明，2022年1月25日）。`);
  assert.equal(
    practiceCitation({ title, region: yuhuan, briefing }, 'https://example.gov.cn/gongfu/practices/yuhuan-skills-to-capital/'),
    `《${title}》，载《台州共富工作简报》（期号未注明，2022年1月25日）。网址：https://example.gov.cn/gongfu/practices/yuhuan-skills-to-capital/`,
  );
  // The region is named first when the title does not begin with it (or an alias of it).
  assert.match(practiceCitation({ title: '深化集成改革 破解技术工人“扩中”三大难题', region: { name: '台州市', aliases: [] }, briefing }), /^台州市：《深化集成改革/);
  assert.match(practiceCitation({ title: '玉环以“三带”策略', region: yuhuan, briefing }), /^《玉环以/);
  const plan = { title: '青田县“扩中”“提低”行动方案（2021-2025年）', issuers: ['中共青田县委办公室', '青田县人民政府办公室'], docNumber: '青委办发〔2022〕14号', date: new Date('2022-06-30'), status: '正式印发' };
  assert.equal(planCitation(plan), '中共青田县委办公室、青田县人民政府办公室《青田县“扩中”“提低”行动方案（2021-2025年）》（青委办发〔2022〕14号，2022年6月30日）。');
  assert.equal(
    planCitation({ title: '台州市重点群体“扩中”“提低”行动实施方案', issuers: [], status: '征求意见稿' }, 'https://example.gov.cn/plans/taizhou-action-plan/'),
    '《台州市重点群体“扩中”“提低”行动实施方案》（征求意见稿）。网址：https://example.gov.cn/plans/taizhou-action-plan/',
  );
});

test('a figure in a list says when it is not a result of its text’s year: 2020年, 2025年目标, 标准, 基数, 未注明年份', () => {
  const label = '新增高技能人才';
  assert.equal(figureNote({ label, kind: 'result', year: 2021 }, 2021), '');
  assert.equal(figureNote({ label, kind: 'result', year: 2020 }, 2021), '（2020年）');
  assert.equal(figureNote({ label, kind: 'target', year: 2025 }, 2021), '（2025年目标）');
  assert.equal(figureNote({ label, kind: 'target', year: 2021 }, 2021), '（2021年目标）');
  assert.equal(figureNote({ label, kind: 'target' }, 2021), '（目标）');
  assert.equal(figureNote({ label, kind: 'standard' }, 2021), '（标准）');
  assert.equal(figureNote({ label, kind: 'baseline', year: 2013 }, 2021), '（2013年基数）');
  // A result whose text gives no year (椒江's 新增高技能人才 1605人, a running total): said so, as /metrics/' 年份
  // column says 未注明, not shown like a result of the text's year, and no year guessed for it.
  assert.equal(figureNote({ label, kind: 'result' }, 2021), '（未注明年份）');
  // Unless its label dates it by a word relative to its issue, as printed: the list shows the issue's date.
  assert.equal(figureNote({ label: '引育高校毕业生（截至今年上半年）', kind: 'result' }, 2021), '');
  assert.equal(figureNote({ label: '送去年货礼包', kind: 'result' }, 2021), '（未注明年份）');
});

test('a result whose text gives no year is one rule for every page that shows a figure’s year (lists, a practice’s cards and table)', () => {
  assert.equal(undatedResult({ label: '新增高技能人才', kind: 'result' }), true);
  assert.equal(undatedResult({ label: '新增高技能人才', kind: 'result', year: 2021 }), false);
  // A target, a rule or a starting point with no year is not a result read as current.
  assert.equal(undatedResult({ label: '城镇新增就业', kind: 'target' }), false);
  assert.equal(undatedResult({ label: '最低生活保障标准', kind: 'standard' }), false);
  // Its label says when, as printed.
  assert.equal(undatedResult({ label: '引育高校毕业生（截至今年上半年）', kind: 'result' }), false);
  assert.equal(undatedResult({ label: '玉贸贷业务保函（截至2021年5月底）', kind: 'result' }), false);
  assert.equal(figureNote({ label: '玉贸贷业务保函（截至2021年5月底）', kind: 'result' }, 2021), '');
  // A closing note that names no date does not say when.
  assert.equal(undatedResult({ label: '高层次人才创业创新大赛参赛人才项目（连续五年）', kind: 'result' }), true);
});

test('an issue’s number for machine readers (3) and for every page (第3期, the masthead’s 期号 too); a supplement’s as printed', () => {
  const issue = { series: '台州共富工作简报', date: new Date('2021-09-30'), number: 3 };
  assert.equal(issueNumberPlain(issue), '3');
  assert.equal(issueNumberText(issue), '第3期');
  const supplement = { series: '瑞安共富简报', subseries: '增刊', specialNumber: 2, date: new Date('2022-01-01') };
  assert.equal(issueNumberPlain(supplement), '增刊第2期');
  assert.equal(issueNumberText(supplement), '增刊第2期');
  assert.equal(issueNumberPlain({ series: 'x' }), undefined);
});

test('formatValue writes 万 or 亿 only where the figure reads exactly in it', () => {
  // Not 1.23456789亿元: 亿 only for a whole number of 万.
  assert.equal(formatValue(123456789, '元'), '12345.6789万元');
  // Below 10万, 万 only for a whole thousand: 1.3万元, but 12500人 as printed.
  assert.equal(formatValue(13000, '元'), '1.3万元');
  assert.equal(formatValue(12500, '人'), '12500人');
});

test('firstSentence skips a footnote paragraph and cuts only a sentence longer than the limit', () => {
  assert.equal(firstSentence('[^1]: 注释一。\n\n近年来，某地做了某事。后一句。'), '近年来，某地做了某事。');
  // A sentence of exactly `max` characters is whole; one character more is cut with …
  assert.equal(firstSentence('一二三四五。', 6), '一二三四五。');
  assert.equal(firstSentence('一二三四五六。', 6), '一二三四五…');
  // A figure with its unit is never cut (共投入 4.6 亿元 shown as 共投入 4.… would misstate it): the cut moves before it.
  assert.equal(firstSentence('近年来某地加大投入，共投入 4.6 亿元建设学校。', 17), '近年来某地加大投入，共投入…');
  assert.equal(firstSentenceOfHtml('<p>培训人数达到 10738人/次，其中大部分为农民工。</p>', 12), '培训人数达到…');
  // Nor a character outside the BMP (𠙶, two UTF-16 units) split in half.
  assert.equal(firstSentence('一二三四𠙶五六七。', 6), '一二三四…');
});

test('a plan page is described by its region, status and title', () => {
  assert.equal(planDescription('台州市', { title: '台州市“扩中”“提低”实施方案', status: '征求意见稿' }), '台州市征求意见稿：台州市“扩中”“提低”实施方案');
});
