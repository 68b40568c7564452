import { test } from 'node:test';
import assert from 'node:assert/strict';
import { barShares } from '../../src/lib/chart.ts';
import { barLabel, chartRows, groupByIndicator, splitTotals, type Sourced } from '../../src/lib/indicators.ts';

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
const m = (value: number, indicator?: string, kind: 'result' | 'target' = 'result') => ({
  label: 'x',
  value,
  unit: '人',
  kind,
  quote: `${value}人`,
  indicator,
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

test('repeated regions in a table get a date in their label', () => {
  const rows = groupByIndicator([
    src('a', 'yuhuan', [m(4503, 'hs')], '2021-12-01'),
    src('b', 'yuhuan', [m(4503, 'hs')], '2022-01-25'),
    src('c', 'xianju', [m(2447, 'hs')], '2022-01-25'),
  ]).get('hs')!;
  assert.deepEqual(rows.map((r) => barLabel(r, rows, r.source.region)), ['yuhuan（2021年12月发布）', 'yuhuan（2022年1月发布）', 'xianju']);
});

test('when the figures are not all of one year, every bar names its year (or its text’s date)', () => {
  const y = (value: number, year?: number) => ({ ...m(value, 'hs'), ...(year ? { year } : {}) });
  const rows = groupByIndicator([
    src('a', 'yuhuan', [y(4503, 2021)], '2022-01-25'),
    src('b', 'xianju', [y(2447, 2021)], '2022-01-25'),
    src('c', 'jiaojiang', [y(1605)], '2021-12-01'),
  ]).get('hs')!;
  assert.deepEqual(rows.map((r) => barLabel(r, rows, r.source.region)), ['yuhuan（2021年）', 'xianju（2021年）', 'jiaojiang（2021年12月发布）']);
  const sameYear = rows.slice(0, 2);
  assert.deepEqual(sameYear.map((r) => barLabel(r, sameYear, r.source.region)), ['yuhuan', 'xianju']);
});
