// Slips of the fourth editor review, made on the reviewed drafts of its new raw texts (tests/fixtures/ingest/editor4-*):
// each was silent or gave an unclear message before its fix. Run: node --test tests/unit/editor-review-4.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDrafts, edit } from '../support/editor4.ts';

function expectLine(problems: string[], line: string): void {
  assert.ok(problems.includes(line), `expected\n  ${line}\ngot\n  ${problems.join('\n  ')}`);
}

test('a footnote written as [^1]: with no [^1] in the text is reported: the page would drop its text', () => {
  const problems = checkDrafts('editor4-huzhou.txt', (dir) => edit(dir, 'practices/anji-2022-07-15.md', '① 本文由安吉县农业农村局提供。', '[^1]: 本文由安吉县农业农村局提供。'));
  assert.ok(
    problems.some((p) => /^content\/practices\/anji-2022-07-15\.md: body: 第 \d+ 行的注释 \[\^1\]:（“本文由安吉县农业农村局提供。”）在正文中没有对应的标记 \[\^1\]：页面上不会显示这条注释，它的文字会丢失。/.test(p)),
    problems.join('\n'),
  );
});
