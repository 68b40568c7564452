// The content check's rules for entries (src/check/rules/entries.ts) that no other test exercised. Each test changes a
// copy of content/ as an editor would and expects the check's message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { problemsAfter } from '../../support/content-copy.ts';

test('a file name that cannot be an id in a URL is reported, with what an id may hold', () => {
  const problems = problemsAfter((dir) => renameSync(join(dir, 'practices/wenling-employment.md'), join(dir, 'practices/Wenling_Employment.md')));
  assert.ok(
    problems.some((p) => /^practices\/Wenling_Employment\.md: id（文件名）: 文件名“[^”]+”不能作为 id：只能用小写字母、数字和连字符，例如 yuhuan-three-drives$/.test(p)),
    problems.join('\n'),
  );
});
