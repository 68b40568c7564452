// The content check's rules for entries (src/check/rules/entries.ts) that no other test exercised. Each test changes a
// copy of content/ as an editor would and expects the check's message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { edit, problemsAfter } from '../../support/content-copy.ts';

test('a file name that cannot be an id in a URL is reported, with what an id may hold', () => {
  const problems = problemsAfter((dir) => renameSync(join(dir, 'practices/wenling-employment.md'), join(dir, 'practices/Wenling_Employment.md')));
  assert.ok(
    problems.some((p) => /^practices\/Wenling_Employment\.md: id（文件名）: 文件名“[^”]+”不能作为 id：只能用小写字母、数字和连字符，例如 yuhuan-three-drives：改名为 wenling-employment\.md$/.test(p)),
    problems.join('\n'),
  );
});

test('a file name in upper case is one problem, on the file, with the lower-case id the briefing already lists', () => {
  const problems = problemsAfter((dir) => renameSync(join(dir, 'practices/wenling-employment.md'), join(dir, 'practices/Wenling-Employment.md')));
  assert.deepEqual(problems, [
    'practices/Wenling-Employment.md: id（文件名）: 文件名“Wenling-Employment”不能作为 id：只能用小写字母、数字和连字符，例如 yuhuan-three-drives：改名为 wenling-employment.md',
  ]);
});

test('a briefing never suggests a file name that cannot be an id', () => {
  const problems = problemsAfter((dir) => {
    renameSync(join(dir, 'practices/wenling-employment.md'), join(dir, 'practices/Wenling-Employment.md'));
    edit(dir, 'briefings/taizhou-2021-12-01.yaml', '  - wenling-employment', '  - wenling-employmnt');
  });
  assert.ok(!problems.some((p) => /是否想填 Wenling/.test(p)), problems.join('\n'));
});
