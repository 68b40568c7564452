// Full-width and half-width characters and quotation marks (src/lib/char-variants.ts): a quote or a title that differs
// from its text only in them is told which characters differ, as the check's metric and title rules report it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeVariants, findLoose } from '../../../src/lib/char-variants.ts';
import { edit, problemsAfter } from '../../support/content-copy.ts';

function expectLines(problems: string[], lines: string[]): void {
  for (const line of lines) assert.ok(problems.includes(line), `expected\n  ${line}\ngot\n  ${problems.join('\n  ')}`);
}

test('quotes and titles that differ only in full-width/half-width characters or quotation marks say which characters', () => {
  assert.equal(findLoose('共有 609个人才项目参赛', '６０９个'), 3);
  assert.deepEqual(describeVariants('共有 ６０９个', '共有 609个', '引文', '正文'), ['引文中的 ６０９ 是全角数字，正文是 609']);
  assert.deepEqual(describeVariants('"扩中"', '“扩中”', '标题', '原文'), ['标题中的 " " 是直引号，原文是 “ ”']);
  assert.deepEqual(describeVariants('ＡＩ工会', 'AI工会', '引文', '正文'), ['引文中的 ＡＩ 是全角字母，正文是 AI']);
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/jiaojiang-talent.md', "quote: '共有 609个人才项目参赛'", "quote: '共有 ６０９个人才项目参赛'");
    edit(dir, 'practices/huangyan-four-measures.md', "quote: '3名技术工人获评“浙江工匠”'", `quote: '3名技术工人获评"浙江工匠"'`);
    edit(dir, 'practices/sanmen-five-helps.md', /^title: .*$/m, `title: '三门县聚焦"五个帮"探索“浙有众扶”新路径'`);
  });
  expectLines(problems, [
    'practices/jiaojiang-talent.md: metrics[0].quote: 引文“共有 ６０９个人才项目参赛”在正文中找不到：引文中的 ６０９ 是全角数字，正文是 609。引文要与正文逐字一致，写成“共有 609个人才项目参赛”',
    'practices/huangyan-four-measures.md: metrics[1].quote: 引文“3名技术工人获评"浙江工匠"”在正文中找不到：引文中的 " " 是直引号，正文是 “ ”。引文要与正文逐字一致，写成“3名技术工人获评“浙江工匠””',
    'practices/sanmen-five-helps.md: title: 标题与原文 seeds/002_d3d2b23bbdabca64.txt 不符：标题中的 " " 是直引号，原文是 “ ”。标题应照原文（可以去掉断行和多余空格）',
  ]);
});
