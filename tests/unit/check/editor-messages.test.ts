// What an editor sees when a content file is wrong: each message names the file, the field, the value found and what
// is allowed, in Chinese, and nothing else (no parser English, no follow-up errors of a file that could not be read).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { brokenRenderedFragments } from '../../../src/check/rendered-fragments.ts';
import { formatProblem, type RenderedFragment } from '../../../src/check/types.ts';
import { calendarDate, dateSchema } from '../../../src/schemas/date.ts';
import { edit, problemsAfter } from '../../support/content-copy.ts';

function expectLines(problems: string[], lines: string[]): void {
  for (const line of lines) assert.ok(problems.includes(line), `expected\n  ${line}\ngot\n  ${problems.join('\n  ')}`);
}


test('dates: only a real calendar day written YYYY-MM-DD, read as UTC', () => {
  const tz = process.env.TZ;
  process.env.TZ = 'Asia/Shanghai';
  try {
    assert.equal(calendarDate('2022-01-25')?.toISOString(), '2022-01-25T00:00:00.000Z');
    assert.equal(calendarDate(new Date('2022-01-25'))?.toISOString(), '2022-01-25T00:00:00.000Z');
    for (const bad of ['2022/1/25', '2022年1月25日', '2022-13-01', '2022-02-30', '2022-1-25', ' 2022-01-25', '2022-01-25T08:00', 20220125]) {
      assert.equal(calendarDate(bad), undefined, String(bad));
      assert.equal(dateSchema.safeParse(bad).success, false, String(bad));
    }
    assert.equal(calendarDate(new Date('2022-01-25T08:00:00Z')), undefined, 'a time of day is not a date');
  } finally {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  }
});

test('dates: a practice, a briefing or a plan with another date format is told the format and what it has', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/huangyan-four-measures.md', /^date: .*$/m, 'date: 2022/1/25');
    edit(dir, 'practices/yuhuan-skills-to-capital.md', /^date: .*$/m, "date: '2022-13-01'");
    edit(dir, 'briefings/taizhou-2022-01-25.yaml', /^date: .*$/m, 'date: 2022年1月25日');
    edit(dir, 'plans/qingtian-action-plan.md', /^date: .*$/m, 'date: 2022-6-30');
  });
  for (const line of [
    'practices/huangyan-four-measures.md: date: 日期应写成 YYYY-MM-DD（例如 2022-01-25），收到 “2022/1/25”',
    // Written right, but no such day: said so, not that the format is wrong.
    'practices/yuhuan-skills-to-capital.md: date: 日期 2022-13-01 不存在：月份应为 01 至 12',
    'briefings/taizhou-2022-01-25.yaml: date: 日期应写成 YYYY-MM-DD（例如 2022-01-25），收到 “2022年1月25日”',
    'plans/qingtian-action-plan.md: date: 日期应写成 YYYY-MM-DD（例如 2022-01-25），收到 “2022-6-30”',
  ]) {
    assert.ok(problems.includes(line), `expected\n  ${line}\ngot\n  ${problems.join('\n  ')}`);
  }
  assert.ok(!problems.some((p) => /expected date|Invalid/.test(p)), problems.join('\n'));
});

test('schema problems are in Chinese: missing field, wrong type, empty, too short, not one of the options', () => {
  const problems = problemsAfter((dir) => {
    const f = 'practices/jiaojiang-talent.md';
    edit(dir, f, /^title: .*\n/m, '');
    edit(dir, f, /^groups: .*$/m, 'groups: graduates');
    edit(dir, f, '  - label: 高层次人才创业创新大赛参赛人才项目（连续五年）\n    value: 609\n    unit: 个\n    kind: result',
      "  - label: 项\n    value: '609'\n    unit: ''\n    kind: 结果");
    edit(dir, f, "  - label: 落地创业项目（连续五年大赛）\n    value: 18\n    unit: 个\n    kind: result\n",
      "  - label: 落地创业项目（连续五年大赛）\n    value: 18\n    unit: 个\n    kind: result\n    year: 二〇二一\n");
  });
  for (const line of [
    'practices/jiaojiang-talent.md: title: 缺少必填字段（应为文字）：照简报印的标题填写',
    'practices/jiaojiang-talent.md: groups: 应为列表（写成 [a, b]，或每项一行、以 - 开头），收到文字 “graduates”',
    'practices/jiaojiang-talent.md: metrics[0].label: 至少 2 个字符，收到 “项”（1 个字符）',
    'practices/jiaojiang-talent.md: metrics[0].value: 应为数字，收到文字 “609”（数字不加引号）',
    'practices/jiaojiang-talent.md: metrics[0].unit: 不能为空',
    'practices/jiaojiang-talent.md: metrics[0].kind: 只能是以下之一：result（成效）、target（目标）、baseline（基数）、standard（标准），收到 “结果”',
    'practices/jiaojiang-talent.md: metrics[1].year: 应为数字，收到文字 “二〇二一”（汉字写的数要写成阿拉伯数字：2021）',
  ]) {
    assert.ok(problems.includes(line), `expected\n  ${line}\ngot\n  ${problems.join('\n  ')}`);
  }
  assert.ok(!problems.some((p) => /[A-Z][a-z]+ (input|option)|expected|received|Too small/.test(p)), problems.join('\n'));
});

test('YAML syntax errors give the file’s own line, the line itself and what is wrong, before the parser’s text', () => {
  const cases: [string, string | RegExp, string, string][] = [
    // [file, replace, with, expected line of the report]
    ['practices/jiaojiang-talent.md', /^groups: \[graduates, /m, 'groups:\n\t- graduates\nxx: [',
      'practices/jiaojiang-talent.md: groups[0]: 不是有效的 YAML：第 5 行 “\t- graduates”：不能用 Tab 缩进，请改用空格（解析器：Tabs are not allowed as indentation）'],
    ['practices/jiaojiang-talent.md', /^title: (.*)$/m, 'title: "椒江区盯才',
      'practices/jiaojiang-talent.md: title: 不是有效的 YAML：第 2 行 “title: "椒江区盯才”：引号未闭合：开头的引号没有对应的结束引号（值里本身有引号时，外面换用另一种引号）（解析器：Missing closing "quote）'],
    ['practices/jiaojiang-talent.md', /^region: jiaojiang$/m, 'region:jiaojiang',
      'practices/jiaojiang-talent.md: region: 不是有效的 YAML：第 3 行 “region:jiaojiang”：冒号后要有空格（写成 字段: 值）（解析器：Implicit keys need to be on a single line）'],
    ['practices/jiaojiang-talent.md', '    value: 609\n', '     value: 609\n',
      'practices/jiaojiang-talent.md: metrics[0].value: 不是有效的 YAML：第 10 行 “     value: 609”：缩进不一致：同一层的字段要左对齐，下一层多缩进两个空格，列表项以“- ”开头（解析器：Nested mappings are not allowed in compact mappings）'],
    ['briefings/taizhou-2022-01-25.yaml', /^issuer: /m, '  issuer: ',
      'briefings/taizhou-2022-01-25.yaml: issuer: 不是有效的 YAML：第 3 行 “  issuer: 台州市高质量发展建设共同富裕先行市领导小组办公室”：缩进不一致：同一层的字段要左对齐，下一层多缩进两个空格，列表项以“- ”开头（解析器：Nested mappings are not allowed in compact mappings）'],
  ];
  for (const [file, from, to, expected] of cases) {
    const problems = problemsAfter((dir) => edit(dir, file, from, to));
    assert.ok(problems.includes(expected), `expected\n  ${expected}\ngot\n  ${problems.join('\n  ')}`);
  }
});

test('a file that cannot be read is reported once, without the errors that follow from it', () => {
  // A practice whose frontmatter is not YAML: not also "未知的案例" in its briefing.
  let problems = problemsAfter((dir) => edit(dir, 'practices/jiaojiang-talent.md', /^region: jiaojiang$/m, 'region:jiaojiang'));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, /jiaojiang-talent\.md: region: 不是有效的 YAML：第 3 行/);

  // A briefing missing a required field: not also "简报 … 的 practices 列表中没有本案例" for each of its practices.
  problems = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2022-01-25.yaml', /^issuer: .*\n/m, ''));
  assert.deepEqual(problems, ['briefings/taizhou-2022-01-25.yaml: issuer: 缺少必填字段（应为文字）']);

  // A briefing that is not YAML: not also a schema error for the same file, nor follow-ups in its practices.
  problems = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2022-01-25.yaml', /^issuer: /m, '  issuer: '));
  assert.equal(problems.length, 1, problems.join('\n'));

  // groups.yaml not readable: not 52 × "未知的目标群体 … 允许的值：" with an empty list.
  problems = problemsAfter((dir) => edit(dir, 'taxonomy/groups.yaml', /^- id: graduates$/m, '- id: graduates\n\tname: x'));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, /taxonomy\/groups\.yaml: \[3\]\.name: 不是有效的 YAML：第 \d+ 行/);

  // One broken group entry: the practices that use its id are not told it is unknown.
  problems = problemsAfter((dir) => edit(dir, 'taxonomy/groups.yaml', /^(- id: graduates\n)  name: .*\n/m, '$1'));
  assert.deepEqual(problems.filter((p) => !p.includes('groups.yaml')), []);
});

test('root causes come first', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/yuhuan-three-drives.md', /^region: yuhuan$/m, 'region: 玉环');
    edit(dir, 'taxonomy/measures.yaml', /^(- id: .*)$/m, '$1\n\tname: x');
  });
  assert.match(problems[0]!, /measures\.yaml: \[0\]\.name: 不是有效的 YAML/, problems.join('\n'));
  assert.match(problems[1]!, /yuhuan-three-drives\.md: region: 未知的地区 "玉环"/, problems.join('\n'));
  assert.equal(problems.length, 2, problems.join('\n'));
});

test('an empty body is reported as 正文为空 only, not once per metric whose quote it lacks', () => {
  const problems = problemsAfter((dir) => {
    const path = join(dir, 'practices/jiaojiang-talent.md');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.slice(0, text.indexOf('\n---\n') + 5));
  });
  assert.deepEqual(problems, ['practices/jiaojiang-talent.md: body: 正文为空']);
  // Nor is its text reported missing after the practice before it in the issue.
  const second = problemsAfter((dir) => {
    const path = join(dir, 'practices/yuhuan-skills-to-capital.md');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.slice(0, text.indexOf('\n---\n') + 5));
  });
  assert.deepEqual(second, ['practices/yuhuan-skills-to-capital.md: body: 正文为空']);
});

test('a practice, plan or briefing in a subfolder is reported, not silently left out', () => {
  const problems = problemsAfter((dir) => {
    for (const [sub, file] of [['practices/old', 'practices/jiaojiang-talent.md'], ['plans/drafts/2023', 'plans/qingtian-action-plan.md'], ['briefings/2022', 'briefings/taizhou-2022-01-25.yaml']] as const) {
      mkdirSync(join(dir, sub), { recursive: true });
      cpSync(join(dir, file), join(dir, sub, 'x' + file.slice(file.lastIndexOf('.'))));
    }
  });
  assert.equal(problems.length, 3, problems.join('\n'));
  assert.match(problems[0]!, /^briefings\/2022\/x\.yaml: 简报文件必须直接放在 content\/briefings\/ 中：子文件夹中的文件不会被读取，也不会发布/);
  assert.match(problems[1]!, /^practices\/old\/x\.md: 案例文件必须直接放在 content\/practices\/ 中：子文件夹中的文件不会被读取，也不会发布/);
  assert.match(problems[2]!, /^plans\/drafts\/2023\/x\.md: 方案文件必须直接放在 content\/plans\/ 中/);
});

/**
 * Whether a report line is about something else than the body's fidelity to its source: paragraphs appended to test
 * one rule (links, HTML) are not in the seed, which the check also reports.
 */
const notFidelity = (p: string) => !/：这一段(与|在)原文 seeds\//.test(p);

/** Appends paragraphs to a page; returns the file line of each. */
function append(dir: string, file: string, paragraphs: string[]): number[] {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8').replace(/\n*$/, '\n');
  const start = text.split('\n').length; // the line after the blank one that separates the new paragraphs
  writeFileSync(path, `${text}\n${paragraphs.join('\n\n')}\n`);
  return paragraphs.map((_, i) => start + 1 + 2 * i);
}

test('links in a body: relative links and unknown schemes are reported with the file line; #fragments are checked', () => {
  let lines: number[] = [];
  const rendered: RenderedFragment[] = [];
  const problems = problemsAfter((dir) => {
    lines = append(dir, 'practices/yuhuan-three-drives.md', [
      '参见[椒江的做法](jiaojiang-talent.md)。',
      '参见[本页](#不存在的标题)。',
      '参见[椒江](/practices/jiaojiang-talent/#nope)。',
      '参见[椒江](/practices/jiaojiang-talent/#一、“政策+平台”齐发力，盯牢重点人群突破)。',
      '参见[脚本](javascript:alert(1))。',
      // These are fine: a heading and a metric of another practice, a plan's group section, a site page, the web.
      '参见[椒江](/practices/jiaojiang-talent/#一政策平台齐发力盯牢重点人群突破)、[数据](/practices/jiaojiang-talent/#m-3)、[方案](/plans/qingtian-action-plan/#g-graduates)、[本页数据](#m-1)、[外部](https://www.example.gov.cn/a)。',
      '参见[指标对比](/metrics/#i-new-urban-jobs)。',
    ]);
  }, rendered).filter(notFidelity);
  const f = 'practices/yuhuan-three-drives.md: body: ';
  const expected = [
    `${f}第 ${lines[0]} 行：链接 “jiaojiang-talent.md” 是相对路径，在页面上会指向不存在的地址。站内链接要写以 / 开头的路径：是否想写 /practices/jiaojiang-talent/？；站外链接写完整的 http:// 或 https:// 网址`,
    `${f}第 ${lines[1]} 行：链接 “#不存在的标题” 中的 #不存在的标题 在本页上不存在。可链接的位置：标题 #一以大带小促集群产业引领创业致富、#二以工带农促均衡稳岗增收就业致富、#三以强带弱促反哺资本下乡结对致富；数据指标 #m-1 至 #m-`,
    `${f}第 ${lines[2]} 行：链接 “/practices/jiaojiang-talent/#nope” 中的 #nope 在页面 /practices/jiaojiang-talent/ 上不存在。可链接的位置：标题 #一政策平台齐发力盯牢重点人群突破`,
    `${f}第 ${lines[3]} 行：链接 “/practices/jiaojiang-talent/#一、“政策+平台”齐发力，盯牢重点人群突破” 中的 #一、“政策+平台”齐发力，盯牢重点人群突破 在页面 /practices/jiaojiang-talent/ 上不存在。是否想写 #一政策平台齐发力盯牢重点人群突破？`,
    `${f}第 ${lines[4]} 行：链接 “javascript:alert(1)” 不允许：只能写以 / 开头的站内路径（如 /practices/<id>/）或以 http:// 、https:// 开头的网址`,
  ];
  for (const line of expected) assert.ok(problems.some((p) => p.startsWith(line)), `expected\n  ${line}\ngot\n  ${problems.join('\n  ')}`);
  assert.equal(problems.length, expected.length, problems.join('\n'));
  assert.deepEqual(rendered.map((r) => [r.line, r.href]), [[lines[6], '/metrics/#i-new-urban-jobs']]);
});

test('links to a #fragment of a template-made page are checked against the built page', () => {
  const pages: Record<string, string> = { '/metrics/': '<main id="main"><h2 id="i-new-urban-jobs">城镇新增就业</h2><h2 id="other-h">其他</h2></main>' };
  const links = [
    { file: 'content/practices/a.md', line: 12, href: '/metrics/#i-new-urban-jobs' },
    { file: 'content/practices/a.md', line: 14, href: '/metrics/#i-nope' },
  ];
  const problems = brokenRenderedFragments(links, (path) => pages[path]).map(formatProblem);
  assert.deepEqual(problems, ['content/practices/a.md: body: 第 14 行：链接 “/metrics/#i-nope” 中的 #i-nope 在构建出的页面 /metrics/ 上不存在。该页面可链接的位置：#i-new-urban-jobs、#other-h']);
});

test('body problems name the file’s own line, not the body’s', () => {
  let lines: number[] = [];
  const problems = problemsAfter((dir) => {
    lines = append(dir, 'practices/yuhuan-three-drives.md', ['— 5 —']);
  });
  assert.deepEqual(problems, [`practices/yuhuan-three-drives.md: body: 第 ${lines[0]} 行是页码（— 5 —），应删除`]);
  const text = readFileSync('content/practices/yuhuan-three-drives.md', 'utf8');
  assert.equal(lines[0], text.replace(/\n*$/, '\n').split('\n').length + 1, 'the appended line is the file’s last');
});

test('two practices with the same title are reported, naming both files', () => {
  const problems = problemsAfter((dir) => {
    const title = /^title: (.*)$/m.exec(readFileSync(join(dir, 'practices/jiaojiang-talent.md'), 'utf8'))![1]!;
    edit(dir, 'practices/yuhuan-three-drives.md', /^title: .*$/m, `title: ${title.replace(' ', '  ')}`);
  });
  assert.equal(problems.length, 3, problems.join('\n'));
  assert.match(problems[0]!, /^practices\/yuhuan-three-drives\.md: title: 标题“椒江区盯才“扩中”  大力培育“中收”后备军”与 \S*practices\/jiaojiang-talent\.md 的标题相同：每个案例的标题应不同/);
  // And the copied title names another place, and is not the one its issue prints before its text.
  assert.equal(problems[1], 'practices/yuhuan-three-drives.md: region: 标题以“椒江区”开头，region 却是 yuhuan（玉环市）：应为 jiaojiang，或核对标题');
  assert.equal(problems[2], 'practices/yuhuan-three-drives.md: title: 标题与原文 seeds/002_d3d2b23bbdabca64.txt 不符：原文在本案例正文前印的是“玉环市以“三带”策略力促全域共富”。标题应照原文（可以去掉断行和多余空格）');
});

test('a title reworded from the one the issue prints is reported with the printed one; so is the first practice’s', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/tiantai-heying.md', /^title: .*$/m, 'title: 天台县“和盈模式”助低收入人群增收');
    edit(dir, 'practices/jiaojiang-talent.md', /^title: .*$/m, 'title: 椒江区大力培育“中收”后备军');
  });
  assert.deepEqual(problems, [
    'practices/jiaojiang-talent.md: title: 标题与原文 seeds/000_901b1eb27f07a258.txt 不符：原文在本案例正文前印的是“椒江区盯才“扩中”大力培育“中收”后备军”。标题应照原文（可以去掉断行和多余空格）',
    'practices/tiantai-heying.md: title: 标题与原文 seeds/000_901b1eb27f07a258.txt 不符：原文在本案例正文前印的是“天台县创新“和盈模式”推动低收入人群持续增收”。标题应照原文（可以去掉断行和多余空格）',
  ]);
});

test('raw <script>, <iframe>, <style> and on…= attributes in a body are reported; code is not', () => {
  let lines: number[] = [];
  const problems = problemsAfter((dir) => {
    lines = append(dir, 'practices/yuhuan-three-drives.md', [
      '<script>alert(1)</script>',
      '<iframe src="https://example.com/"></iframe>',
      '<style>body { display: none }</style>',
      '图片<img src="https://example.com/a.png" onerror="alert(1)">。',
      '<p\n  onclick="alert(1)">文字。</p>',
      '代码 `<script>` 只是文字。',
    ]);
  }).filter(notFidelity);
  const f = 'practices/yuhuan-three-drives.md: body: ';
  assert.deepEqual(problems, [
    `${f}第 ${lines[0]} 行：正文中有 HTML 标签 <script>：它会在页面上执行或嵌入外部内容。正文来自 PDF，不需要 HTML，请删除`,
    `${f}第 ${lines[1]} 行：正文中有 HTML 标签 <iframe>：它会在页面上执行或嵌入外部内容。正文来自 PDF，不需要 HTML，请删除`,
    `${f}第 ${lines[2]} 行：正文中有 HTML 标签 <style>：它会在页面上改变整个网站的样式。正文来自 PDF，不需要 HTML，请删除`,
    `${f}第 ${lines[3]} 行：正文中的 HTML 标签带有事件属性 onerror=：它会在页面上执行脚本。正文来自 PDF，不需要 HTML，请删除`,
    `${f}第 ${lines[4]! + 1} 行：正文中的 HTML 标签带有事件属性 onclick=：它会在页面上执行脚本。正文来自 PDF，不需要 HTML，请删除`,
  ]);
});

test('a metric whose number matches its quote but whose unit does not is told the unit of the quote', () => {
  const problems = problemsAfter((dir) => {
    const f = 'practices/jiaojiang-talent.md';
    edit(dir, f, "    value: 245\n    unit: 人次\n", "    value: 245\n    unit: kg\n");
    edit(dir, f, "    value: 10738\n    unit: 人次\n", "    value: 10738\n    unit: 元\n");
    // A unit that is only the start of the quote's: 人 of 人次, 元 of the monthly rate 元/月.
    edit(dir, 'practices/yuhuan-three-threes.md', /^(    value: \d+\n    unit: )人次$/m, '$1人');
    edit(dir, 'practices/yuhuan-skills-to-capital.md', "    value: 200\n    unit: 元/月\n", "    value: 200\n    unit: 元\n");
  });
  assert.deepEqual(problems.filter((p) => p.startsWith('practices/jiaojiang-talent.md')), [
    'practices/jiaojiang-talent.md: metrics[5].unit: 单位应为 “人次”（引文“完成职业技能补贴性培训10738人/次”中 10738 后面的单位），现为 “元”',
    'practices/jiaojiang-talent.md: metrics[5].unit: 指标 skill-training 的单位是“人次”，此处为“元”',
    'practices/jiaojiang-talent.md: metrics[14].unit: 单位应为 “人次”（引文“提供咨询和培训服务共计 245人次”中 245 后面的单位），现为 “kg”',
  ]);
  assert.match(problems.find((p) => p.startsWith('practices/yuhuan-three-threes.md')) ?? '', /: metrics\[\d+\]\.unit: 单位应为 “人次”（引文“[^”]+”中 [\d.万]+ 后面的单位），现为 “人”/);
  assert.equal(
    problems.find((p) => p.startsWith('practices/yuhuan-skills-to-capital.md')),
    'practices/yuhuan-skills-to-capital.md: metrics[14].unit: 单位应为 “元/月”（引文“一级发放200 元/月技能津贴”中 200 后面的单位），现为 “元”',
  );
});

test('unknown ids: traditional characters and full-width letters still find the id meant; the allowed ids show their names', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/huangyan-four-measures.md', /^region: huangyan$/m, 'region: 黃巖');
    edit(dir, 'practices/jiaojiang-talent.md', /^region: jiaojiang$/m, 'region: ｊｉａｏｊｉａｎｇ');
    edit(dir, 'practices/yuhuan-three-drives.md', /^groups: \[/m, 'groups: [技術工人, ');
  });
  const find = (start: string) => problems.find((p) => p.startsWith(start)) ?? assert.fail(`no ${start} in\n${problems.join('\n')}`);
  assert.match(find('practices/huangyan-four-measures.md: region: '), /未知的地区 "黃巖"。是否想填 huangyan（黄岩区）？允许的值：taizhou（台州市）, jiaojiang（椒江区）, huangyan（黄岩区）,/);
  assert.match(find('practices/jiaojiang-talent.md: region: '), /未知的地区 "ｊｉａｏｊｉａｎｇ"。是否想填 jiaojiang（椒江区）？/);
  assert.match(find('practices/yuhuan-three-drives.md: groups[0]: '), /未知的目标群体 "技術工人"。是否想填 technical-workers（技术工人）？/);
});

test('messages that point at the cause: a wrong source, a Chinese comma in a list, a renamed practice, a swapped letter', () => {
  const problems = problemsAfter((dir) => {
    // The issue cites another issue's raw text: one message, not one per paragraph.
    edit(dir, 'briefings/taizhou-2022-01-25.yaml', /^source: .*$/m, 'source: 000_901b1eb27f07a258.txt');
    edit(dir, 'practices/yuhuan-three-drives.md', /^groups: \[([^,\]]+), /m, 'groups: [$1，');
    renameSync(join(dir, 'practices/tiantai-heying.md'), join(dir, 'practices/tiantai-heying-model.md'));
    edit(dir, 'practices/jiaojiang-talent.md', /^    quote: /m, '    qoute: ');
  });
  const of = (start: string) => problems.filter((p) => p.startsWith(start));
  for (const id of ['taizhou-integrated-reform', 'huangyan-four-measures', 'yuhuan-skills-to-capital', 'xianju-government-school-enterprise']) {
    assert.deepEqual(of(`practices/${id}.md: body`).map((p) => p.replace(/正文的 \d+ 段/, '正文的 N 段')), [
      `practices/${id}.md: body: 正文的 N 段都不在原文 seeds/000_901b1eb27f07a258.txt 中：是否所属简报（briefing）或简报的 source 写错了？（正文应整理自它所依据的那份原文）`,
    ]);
  }
  assert.match(of('practices/yuhuan-three-drives.md: groups[0]')[0] ?? '', /未知的目标群体 "[^"]*，[^"]*"。列表的各项要用英文逗号“,”分隔（写成 \[a, b\]），中文逗号会把几项连成一项。/);
  // The renamed file's old id is listed; the suggestion is the new id, not a neighbour already in the list.
  assert.match(of('briefings/taizhou-2021-12-01.yaml: practices')[0] ?? '', /未知的案例 "tiantai-heying"。是否想填 tiantai-heying-model？/);
  assert.ok(of('practices/jiaojiang-talent.md: metrics[0]').includes('practices/jiaojiang-talent.md: metrics[0].qoute: 未知字段 qoute。是否想填 quote？允许的字段：label, value, unit, year, kind, approx, quote, indicator, unverified'));
});

test('a target whose sentence names its year before the figure must say the year; a later clause’s year does not count', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'plans/qingtian-action-plan.md', '    unit: 个\n    year: 2025\n    kind: target\n    quote: 力争新建技能大师工作室 25 个以上', '    unit: 个\n    kind: target\n    quote: 力争新建技能大师工作室 25 个以上');
  });
  assert.deepEqual(problems, [
    'plans/qingtian-action-plan.md: targets[41].year: 目标（kind: target）没有填年份，它所在的句子写的是 2025 年（“深入推进技能大师工作室建设，到 2025 年，力争新建技能大师工作室 25 个以上”）：应写 year: 2025',
  ]);
  // 台州's “全市每年建设20个以上……项目，到2025年实现……全覆盖” has no year: 2025 is the next clause's.
  const taizhou = readFileSync('content/plans/taizhou-action-plan.md', 'utf8');
  assert.match(taizhou, /quote: '全市每年建设20个以上[^']*'\n(?!\s+year:)/);
});

test('a result whose sentence opens with its year must say it; a running total or a year that qualifies another figure does not count', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/yuhuan-skills-to-capital.md', "    unit: 人次\n    year: 2021\n    kind: result\n    quote: '企业职业技能等级认定 1.46万人次'", "    unit: 人次\n    kind: result\n    quote: '企业职业技能等级认定 1.46万人次'");
  });
  assert.deepEqual(problems, [
    'practices/yuhuan-skills-to-capital.md: metrics[22].year: 成效（kind: result）没有填年份，它所在的句子写的是 2021 年（“2021年，该市新增企业职业技能等级认定备案 54家，累计 110家，企业职业技能等级认定 1.46万人次，发证 1.39万人，均居台州市各县市区前列”）：应写 year: 2021',
  ]);
  // Left without a year, and not reported: 累计 110家 in the same sentence, and 天台's 当前的 6537户 after 从 2013年的 42654户.
  const yuhuan = readFileSync('content/practices/yuhuan-skills-to-capital.md', 'utf8');
  assert.match(yuhuan, /kind: result\n    quote: '累计 110家'/);
  const tiantai = readFileSync('content/practices/tiantai-heying.md', 'utf8');
  assert.match(tiantai, /    value: 6537\n    unit: 户\n    kind: result\n(    approx: true\n)?    quote: '减少到当前的 6537户 11146人'/);
});

test('a field indented with a full-width space is named as such', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/tiantai-heying.md', /^region: /m, '\u3000region: ');
  });
  const line = problems.find((p) => p.includes('未知字段'));
  assert.ok(line?.includes('字段名“\u3000region”以全角空格开头：YAML 的缩进只能用半角空格'), problems.join('\n'));
  assert.ok(line?.includes('是否想填 region？'), line);
});

test('a site link without its closing / is reported with the form to write (static hosts 404 or redirect on it)', () => {
  let lines: number[] = [];
  const problems = problemsAfter((dir) => {
    lines = append(dir, 'practices/yuhuan-three-drives.md', [
      '参见[椒江](/practices/jiaojiang-talent)。',
      '参见[数据](/practices/jiaojiang-talent#m-1)、[指标](/metrics#i-new-urban-jobs)。',
      '参见[搜索](/search?q=技工)、[地区](/regions)。',
      // Fine: each path ends in /, before its ? or #.
      '参见[椒江](/practices/jiaojiang-talent/)、[数据](/practices/jiaojiang-talent/#m-1)、[搜索](/search/?q=技工)、[首页](/)。',
    ]);
  }).filter(notFidelity);
  const said = (line: number, href: string, meant: string) =>
    `practices/yuhuan-three-drives.md: body: 第 ${line} 行：链接 “${href}” 的路径少了结尾的 /：静态主机上这个地址可能找不到（404），或要先跳转一次。应写 ${meant}`;
  assert.deepEqual(problems.sort(), [
    said(lines[0]!, '/practices/jiaojiang-talent', '/practices/jiaojiang-talent/'),
    said(lines[1]!, '/practices/jiaojiang-talent#m-1', '/practices/jiaojiang-talent/#m-1'),
    said(lines[1]!, '/metrics#i-new-urban-jobs', '/metrics/#i-new-urban-jobs'),
    said(lines[2]!, '/search?q=技工', '/search/?q=技工'),
    said(lines[2]!, '/regions', '/regions/'),
  ].sort());
});

test('a missing taxonomy file is told which files content/taxonomy/ must hold, and how to write one with no item yet', () => {
  const problems = problemsAfter((dir) => rmSync(join(dir, 'taxonomy/synonyms.yaml')));
  assert.deepEqual(problems, [
    'taxonomy/synonyms.yaml: 文件不存在：content/taxonomy/ 要有 regions.yaml、groups.yaml、measures.yaml、indicators.yaml、synonyms.yaml 这几个文件。恢复这个文件；还没有任何一项时，文件里写 []',
  ]);
  // Written so, it is read, and nothing else is said.
  assert.deepEqual(problemsAfter((dir) => writeFileSync(join(dir, 'taxonomy/synonyms.yaml'), '[]\n')), []);
});

test('docs/editing.md’s table of check messages lists every message the check gives, and each row one it still gives', async () => {
  const { default: ts } = await import('typescript');
  // Where the check's messages are written: its rules, and the helpers whose text it reports as is.
  const files = [
    ...(readdirSync('src/check', { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => `src/check/${f}`),
    ...['body-links', 'frontmatter', 'yaml-error', 'place-names'].map((f) => `src/lib/${f}.ts`),
  ];
  // And the schemas' own messages (src/schemas/: the text given to .regex(), .min(), .refine() …, or as message:),
  // which the check reports as is (schema-messages.ts).
  const schemaFiles = (readdirSync('src/schemas') as string[]).filter((f) => f.endsWith('.ts')).map((f) => `src/schemas/${f}`);
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const cjk = (s: string) => s.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  const doc = readFileSync('docs/editing.md', 'utf8');
  const section = doc.slice(doc.indexOf('### 内容检查'), doc.indexOf('### 构建'));
  assert.ok(section.length > 1000, 'the section 内容检查 of docs/editing.md');
  const table = squeeze(section);
  /** A message's fixed text, in the pieces between its ${…}: each branch of a ?: is a message of its own. */
  const piecesOf = (e: import('typescript').Expression): string[][] => {
    if (ts.isParenthesizedExpression(e)) return piecesOf(e.expression);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [[e.text]];
    if (ts.isTemplateExpression(e)) return [[e.head.text, ...e.templateSpans.map((s) => s.literal.text)]];
    if (ts.isConditionalExpression(e)) return [...piecesOf(e.whenTrue), ...piecesOf(e.whenFalse)];
    return [];
  };
  const missing: string[] = [];
  let templates = 0;
  const schemaMessages = new Set(['regex', 'min', 'max', 'length', 'refine', 'nonempty', 'startsWith', 'endsWith', 'includes']);
  let fromSchemas = 0;
  for (const file of [...files, ...schemaFiles]) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const inSchemas = file.startsWith('src/schemas/');
    const visit = (n: import('typescript').Node): void => {
      const called = ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) ? n.expression.name.text : undefined;
      const given = ts.isPropertyAssignment(n) && n.name.getText(sf) === 'message'
        ? n.initializer
        : ts.isCallExpression(n) && /(^|\.)report$/.test(n.expression.getText(sf))
          ? n.arguments[0]
          : inSchemas && ts.isCallExpression(n) && called && schemaMessages.has(called)
            ? n.arguments.at(-1)
            : undefined;
      for (const pieces of given ? piecesOf(given) : []) {
        if (inSchemas && pieces.some((p) => cjk(p) >= 4)) fromSchemas++;
        const fixed = pieces.map(squeeze).filter((p) => cjk(p) >= 4);
        if (!fixed.length) continue;
        templates++;
        // Found when eight characters of its fixed text in a row (five of them Chinese) are in the table, or a
        // piece with no such eight whole.
        const windows = (p: string) => [...p].map((_, i) => [...p].slice(i, i + 8).join('')).filter((w) => [...w].length === 8 && cjk(w) >= 5);
        const found = fixed.some((p) => (windows(p).length ? windows(p).some((w) => table.includes(w)) : table.includes(p)));
        if (!found) missing.push(`${file}: ${pieces.join('…')}`);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  assert.ok(templates > 150, `${templates} messages found in the code`);
  assert.ok(fromSchemas >= 8, `${fromSchemas} messages found in src/schemas/`);
  assert.deepEqual(missing, [], `messages missing from the table of docs/editing.md:\n${missing.join('\n')}`);
  // And each row of the table names a message the code still gives: five characters in a row of its quoted messages
  // (between the example's values) are in the code.
  const code = squeeze([...files, ...schemaFiles, 'src/lib/char-variants.ts'].map((f) => readFileSync(f, 'utf8')).join(''));
  const stale = section
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .filter((row) => {
      const words = (row.split(/(?<!\\)\|/)[1]!.match(/`[^`]+`/g) ?? []).flatMap((s) => squeeze(s.slice(1, -1)).split(/…|“[^”]*”|"[^"]*"|[\x21-\x7e]+/));
      const fives = words.flatMap((w) => [...w].map((_, i) => [...w].slice(i, i + 5).join('')).filter((x) => [...x].length === 5 && cjk(x) >= 4));
      return fives.length > 0 && !fives.some((x) => code.includes(x));
    });
  assert.deepEqual(stale, [], 'rows of the table whose message the check no longer gives');
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
