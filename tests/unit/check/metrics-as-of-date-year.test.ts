// Eighth content audit: a total up to a date within a year had been given that year (玉环's 玉贸贷 figures, “截至2021年5月
// 底”), and /metrics/ would have compared it with whole years. The check and the ingest now keep such totals undated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContent } from '../../../src/check/check.ts';
import { asOfPartYear } from '../../../src/lib/sentence-patterns.ts';
import { formatProblem } from '../../../src/check/types.ts';
import { scanParagraph } from '../../../src/ingest/metrics.ts';
import { edit, problemsAfter } from '../../support/content-copy.ts';

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
