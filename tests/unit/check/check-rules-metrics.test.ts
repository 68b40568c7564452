// The content check's rules for figures (src/check/rules/metrics.ts) that no other test exercised. Each test changes
// a copy of content/ as an editor would and expects the check's message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, problemsAfter } from '../../support/content-copy.ts';
import { checkContent } from '../../../src/check/check.ts';
import { formatProblem } from '../../../src/check/types.ts';
import * as rules from '../../../src/check/rules/metrics.ts';
import type { MetricLike } from '../../../src/lib/metrics.ts';
import { findNumbers } from '../../../src/lib/numbers.ts';
import { rangeIn, relativeYear } from '../../../src/check/text.ts';

test('a plan’s target written as a result is reported: a plan sets targets, it has achieved nothing', () => {
  const problems = problemsAfter((dir) =>
    edit(dir, 'plans/qingtian-action-plan.md', '  - label: 居民人均可支配收入\n    value: 58000\n    unit: 元\n    year: 2025\n    kind: target', '  - label: 居民人均可支配收入\n    value: 58000\n    unit: 元\n    year: 2025\n    kind: result'),
  );
  assert.ok(
    problems.includes('plans/qingtian-action-plan.md: targets[0].kind: 方案中的指标应为 target，实为 result'),
    problems.join('\n'),
  );
});

// Each rule of src/check/rules/metrics.ts on its own: one metric, the body it is read with, and the finding.

const W = 'practices/wenling-mountain-sea.md';
const Y = 'practices/yuhuan-three-drives.md';

function expectLines(problems: string[], lines: string[]): void {
  for (const line of lines) assert.ok(problems.includes(line), `expected\n  ${line}\ngot\n  ${problems.join('\n  ')}`);
}

const metric = (over: Partial<MetricLike> = {}): MetricLike => ({ label: '新增就业', value: 3000, unit: '人', kind: 'result', quote: '新增就业3000人', ...over });
const indicators = [{ id: 'new-jobs', name: '城镇新增就业', units: ['人'] }];
function site(m: MetricLike, body: string, over: Partial<rules.MetricSite> = {}): rules.MetricSite {
  return {
    body,
    seen: () => body.replace(/\*\*/g, ''),
    numbers: findNumbers(m.quote),
    metrics: [m],
    index: 0,
    draft: false,
    indicators,
    indicatorUnits: new Map([['new-jobs', ['人']]]),
    indicatorIds: new Set(['new-jobs']),
    ...over,
  };
}
const fieldOf = (f: rules.MetricFinding | undefined) => f && `${f.field}: ${f.message}`;

test('metric rules: a full-width unit, and a quote with spaces at its ends', () => {
  assert.match(fieldOf(rules.fullWidthUnit(metric({ unit: '％' })))!, /^unit: 单位“％”含有全角字符.*写成“%”/);
  assert.equal(rules.fullWidthUnit(metric()), undefined);
  assert.match(fieldOf(rules.quoteEdgeSpaces(metric({ quote: '新增就业3000人\n' })))!, /^quote: .*“quote: \|-”/);
  assert.equal(rules.quoteEdgeSpaces(metric()), undefined);
});

test('metric rules: a quote with Markdown marks, not in the body, or across a footnote mark', () => {
  assert.match(fieldOf(rules.quoteWithMarkup(metric({ quote: '**新增就业**3000人' })))!, /^quote: .*含有 Markdown 标记/);
  const m = metric();
  assert.equal(rules.quoteNotInBody(m, site(m, '全年新增就业3000人。')), undefined);
  assert.match(fieldOf(rules.quoteNotInBody(m, site(m, '全年新增就业３０００人。')))!, /正文的数字应写成半角：把正文的“新增就业３０００人”改成“新增就业3000人”/);
  assert.match(fieldOf(rules.quoteNotInBody(m, site(m, '全年新增\n\n就业3000人。')))!, /跨了正文的两段/);
  assert.match(fieldOf(rules.quoteNotInBody(m, site(m, '全年新增就业3000[^1]人。', { seen: () => '全年新增就业3000人。' })))!, /跨过了注释标记/);
  assert.match(fieldOf(rules.quoteNotInBody(m, site(m, '别的话。')))!, /在正文中找不到（须与正文逐字一致/);
});

test('metric rules: the figure of the quote is not the value in the unit', () => {
  const wrongUnit = metric({ unit: '户' });
  assert.equal(fieldOf(rules.figureNotInQuote(wrongUnit, findNumbers(wrongUnit.quote))), 'unit: 单位应为 “人”（引文“新增就业3000人”中 3000 后面的单位），现为 “户”');
  const wrongValue = metric({ value: 300 });
  assert.match(fieldOf(rules.figureNotInQuote(wrongValue, findNumbers(wrongValue.quote)))!, /^value: value 300（单位 人）与引文.*应为 3000/);
  const han = metric({ quote: '新增就业三千人' });
  assert.match(fieldOf(rules.figureNotInQuote(han, findNumbers(han.quote)))!, /数字是用汉字写的/);
  assert.equal(rules.figureNotInQuote(metric(), findNumbers(metric().quote)), undefined);
});

test('metric rules: the label describes another figure of the quote', () => {
  const m = metric({ label: '落地创业项目', value: 609, unit: '个', quote: '共有609个人才项目参赛、18个创业项目落地' });
  assert.match(fieldOf(rules.labelOfOtherFigure(m, site(m, m.quote)))!, /^value: .*“18个创业项目落地”的数字 18/);
  assert.equal(rules.labelOfOtherFigure(m, site(m, m.quote, { draft: true })), undefined);
});

test('metric rules: a qualifying word outside the quote, and approx', () => {
  const m = metric();
  assert.match(fieldOf(rules.qualifierOutsideQuote(m, site(m, '新增就业3000人以上。')))!, /后面紧接着“以上”/);
  // 多 after the unit is the figure's (3000人多), unless it starts a word (多次, 余额): the ingest's quote ends there too.
  assert.match(fieldOf(rules.qualifierOutsideQuote(m, site(m, '新增就业3000人多。')))!, /后面紧接着“多”/);
  assert.equal(rules.qualifierOutsideQuote(m, site(m, '新增就业3000人多次获评先进。')), undefined);
  assert.equal(rules.qualifierOutsideQuote(m, site(m, '新增就业3000人余额宝。')), undefined);
  const n = metric({ quote: '3000人' });
  assert.match(fieldOf(rules.qualifierOutsideQuote(n, site(n, '新增就业超过3000人。')))!, /前面紧接着“超过”/);
  const about = metric({ quote: '新增就业约3000人' });
  assert.match(fieldOf(rules.approxMismatch(about, findNumbers(about.quote)))!, /是约数：应写 approx: true/);
  const exact = metric({ approx: true });
  assert.match(fieldOf(rules.approxMismatch(exact, findNumbers(exact.quote)))!, /是确数.*删去 approx: true/);
  // 多 after the unit makes it approximate as 多 before it does (30%多 and 30多%).
  const after = metric({ quote: '收入增长30%多', value: 30, unit: '%' });
  assert.match(fieldOf(rules.approxMismatch(after, findNumbers(after.quote)))!, /30%多 是约数：应写 approx: true/);
  assert.equal(rules.approxMismatch({ ...after, approx: true }, findNumbers(after.quote)), undefined);
});

test('metric rules: the kind says what the sentence says', () => {
  assert.match(fieldOf(rules.expectedAsResult(metric({ quote: '预计新增就业3000人' })))!, /^kind: .*“预计”/);
  assert.match(fieldOf(rules.baselineWithoutChange(metric({ kind: 'baseline' }), '全年新增就业3000人。'))!, /^kind: 起点（kind: baseline）/);
  assert.equal(rules.baselineWithoutChange(metric({ kind: 'baseline', quote: '3000人' }), '从3000人增加到5000人。'), undefined);
  assert.equal(fieldOf(rules.planMetricNotTarget(metric())), 'kind: 方案中的指标应为 target，实为 result');
});

test('metric rules: the year of a target or result is its sentence’s', () => {
  const t = metric({ kind: 'target' });
  assert.match(fieldOf(rules.yearOfSentence(t, site(t, '到2025年，新增就业3000人。')))!, /^year: 目标（kind: target）没有填年份.*应写 year: 2025/);
  const yearly = metric({ kind: 'target', year: 2025, quote: '每年新增就业3000人' });
  assert.match(fieldOf(rules.yearOfSentence(yearly, site(yearly, '每年新增就业3000人，到2025年实现翻番。')))!, /是每年的数/);
  const total = metric({ year: 2021, quote: '累计完成投资96.4亿元', value: 9640000000, unit: '元' });
  const period = metric({ year: 2021, quote: '完成投资3.06亿元', value: 306000000, unit: '元' });
  const body = '2021年1-7月，完成投资3.06亿元，累计完成投资96.4亿元。';
  assert.match(fieldOf(rules.runningTotalWithYear(total, site(total, body, { metrics: [period, total], index: 1 })))!, /是累计数（从开始算起的总数），不是 2021 年的数/);
});

test('metric rules: a result up to a date, of “今年”, or of several years, is not the year’s', () => {
  const m = metric({ year: 2020 });
  assert.match(fieldOf(rules.relativeYearMismatch(m, site(m, '今年，新增就业3000人。', { issued: new Date('2021-06-01') })))!, /句子写的是“今年”.*应写 year: 2021/);
  assert.match(fieldOf(rules.partYearTotal(metric({ year: 2021 }), '截至2021年5月底，新增就业3000人。'))!, /是截至 2021年5月底 的累计数/);
  assert.match(fieldOf(rules.yearSpanTotal(metric({ year: 2020 }), '2016年-2020年，新增就业3000人。'))!, /这几年合起来的数/);
  assert.equal(rules.yearSpanTotal(metric(), '2016年-2020年，新增就业3000人。'), undefined);
});

test('metric rules: one figure per metric (a ratio, a range), and a quote found once', () => {
  assert.match(fieldOf(rules.ratioSide(metric({ quote: '城乡收入比1:1.8', value: 1.8, unit: '' })))!, /是一个比例/);
  const range = metric({ quote: '补助5000元到1万元', value: 5000, unit: '元' });
  assert.match(fieldOf(rules.rangeEnd(range, site(range, range.quote)))!, /说的是一个范围/);
  assert.equal(rules.rangeEnd(range, site(range, range.quote, { metrics: [range, { ...range, value: 10000 }] })), undefined);
  const m = metric();
  assert.match(fieldOf(rules.quoteRepeated(m, site(m, '新增就业3000人。另，新增就业3000人。')))!, /出现 2 次/);
  const cut = metric({ quote: '工企业3000家', unit: '家' });
  assert.match(fieldOf(rules.quoteStartsMidWord(cut, site(cut, '全市加工企业3000家。')))!, /从词“加工”的中间开始/);
});

test('metric rules: the indicator is the one the quote names, in its unit', () => {
  const m = metric({ quote: '城镇新增就业3000人' });
  assert.match(fieldOf(rules.indicatorOfQuote(m, site(m, m.quote)))!, /^indicator: .*应写 indicator: new-jobs/);
  const other = metric({ indicator: 'new-jobs', label: '培训', quote: '培训3000人' });
  assert.match(fieldOf(rules.indicatorNotNamed(other, site(other, other.quote)))!, /都没有说“城镇新增就业”（new-jobs）/);
  const unit = metric({ indicator: 'new-jobs', unit: '户', quote: '新增就业3000户' });
  assert.match(fieldOf(rules.indicatorUnitDiffers(unit, site(unit, unit.quote)))!, /^indicator: 指标 new-jobs 的单位是“人”，这个数字的单位是“户”/);
  const both = metric({ indicator: 'new-jobs', unit: '户' });
  assert.equal(fieldOf(rules.indicatorUnitDiffers(both, site(both, both.quote))), 'unit: 指标 new-jobs 的单位是“人”，此处为“户”');
});

test('metric rules: metrics sharing a quote take its figures in order', () => {
  const quote = '博士、硕士分别可领取10万元、5万元';
  const found = rules.sharedQuoteOrder([metric({ label: '博士', value: 50000, unit: '元', quote }), metric({ label: '硕士', value: 100000, unit: '元', quote })]);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.index, 1);
  assert.match(found[0]!.message, /是否把两项的 value 填反了/);
});

test('an indicator named before a change verb (提高到, 达到, 保持在) states the figure after it: without the id, the check says which', () => {
  const problems = problemsAfter((dir) =>
    edit(dir, 'plans/qingtian-action-plan.md', '    quote: 每万老年人口拥有持证养老护理员数提高到25人以上\n    indicator: certified-elderly-carers\n', '    quote: 每万老年人口拥有持证养老护理员数提高到25人以上\n'),
  );
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, /^plans\/qingtian-action-plan\.md: targets\[\d+\]\.indicator: 引文“每万老年人口拥有持证养老护理员数提高到25人以上”陈述的是可比指标“每万老年人口拥有持证养老护理员数”的数字（单位相同）：应写 indicator: certified-elderly-carers/);
  for (const quote of ['城镇新增就业达到3000人', '城镇新增就业保持在 3000人', '城镇新增就业增长到3000人', '城镇新增就业提高至3000人']) {
    const m = metric({ quote });
    assert.match(fieldOf(rules.indicatorOfQuote(m, site(m, quote)))!, /应写 indicator: new-jobs/, quote);
  }
  // A rise by a figure is not the indicator's level, nor a figure with other words between.
  for (const quote of ['城镇新增就业增长3000人', '城镇新增就业中的高校毕业生达到3000人']) {
    const m = metric({ quote });
    assert.equal(rules.indicatorOfQuote(m, site(m, quote)), undefined, quote);
  }
});

test('超, 超过, 逾, 以上, 不足 are bounds, not approximations (docs/editing.md, approx): approx is refused on them, and 约 and 余 still need it', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/yuhuan-three-drives.md', "    quote: '年度分红 600 万元以上'", "    approx: true\n    quote: '年度分红 600 万元以上'");
    edit(dir, 'plans/qingtian-action-plan.md', '    quote: 劳动报酬占 GDP 比重超过 50%', '    approx: true\n    quote: 劳动报酬占 GDP 比重超过 50%');
  });
  assert.deepEqual(problems, [
    'practices/yuhuan-three-drives.md: metrics[37].approx: 引文“年度分红 600 万元以上”中的 600万元以上 是界限，不是约数（约数是前后有约、近、余、多、左右的数）：删去 approx: true',
    'plans/qingtian-action-plan.md: targets[11].approx: 引文“劳动报酬占 GDP 比重超过 50%”中的 超过50% 是界限，不是约数（约数是前后有约、近、余、多、左右的数）：删去 approx: true',
  ]);
  for (const quote of ['总规模超 2亿元', '总规模超过 2亿元', '总规模逾 2亿元', '总规模 2亿元以上', '收入不足 2亿元']) {
    assert.equal(rules.approxMismatch(metric({ quote, value: 2e8, unit: '元' }), findNumbers(quote)), undefined, quote);
    const m = metric({ quote, value: 2e8, unit: '元', approx: true });
    assert.match(fieldOf(rules.approxMismatch(m, findNumbers(quote)))!, /^approx: .*是界限，不是约数.*删去 approx: true/, quote);
  }
  // 近 1.7 亿多元 and 超 …余 are approximate: the approximation word wins over the bound.
  for (const quote of ['总规模约 2亿元', '总规模 2亿余元', '总规模超 2亿余元']) {
    const m = metric({ quote, value: 2e8, unit: '元' });
    assert.match(fieldOf(rules.approxMismatch(m, findNumbers(quote)))!, /^approx: .*是约数：应写 approx: true/, quote);
    assert.equal(rules.approxMismatch({ ...m, approx: true }, findNumbers(quote)), undefined, quote);
  }
});

test('a quote with an invisible character (a no-break space) is one message naming it, not also "not found in the body"', () => {
  const problems = problemsAfter((dir) => edit(dir, 'practices/wenling-employment.md', "quote: '共服务重点群体 12827人次'", "quote: '共服务重点群体\u00a012827人次'"));
  assert.deepEqual(problems, [
    'practices/wenling-employment.md: metrics[3].quote: “共服务重点群体\u00a012827人次”含有看不见的字符 U+00A0（不换行空格）：请删除它（换成普通空格，或在编辑器中删去后重新输入这一处）',
  ]);
});

/** The curated content's problems of one rule (what `npm run check` reports for it). */
function curatedProblems(pattern: RegExp): string[] {
  return checkContent('content', 'seeds')
    .map(formatProblem)
    .filter((p) => pattern.test(p));
}

test('metrics: a quote that starts inside a word is reported with the whole word; none of the curated quotes does', () => {
  assert.deepEqual(curatedProblems(/的中间开始/), []);
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/jiaojiang-talent.md', "quote: '促成 5家本地企业与浙工大建立长期校企合作关系'", "quote: '成 5家本地企业与浙工大建立长期校企合作关系'");
  });
  assert.deepEqual(problems, [
    'practices/jiaojiang-talent.md: metrics[12].quote: 引文“成 5家本地企业与浙工大建立长期校企合作关系”从词“促成”的中间开始：页面会从半个词起标出这句话。引文要从完整的词开始，写成“促成 5家本地企业与浙工大建立长期校企合作关系”',
  ]);
});

test('metrics: a figure stated for an indicator without its id is reported; every curated one has it', () => {
  assert.deepEqual(curatedProblems(/陈述的是可比指标/), []);
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/jiaojiang-talent.md', "quote: '新增高技能人才 1605人'\n    indicator: new-high-skilled-talents\n", "quote: '新增高技能人才 1605人'\n");
  });
  assert.deepEqual(problems, [
    'practices/jiaojiang-talent.md: metrics[34].indicator: 引文“新增高技能人才 1605人”陈述的是可比指标“新增高技能人才”的数字（单位相同）：应写 indicator: new-high-skilled-talents，/metrics/ 才会把它与各地的同一指标放在一起比较',
  ]);
});

test('a target for a year already past when the issue was printed is reported', () => {
  const problems = problemsAfter((dir) =>
    edit(dir, 'practices/wenling-employment.md', "    value: 19\n    unit: 个\n    kind: result", '    value: 19\n    unit: 个\n    kind: target\n    year: 2020'),
  );
  expectLines(problems, [
    'practices/wenling-employment.md: metrics[0].year: 目标（kind: target）的年份 2020 早于本案例的日期 2021-12-01：已经过去的年份不是目标。若原文说的是那一年取得的数字，kind 应为 result（起点的数字为 baseline），否则请核对年份',
  ]);
});

test('a year that contradicts the year its sentence opens with is reported', () => {
  const problems = problemsAfter((dir) => edit(dir, 'practices/yuhuan-skills-to-capital.md', '    value: 14600\n    unit: 人次\n    year: 2021', '    value: 14600\n    unit: 人次\n    year: 2020'));
  const line = problems.find((p) => p.startsWith('practices/yuhuan-skills-to-capital.md: metrics[') && p.includes('的年份 2020 与它所在的句子不符'));
  assert.ok(line, problems.join('\n'));
  assert.match(line, /句子写的是 2021 年（“.*”）。应写 year: 2021$/);
});

test('a metric that keeps one end of a range its quote gives is reported; two metrics sharing the quote are not', () => {
  assert.equal(rangeIn('每户年增收 5000 元到 1 万元', 5000), '5000 元到 1 万元');
  assert.equal(rangeIn('每户年增收 5000 元到 1 万元', 10000), '5000 元到 1 万元');
  assert.equal(rangeIn('新建 3—5个工坊', 5), '3—5个');
  assert.equal(rangeIn('参保率由 2020 年的 45% 提高到 2021 年的 71%', 71), undefined, 'a change from one year to another is no range');
  assert.equal(rangeIn('由2020年的45%提高到2021年的71%', 45), undefined);
  assert.equal(rangeIn('每户年增收 5000 元到 1 万元', 62), undefined);
  const one = (dir: string) =>
    edit(dir, 'practices/sanmen-five-helps.md', "    value: 62\n    unit: '户'\n    kind: result\n    quote: '带动 62 户低收入农户'", "    value: 5000\n    unit: '元'\n    kind: result\n    quote: '每户年增收 5000 元到 1 万元'");
  expectLines(problemsAfter(one), [
    'practices/sanmen-five-helps.md: metrics[19].quote: 引文“每户年增收 5000 元到 1 万元”说的是一个范围（5000 元到 1 万元），一项指标只记一个数，页面会把 5000元 当作全部：请把两端各记为一项（共用这句引文，label 写明下限、上限），或不记这个数字',
  ]);
  const both = problemsAfter((dir) => {
    one(dir);
    edit(dir, 'practices/sanmen-five-helps.md', "    quote: '每户年增收 5000 元到 1 万元'", "    quote: '每户年增收 5000 元到 1 万元'\n  - label: 每户年增收上限\n    value: 10000\n    unit: '元'\n    kind: result\n    quote: '每户年增收 5000 元到 1 万元'");
  });
  assert.deepEqual(both.filter((p) => p.includes('说的是一个范围')), []);
});

test('a metric that keeps one side of a ratio is reported', () => {
  const problems = problemsAfter((dir) =>
    edit(dir, 'practices/tiantai-heying.md', /^metrics:\n/m, "metrics:\n  - label: 财政与薄弱村投入比例\n    value: 10\n    unit: 倍\n    kind: standard\n    quote: '按 10:1投入'\n"),
  );
  assert.ok(
    problems.includes('practices/tiantai-heying.md: metrics[0].value: 引文“按 10:1投入”中的 10:1 是一个比例，value 10 只是它的一边：比例不记为一项指标（页面会把 10倍 当作全部）。原文另写了倍数（如“1.8倍”）时记那个数，否则不记'),
    problems.join('\n'),
  );
});

test('a yearly target (每年…) given the year of a later clause is reported', () => {
  const problems = problemsAfter((dir) =>
    edit(dir, 'plans/qingtian-action-plan.md', /(    unit: 人次\n)(    kind: target\n    quote: 每年组织职业技能培训)/, '$1    year: 2025\n$2'),
  );
  assert.ok(
    problems.includes(
      'plans/qingtian-action-plan.md: targets[19].year: 目标“每年组织职业技能培训 5000 人次以上”是每年的数，它所在的句子在它之前没有写年份：删去 year: 2025（year 只写“到某年”的目标的那一年；页面会把它显示成 2025 年的目标）',
    ),
    problems.join('\n'),
  );
});

test('a result whose quote says it is expected (预计, 力争) is reported', () => {
  const problems = problemsAfter((dir) =>
    edit(dir, 'practices/tiantai-heying.md', /kind: target(\n(?:    approx: true\n)?    quote: '预计每年)/, 'kind: result$1'),
  );
  assert.ok(problems.some((p) => /^practices\/tiantai-heying\.md: metrics\[\d+\]\.kind: 引文“预计每年为龙溪乡各行政村带来收益 37\.8万元以上”中有“预计”：说的是预期，不是已取得的成效，kind 应为 target/.test(p)), problems.join('\n'));
});

test('a unit written in full-width (％) is reported: units are shown and compared in half-width', () => {
  const problems = problemsAfter((dir) => edit(dir, 'practices/sanmen-five-helps.md', "unit: '%'", "unit: '％'"));
  assert.ok(problems.some((p) => /^practices\/sanmen-five-helps\.md: metrics\[\d+\]\.unit: 单位“％”含有全角字符：单位统一写半角，写成“%”/.test(p)), problems.join('\n'));
});

test('a year that contradicts a sentence opening with a part of that year (2021年1-7月，) is reported', () => {
  const problems = problemsAfter((dir) => edit(dir, W, "    year: 2021\n    kind: result\n    quote: '温岭-三门山海协作生态旅游文化产业园完成投资3.06亿元'", "    year: 2020\n    kind: result\n    quote: '温岭-三门山海协作生态旅游文化产业园完成投资3.06亿元'"));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, /^practices\/wenling-mountain-sea\.md: metrics\[\d+\]\.year: 成效（kind: result）的年份 2020 与它所在的句子不符：句子写的是 2021 年（“2021年1-7月，/);
});

test('a figure of several years (2016年-2020年，…) given one of them as its year is reported', () => {
  const problems = problemsAfter((dir) => edit(dir, W, "    unit: '元'\n    kind: result\n    quote: '共拨付山海协作援建资金859万元'", "    unit: '元'\n    year: 2019\n    kind: result\n    quote: '共拨付山海协作援建资金859万元'"));
  assert.deepEqual(problems, [
    `${W}: metrics[4].year: “共拨付山海协作援建资金859万元”是 2016年-2020年 这几年合起来的数，不是 2019 年的：删去 year: 2019，否则页面会把它显示成 2019 年的成效`,
  ]);
  // Without the years in its label, the message says where they can go.
  const bare = problemsAfter((dir) => {
    edit(dir, W, "  - label: '2016年-2020年财政共拨付山海协作援建资金'", "  - label: '财政共拨付山海协作援建资金'");
    edit(dir, W, "    unit: '元'\n    kind: result\n    quote: '共拨付山海协作援建资金859万元'", "    unit: '元'\n    year: 2020\n    kind: result\n    quote: '共拨付山海协作援建资金859万元'");
  });
  assert.match(bare.join('\n'), /年份范围可以写进 label（如“2016年-2020年财政共拨付山海协作援建资金”）$/);
});

test('a figure in its quote’s unit under an indicator of another unit is told to drop the indicator, not to change the unit', () => {
  // 35个村 put under 城镇新增就业 (人): changing 个 to 人 would only be reported against the quote, and back again.
  const problems = problemsAfter((dir) => edit(dir, W, "    quote: '带动当地35个村增收'", "    quote: '带动当地35个村增收'\n    indicator: new-urban-jobs"));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, /^practices\/wenling-mountain-sea\.md: metrics\[\d+\]\.indicator: 指标 new-urban-jobs 的单位是“人”，这个数字的单位是“个”：.*删去 indicator（单位照引文写，不要为了指标改单位）/);
});

test('a bound after a figure (1.7 以内) is not offered as its unit', () => {
  const problems = problemsAfter((dir) => edit(dir, 'plans/qingtian-action-plan.md', '    value: 1.7\n    unit: 倍', '    value: 1.7\n    unit: 成'));
  assert.deepEqual(problems, ['plans/qingtian-action-plan.md: targets[5].quote: 引文“城乡居民收入倍差力争缩小到 1.7 以内”中 1.7 后面没有单位“成”：引文要包括数字后面的单位']);
});

test('an indicator counted in another unit by some texts (市场主体: 家 and 户) takes both, and only where the taxonomy says so', () => {
  const problems = problemsAfter((dir) => edit(dir, 'taxonomy/indicators.yaml', /\n  otherUnits: \[户\]/, ''));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, /^plans\/taizhou-action-plan\.md: targets\[\d+\]\.indicator: 指标 market-entities 的单位是“家”，这个数字的单位是“户”/);
});

test('an indicator other than the one the quote names before the figure, in the same unit, is reported with the right one', () => {
  const problems = problemsAfter((dir) => edit(dir, Y, '    indicator: per-capita-disposable-income', '    indicator: rural-per-capita-disposable-income'));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, /^practices\/yuhuan-three-drives\.md: metrics\[\d+\]\.indicator: 引文“[^”]*常住居民人均可支配收入[^”]*”陈述的是“居民人均可支配收入”（per-capita-disposable-income）的数字，indicator 却写的是“农村居民人均可支配收入”（rural-per-capita-disposable-income）[^]*应写 indicator: per-capita-disposable-income$/);
  const skills = problemsAfter((dir) => edit(dir, 'practices/jiaojiang-talent.md', '    indicator: new-high-skilled-talents', '    indicator: new-urban-jobs'));
  assert.ok(skills.some((p) => p.includes('indicator 却写的是“城镇新增就业”（new-urban-jobs）')), skills.join('\n'));
});

test('今年 is the issue’s year: a result dated otherwise, or one up to a date within it (截至今年上半年) given a year, is reported', () => {
  const J = 'practices/jiaojiang-talent.md';
  const asOf = problemsAfter((dir) => edit(dir, J, "    quote: '共引育高校毕业生 7155名'", "    year: 2020\n    quote: '共引育高校毕业生 7155名'"));
  assert.equal(asOf.length, 1, asOf.join('\n'));
  assert.match(asOf[0]!, /^practices\/jiaojiang-talent\.md: metrics\[\d+\]\.year: “共引育高校毕业生 7155名”是截至今年上半年（本期 2021 年）的累计数，不是一整年的数：删去 year: 2020/);
  assert.deepEqual(relativeYear('今年以来，多渠道开发公益性岗位', 2021), { word: '今年', year: 2021, asOf: false });
  assert.deepEqual(relativeYear('去年，该县', 2022), { word: '去年', year: 2021, asOf: false });
  assert.equal(relativeYear('截至今年底，', 2021)?.asOf, false);
  assert.equal(relativeYear('2021年，今年', 2021), undefined);
});

test('a value that is another figure of its quote than the one its label describes is reported', () => {
  const J = 'practices/jiaojiang-talent.md';
  const problems = problemsAfter((dir) => edit(dir, J, "    value: 18\n    unit: 个\n    kind: result\n    quote: '18个创业项目落地'", "    value: 609\n    unit: 个\n    kind: result\n    quote: '共有 609个人才项目参赛、18个创业项目落地'"));
  assert.ok(problems.some((p) => /^practices\/jiaojiang-talent\.md: metrics\[\d+\]\.value: label“[^”]*”说的像是引文中“18个创业项目落地”的数字 18，value 却是 609/.test(p)), problems.join('\n'));
});

test('metrics sharing a quote take its figures in its order: two values swapped between labels are reported', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/jiaojiang-talent.md', '  - label: 博士研究生安家补贴\n    value: 100000', '  - label: 博士研究生安家补贴\n    value: 50000');
    edit(dir, 'practices/jiaojiang-talent.md', '  - label: 全日制硕士安家补贴\n    value: 50000', '  - label: 全日制硕士安家补贴\n    value: 100000');
  });
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, /^practices\/jiaojiang-talent\.md: metrics\[\d+\]\.value: 第 \d+ 项（博士研究生安家补贴）和第 \d+ 项（全日制硕士安家补贴）共用引文“分别可领取 10万元、5万元安家补贴”，原文中 10万 在 5万 之前，它们的数值却是反的顺序：是否把两项的 value 填反了？/);
});

test('a quote that differs from the body only in spaces (typed without the spaces the PDF puts around figures) says so and what to write', () => {
  const f = 'practices/taizhou-integrated-reform.md';
  const problems = problemsAfter((dir) => edit(dir, f, "quote: '全市技术工人总数约为 124万人'", "quote: '全市技术工人总数约为124万人'"));
  assert.deepEqual(problems.filter((p) => p.includes('.quote')).map((p) => p.slice(p.indexOf('引文'))), [
    '引文“全市技术工人总数约为124万人”在正文中找不到：只差空格，正文是“全市技术工人总数约为 124万人”。引文要与正文逐字一致（包括空格），写成“全市技术工人总数约为 124万人”',
  ]);
});

test('a quote that runs from one paragraph into the next is told so, not only that it is not found', () => {
  const problems = problemsAfter((dir) => edit(dir, 'practices/sanmen-five-helps.md', "quote: '等19个部门'", "quote: '取消440人。三是全域推广应用'"));
  assert.ok(
    problems.some((p) => /^practices\/sanmen-five-helps\.md: metrics\[0\]\.quote: 引文“取消440人。三是全域推广应用”跨了正文的两段（或标题和正文）/.test(p)),
    problems.join('\n'),
  );
});
