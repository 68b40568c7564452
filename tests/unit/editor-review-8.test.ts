// The eighth editor review, and what the stop-24 note left: messages that sent the editor to the wrong file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, problemsAfter } from '../support/content-copy.ts';

const W = 'practices/wenling-mountain-sea.md';
const Y = 'practices/yuhuan-three-drives.md';

/** The body of a practice file after its frontmatter, and the frontmatter with its closing line. */
function split(path: string): { head: string; body: string } {
  const text = readFileSync(path, 'utf8');
  const end = text.indexOf('\n---\n', 4) + 5;
  return { head: text.slice(0, end), body: text.slice(end) };
}

test('the last paragraph of a practice moved to the head of the next is said to be the first one’s, with where it goes back', () => {
  const problems = problemsAfter((dir) => {
    const w = split(join(dir, W));
    const paragraphs = w.body.trimEnd().split('\n\n');
    const last = paragraphs.pop()!;
    writeFileSync(join(dir, W), `${w.head}${paragraphs.join('\n\n')}\n`);
    const y = split(join(dir, Y));
    writeFileSync(join(dir, Y), `${y.head}\n${last}\n${y.body}`);
  });
  const moved = problems.filter((p) => p.startsWith(`${Y}: body`));
  assert.equal(moved.length, 1, problems.join('\n'));
  assert.match(moved[0]!, /^practices\/yuhuan-three-drives\.md: body: 第 \d+ 行：这一段（“三是教育帮扶谋发展。/);
  assert.match(moved[0]!, /印在“温岭市念好新时代山海经 ?奏响共同富裕协作曲”之下，是案例 wenling-mountain-sea 的正文，不是本案例的：请把它移回 wenling-mountain-sea 的正文末尾$/);
  // Not also reported as a title that is not printed, nor as the title left out as text no page has.
  assert.ok(!problems.some((p) => p.startsWith(`${Y}: title`) || p.includes('不在任何案例的正文中')), problems.join('\n'));
});

test('the first paragraph of a practice moved to the end of the one before is said to be the next one’s', () => {
  const problems = problemsAfter((dir) => {
    const y = split(join(dir, Y));
    const [first, ...rest] = y.body.replace(/^\n+/, '').split('\n\n');
    writeFileSync(join(dir, Y), `${y.head}\n${rest.join('\n\n')}`);
    writeFileSync(join(dir, W), `${readFileSync(join(dir, W), 'utf8').trimEnd()}\n\n${first}\n`);
  });
  assert.ok(
    problems.some((p) => /^practices\/wenling-mountain-sea\.md: body: 第 \d+ 行：这一段（“近年来，玉环市/.test(p) && p.endsWith('请把它移回 yuhuan-three-drives 的正文开头')),
    problems.join('\n'),
  );
});

test('a bound after a figure (1.7 以内) is not offered as its unit', () => {
  const problems = problemsAfter((dir) => edit(dir, 'plans/qingtian-action-plan.md', '    value: 1.7\n    unit: 倍', '    value: 1.7\n    unit: 成'));
  assert.deepEqual(problems, ['plans/qingtian-action-plan.md: targets[5].quote: 引文“城乡居民收入倍差力争缩小到 1.7 以内”中 1.7 后面没有单位“成”：引文要包括数字后面的单位']);
});

test('an indicator counted in another unit by some texts (市场主体: 家 and 户) takes both, and only where the taxonomy says so', () => {
  const problems = problemsAfter((dir) => edit(dir, 'taxonomy/indicators.yaml', /\n  otherUnits: \[户\]/, ''));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, /^plans\/taizhou-action-plan\.md: targets\[\d+\]\.indicator: 指标 market-entities 的单位是“家”，这个数字的单位是“户”/);
});
