// Content-check messages on an issue's masthead and colophon: its sub-series, a series name a character away, the
// closing 印发 line of a short text.
// Run: node --test tests/unit/check/check-subseries-and-colophon.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { printedIssue } from '../../../src/lib/seed-text.ts';
import { edit, problemsAfter } from '../../support/content-copy.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/mastheads/${name}`, import.meta.url), 'utf8');

test('a masthead’s sub-series is read from its own bracketed line, full-width or not, and not from a bracketed date', () => {
  assert.equal(printedIssue(fixture('subseries-masthead.txt')).subseries, '专题调研');
  assert.equal(printedIssue(readFileSync('seeds/002_d3d2b23bbdabca64.txt', 'utf8')).subseries, '实践创新');
  // The issues that print none.
  for (const seed of ['000_901b1eb27f07a258.txt', '001_87f722b323f69c9e.txt']) assert.equal(printedIssue(readFileSync(`seeds/${seed}`, 'utf8')).subseries, undefined, seed);
});

test('an issue whose masthead prints a sub-series is reported when subseries is left out: its citation would lack it', () => {
  const problems = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2021-09-30.yaml', /^subseries: .*\n/m, ''));
  assert.deepEqual(problems, [
    'briefings/taizhou-2021-09-30.yaml: subseries: subseries 未填，原文 seeds/002_d3d2b23bbdabca64.txt 的报头在刊名下印有“（实践创新）”：subseries 应为 实践创新（不带括号；页面和引用写作《台州共富工作简报（实践创新）》）',
  ]);
});

test('a series name a character away from another issue’s is reported where its source prints no masthead to check it by', () => {
  // 2021-12-01's source (000_…) prints no masthead: a typo in its series passed, and split it from its neighbours.
  const problems = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^series: .*$/m, 'series: 台州市共富工作简报'));
  assert.deepEqual(problems, [
    'briefings/taizhou-2021-12-01.yaml: series: 刊名“台州市共富工作简报”与 content/briefings/taizhou-2021-09-30.yaml 的刊名“台州共富工作简报”只差 1 个字：同一刊物各期的刊名必须一致（上一期/下一期、引用都按刊名），是否想填 台州共富工作简报？确是另一种刊物时，照它的原文报头核对',
  ]);
  // A series of its own, not a near miss, is another publication.
  assert.deepEqual(problemsAfter((dir) => edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^series: .*$/m, 'series: 台州市共同富裕信息专报')), []);
});

test('a short issue text (12 lines or fewer) without a masthead: its closing 印发 line is the colophon, not a masthead', () => {
  // An image masthead (as 000's) and one short practice: the 印发 line falls among the first 12 lines, where the masthead
  // is looked for. Read as a masthead, it made the check refuse the number and sub-series the editor takes from the PDF.
  const short = [
    '椒江区盯才“扩中” 大力培育“中收”后备军',
    '近年来，椒江区坚持把人才工作摆在突出位置。',
    '一、政策先行',
    '出台人才新政，新增高技能人才 500 人。',
    '二、平台支撑',
    '建设技能大师工作室 10 家。',
    '报：市委、市政府领导',
    '台州市共同富裕办公室 2022年3月1日印发',
  ].join('\n');
  const printed = printedIssue(short);
  assert.equal(printed.masthead, false);
  assert.equal(printed.number, undefined);
  assert.deepEqual(printed.dates, ['2022-03-01'], 'the colophon’s date is still read');
  // With a masthead above the same text, it is one.
  const withMasthead = printedIssue(['台州共富工作简报', '第 9 期', '台州市共同富裕办公室 2022年3月1日', short].join('\n'));
  assert.equal(withMasthead.masthead, true);
  assert.equal(withMasthead.number, 9);
});

