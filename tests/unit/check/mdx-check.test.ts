// The check of an .mdx body (src/check/mdx-check.ts): what MDX reads as code or a comment is told in the editor's words.
// Each test changes a copy of content/ as an editor would and expects the check's message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemsAfter } from '../../support/content-copy.ts';

test('a comment {/* … */} left in an .mdx body is reported once, as a comment', () => {
  const problems = problemsAfter((dir) => {
    const f = join(dir, 'practices/wenling-employment.md');
    const text = readFileSync(f, 'utf8');
    // After the body's first paragraph.
    const end = text.indexOf('\n\n', text.indexOf('\n---\n') + 5);
    writeFileSync(f.replace(/\.md$/, '.mdx'), `${text.slice(0, end)}\n\n{/* 待核对：第二段 */}${text.slice(end)}`);
    rmSync(f);
  });
  const body = problems.filter((p) => p.startsWith('practices/wenling-employment.mdx: body:'));
  assert.equal(body.length, 1, body.join('\n'));
  assert.match(body[0]!, /第 \d+ 行：正文中不能有注释（\{\/\* 待核对：第二段 \*\/\}）：正文只收原文的文字。注释说的事核对完后，删除这条注释$/);
});
