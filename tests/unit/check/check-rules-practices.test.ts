// The content check's rules for practices (src/check/rules/practices.ts) that no other test exercised. Each test changes
// a copy of content/ as an editor would and expects the check's message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, problemsAfter } from '../../support/content-copy.ts';

test('a practice dated otherwise than its briefing is reported, naming both dates', () => {
  const problems = problemsAfter((dir) => edit(dir, 'practices/wenling-employment.md', 'date: 2021-12-01', 'date: 2021-12-02'));
  assert.ok(
    problems.includes('practices/wenling-employment.md: date: 日期 2021-12-02 与简报 taizhou-2021-12-01 的日期 2021-12-01 不一致'),
    problems.join('\n'),
  );
});

test('a target for the year of the issue itself (by the end of this year) is a target, not a year already past', () => {
  const problems = problemsAfter((dir) =>
    edit(dir, 'practices/wenling-employment.md', '    unit: 个\n    kind: result\n    quote: \'成功创建', '    unit: 个\n    kind: target\n    year: 2021\n    quote: \'成功创建'),
  );
  assert.deepEqual(problems.filter((p) => p.includes('目标（kind: target）的年份')), [], problems.join('\n'));
  // One year earlier is past, and is reported (the rule is there, at the right place).
  const past = problemsAfter((dir) =>
    edit(dir, 'practices/wenling-employment.md', '    unit: 个\n    kind: result\n    quote: \'成功创建', '    unit: 个\n    kind: target\n    year: 2020\n    quote: \'成功创建'),
  );
  assert.ok(past.some((p) => p.startsWith('practices/wenling-employment.md: metrics[0].year: 目标（kind: target）的年份 2020 早于本案例的日期 2021-12-01')), past.join('\n'));
});
