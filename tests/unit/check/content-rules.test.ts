// Rules from the second editor review: every problem names the file, the field, the value found and what is allowed,
// in Chinese, without a stack trace; and what the check accepts is what the build can publish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { glob } from 'tinyglobby'; // what Astro's glob() loader lists files with
import { generateCorpus } from '../../../src/bench/generate.ts';
import { checkBuiltFragments } from '../../../src/integrations/content-check.ts';
import { checkContent } from '../../../src/check/check.ts';
import { entryPattern } from '../../../src/lib/content-files.ts';
import { cachedCode, loadCorpus } from '../../../src/check/load-corpus.ts';
import { formatProblem } from '../../../src/check/types.ts';
import { edit, problemsAfter } from '../../support/content-copy.ts';
import { encodeGb18030 } from '../../support/gb18030.ts';


function expectLines(problems: string[], lines: string[]): void {
  for (const line of lines) assert.ok(problems.includes(line), `expected\n  ${line}\ngot\n  ${problems.join('\n  ')}`);
}

test('extensions: a .yml briefing, a .markdown or .MD practice and a stray file are reported, not passed or ignored', () => {
  const problems = problemsAfter((dir) => {
    renameSync(join(dir, 'briefings/taizhou-2022-01-25.yaml'), join(dir, 'briefings/taizhou-2022-01-25.yml'));
    renameSync(join(dir, 'practices/jiaojiang-talent.md'), join(dir, 'practices/jiaojiang-talent.markdown'));
    renameSync(join(dir, 'practices/tiantai-heying.md'), join(dir, 'practices/tiantai-heying.MD'));
    writeFileSync(join(dir, 'plans/notes.txt'), '备忘');
    // Set aside or system files: neither read nor reported.
    writeFileSync(join(dir, 'practices/.DS_Store'), '');
    cpSync(join(dir, 'practices/yuhuan-three-drives.md'), join(dir, 'practices/_old.md'));
  });
  expectLines(problems, [
    'briefings/taizhou-2022-01-25.yml: 文件名: 扩展名应为 .yaml，收到 “.yml”：这个文件不会被读取，也不会发布。请改名为 taizhou-2022-01-25.yaml',
    'practices/jiaojiang-talent.markdown: 文件名: 扩展名应为 .md 或 .mdx，收到 “.markdown”：这个文件不会被读取，也不会发布。请改名为 jiaojiang-talent.md',
    'practices/tiantai-heying.MD: 文件名: 扩展名应为 .md 或 .mdx，收到 “.MD”：这个文件不会被读取，也不会发布。请改名为 tiantai-heying.md',
    'plans/notes.txt: 文件名: 扩展名应为 .md 或 .mdx，收到 “.txt”：这个文件不会被读取，也不会发布。不是方案的文件请移出 content/plans/（以 _ 开头的文件不检查，也不发布）',
  ]);
  // Only these: no "未知的简报" for the practices of the misnamed briefing, nor "未知的案例" in the briefings.
  assert.equal(problems.length, 4, problems.join('\n'));
});

test('extensions: the check reads exactly the files the collections load', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  try {
    cpSync('content', dir, { recursive: true });
    for (const name of ['_draft.md', '.hidden.md', 'x.MD', 'y.markdown', 'z.mdx']) cpSync(join(dir, 'practices/jiaojiang-talent.md'), join(dir, 'practices', name));
    for (const name of ['_old.yaml', 'b.yml']) cpSync(join(dir, 'briefings/taizhou-2022-01-25.yaml'), join(dir, 'briefings', name));
    const { corpus } = loadCorpus(dir);
    for (const folder of ['practices', 'plans', 'briefings'] as const) {
      const loaded = (await glob(entryPattern(folder), { cwd: join(dir, folder), expandDirectories: false })).sort();
      const checked = corpus[folder].filter((e) => !e.unreadable).map((e) => e.file.slice(e.file.lastIndexOf('/') + 1)).sort();
      assert.deepEqual(checked, loaded, folder);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('encoding: a GBK file and a file with U+FFFD are refused, naming the first bad line', () => {
  const problems = problemsAfter((dir) => {
    const path = join(dir, 'practices/jiaojiang-talent.md');
    writeFileSync(path, encodeGb18030(readFileSync(path, 'utf8')));
    edit(dir, 'practices/yuhuan-three-drives.md', /^(title: .*)$/m, '$1\nregion: yuhuan\uFFFD');
    edit(dir, 'practices/yuhuan-three-drives.md', /^region: yuhuan\n/m, '');
    const briefing = join(dir, 'briefings/taizhou-2022-01-25.yaml');
    writeFileSync(briefing, encodeGb18030(readFileSync(briefing, 'utf8')));
  });
  expectLines(problems, [
    'practices/jiaojiang-talent.md: 编码: 不是 UTF-8 编码的文本：第 2 行起无法按 UTF-8 读取（按 GBK 读出的这一行是“title: 椒江区盯才“扩中” 大力培育“中收”后备军”）。请用编辑器把文件另存为 UTF-8 编码；内容检查和网站只读 UTF-8',
    'practices/yuhuan-three-drives.md: 编码: 第 3 行含有替换字符“\uFFFD”（“region: yuhuan\uFFFD”）：这里的文字已在别处被错误解码、原字已丢失。请对照原文改正这一行',
    'briefings/taizhou-2022-01-25.yaml: 编码: 不是 UTF-8 编码的文本：第 1 行起无法按 UTF-8 读取（按 GBK 读出的这一行是“series: 台州共富工作简报”）。请用编辑器把文件另存为 UTF-8 编码；内容检查和网站只读 UTF-8',
  ]);
  // One problem per file: not also a YAML error, "未知的案例" or "未知的简报" that follow from it.
  assert.equal(problems.length, 3, problems.join('\n'));
});

test('unknown fields: the allowed fields are those of the object they are in, with the field probably meant', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/jiaojiang-talent.md', /^(  - label: 高层次人才创业创新大赛参赛人才项目（连续五年）\n    value: 609\n    )unit: 个$/m, '$1units: 个');
    edit(dir, 'practices/tiantai-heying.md', /^region: /m, 'regoin: ');
    edit(dir, 'plans/qingtian-action-plan.md', '{no: 1, title: 大力培育新时代工匠, units: [', '{no: 1, title: 大力培育新时代工匠, unit: [');
    edit(dir, 'taxonomy/regions.yaml', /^(- id: jiaojiang\n(?:  .*\n)*?)  parent:/m, '$1  parnet:');
  });
  expectLines(problems, [
    'practices/jiaojiang-talent.md: metrics[0].units: 未知字段 units。是否想填 unit？允许的字段：label, value, unit, year, kind, approx, quote, indicator, unverified',
    'practices/tiantai-heying.md: regoin: 未知字段 regoin。是否想填 region？允许的字段：title, region, partners, groups, measures, briefing, date, metrics, corrections, draft',
    'plans/qingtian-action-plan.md: groups[0].measures[0].unit: 未知字段 unit。是否想填 units？允许的字段：no, title, units, lead',
    'taxonomy/regions.yaml: [1].parnet: 未知字段 parnet。是否想填 parent？允许的字段：id, name, order, level, parent, aliases',
  ]);
});

test('fidelity: a rewritten paragraph is reported with its line and where it leaves the source; corrections are checked', () => {
  const problems = problemsAfter((dir) => {
    // Rewritten, not recorded.
    edit(dir, 'practices/tiantai-heying.md', '审定备案，精准圈定持股对象', '审定备案，精准确定持股对象');
    // A correction whose `from` is not in the seed, and one whose `to` is not in the body.
    edit(dir, 'practices/jiaojiang-talent.md', /^date: (.*)$/m, "date: $1\ncorrections:\n  - {from: 原文没有的写法, to: 、, reason: 测试}\n  - {from: 养鸡项目, to: 养鸭项目, reason: 测试}");
    // A new paragraph.
    writeFileSync(join(dir, 'practices/wenling-employment.md'), `${readFileSync(join(dir, 'practices/wenling-employment.md'), 'utf8').trimEnd()}\n\n这是编辑自己写的一段总结，原文中没有。\n`);
  });
  const line = readFileSync('content/practices/tiantai-heying.md', 'utf8').split('\n').findIndex((l) => l.includes('审定备案，精准圈定持股对象')) + 1;
  const last = readFileSync('content/practices/wenling-employment.md', 'utf8').trimEnd().split('\n').length + 2;
  const rule = '正文只能清理提取痕迹（断行、页码、页眉），不能改写原文；修正提取错误时在 corrections 中记录（from 原文写法，to 页面写法，reason 原因）';
  expectLines(problems, [
    `practices/tiantai-heying.md: body: 第 ${line} 行：这一段与原文 seeds/000_901b1eb27f07a258.txt 不符：在“…审定备案，精准”之后，原文是“圈定持股对象，优先照顾…”，正文是“确定持股对象，优先照顾…”。${rule}`,
    `practices/wenling-employment.md: body: 第 ${last} 行：这一段在原文 seeds/000_901b1eb27f07a258.txt 中找不到（“这是编辑自己写的一段总结，原文中没有。”）。${rule}`,
    'practices/jiaojiang-talent.md: corrections[0].from: “原文没有的写法”在原文 seeds/000_901b1eb27f07a258.txt 中找不到：from 应照抄原文（提取文本）中的写法',
    'practices/jiaojiang-talent.md: corrections[1].to: “养鸭项目”在正文中找不到：to 应是页面上（正文中）的写法',
  ]);
  // A recorded correction (yuhuan-three-drives.md: and → 、) is accepted: nothing else is reported.
  assert.equal(problems.length, 4, problems.join('\n'));
});

test('fidelity: what the ingest cleans is not a difference (full-width digits, page numbers and running headers in the seed)', () => {
  const root = mkdtempSync(join(tmpdir(), 'seeds-'));
  try {
    cpSync('seeds', root, { recursive: true });
    const seed = join(root, '000_901b1eb27f07a258.txt');
    const text = readFileSync(seed, 'utf8')
      .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
      // A page break in the middle of a sentence, three times: page number, then the series title as running header.
      .replace('用好用活', '用好\n\n- 2 -\n\n台州共富工作简报\n\n用活')
      .replace('走访企业', '走访\n\n- 3 -\n\n台州共富工作简报\n\n企业')
      .replace('一系列人才', '一系列\n\n- 4 -\n\n台州共富工作简报\n\n人才');
    writeFileSync(seed, text);
    // The seed so changed is no longer the file imported (its sourceSha256 rule, tested in
    // source-hash.test.ts).
    const fidelity = () => checkContent('content', root).filter((p) => p.field !== 'sourceSha256');
    assert.deepEqual(fidelity().map(formatProblem), []);
    // The same seed with one word changed is still caught.
    writeFileSync(seed, text.replace('走访\n', '拜访\n'));
    assert.match(fidelity().map(formatProblem).join('\n'), /jiaojiang-talent\.md: body: 第 \d+ 行：这一段与原文 \S+000_901b1eb27f07a258\.txt 不符：在“…[^”]*”之后，原文是“拜访企业3400余次，…”，正文是“走访企业3400余次/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the scale benchmark’s synthetic corpus passes the content check (fidelity and coverage) against its raw texts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  try {
    generateCorpus('content', join(dir, 'content'), 40, join(dir, 'seeds'));
    assert.deepEqual(checkContent(join(dir, 'content'), join(dir, 'seeds')).map(formatProblem), []);
    // It checks them: a paragraph left out of a synthetic practice is reported as for a real one.
    const first = join(dir, 'content/practices/bench-00002.md');
    writeFileSync(first, readFileSync(first, 'utf8').replace(/\n\n[^\n#][^\n]*\n$/, '\n'));
    assert.match(checkContent(join(dir, 'content'), join(dir, 'seeds')).map(formatProblem).join('\n'), /bench-00002\.md: body: .*不在任何案例的正文中/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every synthetic practice of a large benchmark corpus names a group and a measure: none is left with empty tags', () => {
  // At 10,000 a draw of paragraphs that named no group left 63 practices with groups: [] and stopped the bench's build.
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  try {
    generateCorpus('content', join(dir, 'content'), 3000, join(dir, 'seeds'));
    const files = readdirSync(join(dir, 'content/practices')).filter((f) => f.startsWith('bench-'));
    assert.equal(files.length, 3000);
    const empty = files.filter((f) => /^(groups|measures): \[\]$/m.test(readFileSync(join(dir, 'content/practices', f), 'utf8')));
    assert.deepEqual(empty, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('.mdx bodies: syntax errors, components the site does not provide and {…} code are reported with the file line', () => {
  let start = 0;
  const problems = problemsAfter((dir) => {
    const from = join(dir, 'practices/jiaojiang-talent.md');
    const text = readFileSync(from, 'utf8').trimEnd();
    start = text.split('\n').length + 2;
    writeFileSync(
      join(dir, 'practices/jiaojiang-talent.mdx'),
      `${text}\n\n共有 <Chart data="x" /> 609个人才项目参赛。\n\n共有 {609 * 2}个人才项目参赛。\n\nimport Chart from './chart.js'\n\n共有 <b>609</i>个人才项目参赛。\n`,
    );
    rmSync(from);
  }).filter((p) => !/：这一段(与|在)原文 seeds\//.test(p));
  const f = 'practices/jiaojiang-talent.mdx: body: ';
  assert.deepEqual(problems, [
    `${f}第 ${start + 6} 行：MDX 语法错误：标签没有成对闭合（<b> 要以 </b> 结束），构建会失败（解析器：Unexpected closing tag \`</i>\`, expected corresponding closing tag for \`<b>\` (${start + 6}:4-${start + 6}:7)）`,
  ]);
  // With the syntax error fixed, the rest is reported: a component, an expression, an import.
  const rest = problemsAfter((dir) => {
    const from = join(dir, 'practices/jiaojiang-talent.md');
    writeFileSync(join(dir, 'practices/jiaojiang-talent.mdx'), `${readFileSync(from, 'utf8').trimEnd()}\n\n共有 <Chart data="x" /> 609个人才项目参赛。\n\n共有 {609 * 2}个人才项目参赛。\n\nimport Chart from './chart.js'\n\n<Foo.Bar />\n`);
    rmSync(from);
  }).filter((p) => !/：这一段(与|在)原文 seeds\//.test(p));
  assert.deepEqual(rest, [
    `${f}第 ${start} 行：组件 <Chart> 不存在：本站显示正文时不提供任何组件（可用的组件：无），构建会失败。请删除这个标签；正文只用 Markdown`,
    `${f}第 ${start + 2} 行：正文中不能有 {…} 表达式（{609 * 2}）：花括号里的内容会在构建时作为代码执行。要显示花括号本身，写成 \\{ 和 \\}`,
    `${f}第 ${start + 4} 行：正文中不能有 import/export 语句（import Chart from './chart.js'）：它们会在构建时执行代码。请删除这一行`,
    `${f}第 ${start + 6} 行：组件 <Foo.Bar> 不存在：本站显示正文时不提供任何组件（可用的组件：无），构建会失败。请删除这个标签；正文只用 Markdown`,
  ]);
});

test('plans: a period that ends before it starts, a target year outside it, a measure number typed as another, a repeated group', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'plans/qingtian-action-plan.md', /^period: 2021-2025$/m, 'period: 2025-2021');
    edit(dir, 'plans/taizhou-action-plan.md', /^(  - label: .*\n    value: .*\n    unit: .*\n    )year: 2025/m, '$1year: 2030');
    edit(dir, 'plans/taizhou-action-plan.md', /^      - no: 5$/m, '      - no: 4');
    edit(dir, 'plans/taizhou-action-plan.md', /^  - group: graduates$/m, '  - group: researchers');
  });
  expectLines(problems, [
    'plans/qingtian-action-plan.md: period: 期限 2025-2021 的起始年份晚于结束年份（页面会显示“2025—2021年”）：应写成 2021-2025',
    'plans/taizhou-action-plan.md: targets[0].year: 年份 2030 不在方案期限 2021-2025 之内：应为 2021 至 2025 之间的年份',
    // 5 typed as 4, the section's other measure: one message with the number meant, not a repeat and an unlike title.
    'plans/taizhou-action-plan.md: groups[1].measures[1].no: 举措编号 4 应为 5：正文的小节“科研人员激励计划”中，“强化科技成果转化激励机制”是第 5 项，第 4 项是“完善科研人员薪酬决定机制”。no 照原文的编号填写',
    'plans/taizhou-action-plan.md: groups[3].group: 群体 researchers 重复（groups[1] 已是 researchers）：每个群体只写一节，页面上每节的位置 #g-researchers 只能有一个',
    // The sentence says which year the target is for, too.
    'plans/taizhou-action-plan.md: targets[0].year: 目标（kind: target）的年份 2030 与它所在的句子不符：句子写的是 2025 年（“到 2025 年，全市居民人均可支配收入达到 7.5 万元”）。应写 year: 2025',
    // And the section's heading names another group than the one written.
    'plans/taizhou-action-plan.md: groups[3].group: 小节“高校毕业生激励计划”说的是群体 graduates（“高校毕业生”），这里写的是 researchers：group 应为 graduates，否则 researchers 的群体页会列出另一个群体的举措',
  ]);
  assert.equal(problems.length, 6, problems.join('\n'));
});

test('cross-references: a practice in two briefings or twice in one, two issues with one number, a link to a draft', () => {
  let line = 0;
  const problems = problemsAfter((dir) => {
    edit(dir, 'briefings/taizhou-2021-09-30.yaml', 'practices: [wenling-mountain-sea, yuhuan-three-drives,', 'practices: [wenling-mountain-sea, yuhuan-three-drives, wenling-mountain-sea,');
    edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^practices:\n/m, 'practices:\n  - sanmen-five-helps\n');
    // In 实践创新, as 2021-09-30's 第 3 期 is (a sub-series numbers its issues on its own; 2021-12-01's text has no
    // masthead to show either).
    edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^date: 2021-12-01$/m, 'subseries: 实践创新\nnumber: 3\ndate: 2021-12-01');
    edit(dir, 'practices/tiantai-heying.md', /^date: (.*)$/m, 'date: $1\ndraft: true');
    edit(dir, 'practices/jiaojiang-talent.md', '连续五年举办高层次人才', '连续五年举办[高层次人才](/practices/tiantai-heying/)');
    line = readFileSync(join(dir, 'practices/jiaojiang-talent.md'), 'utf8').split('\n').findIndex((l) => l.includes('(/practices/tiantai-heying/)')) + 1;
    // A draft may link to a draft: the link is checked when the page is published.
    edit(dir, 'practices/wenling-employment.md', /^date: (.*)$/m, 'date: $1\ndraft: true');
    edit(dir, 'practices/wenling-employment.md', /^(近年来，)/m, '[近年来](/practices/tiantai-heying/)，');
  });
  expectLines(problems, [
    'briefings/taizhou-2021-09-30.yaml: practices[2]: 案例 wenling-mountain-sea 在本期中重复（practices[0] 已列出）：每个案例只列一次',
    'briefings/taizhou-2021-12-01.yaml: practices[0]: 案例 sanmen-five-helps 已列在简报 taizhou-2021-09-30 中：一个案例只属于一期简报（它的 briefing 字段是 taizhou-2021-09-30）',
    'briefings/taizhou-2021-12-01.yaml: number: 期号 3 与 content/briefings/taizhou-2021-09-30.yaml 相同（都是《台州共富工作简报（实践创新）》2021 年第 3 期）：两期中有一期填错了，对照两期原文的报头（seeds/002_d3d2b23bbdabca64.txt 和本期的 seeds/000_901b1eb27f07a258.txt；提取文本没有报头时看 PDF 原件）改正填错的那一期（taizhou-2021-09-30.yaml 或 taizhou-2021-12-01.yaml），原文没有印期号时不填',
    `practices/jiaojiang-talent.md: body: 第 ${line} 行：链接 /practices/tiantai-heying/ 指向草稿（draft: true），发布后这个网址不存在（404）。请先发布该案例，或删除链接`,
  ]);
  assert.equal(problems.length, 4, problems.join('\n'));
});

test('taxonomy: a region’s parent must be a city’s name; names and order values are not repeated', () => {
  const problems = problemsAfter((dir) => {
    const f = 'taxonomy/regions.yaml';
    edit(dir, f, /^(- id: qingtian\n(?:  .*\n)*?)  parent: 丽水市$/m, '$1  parent: 丽水');
    edit(dir, f, /^(- id: jingning\n(?:  .*\n)*?)  parent: 丽水市$/m, '$1  parent: 金华市');
    edit(dir, f, /^(- id: sanmen\n(?:  .*\n)*?)  parent: 台州市\n/m, '$1');
    edit(dir, f, /^(- id: lishui\n(?:  .*\n)*?  level: 市\n)/m, '$1  parent: 台州市\n');
    edit(dir, f, /^(- id: xianju\n(?:  .*\n)*?)  order: 9$/m, '$1  order: 8');
    edit(dir, 'taxonomy/groups.yaml', /^(- id: graduates\n(?:  .*\n)*?)  order: \d+$/m, '$1  order: 1');
    edit(dir, 'taxonomy/measures.yaml', /^(- id: skill-certification\n)  name: .*$/m, '$1  name: 技能培训');
    edit(dir, 'taxonomy/indicators.yaml', /^(- id: new-skilled-talents\n)  name: .*$/m, '$1  name: 新增高技能人才');
  });
  const cities = '允许的值：台州市, 丽水市';
  expectLines(problems, [
    `taxonomy/regions.yaml: [11].parent: 所属地级市“丽水”不是地级市的名称。是否想填 丽水市？${cities}（regions.yaml 中 level 为 市 的名称）`,
    // A city the table lacks: add it first (stop 17; it had been “not a city's name”).
    'taxonomy/regions.yaml: [12].parent: 所属地级市“金华市”不在 regions.yaml 中：先为它添加一项（name: 金华市，level: 市，不填 parent），再添加它下辖的县（市、区）',
    `taxonomy/regions.yaml: [9].parent: 缺少所属地级市（level 为 县 的地区要填 parent，否则不会出现在 /regions/ 页面上）。${cities}`,
    'taxonomy/regions.yaml: [10].parent: 地级市（level: 市）不填 parent，收到 “台州市”',
    'taxonomy/regions.yaml: [8].order: 顺序 8 与 [7]（tiantai）相同：每项的 order 应不同',
    'taxonomy/groups.yaml: [3].order: 顺序 1 与 [0]（technical-workers）相同：每项的 order 应不同',
    'taxonomy/measures.yaml: [1].name: 名称“技能培训”与 [0]（skills-training）相同：每项的名称应不同',
    'taxonomy/indicators.yaml: [1].name: 名称“新增高技能人才”与 [0]（new-high-skilled-talents）相同：每项的名称应不同',
  ]);
  assert.equal(problems.length, 8, problems.join('\n'));
});

test('metric quotes: Markdown markup in a quote is reported; the quote is the text as it reads', () => {
  const marked = problemsAfter((dir) => {
    edit(dir, 'practices/jiaojiang-talent.md', '专项资金共计 5109万元。', '专项资金共计 **5109万元**。');
    edit(dir, 'practices/jiaojiang-talent.md', "quote: '各类人才发展专项资金共计 5109万元'", "quote: '各类人才发展专项资金共计 **5109万元**'");
  });
  assert.deepEqual(marked.filter((p) => !p.includes('会显示成加粗')), [
    'practices/jiaojiang-talent.md: metrics[10].quote: 引文“各类人才发展专项资金共计 **5109万元**”含有 Markdown 标记（**）：页面上不显示标记，引文也找不到它的句子。引文要照页面上读到的文字写：“各类人才发展专项资金共计 5109万元”',
  ]);
  // The quote as it reads is found, though the body marks it up (the bold alone is reported: the sources print none).
  const plain = problemsAfter((dir) => edit(dir, 'practices/jiaojiang-talent.md', '专项资金共计 5109万元。', '专项资金共计 **5109万元**。'));
  assert.deepEqual(plain.filter((p) => !p.includes('会显示成加粗')), []);
});

test('messages: a date that does not exist says so; a value that does not match its quote says what it should be', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/huangyan-four-measures.md', /^date: .*$/m, 'date: 2022-02-30');
    edit(dir, 'briefings/taizhou-2022-01-25.yaml', /^date: .*$/m, 'date: 2022-13-01');
    edit(dir, 'plans/qingtian-action-plan.md', /^date: .*$/m, 'date: 2022-04-31');
    edit(dir, 'practices/jiaojiang-talent.md', 'value: 51090000', 'value: 5109');
    edit(dir, 'practices/jiaojiang-talent.md', "value: 609\n", "value: 6090\n");
  });
  expectLines(problems, [
    'practices/huangyan-four-measures.md: date: 日期 2022-02-30 不存在：2022 年 2 月只有 28 天',
    'briefings/taizhou-2022-01-25.yaml: date: 日期 2022-13-01 不存在：月份应为 01 至 12',
    'plans/qingtian-action-plan.md: date: 日期 2022-04-31 不存在：2022 年 4 月只有 30 天',
    'practices/jiaojiang-talent.md: metrics[10].value: value 5109（单位 元）与引文“各类人才发展专项资金共计 5109万元”中的数字不符：应为 51090000（引文中的“5109万”，万/亿已换算）',
    'practices/jiaojiang-talent.md: metrics[0].value: value 6090（单位 个）与引文“共有 609个人才项目参赛”中的数字不符：应为 609（引文中的“609”）',
  ]);
});

test('a failed check of #fragments in built pages removes the output folder, so nothing half-built can be deployed', () => {
  const out = mkdtempSync(join(tmpdir(), 'dist-'));
  try {
    mkdirSync(join(out, 'metrics'), { recursive: true });
    writeFileSync(join(out, 'metrics', 'index.html'), '<main id="main"><h2 id="i-new-urban-jobs">城镇新增就业</h2></main>');
    writeFileSync(join(out, 'index.html'), '<main id="main"></main>');
    const ok = checkBuiltFragments([{ file: 'content/practices/a.md', line: 12, href: '/metrics/#i-new-urban-jobs' }], out);
    assert.equal(ok, undefined);
    assert.ok(existsSync(join(out, 'index.html')), 'a passing check keeps the pages');
    const report = checkBuiltFragments([{ file: 'content/practices/a.md', line: 14, href: '/metrics/#i-nope' }], out);
    assert.ok(report, 'the check fails');
    assert.match(report, new RegExp(`^链接检查未通过，已删除输出目录 ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}（不留下没有搜索索引的半成品，以免被发布）。改正后重新构建：\n`));
    assert.match(report, /content\/practices\/a\.md: body: 第 14 行：链接 “\/metrics\/#i-nope” 中的 #i-nope 在构建出的页面 \/metrics\/ 上不存在/);
    assert.ok(!existsSync(out), 'the output folder is gone');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('metrics: a result dated after the issue that reports it is reported; the same year is accepted', () => {
  const problems = problemsAfter((dir) => {
    // The first `year: 2021` of 玉环's practice (2022-01-25) becomes 2023; a 2022 result is still possible.
    edit(dir, 'practices/yuhuan-skills-to-capital.md', /^    year: 2021$/m, '    year: 2023');
    edit(dir, 'practices/huangyan-four-measures.md', /^    year: 2021$/m, '    year: 2022');
  });
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, /^practices\/yuhuan-skills-to-capital\.md: metrics\[\d+\]\.year: 成效（kind: result）的年份 2023 晚于本案例的日期 2022-01-25：.*kind 应为 target/);
});

test('coverage: a paragraph left out, paragraphs moved or put in another practice are reported; nothing is lost unseen', () => {
  const file = 'practices/yuhuan-skills-to-capital.md';
  const second = /^二是按绩施奖[^\n]*\n\n/m;
  // Left out: the text between 一是 and 三是 is in no page.
  // (The paragraph's figure loses its quote too; that message is the metric check's.)
  const dropped = problemsAfter((dir) => edit(dir, file, second, '')).filter((p) => p.includes(': body: '));
  assert.equal(dropped.length, 1, dropped.join('\n'));
  assert.match(dropped[0]!, /^practices\/yuhuan-skills-to-capital\.md: body: 第 \d+ 行这一段（“…[^”]+”）之后，原文 seeds\/001_87f722b323f69c9e\.txt 还有“二是按绩施奖，实现业绩加饷。.*”（\d+ 字），不在任何案例的正文中：正文须完整收录原文，不能删减/);
  // Moved: 二是 before 一是.
  const moved = problemsAfter((dir) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const two = second.exec(text)![0];
    edit(dir, file, second, '');
    edit(dir, file, /^一是让股纳贤/m, `${two}一是让股纳贤`);
  });
  assert.equal(moved.length, 1, moved.join('\n'));
  assert.match(moved[0]!, /^practices\/yuhuan-skills-to-capital\.md: body: 第 \d+ 行：这一段（“一是让股纳贤，实现效益共享。[^”]*”）在原文 .* 中位于它前面的段落之前：段落的顺序、简报 practices 列表中案例的顺序应与原文一致/);
  // Put in another practice of the issue: its place in the source is before that practice's text.
  const elsewhere = problemsAfter((dir) => {
    const two = second.exec(readFileSync(join(dir, file), 'utf8'))![0];
    edit(dir, file, second, '');
    const other = 'practices/xianju-government-school-enterprise.md';
    writeFileSync(join(dir, other), `${readFileSync(join(dir, other), 'utf8').trimEnd()}\n\n${two}`);
  });
  assert.ok(elsewhere.some((p) => p.startsWith('practices/xianju-government-school-enterprise.md: body: ') && p.includes('位于它前面的段落之前')), elsewhere.join('\n'));
});

test('a published issue with one practice still a draft is reported: its page would list three of four', () => {
  const problems = problemsAfter((dir) => edit(dir, 'practices/huangyan-four-measures.md', /^date: 2022-01-25$/m, 'date: 2022-01-25\ndraft: true'));
  assert.deepEqual(problems, [
    'briefings/taizhou-2022-01-25.yaml: practices: 本期的案例 huangyan-four-measures 仍是草稿（draft: true），本期页面只会列出 3 篇（共 4 篇）：核对完后删除它们的 draft 行；整期未完成时，把本期所有案例都设为草稿',
  ]);
});

test('qualifiers: a quote cut before 以上 or after 约, approx left out for 约 or 余, approx on an exact figure, are reported', () => {
  const problems = problemsAfter((dir) => {
    const t = 'practices/taizhou-integrated-reform.md';
    edit(dir, t, "quote: '其中有高技能人才约 42万人'", "quote: '42万人'");
    edit(dir, t, /^(    unit: 人\n    kind: result\n)    approx: true\n(    quote: '全市技术工人总数约为 124万人')/m, '$1$2');
    const x = 'practices/xianju-government-school-enterprise.md';
    edit(dir, x, "quote: '毕业生当年就业率达98%以上'", "quote: '毕业生当年就业率达98%'");
    const j = 'practices/jiaojiang-talent.md';
    edit(dir, j, /^(  - label: 申领“企业码”\n    value: 27742\n    unit: 家\n    kind: result\n)/m, '$1    approx: true\n');
  });
  assert.deepEqual(problems, [
    'practices/jiaojiang-talent.md: metrics[6].approx: 引文“共申领“企业码”27742家”中的 27742家 是确数（前后没有约、近、超、余、多、左右、以上等字）：删去 approx: true',
    'practices/taizhou-integrated-reform.md: metrics[0].approx: 引文“全市技术工人总数约为 124万人”中的 约124万人 是约数：应写 approx: true',
    'practices/taizhou-integrated-reform.md: metrics[1].quote: 引文“42万人”前面紧接着“约”，它说明这个数字：引文应包括“约”，否则页面上会丢掉它',
    'practices/xianju-government-school-enterprise.md: metrics[2].quote: 引文“毕业生当年就业率达98%”后面紧接着“以上”，它说明这个数字：引文应包括“以上”（“毕业生当年就业率达98%以上”），否则页面上会丢掉它',
  ]);
});

test('an issue’s date, number, series and issuer are checked against its masthead and colophon', () => {
  const problems = problemsAfter((dir) => {
    const b = 'briefings/taizhou-2021-09-30.yaml';
    edit(dir, b, /^date: 2021-09-30$/m, 'date: 2021-09-03');
    for (const p of ['wenling-mountain-sea', 'yuhuan-three-drives', 'tiantai-rural-education', 'sanmen-five-helps']) edit(dir, `practices/${p}.md`, /^date: 2021-09-30$/m, 'date: 2021-09-03');
    edit(dir, b, /^number: 3$/m, 'number: 4');
    edit(dir, b, /^series: 台州共富工作简报$/m, 'series: 台州市共富工作简报');
    edit(dir, b, /^issuer: 台州市高质量发展建设共同富裕先行市领导小组办公室$/m, 'issuer: 台州市高质量发展建设共同富裕先行区领导小组办公室');
  });
  const seed = 'seeds/002_d3d2b23bbdabca64.txt';
  expectLines(problems, [
    `briefings/taizhou-2021-09-30.yaml: date: 日期 2021-09-03 与原文 ${seed} 印的日期（2021年9月30日）不符：date 照原文报头或末尾“印发”行填写`,
    `briefings/taizhou-2021-09-30.yaml: number: 期号 4，原文 ${seed} 印的是“第 3 期”：number 应为 3`,
    `briefings/taizhou-2021-09-30.yaml: series: 刊名“台州市共富工作简报”与原文 ${seed} 报头印的“台州共富工作简报”不符：刊名照原文填写（同一刊物各期必须一致，上一期/下一期按刊名相连）`,
    `briefings/taizhou-2021-09-30.yaml: issuer: 编发单位“台州市高质量发展建设共同富裕先行区领导小组办公室”与原文 ${seed} 印的“台州市高质量发展建设共同富裕先行市领导小组办公室”不符：照原文填写`,
  ]);
  assert.equal(problems.length, 4, problems.join('\n'));
  // An issue whose masthead prints no number takes none.
  const none = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2022-01-25.yaml', /^date: 2022-01-25$/m, 'number: 2\ndate: 2022-01-25'));
  assert.deepEqual(none, ['briefings/taizhou-2022-01-25.yaml: number: 期号 2，但原文 seeds/001_87f722b323f69c9e.txt 的报头没有印期号：原文没有印期号时 number 不填']);
});

test('a practice whose title begins with another place than its region is reported', () => {
  const problems = problemsAfter((dir) => edit(dir, 'practices/tiantai-heying.md', /^region: tiantai$/m, 'region: sanmen'));
  assert.deepEqual(problems, ['practices/tiantai-heying.md: region: 标题以“天台县”开头，region 却是 sanmen（三门县）：应为 tiantai，或核对标题']);
});

test('body structure: a second # title, a footnote mark without its footnote, a paragraph that stops mid-sentence', () => {
  let end = 0;
  const problems = problemsAfter((dir) => {
    const f = 'practices/yuhuan-three-drives.md';
    edit(dir, f, /^## 一、/m, '# 一、');
    const text = readFileSync(join(dir, f), 'utf8').trimEnd();
    end = text.split('\n').length;
    writeFileSync(join(dir, f), `${text}[^9]\n\n二、以工带农\n`);
  }).filter((p) => !p.includes('原文'));
  const at = (re: RegExp) => problems.find((p) => re.test(p)) ?? assert.fail(problems.join('\n'));
  assert.match(at(/一级标题/), /^practices\/yuhuan-three-drives\.md: body: 第 \d+ 行是一级标题（# 一、[^）]*）：页面的一级标题是 title，正文里的小标题用 ## 或 ###$/);
  assert.equal(at(/注释标记/), `practices/yuhuan-three-drives.md: body: 第 ${end} 行的注释标记 [^9] 没有对应的注释（[^9]: …）：页面上会原样显示“[^9]”。补上注释，或删去标记`);
  assert.equal(at(/没有以句号/), `practices/yuhuan-three-drives.md: body: 第 ${end + 2} 行这一段没有以句号等标点结束（“…二、以工带农”）：是小标题就写成“## 二、以工带农”；是被空行断开的句子，就与下一段接起来`);
});

test('redirects: the old address is no page, the new one is published, each old address once, no chains', () => {
  const problems = problemsAfter((dir) => {
    writeFileSync(
      join(dir, 'redirects.yaml'),
      [
        '- from: /practices/old-name/',
        '  to: /practices/tiantai-heying/',
        '- from: /practices/jiaojiang-talent/',
        '  to: /practices/tiantai-heying/',
        '- from: /practices/gone/',
        '  to: /practices/no-such-page/',
        '- from: /practices/old-name/',
        '  to: /practices/old-two/',
        '- from: practices/x',
        '  to: /practices/tiantai-heying/',
        '',
      ].join('\n'),
    );
  });
  assert.deepEqual(problems, [
    'redirects.yaml: [4].from: 应为站内地址，以 / 开头和结尾，例如 /practices/wenling-employment/，收到 “practices/x”',
    'redirects.yaml: [1].from: 旧地址 /practices/jiaojiang-talent/ 仍是现有页面：只登记已经不存在的地址（改名、合并或删除之前的地址）',
    'redirects.yaml: [2].to: 新地址 /practices/no-such-page/ 不是本站已发布的页面：应为改名后的地址，例如 /practices/<新 id>/',
    'redirects.yaml: [3].to: 新地址 /practices/old-two/ 不是本站已发布的页面：应为改名后的地址，例如 /practices/<新 id>/',
    'redirects.yaml: [3].from: 旧地址 /practices/old-name/ 已在 [0] 登记过：每个旧地址只登记一次',
  ]);
});

test('published pages: the sitemap’s paths without the base; those neither built nor redirected are the vanished ones', async () => {
  const { sitemapPaths, vanishedPages } = await import('../../../src/lib/published.ts');
  const xml = '<urlset><url><loc>https://x.org/gongfu/</loc></url><url><loc>https://x.org/gongfu/practices/a/</loc></url><url><loc>https://x.org/gongfu/practices/%E7%8E%89/</loc></url></urlset>';
  assert.deepEqual(sitemapPaths(xml, '/gongfu/'), ['/', '/practices/a/', '/practices/玉/']);
  assert.deepEqual(vanishedPages(['/', '/practices/a/', '/practices/b/', '/practices/c/'], (p) => p === '/', new Set(['/practices/b/'])), ['/practices/a/', '/practices/c/']);
});

test('an issue is published once one of its practices is', async () => {
  const { issuePublished } = await import('../../../src/lib/published.ts');
  assert.equal(issuePublished(['a', 'b'], new Set(['b'])), true);
  assert.equal(issuePublished(['a', 'b'], new Set(['c'])), false);
  assert.equal(issuePublished([], new Set(['a'])), false);
});

test('a practice’s own region among its partners, and the same figure recorded twice, are reported', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/wenling-mountain-sea.md', /^partners: \[/m, 'partners: [wenling, ');
    const f = 'practices/jiaojiang-talent.md';
    const text = readFileSync(join(dir, f), 'utf8');
    const first = /^  - label: [^\n]*\n(?:    [^\n]*\n)+/m.exec(text)![0];
    writeFileSync(join(dir, f), text.replace(first, first + first));
  });
  assert.deepEqual(problems, [
    'practices/jiaojiang-talent.md: metrics[1]: 与 metrics[0] 重复（同一引文“共有 609个人才项目参赛”、同一数值 609个）：每个数字只记一次',
    'practices/wenling-mountain-sea.md: partners[0]: 协作地区 wenling 就是本案例的地区（region）：partners 只写参与协作的其他地区',
  ]);
});

test('the check’s cache is keyed by all the code its kept results come from: every module the memoized rules import, none of the ingest', () => {
  const files = cachedCode().map((f) => relative('src', f).replace(/\\/g, '/'));
  // lib/fidelity.ts compares texts with halfWidthDigits (lib/numbers.ts) and decodeEntities (lib/xml.ts): a change to
  // them changes the verdicts the cache keeps, so it must start a fresh cache.
  for (const f of ['lib/frontmatter.ts', 'lib/seed-text.ts', 'lib/fidelity.ts', 'lib/numbers.ts', 'lib/xml.ts', 'check/rules/fidelity.ts', 'check/rules/briefings.ts', 'check/text.ts']) {
    assert.ok(files.includes(f), `${f} in ${files.join(' ')}`);
  }
  assert.deepEqual(files.filter((f) => !/^(?:lib|check|schemas)\//.test(f)), []);
});

test('the check’s cache: an issue unchanged since the last run gives the same problems; a changed one is checked again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  try {
    cpSync('content', join(dir, 'content'), { recursive: true });
    const cache = join(dir, 'cache.bin');
    const run = () => checkContent(join(dir, 'content'), 'seeds', cache).map(formatProblem);
    const file = join(dir, 'content/practices/yuhuan-skills-to-capital.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^二是按绩施奖[^\n]*\n\n/m, ''));
    const first = run().filter((p) => p.includes(': body: '));
    assert.equal(first.length, 1, first.join('\n'));
    assert.deepEqual(run().filter((p) => p.includes(': body: ')), first, 'from the cache, the same problem');
    writeFileSync(file, text);
    assert.deepEqual(run(), [], 'the file mended: checked again, nothing left');
    assert.deepEqual(run(), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('redirects: an entry whose new address is its old one names the address and says what to write', () => {
  const problems = problemsAfter((dir) => {
    writeFileSync(join(dir, 'redirects.yaml'), ['- from: /practices/old-name/', '  to: /practices/old-name/', ''].join('\n'));
  });
  assert.ok(
    problems.includes('redirects.yaml: [0].to: 新地址与旧地址相同（/practices/old-name/）：to 写改名后的地址（本站已发布的页面，例如 /practices/<新 id>/）；地址没有变就删去这一条'),
    problems.join('\n'),
  );
});

test('taxonomy: an indicator’s groups are ids of groups.yaml', () => {
  const problems = problemsAfter((dir) => edit(dir, 'taxonomy/indicators.yaml', 'groups: [vulnerable-groups]', 'groups: [vulnerable-group]'));
  assert.ok(problems.length >= 1 && problems.every((p) => /^taxonomy\/indicators\.yaml: \[\d+\]\.groups\[0\]: .*vulnerable-group.*vulnerable-groups/.test(p)), problems.join('\n'));
});

test('punctuation width: the pages’ full-width ， ） for the extraction’s , ) stand only by their recorded corrections', () => {
  // seeds/000 line 515 “亿多元,每村” (天台), seeds/003 line 251 “侨联)” (青田 measure 23): neither the ingest nor the check
  // widens punctuation, so dropping the correction leaves the paragraph unlike its source.
  const tiantai = problemsAfter((dir) => edit(dir, 'practices/tiantai-heying.md', /^corrections: .*\n/m, ''));
  assert.ok(tiantai.some((p) => /^practices\/tiantai-heying\.md: body: .*与原文 seeds\/000_\S+ 不符：.*亿多元/.test(p)), tiantai.join('\n'));
  const qingtian = problemsAfter((dir) => edit(dir, 'plans/qingtian-action-plan.md', /  - from: '\)'\n.*\n.*\n/, ''));
  assert.ok(qingtian.some((p) => /^plans\/qingtian-action-plan\.md: body: .*与原文 seeds\/003_\S+ 不符/.test(p)), qingtian.join('\n'));
});
