// Content-check messages for text pasted in the wrong place (a 送： line, a colophon, a paragraph twice, a practice in
// another issue, a quote across paragraphs), corrections, an .mdx comment, and small slips named as what they are. Each test changes a copy of content/ as
// an editor would and expects the check's message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, problemsAfter } from '../../support/content-copy.ts';

function expectLines(problems: string[], lines: string[]): void {
  for (const line of lines) assert.ok(problems.includes(line), `expected\n  ${line}\ngot\n  ${problems.join('\n  ')}`);
}

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

test('a correction that changes a figure, or changes nothing, is refused', () => {
  const problems = problemsAfter((dir) =>
    edit(dir, 'plans/taizhou-action-plan.md', /^corrections:\n/m, "corrections:\n  - from: 新增高技能人才 1605人\n    to: 新增高技能人才 1650人\n    reason: 核对\n  - from: 新业态\n    to: 新业态\n    reason: 核对\n"),
  );
  const of = (field: string) => problems.filter((p) => p.startsWith(`plans/taizhou-action-plan.md: ${field}: `));
  assert.ok(
    of('corrections[0].to').includes(
      'plans/taizhou-action-plan.md: corrections[0].to: “新增高技能人才 1605人”改成“新增高技能人才 1650人”改动了原文的数字（1605 → 1650）：corrections 只记录提取造成的差错（断行、重复或认错的字、全角半角），数字照原文印的写，原文印错的也照印的写',
    ),
    problems.join('\n'),
  );
  assert.deepEqual(of('corrections[1]'), ['plans/taizhou-action-plan.md: corrections[1]: from 与 to 相同（“新业态”）：这一项没有修正任何东西，请删去它']);
});

test('small slips named as what they are: a label in its value, the series placeholder, full-width digits, .nan, a dash in a period, a Tab, redirects.yml', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'briefings/taizhou-2022-01-25.yaml', 'sendTo: 市委、', 'sendTo: 抄送：市委、');
    edit(dir, 'briefings/taizhou-2022-01-25.yaml', 'series: 台州共富工作简报', 'series: （刊名待填写）');
    edit(dir, 'practices/wenling-employment.md', '    value: 19\n', '    value: "１９"\n');
    edit(dir, 'practices/wenling-employment.md', '    value: 3150\n', '    value: .nan\n');
    edit(dir, 'plans/qingtian-action-plan.md', /^period: 2021-2025$/m, 'period: 2021—2025');
    edit(dir, 'practices/wenling-employment.md', /^(title: .*?)就业/m, '$1\t就业');
    writeFileSync(join(dir, 'redirects.yml'), '- from: /practices/old/\n  to: /practices/wenling-employment/\n');
  });
  expectLines(problems, [
    'briefings/taizhou-2022-01-25.yaml: sendTo: 不要写“抄送：”字样：原文的“抄送：”行填在 copyTo（页面显示为“抄送”），sendTo 只填原文“送：”后面的文字',
    'briefings/taizhou-2022-01-25.yaml: series: 刊名“（刊名待填写）”是导入留下的占位：照原文报头印的刊名填写（同一刊物各期必须一致）',
    'practices/wenling-employment.md: metrics[0].value: 应为数字，收到文字 “１９”（这是全角数字：改成半角 19）',
    'plans/qingtian-action-plan.md: period: 期限应形如 2021-2025（两个年份之间是半角连字符“-”，不是破折号或“至”），收到 “2021—2025”',
    'redirects.yml: 文件名: content/ 下只读取 briefings/、practices/、plans/、taxonomy/ 和 redirects.yaml：这个文件不会被读取。请改名为 redirects.yaml（已有 redirects.yaml 时把各项并入其中）',
  ]);
  assert.ok(problems.some((p) => /^practices\/wenling-employment\.md: metrics\[\d+\]\.value: .*NaN（YAML 的 \.nan\/\.inf，不是一个数）/.test(p)), problems.join('\n'));
  assert.ok(problems.some((p) => /^practices\/wenling-employment\.md: title: .*U\+0009（Tab 制表符，多半是从表格粘贴来的）/.test(p)), problems.join('\n'));
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

test('a practice put in another issue is told which issue’s text it is', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/tiantai-heying.md', 'briefing: taizhou-2021-12-01\ndate: 2021-12-01', 'briefing: taizhou-2022-01-25\ndate: 2022-01-25');
    edit(dir, 'briefings/taizhou-2021-12-01.yaml', /\n  - tiantai-heying/, '');
    edit(dir, 'briefings/taizhou-2022-01-25.yaml', /^practices:\n/m, 'practices:\n  - tiantai-heying\n');
  });
  assert.ok(
    problems.some((p) =>
      /^practices\/tiantai-heying\.md: body: 正文的 \d+ 段都不在原文 seeds\/001_87f722b323f69c9e\.txt 中，而在 seeds\/000_901b1eb27f07a258\.txt 中（简报 taizhou-2021-12-01 的原文）：是否把本案例放错了简报？briefing 应为 taizhou-2021-12-01，并列在那一期的 practices 中$/.test(p),
    ),
    problems.join('\n'),
  );
});

test('a quote that runs from one paragraph into the next is told so, not only that it is not found', () => {
  const problems = problemsAfter((dir) => edit(dir, 'practices/sanmen-five-helps.md', "quote: '等19个部门'", "quote: '取消440人。三是全域推广应用'"));
  assert.ok(
    problems.some((p) => /^practices\/sanmen-five-helps\.md: metrics\[0\]\.quote: 引文“取消440人。三是全域推广应用”跨了正文的两段（或标题和正文）/.test(p)),
    problems.join('\n'),
  );
});
