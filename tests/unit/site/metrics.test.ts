// Figures as pages show them (src/lib/metrics.ts): the rules format.test.ts did not pin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayValue, headlineMetrics, listedFigures, qualifiers, shownLead, type MetricLike } from '../../../src/lib/metrics.ts';

const metric = (label: string, over: Partial<MetricLike> = {}): MetricLike => ({ label, value: 1, unit: '人', kind: 'result', quote: `${label} 1人`, ...over });

test('a result of the year before the text’s own is still a headline; only a figure of a year well before is set back', () => {
  const ms = [metric('去年成效', { year: 2020 }), metric('目标', { kind: 'target' })];
  assert.deepEqual(headlineMetrics(ms, 1, 2021).map((m) => m.label), ['去年成效']);
  const older = [metric('前年成效', { year: 2019 }), metric('目标', { kind: 'target' })];
  assert.deepEqual(headlineMetrics(older, 1, 2021).map((m) => m.label), ['目标']);
});

test('a figure about the group shown first in a practice list is not shown a second time', () => {
  const ms = [metric('持股技工', { value: 1, quote: '持股技工 1人' }), metric('培训', { value: 2, quote: '培训 2人' })];
  assert.deepEqual(listedFigures(ms, 2, 2021, undefined, ['持股']).map((m) => m.label), ['持股技工', '培训']);
});

test('a figure written with 左右 after its unit is shown with it and counts as approximate (the check asks for approx: true)', () => {
  const m = metric('人均补助', { value: 40000, unit: '元', quote: '人均补助4万元左右' });
  assert.equal(displayValue(m), '4万元左右');
  assert.equal(qualifiers(m)?.approximate, true);
  // Without a qualifier the figure is exact.
  assert.equal(qualifiers({ ...m, quote: '人均补助4万元' })?.approximate, false);
});

test('余/多 after the unit (收入增长30%多) is shown with the figure and counts as approximate, like 左右', () => {
  const m = metric('收入增长', { value: 30, unit: '%', quote: '收入增长30%多' });
  assert.equal(displayValue(m), '30%多');
  assert.equal(qualifiers(m)?.approximate, true);
  assert.equal(qualifiers({ ...m, quote: '收入增长30%，多措并举' })?.approximate, false);
});

test('qualifiers gives the lead as printed (约为); the pages show it through shownLead (约), every other lead as printed', () => {
  // seeds/001: 全市技术工人总数约为 124万人.
  assert.equal(qualifiers(metric('技术工人总数', { value: 1240000, quote: '全市技术工人总数约为 124万人' }))?.lead, '约为');
  assert.equal(shownLead('约为'), '约');
  for (const lead of ['约', '近', '超过', '不低于', '']) assert.equal(shownLead(lead), lead);
});
