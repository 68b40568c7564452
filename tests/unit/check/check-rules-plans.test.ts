// The content check's rules for plans (src/check/rules/plans.ts) that no other test exercised. Each test changes a
// copy of content/ as an editor would and expects the check's message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, problemsAfter } from '../../support/content-copy.ts';

test('two revisions of one plan are reported: a plan is revised once, a later revision supersedes the revision', () => {
  const problems = problemsAfter((dir) => {
    const text = readFileSync(join(dir, 'plans/qingtian-action-plan.md'), 'utf8');
    for (const [id, date] of [['qingtian-action-plan-2030', '2030-03-01'], ['qingtian-action-plan-2031', '2031-04-01']]) {
      const revised = text.replace(/^date: .*$/m, `date: ${date}`).replace(/^status: /m, 'supersedes: qingtian-action-plan\nstatus: ');
      writeFileSync(join(dir, `plans/${id}.md`), revised);
    }
  });
  assert.ok(
    problems.includes('plans/qingtian-action-plan-2031.md: supersedes: 方案 qingtian-action-plan 已由 qingtian-action-plan-2030 修订：一份方案只写一个修订版；再次修订时，新方案的 supersedes 填 qingtian-action-plan-2030'),
    problems.filter((p) => p.includes('supersedes')).join('\n'),
  );
});

test('a target’s year is one its paragraph or its section’s opening paragraph prints: 五年 is no year', () => {
  // seeds/003 measure 10: “五年新增博士 25 名，硕士 270 名，引进青年人才 5000 人” prints no year; the goals of
  // （三）主要目标 take theirs from the section's opening “力争到 2025 年”.
  const problems = problemsAfter((dir) => {
    const f = join(dir, 'plans/qingtian-action-plan.md');
    const text = readFileSync(f, 'utf8');
    writeFileSync(f, text.replace(/(  - label: 五年新增博士\n(?:    .*\n)*?)    kind: target\n/, '$1    year: 2025\n    kind: target\n'));
  });
  const years = problems.filter((p) => p.includes('.year:'));
  assert.deepEqual(years, [
    'plans/qingtian-action-plan.md: targets[45].year: 年份 2025 在引文“五年新增博士 25 名”所在的段落、它所在一节的标题和开头段落中都没有印出：原文没有写年份时不填 year（“五年”“每年”“十四五”写在 label 中）',
  ]);
});

test('a section heading that prints the year gives it to the targets below it, as its opening paragraph does', () => {
  // A plan may head its goals “到 2025 年主要目标” and open the section with no year.
  const problems = problemsAfter((dir) => edit(dir, 'plans/qingtian-action-plan.md', '### （三）主要目标\n\n力争到 2025 年，', '### （三）到 2025 年主要目标\n\n力争'));
  assert.deepEqual(problems.filter((p) => p.includes('.year:')), []);
});

test('a plan without docNumber whose source prints one in its header is reported with the printed number', () => {
  const problems = problemsAfter((dir) => edit(dir, 'plans/qingtian-action-plan.md', 'docNumber: 青委办发〔2022〕14号\n', ''));
  assert.ok(
    problems.includes('plans/qingtian-action-plan.md: docNumber: docNumber 未填，原文 seeds/003_84359d70cc1cc035.txt 的文头印有发文字号“青委办发〔2022〕14号”：照原文填写（页面和引用都写出它）'),
    problems.join('\n'),
  );
  // 台州's draft for comments prints none: nothing to report.
  assert.deepEqual(problemsAfter(() => {}), []);
});

test('units printed as 牵头单位：…；配合单位：… need lead, the number of 牵头单位, and a 责任单位 list refuses it: the pages show the lists as printed', () => {
  const problems = problemsAfter((dir) => {
    // Measure 7 as a plan printing a lead department and partners would have it (the body then differs from the seed too).
    edit(dir, 'plans/qingtian-action-plan.md', '（责任单位：科技局、市场监管局）', '牵头单位：科技局；配合单位：市场监管局。');
    edit(dir, 'plans/qingtian-action-plan.md', '{no: 6, title: 完善科研项目资金激励机制, units: [科技局]}', '{no: 6, title: 完善科研项目资金激励机制, units: [科技局], lead: 1}');
  });
  const lead = problems.filter((p) => /\.lead: /.test(p));
  assert.deepEqual(lead, [
    'plans/qingtian-action-plan.md: groups[1].measures[2].lead: 正文第 6 项印的是“责任单位：”，没有分列牵头单位：删去 lead',
    'plans/qingtian-action-plan.md: groups[1].measures[3].lead: 正文第 7 项按“牵头单位”“配合单位”分列，牵头单位 1 个（科技局）：应写 lead: 1，页面才会照原文分列',
  ], problems.join('\n'));
});
