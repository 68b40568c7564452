// Content-check messages for full-width digits, a page number between paragraphs, an issue left in draft, a partner
// region the text never names, YAML syntax errors and required fields, a list item indented further, one text
// ingested twice; and the ingest's year for a figure of several years.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, draftsNote, report } from '../../../src/check/check.ts';
import { scanParagraph } from '../../../src/ingest/metrics.ts';
import { edit, problemsAfter } from '../../support/content-copy.ts';

const W = 'practices/wenling-mountain-sea.md';

test('ingest: a figure of several years gets no year; one of a part of a year gets that year', () => {
  const years = (p: string) => scanParagraph(p, { issued: '2021-09-30' }).metrics.map((m) => m.year);
  assert.deepEqual(years('2016年-2020年，该市财政共拨付山海协作援建资金859万元。'), [undefined]);
  assert.deepEqual(years('2018-2020 年，该市共结对帮扶景宁县困难学生 106 人次。'), [undefined]);
  assert.deepEqual(years('2021年1-7月，温岭-三门山海协作生态旅游文化产业园完成投资3.06亿元。'), [2021]);
});

test('full-width digits in a body are reported, and a quote in half-width is not told to follow them', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, W, '2021年1-7月，温岭-三门', '２０２１年１-７月，温岭-三门');
    edit(dir, 'practices/yuhuan-skills-to-capital.md', '发证 2.27 万人，新增高技能人才 4503人', '发证 2.27 万人，新增高技能人才 ４５０３人');
  });
  assert.ok(problems.some((p) => /^practices\/wenling-mountain-sea\.md: body: 第 \d+ 行有全角数字“２０２１”：数字一律写成半角（2021）/.test(p)), problems.join('\n'));
  const quote = problems.find((p) => p.startsWith('practices/yuhuan-skills-to-capital.md: metrics'));
  assert.match(quote ?? problems.join('\n'), /正文的数字应写成半角：把正文的“[^”]*４５０３[^”]*”改成“[^”]*4503[^”]*”，引文不用改$/);
});

test('a number alone between two paragraphs is called a page number, not a heading to write as ## 3', () => {
  const problems = problemsAfter((dir) => edit(dir, W, '二是“财政转移支付”输血造血。', '3\n\n二是“财政转移支付”输血造血。'));
  const line = problems.find((p) => p.includes('只有一个数字'));
  assert.match(line ?? problems.join('\n'), /^practices\/wenling-mountain-sea\.md: body: 第 \d+ 行只有一个数字“3”：多半是原文的页码/);
  assert.ok(!problems.some((p) => p.includes('## 3')), problems.join('\n'));
});

test('an issue left in draft passes the check, and the check says which files it does not publish', () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  try {
    cpSync('content', dir, { recursive: true });
    const issue = readdirSync(join(dir, 'practices')).filter((f) => readFileSync(join(dir, 'practices', f), 'utf8').includes('\nbriefing: taizhou-2022-01-25\n'));
    assert.equal(issue.length, 4);
    for (const f of issue) edit(dir, `practices/${f}`, /^date: 2022-01-25$/m, 'date: 2022-01-25\ndraft: true');
    const drafts: string[] = [];
    assert.deepEqual(checkContent(dir, 'seeds', undefined, undefined, drafts), []);
    assert.deepEqual(drafts.map((f) => f.split('/').at(-1)).sort(), [...issue].sort());
    assert.match(draftsNote(drafts), /^4 个草稿（draft: true）不会发布：.*huangyan-four-measures\.md.*。核对完后删去它们的 draft 行$/);
    assert.equal(draftsNote([]), '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a partner region the text never names is reported: its page would list the practice as one it took part in', () => {
  const problems = problemsAfter((dir) => edit(dir, W, /^partners: \[([^\]]*)\]$/m, 'partners: [$1, tiantai]'));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, /^practices\/wenling-mountain-sea\.md: partners\[\d\]: 协作地区 tiantai（天台县）在标题和正文中都没有出现：/);
});

test('a YAML syntax error in a practice’s frontmatter names the field it is in, at the file’s line, as a briefing’s does', () => {
  const broken = (from: string | RegExp, to: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    try {
      cpSync('content', dir, { recursive: true });
      edit(dir, 'practices/jiaojiang-talent.md', from, to);
      return report(checkContent(dir, 'seeds')).split('\n').map((l) => l.replace(/^.*?content-[^/]+\//, ''));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // A key of the third metric indented one space too far: that metric's quote, not “frontmatter”.
  let lines = broken("\n    quote: '共引育高校毕业生 7155名'", "\n     quote: '共引育高校毕业生 7155名'");
  assert.match(lines[0]!, /^practices\/jiaojiang-talent\.md:23: metrics\[2\]\.quote（metrics 第 3 项）: 不是有效的 YAML：第 23 行 “     quote: '共引育/, lines.join('\n'));
  // A title without its colon: the title.
  lines = broken(/^title: /m, 'title ');
  assert.match(lines[0]!, /^practices\/jiaojiang-talent\.md:2: title: 不是有效的 YAML：第 2 行 “title 椒江区盯才/, lines.join('\n'));
});

test('a YAML syntax error is reported at its file:line, as every other problem is', () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  try {
    cpSync('content', dir, { recursive: true });
    edit(dir, 'practices/huangyan-four-measures.md', /^region: huangyan$/m, 'region: "huangyan');
    edit(dir, 'briefings/taizhou-2021-09-30.yaml', /^date: 2021-09-30$/m, 'date: 2021-09-30\n\tfoo: 1');
    const lines = report(checkContent(dir, 'seeds')).split('\n').map((l) => l.replace(/^.*?content-[^/]+\//, ''));
    assert.ok(lines.some((l) => /^practices\/huangyan-four-measures\.md:3: region: 不是有效的 YAML：第 3 行/.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /^briefings\/taizhou-2021-09-30\.yaml:\d+: foo: 不是有效的 YAML：第 \d+ 行 “\tfoo: 1”：不能用 Tab 缩进/.test(l)), lines.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a Tab in a briefing’s YAML is reported with the field of its line: the key it begins, the list item, the text it is in', () => {
  const B = 'briefings/taizhou-2021-12-01.yaml';
  const tab = (from: string | RegExp, to: string, file = B) => problemsAfter((dir) => edit(dir, file, from, to));
  assert.deepEqual(tab(/^issuer: /m, '\tissuer: '), [
    'briefings/taizhou-2021-12-01.yaml: issuer: 不是有效的 YAML：第 3 行 “\tissuer: 台州市高质量发展建设共同富裕先行市领导小组办公室”：不能用 Tab 缩进，请改用空格（解析器：Tabs are not allowed as indentation）',
  ]);
  assert.deepEqual(tab('  - wenling-employment', '\t- wenling-employment'), [
    'briefings/taizhou-2021-12-01.yaml: practices[1]: 不是有效的 YAML：第 8 行 “\t- wenling-employment”：不能用 Tab 缩进，请改用空格（解析器：Tabs are not allowed as indentation）',
  ]);
  assert.match(tab(/^  2021年/m, '\t2021年', 'briefings/taizhou-2022-01-25.yaml').join('\n'), /^briefings\/taizhou-2022-01-25\.yaml: editorNote: 不是有效的 YAML：第 8 行 /);
  // And in a taxonomy file, a list of items: the item and its key.
  // (The line is counted in the file as it is, so that editing groups.yaml above it does not break the test.)
  const line = readFileSync('content/taxonomy/groups.yaml', 'utf8').split('\n').findIndex((l) => l.startsWith('  aliases: [大学生')) + 1;
  assert.match(tab(/^  aliases: \[大学生/m, '\taliases: [大学生', 'taxonomy/groups.yaml').join('\n'), new RegExp(`^taxonomy/groups\\.yaml: \\[3\\]\\.aliases: 不是有效的 YAML：第 ${line} 行 `));
});

test('a required field left out is told what to write: the region its title begins with, the ids allowed, the issues', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/huangyan-four-measures.md', /^region: huangyan\n/m, '');
    edit(dir, 'practices/huangyan-four-measures.md', /^briefing: taizhou-2022-01-25\n/m, '');
    edit(dir, 'practices/jiaojiang-talent.md', /^measures: .*\n/m, '');
  });
  assert.ok(problems.includes('practices/huangyan-four-measures.md: region: 缺少必填字段（应为文字）：标题以“黄岩区”开头，应为 region: huangyan'), problems.join('\n'));
  assert.ok(problems.some((p) => /^practices\/huangyan-four-measures\.md: briefing: 缺少必填字段（应为文字）：填写本案例所在那一期简报的 id.*taizhou-2022-01-25/.test(p)), problems.join('\n'));
  assert.ok(problems.some((p) => /^practices\/jiaojiang-talent\.md: measures: 缺少必填字段（应为列表）：填写举措类型 id 的列表。允许的值：skills-training（技能培训）/.test(p)), problems.join('\n'));
});

test('a list item indented further than the one before is said to have joined it, not listed as an unknown id', () => {
  const problems = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2022-01-25.yaml', /^  - huangyan-four-measures$/m, '   - huangyan-four-measures'));
  assert.ok(
    problems.includes('briefings/taizhou-2022-01-25.yaml: practices[0]: 未知的案例 "taizhou-integrated-reform - huangyan-four-measures"。这是 taizhou-integrated-reform、huangyan-four-measures 连成了一项：列表的各行要对齐（每行以同样多的空格加“- ”开头），多缩进的一行会被读成上一项的续行。'),
    problems.join('\n'),
  );
});

test('two practices with one text are reported: the same practice ingested twice, its title retouched', () => {
  const problems = problemsAfter((dir) => {
    const text = readFileSync(join(dir, 'practices/sanmen-five-helps.md'), 'utf8').replace(/^title: .*$/m, 'title: 三门县聚焦“五个帮”探索“浙有众扶”新路子');
    writeFileSync(join(dir, 'practices/sanmen-copy.md'), text);
  });
  assert.ok(problems.some((p) => /^practices\/(sanmen-copy|sanmen-five-helps)\.md: body: 正文与 content\/practices\/(sanmen-five-helps|sanmen-copy)\.md 的正文相同：同一个案例不要建两页/.test(p)), problems.join('\n'));
});
