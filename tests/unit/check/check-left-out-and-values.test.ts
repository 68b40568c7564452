// Content-check messages for a paragraph left out at either end of an issue or a plan, and a value written as the
// text prints it. Each names the file, the field and what is wanted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, problemsAfter } from '../../support/content-copy.ts';

/** Drops the first (`at: 0`) or last (`at: -1`) paragraph of a page's body. */
function dropParagraph(dir: string, file: string, at: 0 | -1): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf('\n---\n', 4) + 5;
  const paras = text.slice(start).trim().split(/\n\n+/);
  paras.splice(at, 1);
  writeFileSync(path, `${text.slice(0, start)}\n${paras.join('\n\n')}\n`);
}

test('a paragraph left out at the start or the end of an issue or a plan is reported, not only in the middle', () => {
  // The last paragraph of an issue's last practice (天台, no figure in it), before the 送：line.
  const last = problemsAfter((dir) => dropParagraph(dir, 'practices/tiantai-heying.md', -1));
  assert.equal(last.length, 1, last.join('\n'));
  assert.match(last[0]!, /^practices\/tiantai-heying\.md: body: 第 \d+ 行这一段（“…小村华丽变身为美丽样板。”）之后，原文 seeds\/000_901b1eb27f07a258\.txt 还有“三是科技引领，精细管控。.*不在任何案例的正文中：正文须完整收录原文，不能删减/);
  // The first paragraph of an issue's first practice, after its title: not “the title cannot be found”.
  const first = problemsAfter((dir) => dropParagraph(dir, 'practices/wenling-mountain-sea.md', 0));
  assert.equal(first.length, 1, first.join('\n'));
  assert.match(first[0]!, /^practices\/wenling-mountain-sea\.md: body: 第 \d+ 行这一段之前，原文 seeds\/002_d3d2b23bbdabca64\.txt 在标题之后还有“自全省启动山海协作升级版以来，.*不在任何案例的正文中/);
  // A plan's first paragraph, after its title and status lines (the page's heading and status: what is left out
  // starts after them).
  const opening = problemsAfter((dir) => dropParagraph(dir, 'plans/taizhou-action-plan.md', 0));
  assert.equal(opening.length, 1, opening.join('\n'));
  assert.match(opening[0]!, /^plans\/taizhou-action-plan\.md: body: 第 \d+ 行这一段之前，原文 seeds\/004_1528804999b4efe1\.txt 从开头到这里还有“为全面贯彻落实.*不在方案的正文中/);
  // A plan's last paragraph before its colophon (中共青田县委办公室 2022年6月30日印发, the body's last two lines).
  const closing = problemsAfter((dir) => {
    const path = join(dir, 'plans/qingtian-action-plan.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n（五）加强舆论引导。[^\n]*\n/, '\n'));
  });
  assert.equal(closing.length, 1, closing.join('\n'));
  assert.match(closing[0]!, /^plans\/qingtian-action-plan\.md: body: 第 \d+ 行这一段（“…[^”]+”）之后，原文 seeds\/003_84359d70cc1cc035\.txt 还有“（五）加强舆论引导。.*不在方案的正文中/);
});

test('a value written as the text prints it, with 万 or with thousands separators, is told the number to write', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/jiaojiang-talent.md', 'value: 4395250', 'value: 439.525万');
    edit(dir, 'practices/wenling-employment.md', 'value: 12827', 'value: 12,827');
  });
  assert.deepEqual(problems, [
    'practices/jiaojiang-talent.md: metrics[4].value: 应为数字，收到文字 “439.525万”（万/亿要换算，只写数字：4395250）',
    'practices/wenling-employment.md: metrics[3].value: 应为数字，收到文字 “12,827”（数字不加千位分隔的逗号：12827）',
  ]);
});

