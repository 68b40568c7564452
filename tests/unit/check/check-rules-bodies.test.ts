// The content check's rules for a page's body (src/check/rules/bodies.ts): its links, and what src/check/body-structure.ts
// finds pasted or typed in it, as the whole check reports it. Each test changes a copy of content/ as an editor would and
// expects the check's message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, problemsAfter } from '../../support/content-copy.ts';

/** Appends a paragraph to a practice's body; returns nothing (the line is looked for by its message). */
function append(dir: string, file: string, paragraph: string): void {
  const path = join(dir, file);
  writeFileSync(path, `${readFileSync(path, 'utf8').trimEnd()}\n\n${paragraph}\n`);
}

test('an empty link target is reported as empty, not as a relative path', () => {
  const problems = problemsAfter((dir) => append(dir, 'practices/wenling-employment.md', '详见[玉环市的做法]()。'));
  const mine = problems.filter((p) => p.startsWith('practices/wenling-employment.md: body:') && p.includes('链接'));
  assert.equal(mine.length, 1, problems.join('\n'));
  assert.match(mine[0]!, /^practices\/wenling-employment\.md: body: 第 \d+ 行：链接地址为空$/);
});

test('a link to a briefing none of whose practices is published is reported: the address is a 404 once built', () => {
  const issue = ['wenling-mountain-sea', 'yuhuan-three-drives', 'tiantai-rural-education', 'sanmen-five-helps'];
  const problems = problemsAfter((dir) => {
    for (const id of issue) edit(dir, `practices/${id}.md`, /^title: /m, 'draft: true\ntitle: ');
    append(dir, 'practices/wenling-employment.md', '详见[上一期简报](/briefings/taizhou-2021-09-30/)。');
  });
  assert.ok(
    problems.some((p) =>
      /^practices\/wenling-employment\.md: body: 第 \d+ 行：链接 \/briefings\/taizhou-2021-09-30\/ 指向的简报还没有发布（它的案例都是草稿），发布后这个网址不存在（404）。请先发布其中的案例，或删除链接$/.test(p),
    ),
    problems.join('\n'),
  );
  // The issue itself, every practice of it a draft, is whole: it is not reported as partly published.
  assert.deepEqual(problems.filter((p) => p.includes('仍是草稿')), [], problems.join('\n'));
});

test('a mailto: link, like an http(s) one, is allowed in a body: it requests nothing from another host', () => {
  const problems = problemsAfter((dir) => append(dir, 'practices/wenling-employment.md', '联系[市人力社保局](mailto:rsj@example.gov.cn)，或见[官网](https://example.gov.cn/)。'));
  assert.deepEqual(problems.filter((p) => p.includes('mailto') || p.includes('example.gov.cn')), [], problems.join('\n'));
});

test('a body line indented with a Tab is one message (it shows as code), not also one for the Tab as an invisible character', () => {
  const problems = problemsAfter((dir) => edit(dir, 'practices/wenling-employment.md', /\n\n([^\n#-])/, '\n\n\t$1'));
  const mine = problems.filter((p) => p.startsWith('practices/wenling-employment.md: body:'));
  assert.equal(mine.length, 1, problems.join('\n'));
  assert.match(mine[0]!, /^practices\/wenling-employment\.md: body: 第 \d+ 行：这一行缩进了（行首有 Tab），会显示成代码块/);
  // A Tab inside a line is still named.
  const inside = problemsAfter((dir) => edit(dir, 'practices/wenling-employment.md', /\n\n([^\n#-]{4})/, '\n\n$1\t'));
  assert.ok(inside.some((p) => /body: 第 \d+ 行含有看不见的字符 U\+0009/.test(p)), inside.join('\n'));
});

test('a list marker typed with a Tab after it (2)⇥, -⇥) is one message, the marker’s, which names the Tab', () => {
  for (const [typed, says] of [['2)\t', /^第 (\d+) 行以“2\)”和一个 Tab 开头，页面会把它显示成有序列表/], ['1.\t', /^第 (\d+) 行以“1\.”和一个 Tab 开头，页面会把它显示成有序列表/], ['-\t', /^第 (\d+) 行以“-”和一个 Tab 开头，页面会把它显示成列表的圆点/]] as const) {
    const problems = problemsAfter((dir) => edit(dir, 'practices/wenling-employment.md', /\n\n([^\n#-])/, `\n\n${typed}$1`));
    const mine = problems.filter((p) => p.startsWith('practices/wenling-employment.md: body:'));
    const head = mine.map((p) => p.slice('practices/wenling-employment.md: body: '.length)).find((p) => says.test(p));
    assert.ok(head, `${JSON.stringify(typed)}:\n${problems.join('\n')}`);
    const line = says.exec(head)![1];
    // Not also “第 N 行含有看不见的字符 U+0009”: the marker’s message tells the editor to drop the Tab with it.
    assert.deepEqual(mine.filter((p) => p.includes(`第 ${line} 行`) && p.includes('U+0009')), [], `${JSON.stringify(typed)}:\n${problems.join('\n')}`);
    assert.match(head, /Tab/);
  }
  // A Tab after a number that is no list (mid-paragraph, not 1) is the invisible character, said once.
  const inside = problemsAfter((dir) => edit(dir, 'practices/wenling-employment.md', /\n\n([^\n#-]{4})/, '\n\n$1\n2)\t'));
  assert.ok(inside.some((p) => /body: 第 \d+ 行含有看不见的字符 U\+0009/.test(p)), inside.join('\n'));
  assert.ok(!inside.some((p) => /有序列表/.test(p)), inside.join('\n'));
});

test('a practice’s paragraph typed after a bullet mark (- , * ) is one message, the bullet’s, not also “not in the source”', () => {
  for (const typed of ['- ', '* ']) {
    const problems = problemsAfter((dir) => edit(dir, 'practices/wenling-employment.md', /\n\n([^\n#-])/, `\n\n${typed}$1`));
    const mine = problems.filter((p) => p.startsWith('practices/wenling-employment.md: body:'));
    assert.equal(mine.length, 1, `${JSON.stringify(typed)}:\n${problems.join('\n')}`);
    assert.match(mine[0]!, /body: 第 \d+ 行以“[-*] ”开头，页面会把它显示成列表的圆点/);
  }
});

test('a plan’s paragraph typed after a bullet mark is one message, the bullet’s: its page shows a list item and drops the mark', () => {
  // Plans print no “- ” bullets (their lists are ——, 1. and 一是), so a mark there is typed or pasted, as in a practice.
  for (const typed of ['- ', '* ']) {
    const P = 'plans/qingtian-action-plan.md';
    const problems = problemsAfter((dir) => edit(dir, P, /\n1\.扩大就业容量/, `\n${typed}1.扩大就业容量`));
    const mine = problems.filter((p) => p.startsWith(`${P}: body:`));
    assert.equal(mine.length, 1, `${JSON.stringify(typed)}:\n${problems.join('\n')}`);
    assert.match(mine[0]!, /body: 第 \d+ 行以“[-*] ”开头，页面会把它显示成列表的圆点/);
  }
});

test('a paragraph opening with full-width spaces (the PDFs’ first-line indent, 　　) is told once: the page would show it indented', () => {
  // The ingest writes every paragraph without it (cleanText trims each line); a pasted one keeps it.
  const problems = problemsAfter((dir) => edit(dir, 'practices/wenling-employment.md', /\n\n([^\n#-])/, '\n\n\u3000\u3000$1'));
  const mine = problems.filter((p) => p.startsWith('practices/wenling-employment.md: body:'));
  assert.equal(mine.length, 1, problems.join('\n'));
  assert.match(mine[0]!, /^practices\/wenling-employment\.md: body: 第 \d+ 行以 2 个全角空格“　　”开头（原文的首行缩进）：页面上这一段会缩进.*删去行首的全角空格/);
  // The indent of a plan’s paragraph too, and a second paragraph of the same line (a soft line break) alike.
  const plan = problemsAfter((dir) => edit(dir, 'plans/qingtian-action-plan.md', /\n\n([^\n#-])/, '\n\n\u3000$1'));
  assert.equal(plan.filter((p) => p.startsWith('plans/qingtian-action-plan.md: body:')).length, 1, plan.join('\n'));
  assert.ok(plan.some((p) => /^plans\/qingtian-action-plan\.md: body: 第 \d+ 行以 1 个全角空格“　”开头/.test(p)), plan.join('\n'));
});

test('a link to a page that does not exist suggests the id probably meant, and the address to write', () => {
  const problems = problemsAfter((dir) => append(dir, 'practices/wenling-employment.md', '详见[椒江的做法](/practices/jiaojiang-talents/)和[不相干](/practices/no-such-page-at-all/)。'));
  const mine = problems.filter((p) => p.includes('指向不存在的页面'));
  assert.equal(mine.length, 2, problems.join('\n'));
  assert.match(mine[0]!, /^practices\/wenling-employment\.md: body: 第 \d+ 行：站内链接 \/practices\/jiaojiang-talents\/ 指向不存在的页面：是否想写 \/practices\/jiaojiang-talent\/？$/);
  assert.match(mine[1]!, /^practices\/wenling-employment\.md: body: 第 \d+ 行：站内链接 \/practices\/no-such-page-at-all\/ 指向不存在的页面$/);
});

test('a body line numbered as a Markdown list is one problem saying so, not also “not in the source”', () => {
  const problems = problemsAfter((dir) => edit(dir, 'plans/qingtian-action-plan.md', /\n2\.提高就业质量/, '\n2. 提高就业质量'));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, /^plans\/qingtian-action-plan\.md: body: 第 \d+ 行以“2\. ”开头，页面会把它显示成有序列表/);
  // A number the source does not print there: the same one problem, which says to delete it.
  const added = problemsAfter((dir) => edit(dir, 'practices/jiaojiang-talent.md', /\n\n(?=[^#\n])/, '\n\n3. '));
  assert.equal(added.length, 1, added.join('\n'));
  assert.match(added[0]!, /有序列表.*是多余的就删去“3\. ”/);
});

test('bold in a body is reported: the sources print no emphasis, a raw text’s ** is an extraction artifact the page drops', () => {
  // seeds/003 lines 83 and 85 read “**退役军人事务局**” inside 责任单位 lists; the ingest drops the marks (normalizeChars),
  // so an editor copying the raw line would bold on the page what the document does not.
  const P = 'plans/qingtian-action-plan.md';
  const problems = problemsAfter((dir) => {
    edit(dir, P, '妇联、退役军人事务局、农业农村局', '妇联、**退役军人事务局**、农业农村局');
    edit(dir, P, '支持回国华侨、专业技术人员', '支持回国华侨、__专业技术人员__');
  });
  const bold = problems.filter((p) => p.includes('加粗'));
  assert.equal(bold.length, 2, problems.join('\n'));
  assert.match(bold[0]!, /^plans\/qingtian-action-plan\.md: body: 第 \d+ 行的“\*\*退役军人事务局\*\*”会显示成加粗：原文没有加粗/);
  // Nothing else: the text itself is the source's (the fidelity check ignores the marks).
  assert.equal(problems.length, 2, problems.join('\n'));
  // A single * (3*2) and a list item are no emphasis.
  assert.deepEqual(problemsAfter((dir) => append(dir, 'practices/wenling-employment.md', '按 3*2 万元计。')).filter((p) => p.includes('加粗')), []);
});

test('a numbered line’s advice is what the source prints: followed, it passes the check (seeds/003 prints “2.提高就业质量”)', () => {
  // The editor typed 2) or 2. and a space; the advice once said 2\) for 2), which the fidelity check then rejected.
  const P = 'plans/qingtian-action-plan.md';
  for (const typed of ['2) ', '2. ', '2)  ']) {
    const problems = problemsAfter((dir) => edit(dir, P, /\n2\.提高就业质量/, `\n${typed}提高就业质量`));
    assert.equal(problems.length, 1, problems.join('\n'));
    const advice = /原文印着“2\.”：写成“([^”]+)”/.exec(problems[0]!);
    assert.ok(advice, problems[0]);
    assert.equal(advice[1], '2\\.');
    assert.deepEqual(problemsAfter((dir) => edit(dir, P, /\n2\.提高就业质量/, `\n${advice[1]} 提高就业质量`)), []);
  }
});

test('an image in a body is one message (no images in a body), not also one for its address as a page that does not exist', () => {
  for (const image of ['![](/images/a.png)', '![图](images/a.png)', '<img src="/images/a.png" alt="图">']) {
    const problems = problemsAfter((dir) => append(dir, 'practices/wenling-employment.md', image));
    const mine = problems.filter((p) => p.startsWith('practices/wenling-employment.md: body:'));
    assert.equal(mine.length, 1, `${image}\n${problems.join('\n')}`);
  }
  // A link (not an image) to a page that does not exist is still reported.
  const link = problemsAfter((dir) => append(dir, 'practices/wenling-employment.md', '见[图](/images/a.png)。'));
  assert.ok(link.some((p) => p.includes('站内链接 /images/a.png 指向不存在的页面')), link.join('\n'));
});

test('an HTML comment left in a body (an editor’s note, alone or in a paragraph) is one message, not also “not in the source”', () => {
  for (const [from, to] of [
    ['\n\n一是', '\n\n<!-- 待核对：这一段 -->\n\n一是'],
    ['\n\n一是', '\n\n一是<!-- 核对过 -->'],
  ]) {
    const problems = problemsAfter((dir) => edit(dir, 'practices/wenling-mountain-sea.md', from!, to!));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, /^practices\/wenling-mountain-sea\.md: body: 第 \d+ 行：正文中有 HTML 注释 <!-- … -->/);
  }
});

test('a link to a region, group or measure page by its Chinese name suggests the id-address to write', () => {
  const problems = problemsAfter((dir) => append(dir, 'practices/wenling-employment.md', '见[临海](/regions/临海市/)、[技工](/groups/技术工人/)和[培训](/measures/技能培训/)。'));
  const mine = problems.filter((p) => p.includes('指向不存在的页面'));
  assert.deepEqual(mine.map((p) => p.replace(/^.*?第 \d+ 行：/, '')), [
    '站内链接 /regions/临海市/ 指向不存在的页面：是否想写 /regions/linhai/？',
    '站内链接 /groups/技术工人/ 指向不存在的页面：是否想写 /groups/technical-workers/？',
    '站内链接 /measures/技能培训/ 指向不存在的页面：是否想写 /measures/skills-training/？',
  ], problems.join('\n'));
});

test('a Markdown table in a body (a practice’s or a plan’s) is one message saying how a table is written here, not “not in the source”', () => {
  const table = '| 地区 | 项目 | 收益 |\n| --- | :-: | ---: |\n| 三门 | 12 | 276 |\n| 景宁 | 8 | 205 |';
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/wenling-mountain-sea.md', '\n\n一是“飞地项目”消薄攻坚。', `\n\n${table}\n\n一是“飞地项目”消薄攻坚。`);
    // Without the outer pipes, as some editors type it.
    edit(dir, 'plans/qingtian-action-plan.md', '\n\n### （二）基本原则', `\n\n${table.replace(/^\| | \|$/gm, '')}\n\n### （二）基本原则`);
  });
  const told = (line: number, first: string, second: string) =>
    `第 ${line} 行起是 Markdown 表格（“${first}”，下一行是“${second}”）：正文里的表格照导入的写法写成一段，表头和各行之间用 <br> 分开，单元格之间用一个全角空格“　”，不用 | 和 ---。写成“地区　项目　收益<br>三门　12　276<br>景宁　8　205”，各行照原文逐字写`;
  assert.deepEqual(problems, [
    `practices/wenling-mountain-sea.md: body: ${told(127, '| 地区 | 项目 | 收益 |', '| --- | :-: …')}`,
    `plans/qingtian-action-plan.md: body: ${told(426, '地区 | 项目 | 收益', '--- | :-: | …')}`,
  ]);
});

test('an issue’s 送： line, its colophon or a page number in another style pasted into a practice is named as what it is', () => {
  const problems = problemsAfter((dir) => {
    const f = join(dir, 'practices/tiantai-heying.md');
    writeFileSync(f, `${readFileSync(f, 'utf8').trimEnd()}\n\n第 1 页 共 3 页\n\n送：市委、市人大常委会、市政府、市政协领导。\n\n台州市高质量发展建设共同富裕先行市领导小组办公室 2021年12月1日印发\n`);
  });
  const body = problems.filter((p) => p.startsWith('practices/tiantai-heying.md: body: '));
  assert.ok(body.some((p) => /第 \d+ 行是页码（第 1 页 共 3 页），应删除$/.test(p)), body.join('\n'));
  assert.ok(body.some((p) => /第 \d+ 行是简报的“送：”行，不是案例的正文：从正文中删去这一段（它写在简报文件的 sendTo 中）$/.test(p)), body.join('\n'));
  assert.ok(body.some((p) => /第 \d+ 行是简报末尾的印发行（“台州市高质量发展.*”），不是案例的正文：从正文中删去这一段$/.test(p)), body.join('\n'));
  // The page number is not also reported as a paragraph missing from the source.
  assert.ok(!body.some((p) => p.includes('找不到（“第1页共3页”）')), body.join('\n'));
  assert.ok(!body.some((p) => p.includes('写成“##')), body.join('\n'));
});

test('a paragraph pasted twice, an HTML comment, a link in Chinese brackets, and corner quotation marks in a title are named', () => {
  const problems = problemsAfter((dir) => {
    const f = join(dir, 'practices/wenling-employment.md');
    const text = readFileSync(f, 'utf8');
    const [head, body] = [text.slice(0, text.indexOf('\n---\n') + 5), text.slice(text.indexOf('\n---\n') + 5)];
    const first = body.split('\n\n').find((p) => p.trim().length > 30)!;
    writeFileSync(
      f,
      `${head}${body.trimEnd()}\n\n${first}\n\n<!-- 待核对 -->\n\n参见[玉环](／practices／yuhuan-three-drives／)和[椒江]（/practices/jiaojiang-talent/）。\n`,
    );
  });
  const body = problems.filter((p) => p.startsWith('practices/wenling-employment.md: body: '));
  assert.ok(body.some((p) => /第 \d+ 行这一段与第 \d+ 行的一段相同（“.*”）：是否粘贴了两次？删去重复的一段$/.test(p)), body.join('\n'));
  assert.ok(body.some((p) => /正文中有 HTML 注释 <!-- … -->：注释里的文字在页面上看不到/.test(p)), body.join('\n'));
  assert.ok(body.some((p) => /的链接“\[椒江\]（\/practices\/jiaojiang-talent\/）”用了中文括号（）/.test(p)), body.join('\n'));
  assert.ok(body.some((p) => /的链接地址中有全角斜杠“／”/.test(p)), body.join('\n'));
  // (Alone: the title is compared with the source only when every page of its issue is faithful.)
  const title = problemsAfter((dir) => edit(dir, 'practices/tiantai-heying.md', /^title: (.*?)“(.*?)”/m, 'title: $1「$2」'));
  assert.deepEqual(title, [
    'practices/tiantai-heying.md: title: 标题与原文 seeds/000_901b1eb27f07a258.txt 不符：标题中的 「 」 是直角引号（「」『』，原文用的是 “” ‘’ 时要照原文），原文是 “ ”。标题应照原文（可以去掉断行和多余空格）',
  ]);
});
