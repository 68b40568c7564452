// The content check's rules for plans (src/check/rules/plans.ts) that no other test exercised. Each test changes a
// copy of content/ as an editor would and expects the check's message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemsAfter } from '../../support/content-copy.ts';

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
