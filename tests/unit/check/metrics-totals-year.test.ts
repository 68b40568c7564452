// The year of a total: a running total after the period's own figure (温岭's 累计完成投资 96.4亿元), or a total up to a
// date within a year (玉环's 玉贸贷 figures, “截至2021年5月底”), is no figure of that year, and /metrics/ would have
// compared it with whole years. The check reports such a year, and the ingest gives none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContent } from '../../../src/check/check.ts';
import { asOfPartYear } from '../../../src/lib/sentence-patterns.ts';
import { formatProblem } from '../../../src/check/types.ts';
import { scanParagraph } from '../../../src/ingest/metrics.ts';
import { edit, problemsAfter } from '../../support/content-copy.ts';

/** The curated content's problems of one rule (what `npm run check` reports for it). */
function curatedProblems(pattern: RegExp): string[] {
  return checkContent('content', 'seeds')
    .map(formatProblem)
    .filter((p) => pattern.test(p));
}

test('metrics: a running total after the period’s own figure keeps no year; none of the curated ones has one', () => {
  // seeds/002 line 37: “2021年1-7月，…完成投资3.06亿元，累计完成投资96.4亿元”: 96.4亿 is the total since the start.
  assert.deepEqual(curatedProblems(/是累计数/), []);
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/wenling-mountain-sea.md', "    unit: '元'\n    kind: result\n    quote: '累计完成投资30亿元'", "    unit: '元'\n    year: 2021\n    kind: result\n    quote: '累计完成投资30亿元'");
  });
  assert.deepEqual(problems, [
    'practices/wenling-mountain-sea.md: metrics[8].year: “累计完成投资30亿元”是累计数（从开始算起的总数），不是 2021 年的数：同一句中的“温岭-景宁山海协作生态旅游文化产业园完成投资5.7亿元”才是这一时期的数。删去 year: 2021，否则页面会把累计数显示成 2021 年的成效',
  ]);
  // A total of the year (2020 年累计授信 7.25 亿元) after a figure of no year, or after a figure in another unit, is
  // the year's own: the curated ones stay as they are (checked by the first assertion).
});

test('ingest: a running total after the period’s own figure gets no year; a year’s own total keeps it', () => {
  const years = (p: string) => Object.fromEntries(scanParagraph(p, { issued: '2021-09-30' }).metrics.map((m) => [m.quote, m.year]));
  assert.deepEqual(years('2021年1-7月，温岭-三门山海协作生态旅游文化产业园完成投资3.06亿元，累计完成投资96.4亿元。'), {
    '温岭-三门山海协作生态旅游文化产业园完成投资3.06亿元': 2021,
    '累计完成投资96.4亿元': undefined,
  });
  // The year's own total (no figure of the period before it, or one in another unit) is the year's.
  assert.equal(years('2021 年，累计帮扶技术工人 60000 余人次，3名技术工人获评“浙江工匠”。')['累计帮扶技术工人 60000 余人次'], 2021);
  assert.equal(years('推出单列专项信贷资金 10 亿元用于支持乡村振兴项目建设，2020 年累计授信 7.25 亿元。')['2020 年累计授信 7.25 亿元'], 2020);
});

test('a total up to a date within the year is found; a year’s end is not such a date', () => {
  assert.deepEqual(asOfPartYear('截至2021年5月底，共开出玉贸贷业务保函45笔'), { date: '2021年5月底', year: 2021 });
  assert.deepEqual(asOfPartYear('截止２０２２年６月３０日，累计发放'), { date: '2022年6月30日', year: 2022 });
  assert.equal(asOfPartYear('截至2020年底，全市有高技能人才3.92万人'), undefined);
  assert.equal(asOfPartYear('截至2021年12月，全市'), undefined);
  assert.equal(asOfPartYear('2021年5月，该县'), undefined, 'a month of its own is a period, not a total up to it');
});

test('metrics: a total up to a date within a year keeps no year; none of the curated ones has one', () => {
  assert.deepEqual(checkContent('content', 'seeds').map(formatProblem).filter((p) => p.includes('的累计数，不是')), []);
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/yuhuan-three-drives.md', "    unit: '元'\n    kind: result\n    quote: '担保金额2.04亿元'", "    unit: '元'\n    year: 2021\n    kind: result\n    quote: '担保金额2.04亿元'");
  });
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(
    problems[0]!,
    /^practices\/yuhuan-three-drives\.md: metrics\[\d+\]\.year: “担保金额2\.04亿元”是截至 2021年5月底 的累计数，不是 2021 年全年的数：删去 year: 2021，否则页面会把它显示成 2021 年的成效，与各地全年的数字比较。/,
  );
});

test('ingest: a total up to a date within the year gets no year; a stock at a year’s end keeps it', () => {
  const years = (p: string) => Object.fromEntries(scanParagraph(p, { issued: '2021-09-30' }).metrics.map((m) => [m.quote, m.year]));
  assert.deepEqual(years('截至2021年5月底，共开出玉贸贷业务保函45笔，担保金额2.04亿元，科创贷担保金额 1000 万元。'), {
    共开出玉贸贷业务保函45笔: undefined,
    '担保金额2.04亿元': undefined,
    '科创贷担保金额 1000 万元': undefined,
  });
  assert.deepEqual(years('截至2020年底，全市有高技能人才3.92万人。'), { '全市有高技能人才3.92万人': 2020 });
});
