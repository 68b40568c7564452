// The content check's rules for figures (src/check/rules/metrics.ts) that no other test exercised. Each test changes
// a copy of content/ as an editor would and expects the check's message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, problemsAfter } from '../../support/content-copy.ts';

test('a plan’s target written as a result is reported: a plan sets targets, it has achieved nothing', () => {
  const problems = problemsAfter((dir) =>
    edit(dir, 'plans/qingtian-action-plan.md', '  - label: 居民人均可支配收入\n    value: 58000\n    unit: 元\n    year: 2025\n    kind: target', '  - label: 居民人均可支配收入\n    value: 58000\n    unit: 元\n    year: 2025\n    kind: result'),
  );
  assert.ok(
    problems.includes('plans/qingtian-action-plan.md: targets[0].kind: 方案中的指标应为 target，实为 result'),
    problems.join('\n'),
  );
});
