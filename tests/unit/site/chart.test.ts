import { test } from 'node:test';
import assert from 'node:assert/strict';
import { barShares } from '../../../src/lib/chart.ts';
import {
  alignedTargets,
  asOfText,
  chartRows,
  groupByIndicator,
  indicatorsByReach,
  otherFigures,
  quotedForSeveral,
  quoteKey,
  otherUnitsText,
  reachText,
  splitTotals,
  undatedResults,
  yearText,
  type Sourced,
} from '../../../src/lib/indicators.ts';

test('bars are proportional to their values from a zero baseline', () => {
  const bars = barShares([
    { label: '台州市', value: 39200, valueText: '3.92万人' },
    { label: '玉环市', value: 4503, valueText: '4503人' },
    { label: '仙居县', value: 19600, valueText: '19600人' },
  ]);
  assert.deepEqual(bars.map((b) => b.share), [1, 0.1149, 0.5]);
  assert.equal(bars[1]!.valueText, '4503人');
});

test('zero and single values are drawn without dividing by zero', () => {
  assert.deepEqual(barShares([{ label: '甲', value: 0, valueText: '0人' }, { label: '乙', value: 0, valueText: '0人' }]).map((b) => b.share), [0, 0]);
  assert.deepEqual(barShares([{ label: '甲', value: 7, valueText: '7人' }]).map((b) => b.share), [1]);
  assert.deepEqual(barShares([{ label: '甲', value: -3, valueText: '-3%' }, { label: '乙', value: 6, valueText: '6%' }]).map((b) => b.share), [0, 1]);
});

const src = (id: string, region: string, metrics: Sourced['metrics'], date?: string): Sourced => ({
  kind: 'practice',
  id,
  title: id,
  region,
  date: date ? new Date(date) : undefined,
  metrics,
});
// A figure of 2021 unless told otherwise (`null`: the text gives no year).
const m = (value: number, indicator?: string, kind: 'result' | 'target' = 'result', year: number | null = 2021) => ({
  label: 'x',
  value,
  unit: '人',
  kind,
  quote: `${value}人`,
  indicator,
  ...(year === null ? {} : { year }),
});

test('metrics sharing an indicator are grouped with their anchors; others are left out', () => {
  const g = groupByIndicator([
    src('a', 'taizhou', [m(39200, 'hs'), m(5)]),
    src('b', 'yuhuan', [m(1), m(4503, 'hs')]),
    src('c', 'qingtian', [m(20000, 'hs', 'target')]),
  ]);
  const rows = g.get('hs')!;
  assert.deepEqual(rows.map((r) => [r.source.id, r.n]), [['a', 1], ['b', 2], ['c', 1]]);
  assert.equal(g.size, 1);
  assert.deepEqual(chartRows(rows).map((r) => r.source.id), ['a', 'b'], 'targets are not charted against results');
});

test('a chart has one bar per region, its latest figure, and needs two regions', () => {
  const one = groupByIndicator([src('a', 'yuhuan', [m(1, 'hs')]), src('b', 'yuhuan', [m(2, 'hs')])]).get('hs')!;
  assert.deepEqual(chartRows(one), []);
  const two = groupByIndicator([
    src('a', 'yuhuan', [m(4503, 'hs')], '2021-12-01'),
    src('b', 'yuhuan', [m(5000, 'hs')], '2022-01-25'),
    src('c', 'xianju', [m(2447, 'hs')], '2022-01-25'),
  ]).get('hs')!;
  assert.deepEqual(chartRows(two).map((r) => [r.source.region, r.metric.value]), [['yuhuan', 5000], ['xianju', 2447]]);
});

test('a city total is not charted beside its own counties, and is returned to be named', () => {
  const rows = chartRows(
    groupByIndicator([src('a', 'taizhou', [m(39200, 'hs')]), src('b', 'yuhuan', [m(4503, 'hs')]), src('c', 'xianju', [m(2447, 'hs')])]).get('hs')!,
  );
  const parents: Record<string, string> = { yuhuan: 'taizhou', xianju: 'taizhou' };
  const { bars, totals } = splitTotals(rows, (r) => parents[r]);
  assert.deepEqual(bars.map((r) => r.source.region), ['yuhuan', 'xianju']);
  assert.deepEqual(totals.map((r) => r.source.region), ['taizhou']);
  assert.deepEqual(splitTotals(rows.slice(0, 2), (r) => parents[r]).bars, [], 'one county left: no chart');
  assert.deepEqual(splitTotals(rows, () => undefined).bars.length, 3, 'unrelated regions are all charted');
});

test('a chart compares one year: figures without a year are left to the table, and the latest year with two regions is drawn', () => {
  const rows = groupByIndicator([
    src('a', 'yuhuan', [m(4503, 'hs', 'result', 2021), m(27000, 'hs', 'result', null)], '2021-12-01'),
    src('b', 'xianju', [m(2447, 'hs', 'result', 2021)], '2022-01-25'),
    src('c', 'jiaojiang', [m(1605, 'hs', 'result', null)], '2021-12-01'),
    src('d', 'wenling', [m(3000, 'hs', 'result', 2022)], '2023-01-01'),
  ]).get('hs')!;
  // 2022 has one region only: 2021 is drawn, without the running total of 27000 and 椒江's undated 1605.
  assert.deepEqual(chartRows(rows).map((r) => [r.source.region, r.metric.value]), [['yuhuan', 4503], ['xianju', 2447]]);
  assert.deepEqual(undatedResults(rows).map((r) => r.metric.value), [27000, 1605]);
  const later = groupByIndicator([src('d', 'wenling', [m(3000, 'hs', 'result', 2022)]), src('e', 'sanmen', [m(100, 'hs', 'result', 2022)]), src('a', 'yuhuan', [m(4503, 'hs', 'result', 2021)])]).get('hs')!;
  assert.deepEqual(chartRows(later).map((r) => r.metric.year), [2022, 2022]);
  // Only undated figures: no chart at all.
  assert.deepEqual(chartRows(groupByIndicator([src('a', 'yuhuan', [m(1, 'hs', 'result', null)]), src('b', 'xianju', [m(2, 'hs', 'result', null)])]).get('hs')!), []);
});

test('an indicator one region reports names that region; “各地数据” needs two regions', () => {
  assert.deepEqual(reachText(2, ['椒江区'], '引育高校毕业生'), {
    count: '2项数据，目前只有椒江区报告，暂无其他地区的同类数据可比较',
    caption: '引育高校毕业生：椒江区的数据',
  });
  assert.deepEqual(reachText(5, ['玉环市', '青田县'], '城镇新增就业'), { count: '5项数据，来自2个地区', caption: '城镇新增就业：各地数据' });
});

test('/metrics/ lists the indicators reported by the most regions first, then those with the most figures; one without figures is left out', () => {
  const grouped = groupByIndicator([
    src('a', 'yuhuan', [m(1, 'few'), m(2, 'many'), m(3, 'many'), m(4, 'wide')]),
    src('b', 'xianju', [m(5, 'wide'), m(6, 'tied')]),
    src('c', 'xianju', [m(7, 'many')]),
    src('d', 'sanmen', [m(8, 'deep'), m(9, 'deep'), m(10, 'deep'), m(11, 'deep')]),
  ]);
  const order = indicatorsByReach([{ id: 'tied' }, { id: 'few' }, { id: 'none' }, { id: 'deep' }, { id: 'many' }, { id: 'wide' }], grouped).map((i) => i.id);
  // wide and many: two regions each, many has more figures; deep: one region, though more figures than any; few and
  // tied: one region and one figure each, by id.
  assert.deepEqual(order, ['many', 'wide', 'deep', 'few', 'tied']);
});

test('the other figures are listed page by page, in the order given', () => {
  const pages = [src('a', 'yuhuan', [m(1, 'hs'), m(2)]), src('b', 'xianju', [m(3, 'hs')]), src('c', 'sanmen', [m(4), m(5)]), src('d', 'wenling', [m(6)])];
  assert.deepEqual(
    otherFigures(pages).map((x) => [x.source.id, x.rows.map((r) => r.value)]),
    [['a', [2]], ['c', [4, 5]], ['d', [6]]],
    'a page whose every figure has an indicator is not listed',
  );
});

test('plan targets are aligned by indicator, with their anchors, where two plans or more state one', () => {
  const rows = alignedTargets(
    [{ id: 'jobs' }, { id: 'income' }, { id: 'unused' }],
    [
      [m(1, 'income', 'target'), m(2, 'jobs', 'target'), m(3, 'jobs', 'target')],
      [m(4, 'jobs', 'target')],
      [],
    ],
  );
  assert.deepEqual(
    rows.map((r) => [r.ind.id, r.cells.map((cell) => cell.map(({ t, n }) => [t.value, n]))]),
    [['jobs', [[[2, 2], [3, 3]], [[4, 1]], []]]],
    'income is stated by one plan only',
  );
});

test('a figure without a year says when its page was published, if it is a result', () => {
  const rows = groupByIndicator([src('a', 'yuhuan', [m(1, 'hs', 'result', 2021), m(2, 'hs', 'result', null), m(3, 'hs', 'target', null)], '2022-01-25')]).get('hs')!;
  assert.deepEqual(rows.map((r) => [r.metric.value, yearText(r)]).sort(), [[1, '2021'], [2, '未注明（2022年1月发布）'], [3, '—']]);
  assert.equal(yearText(groupByIndicator([src('b', 'yuhuan', [m(2, 'hs', 'result', null)])]).get('hs')![0]!), '—', 'no date, nothing to say');
});

test('a figure dated by 今年/去年 in its label is dated as printed, with the year the issue’s date makes it', () => {
  // seeds/000 line 11 “截至今年上半年，共引育高校毕业生 7155名”, issue printed “2021年12月1日印发” (line 603).
  const dated = (label: string) => yearText(groupByIndicator([src('a', 'jiaojiang', [{ ...m(7155, 'g', 'result', null), label }], '2021-12-01')]).get('g')![0]!);
  assert.equal(dated('引育高校毕业生（截至今年上半年）'), '截至今年上半年（今年即2021年：2021年12月1日印发）');
  assert.equal(dated('推荐优秀技术工人入党（去年至今）'), '去年至今（去年即2020年：2021年12月1日印发）');
  assert.equal(dated('为留黄外来职工送去年货礼包'), '未注明（2021年12月发布）', '去年 inside a word is no date');
  assert.equal(dated('年度奖励（年度）'), '未注明（2021年12月发布）');
});

test('a figure whose label closes with a date is dated as its label prints it', () => {
  // seeds/002: 玉环's “截至2021年5月底，…玉贸贷业务保函…”, metric label 玉贸贷业务保函（截至2021年5月底）.
  const dated = (label: string) => yearText(groupByIndicator([src('a', 'yuhuan', [{ ...m(10, 'g', 'result', null), label }], '2021-07-01')]).get('g')![0]!);
  assert.equal(dated('玉贸贷业务保函（截至2021年5月底）'), '截至2021年5月底');
  assert.equal(dated('玉贸贷业务保函'), '未注明（2021年7月发布）');
  assert.equal(dated('保函（截至5月底）'), '未注明（2021年7月发布）', 'no year in the brackets: not dated');
});

test('quotedForSeveral: a page’s sentence quoted for two figures, not one sentence of two pages or two sentences', () => {
  const plan: Sourced = {
    kind: 'plan', id: 'taizhou-action-plan', title: '方案', region: 'taizhou',
    metrics: [
      { label: '10-50万元群体比例', value: 70, unit: '%', kind: 'target', quote: '群体比例分别达到 70%、45%', indicator: 'share-10-50' },
      { label: '20-60万元群体比例', value: 45, unit: '%', kind: 'target', quote: '群体比例分别达到 70%、45%', indicator: 'share-20-60' },
      { label: '收入', value: 75000, unit: '元', kind: 'target', quote: '收入达到 7.5 万元', indicator: 'income' },
    ],
  };
  const other: Sourced = { ...plan, id: 'qingtian-action-plan', metrics: [plan.metrics[2]!] };
  const rows = [...groupByIndicator([plan, other]).values()].flat();
  const several = quotedForSeveral(rows);
  assert.deepEqual(
    rows.filter((r) => several.has(quoteKey(r))).map((r) => `${r.source.id}#m-${r.n}`).sort(),
    ['taizhou-action-plan#m-1', 'taizhou-action-plan#m-2'],
  );
});

test('the figures are as of the newest dated source: its date and its issue or title, undated sources aside', () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  assert.equal(
    asOfText([
      { date: d('2021-09-30'), cited: '《台州共富工作简报（实践创新）》第3期' },
      { date: d('2022-01-25'), cited: '《台州共富工作简报》（期号未注明）' },
      { date: undefined, cited: '《台州市重点群体“扩中”“提低”行动实施方案》' },
      { date: d('2021-12-01'), cited: '《台州共富工作简报》（期号未注明）' },
    ]),
    '收录截至2022年1月25日，最新来源：《台州共富工作简报》（期号未注明）',
  );
  // Two sources of the newest date are both named, each once.
  assert.equal(
    asOfText([
      { date: d('2022-06-30'), cited: '《甲方案》' },
      { date: d('2022-06-30'), cited: '《乙简报》第2期' },
      { date: d('2022-06-30'), cited: '《甲方案》' },
    ]),
    '收录截至2022年6月30日，最新来源：《甲方案》、《乙简报》第2期',
  );
  assert.equal(asOfText([{ date: undefined, cited: '《甲方案》' }]), undefined);
  assert.equal(asOfText([]), undefined);
});

test('an indicator section names the regions whose texts count its figures in another unit than its heading gives', () => {
  const row = (region: string, unit: string, n: number) => ({ metric: { ...m(n, 'market'), unit }, n: 1, source: src(region, region, []) });
  const name = (id: string) => ({ taizhou: '台州市', qingtian: '青田县', wenling: '温岭市' })[id] ?? id;
  assert.equal(otherUnitsText([row('qingtian', '家', 40000), row('taizhou', '户', 900000)], '家', name), '本指标以“家”计；台州市的原文以“户”计。');
  // Two regions in one other unit are named together, each once; every unit in the order first seen.
  assert.equal(
    otherUnitsText([row('taizhou', '户', 9), row('wenling', '户', 8), row('taizhou', '户', 7), row('qingtian', '个', 6)], '家', name),
    '本指标以“家”计；台州市、温岭市的原文以“户”计，青田县的原文以“个”计。',
  );
  assert.equal(otherUnitsText([row('qingtian', '家', 1), row('taizhou', '家', 2)], '家', name), '');
});
