// The content check's rules for briefings (src/check/rules/briefings.ts) that no other test exercised. Each test
// changes a copy of content/ as an editor would and expects the check's message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, problemsAfter } from '../../support/content-copy.ts';

const lower = (problems: string[]) => problems.filter((p) => p.includes('小于更早一期'));

test('an issue numbered below any earlier issue of its series and year is reported, not only below the one before it', () => {
  // 第5期 (Sep), 第3期 (Dec 1), 第4期 (Dec 20): the 4 is above the 3 before it, and still below the 5.
  const problems = problemsAfter((dir) => {
    edit(dir, 'briefings/taizhou-2021-09-30.yaml', /^subseries: .*\nnumber: 3$/m, 'number: 5');
    edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^date: /m, 'number: 3\ndate: ');
    edit(dir, 'briefings/taizhou-2022-01-25.yaml', /^date: 2022-01-25$/m, 'number: 4\ndate: 2021-12-20');
  });
  assert.deepEqual(lower(problems).map((p) => p.split(':')[0]), ['briefings/taizhou-2021-12-01.yaml', 'briefings/taizhou-2022-01-25.yaml'], problems.join('\n'));
  assert.ok(
    problems.includes(
      'briefings/taizhou-2022-01-25.yaml: number: 期号 4 小于更早一期 content/briefings/taizhou-2021-09-30.yaml 的期号 5（《台州共富工作简报》2021-09-30 是第 5 期，本期 2021-12-20 却是第 4 期）：同一刊物同一年的期号应随日期递增。请对照原文核对两期的 number 和 date',
    ),
    lower(problems).join('\n'),
  );
});

test('two issues of one day are not in any order: neither is reported as numbered below the other', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'briefings/taizhou-2021-09-30.yaml', /^subseries: .*\nnumber: 3\ndate: 2021-09-30$/m, 'number: 4\ndate: 2021-12-01');
    edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^date: /m, 'number: 3\ndate: ');
  });
  assert.deepEqual(lower(problems), []);
});

test('a series name two characters away from another issue’s is reported as a slip', () => {
  const problems = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^series: .*$/m, 'series: 台州市共富工作快报'));
  assert.ok(
    problems.includes(
      'briefings/taizhou-2021-12-01.yaml: series: 刊名“台州市共富工作快报”与 content/briefings/taizhou-2021-09-30.yaml 的刊名“台州共富工作简报”只差 2 个字：同一刊物各期的刊名必须一致（上一期/下一期、引用都按刊名），是否想填 台州共富工作简报？确是另一种刊物时，照它的原文报头核对',
    ),
    problems.join('\n'),
  );
});

test('a source file that is not in seeds/ is reported, naming it', () => {
  const problems = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2021-09-30.yaml', /^source: .*$/m, 'source: 999_missing.txt'));
  assert.ok(problems.includes('briefings/taizhou-2021-09-30.yaml: source: seeds/ 中没有文件 999_missing.txt'), problems.join('\n'));
});

test('two issues with one number: the one its source contradicts is reported, else the message names both files and sources', () => {
  // 2021-09-30's source prints 第3期: its 4 is the slip, reported by the masthead check alone, not as 2021-12-01's
  // (whose text prints no masthead) repeating it.
  const settled = problemsAfter((dir) => {
    edit(dir, 'briefings/taizhou-2021-09-30.yaml', /^number: 3$/m, 'number: 4');
    edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^date:/m, 'subseries: 实践创新\nnumber: 4\ndate:');
  }).filter((p) => p.includes(': number: '));
  assert.deepEqual(settled, [
    'briefings/taizhou-2021-09-30.yaml: number: 期号 4，原文 seeds/002_d3d2b23bbdabca64.txt 印的是“第 3 期”：number 应为 3',
  ]);
  // Neither source settles it (2021-12-01 prints no masthead, 2021-09-30's 3 is right): both files are named.
  const open = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^date:/m, 'subseries: 实践创新\nnumber: 3\ndate:'))
    .filter((p) => p.includes(': number: '));
  assert.deepEqual(open, [
    'briefings/taizhou-2021-12-01.yaml: number: 期号 3 与 content/briefings/taizhou-2021-09-30.yaml 相同（都是《台州共富工作简报（实践创新）》2021 年第 3 期）：两期中有一期填错了，对照两期原文的报头（seeds/002_d3d2b23bbdabca64.txt 和本期的 seeds/000_901b1eb27f07a258.txt；提取文本没有报头时看 PDF 原件）改正填错的那一期（taizhou-2021-09-30.yaml 或 taizhou-2021-12-01.yaml），原文没有印期号时不填',
  ]);
});
