// Content-check messages that name the right file: a paragraph moved to the next or the previous practice, Markdown
// that changes the page while its text stays the source's, and messages that name the cause.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, problemsAfter } from '../../support/content-copy.ts';

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

describe('Markdown that changes the page while its text stays the source’s', () => {
  const P = '一是“飞地项目”消薄攻坚。';
  const at = (problems: string[], re: RegExp) => problems.filter((p) => p.startsWith(`${W}: body: `) && re.test(p));
  test('an image, even one of another site, is reported', () => {
    const problems = problemsAfter((dir) => edit(dir, W, P, `${P}![](https://example.com/x.png)`));
    assert.equal(at(problems, /有图片（“!\[\]\(https:\/\/example\.com\/x\.png\)”）：正文只收录原文的文字，不能有图片/).length, 1, problems.join('\n'));
  });
  test('a rule, a line under a paragraph that makes it a heading, and a quotation block are reported', () => {
    assert.equal(at(problemsAfter((dir) => edit(dir, W, `\n\n${P}`, `\n\n***\n\n${P}`)), /“\*\*\*”会显示成一条分隔线/).length, 1);
    const setext = problemsAfter((dir) => edit(dir, W, '## 二、聚力“生态产业体系”，走产业转型升级之路', '二、聚力“生态产业体系”，走产业转型升级之路\n-----------'));
    assert.equal(at(setext, /的“-----------”紧跟在一段文字下面，会把上一行变成标题/).length, 1, setext.join('\n'));
    assert.equal(at(problemsAfter((dir) => edit(dir, W, `\n\n${P}`, `\n\n> ${P}`)), /以“>”开头，页面会把这一段显示成引用块/).length, 1);
  });
  test('a reference-style link is reported with how to write it', () => {
    const both = problemsAfter((dir) => {
      edit(dir, W, '该市与三门、景宁', '该市与[三门][sm]、景宁');
      edit(dir, W, `\n\n${P}`, `\n\n[sm]: /regions/sanmen/\n\n${P}`);
    });
    assert.ok(at(both, /“\[sm\]: \/regions\/sanmen\/”是引用式链接的定义，不支持/).length === 1, both.join('\n'));
    assert.ok(!both.some((p) => p.includes('## [sm]')), both.join('\n'));
  });
  test('~~ is reported; a single ~ is text', () => {
    assert.equal(at(problemsAfter((dir) => edit(dir, W, '合力研究各类问题', '合力~~研究~~各类问题')), /有“~~”：两个 ~~ 之间的文字会显示成删除线/).length, 1);
  });
  test('a footnote label defined twice is reported on the second', () => {
    const problems = problemsAfter((dir) => {
      edit(dir, W, '消薄攻坚。该市', '消薄攻坚[^1]。该市');
      edit(dir, W, '合力研究各类问题', '合力研究各类问题[^1]');
      writeFileSync(join(dir, W), `${readFileSync(join(dir, W), 'utf8').trimEnd()}\n\n[^1]: 消薄攻坚。\n\n[^1]: 输血造血。\n`);
    });
    assert.equal(at(problems, /又一次定义了注释 \[\^1\]（第 \d+ 行已定义）：页面只显示第一条/).length, 1, problems.join('\n'));
  });
  test('a heading level skipped, and two paragraphs with no blank line between them, are reported', () => {
    const skipped = problemsAfter((dir) => edit(dir, W, '## 一、聚力“区域优势互补”', '#### 一、聚力“区域优势互补”'));
    assert.ok(at(skipped, /的标题用了 ####，但它前面没有 ## 标题：标题不能跳级/).length === 1, skipped.join('\n'));
    const joined = problemsAfter((dir) => edit(dir, W, '带动当地35个村增收。\n\n二是', '带动当地35个村增收。\n二是'));
    assert.equal(at(joined, /以“。”结束，下一行紧接着文字（“二是/).length, 1, joined.join('\n'));
  });
});

test('messages that name the cause: a source copied from another issue, a sub-series in brackets, a quote ending in a line break, a two-digit year', () => {
  const copied = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^source: .*$/m, 'source: 002_d3d2b23bbdabca64.txt'));
  assert.ok(copied.includes('briefings/taizhou-2021-12-01.yaml: source: seeds/002_d3d2b23bbdabca64.txt 已是简报 taizhou-2021-09-30 的原文：每期简报有自己的原文，source 是否填错了？（新的一期先把它的原文放进 seeds/）'), copied.join('\n'));
  const brackets = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2021-09-30.yaml', 'subseries: 实践创新', 'subseries: （实践创新）'));
  assert.ok(brackets.some((p) => p.startsWith('briefings/taizhou-2021-09-30.yaml: subseries: subseries 不带括号：写 subseries: 实践创新')), brackets.join('\n'));
  const block = problemsAfter((dir) => edit(dir, W, "    quote: '带动当地63个村增收'", '    quote: |\n      带动当地63个村增收'));
  assert.deepEqual(block.filter((p) => p.includes('quote')), [
    `${W}: metrics[1].quote: 引文结尾有 1 个空白（空格或换行）：“quote: |”会在引文末尾加一个换行，写成“quote: |-”或写在一行里；引文照正文写，首尾不带空格，写成“带动当地63个村增收”`,
  ]);
  const year = problemsAfter((dir) => edit(dir, W, "    year: 2020\n    kind: result\n    quote: '带动当地63个村增收'", "    year: 20\n    kind: result\n    quote: '带动当地63个村增收'"));
  assert.ok(year.some((p) => /metrics\[1\]\.year: 不能小于 1949，收到 20（年份写四位数字，如 2020）$/.test(p)), year.join('\n'));
});
