// Content-check messages for slips that published a wrong page or crashed the build: classic-Mac line ends, quotes
// found twice, HTML in a body, empty lists, unclear messages made plain. Each test
// changes a copy of content/ as an editor would and expects the check's message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, problemsAfter } from '../../support/content-copy.ts';

function expectLines(problems: string[], lines: string[]): void {
  for (const line of lines) assert.ok(problems.includes(line), `expected\n  ${line}\ngot\n  ${problems.join('\n  ')}`);
}

test('line ends of a classic Mac editor (CR alone) are refused with the line, not left to crash the build', () => {
  const problems = problemsAfter((dir) => {
    const f = join(dir, 'practices/wenling-employment.md');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/\n/g, '\r'));
  });
  expectLines(problems, ['practices/wenling-employment.md: 换行: 第 1 行以单独的回车符（CR，旧式 Mac 换行）结束：请在编辑器中把换行符改为 LF（或 Windows 的 CRLF）后保存']);
});

test('a quote written twice in the text, or across a footnote mark, is reported: the page would mark the wrong sentence or none', () => {
  const twice = problemsAfter((dir) => edit(dir, 'practices/yuhuan-skills-to-capital.md', "quote: '中级职称每月发放 300 元职称津贴'", "quote: '300 元'"));
  expectLines(twice, [
    'practices/yuhuan-skills-to-capital.md: metrics[18].quote: 引文“300 元”在正文中出现 2 次，页面只能标出第一处，可能不是这个数字所在的句子：请加长引文，使它在正文中只出现一次',
  ]);
  const footnote = problemsAfter((dir) =>
    edit(dir, 'practices/sanmen-five-helps.md', "    quote: '带动 62 户低收入农户'", "    quote: '统筹 13 个政府部门帮扶资源，集成“1+4+6+X”功能'"),
  );
  assert.ok(
    footnote.some((p) => p.includes('引文“统筹 13 个政府部门帮扶资源，集成“1+4+6+X”功能”在正文中跨过了注释标记（[^…]）')),
    footnote.join('\n'),
  );
});

test('any HTML tag in a body is reported (an image from another host, a hidden or folded block, a styled heading); <br>, <sub>, <sup> pass bare', () => {
  let start = 0;
  const problems = problemsAfter((dir) => {
    const path = join(dir, 'practices/yuhuan-three-drives.md');
    const text = readFileSync(path, 'utf8').replace(/\n*$/, '\n');
    start = text.split('\n').length + 1;
    const lines = [
      '<img src="https://example.com/track.gif" width=1 height=1>',
      '<div align="center" hidden>',
      '<details>',
      '<h2 style="color:red">标题</h2>',
      '第一行<br>第二行，m<sup>2</sup>，H<sub>2</sub>O，见 <https://www.zj.gov.cn/>。',
      '上标<sup class="x">1</sup>。',
      '代码 `<img src=x>` 只是文字。',
    ];
    writeFileSync(path, `${text}\n${lines.join('\n\n')}\n`);
  }).filter((p) => !/：这一段(与|在)原文 seeds\//.test(p) && p.includes('HTML'));
  const f = 'practices/yuhuan-three-drives.md: body: ';
  const tag = (n: number, t: string) =>
    `${f}第 ${start + 2 * n} 行：正文中有 HTML 标签 <${t}>：正文照原文用 Markdown 书写，不用 HTML（HTML 会原样发布：图片、样式、隐藏或折叠的段落都会让页面与原文不符）。请删除它；小标题用 ##，加粗用 **…**`;
  assert.deepEqual(problems, [
    tag(0, 'img'),
    tag(1, 'div'),
    tag(2, 'details'),
    tag(3, 'h2'),
    `${f}第 ${start + 10} 行：正文中的 HTML 标签 <sup> 带有属性（class="x"）：属性会改变页面的样式或隐藏文字。请写成不带属性的 <sup>`,
  ]);
});

test('an empty group or measure list waits in a draft; a published page must choose, from the ids listed', () => {
  const empty = (draft: boolean) => (dir: string) => {
    edit(dir, 'practices/wenling-employment.md', /^groups: .*$/m, 'groups: []');
    if (draft) edit(dir, 'practices/wenling-employment.md', /^date: (.*)$/m, 'date: $1\ndraft: true');
  };
  assert.deepEqual(problemsAfter(empty(true)).filter((p) => p.startsWith('practices/wenling-employment.md: groups')), []);
  const line = problemsAfter(empty(false)).find((p) => p.startsWith('practices/wenling-employment.md: groups: '));
  assert.match(line ?? '', /^practices\/wenling-employment\.md: groups: 至少填写一个目标群体（groups）：本案例已不是草稿，会被发布。允许的值：technical-workers（技术工人）, researchers（科研人员）, .*rural-teachers（乡村教师）$/);
});

test('unclear messages made plain: invisible characters named, a YAML merge key, misplaced --- lines, a baseline after the issue, figures in Chinese numerals, an indicator unit in 万', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/wenling-employment.md', /^region: wenling$/m, 'region: wenling\u200b');
    edit(dir, 'practices/wenling-employment.md', "quote: '共服务重点群体 12827人次'", "quote: '共服务重点群体\u00a012827人次'");
    edit(dir, 'practices/wenling-employment.md', '    value: 19\n    unit: 个\n    kind: result', '    value: 19\n    unit: 个\n    kind: baseline\n    year: 2030');
    edit(dir, 'practices/sanmen-five-helps.md', "    value: 62\n    unit: '户'\n    kind: result\n    quote: '带动 62 户低收入农户'", "    value: 5\n    unit: '个'\n    kind: result\n    quote: '袁家军书记“五个帮”指示'");
    edit(dir, 'taxonomy/indicators.yaml', /^(- id: per-capita-disposable-income\n(?:  .*\n)*?)  unit: 元$/m, '$1  unit: 万元');
    edit(dir, 'practices/jiaojiang-talent.md', /^---\n/, '\n---\n');
    edit(dir, 'practices/tiantai-heying.md', /^---\n/, '---  \n');
    edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^(series: .*)$/m, '$1\n<<: {editorNote: 甲乙}');
  });
  const has = (re: RegExp) => assert.ok(problems.some((p) => re.test(p)), `${re}\n${problems.join('\n')}`);
  has(/^practices\/wenling-employment\.md: region: “wenling​”含有看不见的字符 U\+200B（零宽空格）：请删除它/);
  has(/^practices\/wenling-employment\.md: metrics\[3\]\.quote: “共服务重点群体\u00a012827人次”含有看不见的字符 U\+00A0（不换行空格）：请删除它（换成普通空格/);
  has(/^practices\/wenling-employment\.md: metrics\[0\]\.year: 起点（kind: baseline）的年份 2030 晚于本案例的日期 2021-12-01/);
  has(/^practices\/sanmen-five-helps\.md: metrics\[19\]\.value: value 5（单位 个）：引文“袁家军书记“五个帮”指示”中的数字是用汉字写的。指标只记原文用阿拉伯数字写的数字/);
  has(/^taxonomy\/indicators\.yaml: \[\d+\]\.unit: 指标的单位“万元”含有万\/亿：数据指标的 value 按换算后的数值记，单位也写换算后的（“元”）$/);
  has(/^practices\/jiaojiang-talent\.md: frontmatter: 第 1 行到第 1 行是空行：frontmatter 的 --- 必须是文件的第一行，请删去它前面的空行$/);
  has(/^practices\/tiantai-heying\.md: frontmatter: 第 1 行的 --- 前后有空格：这一行只能是 ---，请删去空格$/);
  has(/^briefings\/taizhou-2021-12-01\.yaml: .*YAML 的合并写法（<<: \*锚点）本站不支持/);
});

