// The content check's rules that hold a page to its raw source (src/check/rules/fidelity.ts): corrections, and the
// source a page's paragraphs are in. Each test changes a copy of content/ as an editor would and expects the check's
// message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, problemsAfter } from '../../support/content-copy.ts';

test('a correction that changes a figure, or changes nothing, is refused', () => {
  const problems = problemsAfter((dir) =>
    edit(dir, 'plans/taizhou-action-plan.md', /^corrections:\n/m, "corrections:\n  - from: 新增高技能人才 1605人\n    to: 新增高技能人才 1650人\n    reason: 核对\n  - from: 新业态\n    to: 新业态\n    reason: 核对\n"),
  );
  const of = (field: string) => problems.filter((p) => p.startsWith(`plans/taizhou-action-plan.md: ${field}: `));
  assert.ok(
    of('corrections[0].to').includes(
      'plans/taizhou-action-plan.md: corrections[0].to: “新增高技能人才 1605人”改成“新增高技能人才 1650人”改动了原文的数字（1605 → 1650）：corrections 只记录提取造成的差错（断行、重复或认错的字、全角半角），数字照原文印的写，原文印错的也照印的写',
    ),
    problems.join('\n'),
  );
  assert.deepEqual(of('corrections[1]'), ['plans/taizhou-action-plan.md: corrections[1]: from 与 to 相同（“新业态”）：这一项没有修正任何东西，请删去它']);
});

test('a practice put in another issue is told which issue’s text it is', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/tiantai-heying.md', 'briefing: taizhou-2021-12-01\ndate: 2021-12-01', 'briefing: taizhou-2022-01-25\ndate: 2022-01-25');
    edit(dir, 'briefings/taizhou-2021-12-01.yaml', /\n  - tiantai-heying/, '');
    edit(dir, 'briefings/taizhou-2022-01-25.yaml', /^practices:\n/m, 'practices:\n  - tiantai-heying\n');
  });
  assert.ok(
    problems.some((p) =>
      /^practices\/tiantai-heying\.md: body: 正文的 \d+ 段都不在原文 seeds\/001_87f722b323f69c9e\.txt 中，而在 seeds\/000_901b1eb27f07a258\.txt 中（简报 taizhou-2021-12-01 的原文）：是否把本案例放错了简报？briefing 应为 taizhou-2021-12-01，并列在那一期的 practices 中$/.test(p),
    ),
    problems.join('\n'),
  );
});
