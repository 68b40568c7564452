import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutBars, wrapLabel } from '../../src/lib/chart.ts';
import { barLabel, chartRows, groupByIndicator, splitTotals, type Sourced } from '../../src/lib/indicators.ts';

test('bars are proportional to their values from a zero baseline', () => {
  const l = layoutBars([
    { label: '台州市', value: 39200, valueText: '3.92万人' },
    { label: '玉环市', value: 4503, valueText: '4503人' },
    { label: '仙居县', value: 19600, valueText: '19600人' },
  ]);
  const [a, b, c] = l.bars;
  assert.ok(Math.abs(b!.width / a!.width - 4503 / 39200) < 1e-9);
  assert.ok(Math.abs(c!.width / a!.width - 0.5) < 1e-9);
  assert.ok(a!.x + a!.width + 60 <= l.width, 'the longest bar leaves room for its value text');
});

test('zero and single values are drawn without dividing by zero', () => {
  const zero = layoutBars([{ label: '甲', value: 0, valueText: '0人' }, { label: '乙', value: 0, valueText: '0人' }]);
  assert.deepEqual(zero.bars.map((b) => b.width), [0, 0]);
  const single = layoutBars([{ label: '甲', value: 7, valueText: '7人' }]);
  assert.ok(single.bars[0]!.width > 0 && Number.isFinite(single.bars[0]!.width));
});

test('long Chinese labels wrap onto more lines instead of being clipped', () => {
  assert.deepEqual(wrapLabel('景宁畲族自治县（2021年）', 8), ['景宁畲族自治县（', '2021年）']);
  const l = layoutBars([
    { label: '景宁畲族自治县（2021年）', value: 1, valueText: '1人' },
    { label: '甲', value: 2, valueText: '2人' },
  ]);
  assert.equal(l.bars[0]!.label.join(''), '景宁畲族自治县（2021年）');
  assert.ok(l.bars[1]!.y >= l.bars[0]!.y + 2 * 20, 'the next row starts below both label lines');
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
  assert.deepEqual(rows.map((r) => barLabel(r, rows, r.source.region)), ['yuhuan（2021.12）', 'yuhuan（2022.1）', 'xianju']);
});
