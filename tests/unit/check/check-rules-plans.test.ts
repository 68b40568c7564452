// The content check's rules for plans (src/check/rules/plans.ts) that no other test exercised. Each test changes a
// copy of content/ as an editor would and expects the check's message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, problemsAfter } from '../../support/content-copy.ts';

function expectLines(problems: string[], lines: string[]): void {
  for (const line of lines) assert.ok(problems.includes(line), `expected\n  ${line}\ngot\n  ${problems.join('\n  ')}`);
}

test('two revisions of one plan are reported: a plan is revised once, a later revision supersedes the revision', () => {
  const problems = problemsAfter((dir) => {
    const text = readFileSync(join(dir, 'plans/qingtian-action-plan.md'), 'utf8');
    for (const [id, date] of [['qingtian-action-plan-2030', '2030-03-01'], ['qingtian-action-plan-2031', '2031-04-01']]) {
      const revised = text.replace(/^date: .*$/m, `date: ${date}`).replace(/^status: /m, 'supersedes: qingtian-action-plan\nstatus: ');
      writeFileSync(join(dir, `plans/${id}.md`), revised);
    }
  });
  assert.ok(
    problems.includes('plans/qingtian-action-plan-2031.md: supersedes: 方案 qingtian-action-plan 已由 qingtian-action-plan-2030 修订：一份方案只写一个修订版；再次修订时，新方案的 supersedes 填 qingtian-action-plan-2030'),
    problems.filter((p) => p.includes('supersedes')).join('\n'),
  );
});

test('a target’s year is one its paragraph or its section’s opening paragraph prints: 五年 is no year', () => {
  // seeds/003 measure 10: “五年新增博士 25 名，硕士 270 名，引进青年人才 5000 人” prints no year; the goals of
  // （三）主要目标 take theirs from the section's opening “力争到 2025 年”.
  const problems = problemsAfter((dir) => {
    const f = join(dir, 'plans/qingtian-action-plan.md');
    const text = readFileSync(f, 'utf8');
    writeFileSync(f, text.replace(/(  - label: 五年新增博士\n(?:    .*\n)*?)    kind: target\n/, '$1    year: 2025\n    kind: target\n'));
  });
  const years = problems.filter((p) => p.includes('.year:'));
  assert.deepEqual(years, [
    'plans/qingtian-action-plan.md: targets[45].year: 年份 2025 在引文“五年新增博士 25 名”所在的段落、它所在一节的标题和开头段落中都没有印出：原文没有写年份时不填 year（“五年”“每年”“十四五”写在 label 中）',
  ]);
});

test('a section heading that prints the year gives it to the targets below it, as its opening paragraph does', () => {
  // A plan may head its goals “到 2025 年主要目标” and open the section with no year.
  const problems = problemsAfter((dir) => edit(dir, 'plans/qingtian-action-plan.md', '### （三）主要目标\n\n力争到 2025 年，', '### （三）到 2025 年主要目标\n\n力争'));
  assert.deepEqual(problems.filter((p) => p.includes('.year:')), []);
});

test('a plan without docNumber whose source prints one in its header is reported with the printed number', () => {
  const problems = problemsAfter((dir) => edit(dir, 'plans/qingtian-action-plan.md', 'docNumber: 青委办发〔2022〕14号\n', ''));
  assert.ok(
    problems.includes('plans/qingtian-action-plan.md: docNumber: docNumber 未填，原文 seeds/003_84359d70cc1cc035.txt 的文头印有发文字号“青委办发〔2022〕14号”：照原文填写（页面和引用都写出它）'),
    problems.join('\n'),
  );
  // 台州's draft for comments prints none: nothing to report.
  assert.deepEqual(problemsAfter(() => {}), []);
});

test('units printed as 牵头单位：…；配合单位：… need lead, the number of 牵头单位, and a 责任单位 list refuses it: the pages show the lists as printed', () => {
  const problems = problemsAfter((dir) => {
    // Measure 7 as a plan printing a lead department and partners would have it (the body then differs from the seed too).
    edit(dir, 'plans/qingtian-action-plan.md', '（责任单位：科技局、市场监管局）', '牵头单位：科技局；配合单位：市场监管局。');
    edit(dir, 'plans/qingtian-action-plan.md', '{no: 6, title: 完善科研项目资金激励机制, units: [科技局]}', '{no: 6, title: 完善科研项目资金激励机制, units: [科技局], lead: 1}');
  });
  const lead = problems.filter((p) => /\.lead: /.test(p));
  assert.deepEqual(lead, [
    'plans/qingtian-action-plan.md: groups[1].measures[2].lead: 正文第 6 项印的是“责任单位：”，没有分列牵头单位：删去 lead',
    'plans/qingtian-action-plan.md: groups[1].measures[3].lead: 正文第 7 项按“牵头单位”“配合单位”分列，牵头单位 1 个（科技局）：应写 lead: 1，页面才会照原文分列',
  ], problems.join('\n'));
});

test('a plan’s group sections: each heading is the body’s and names its group; each group section of the body is listed', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'plans/qingtian-action-plan.md', 'heading: 技术工人激励计划', 'heading: 技术工人激励行动');
    edit(dir, 'plans/qingtian-action-plan.md', '  - group: researchers\n', '  - group: rural-teachers\n');
    edit(dir, 'plans/taizhou-action-plan.md', /  - group: migrant-workers\n    heading: 进城农民工激励计划\n(?:      .*\n|    measures:.*\n)*/, '');
  });
  expectLines(problems, [
    'plans/qingtian-action-plan.md: groups[0].heading: 正文中没有以“技术工人激励行动”结尾的小标题：heading 照正文中这一节的小标题填写（是否是“技术工人激励计划”？）',
    'plans/qingtian-action-plan.md: groups[1].group: 小节“科研人员激励计划”说的是群体 researchers（“科研人员”），这里写的是 rural-teachers：group 应为 researchers，否则 rural-teachers 的群体页会列出另一个群体的举措',
    'plans/taizhou-action-plan.md: groups: 正文的小节“（七）进城农民工激励计划”说的是群体 migrant-workers（“进城农民工”），groups 中却没有它：方案不会出现在这个群体的页面上。请在 groups 中为它加一项（group: migrant-workers，heading 照小标题填写）',
  ]);
});

test('a plan’s document number, issuers, date and status are what its source prints', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'plans/qingtian-action-plan.md', 'docNumber: 青委办发〔2022〕14号', 'docNumber: 青委办发〔2022〕41号');
    edit(dir, 'plans/qingtian-action-plan.md', 'issuers: [中共青田县委办公室, 青田县人民政府办公室]', 'issuers: [中共青田县委办公室, 青田县政府办公室]');
    edit(dir, 'plans/qingtian-action-plan.md', 'date: 2022-06-30', 'date: 2022-03-06');
    edit(dir, 'plans/qingtian-action-plan.md', 'status: 正式印发', 'status: 征求意见稿');
  });
  const of = (field: string) => problems.filter((p) => p.startsWith(`plans/qingtian-action-plan.md: ${field}: `));
  assert.match(of('docNumber')[0] ?? '', /发文字号“青委办发〔2022〕41号”在原文 seeds\/\S+ 中找不到（原文印的是“青委办发〔2022〕14号”）：照原文填写$/);
  assert.match(of('issuers[1]')[0] ?? '', /发文单位“青田县政府办公室”在原文 seeds\/\S+ 中找不到/);
  assert.match(of('date')[0] ?? '', /日期 2022-03-06 在原文 seeds\/\S+ 中找不到（原文印的日期：.*2022-06-30.*）/);
  assert.match(of('status')[0] ?? '', /中没有“征求意见稿”字样/);
});

test('a plan’s issuers or units written as one item with 、, or with 牵头单位： copied in, are reported', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'plans/qingtian-action-plan.md', 'issuers: [中共青田县委办公室, 青田县人民政府办公室]', 'issuers: [中共青田县委办公室、青田县人民政府办公室]');
    edit(dir, 'plans/qingtian-action-plan.md', 'units: [总工会, 人力社保局]', 'units: [总工会、人力社保局]');
    edit(dir, 'plans/qingtian-action-plan.md', 'units: [华侨试验区中心, 人力社保局, 农业农村局]', 'units: [牵头单位：华侨试验区中心, 人力社保局, 农业农村局]');
  });
  expectLines(problems, [
    'plans/qingtian-action-plan.md: issuers[0]: “中共青田县委办公室、青田县人民政府办公室”是几个发文单位写在一项里：每个单位单独一项，写成 [中共青田县委办公室, 青田县人民政府办公室]',
  ]);
  assert.ok(problems.some((p) => /units\[0\]: “总工会、人力社保局”是几个责任单位写在一项里：每个单位单独一项，写成 \[总工会, 人力社保局\]$/.test(p)), problems.join('\n'));
  assert.ok(problems.some((p) => /units\[0\]: “牵头单位：”不是单位名称：只填单位本身（“华侨试验区中心”）$/.test(p)), problems.join('\n'));
});

test('a plan measure’s title and units are the ones its numbered paragraph prints: the plan and group pages show them', () => {
  const file = 'plans/qingtian-action-plan.md';
  const problems = problemsAfter((dir) => {
    edit(dir, file, '{no: 3, title: 实施侨乡特色人才培养计划,', '{no: 3, title: 实施侨乡人才培养计划,');
    edit(dir, file, 'units: [总工会, 人力社保局]', 'units: [总工会, 人社局]');
    edit(dir, file, 'units: [科技局, 市场监管局]', 'units: [市场监管局, 科技局]');
  });
  assert.deepEqual(problems, [
    'plans/qingtian-action-plan.md: groups[0].measures[1].units: 责任单位 [总工会, 人社局] 与正文第 2 项印的“总工会、人力社保局”不符：units 应为 [总工会, 人力社保局]（照原文，每个单位一项，顺序不变）',
    'plans/qingtian-action-plan.md: groups[0].measures[2].title: 举措标题“实施侨乡人才培养计划”与正文第 3 项印的“实施侨乡特色人才培养计划”不符：title 照原文填写（编号之后、第一个句号之前的文字）',
    'plans/qingtian-action-plan.md: groups[1].measures[3].units: 责任单位 [市场监管局, 科技局] 与正文第 7 项印的“科技局、市场监管局”不符：units 应为 [科技局, 市场监管局]（照原文，每个单位一项，顺序不变）',
  ]);
  // A number the section does not print, and units where the plan prints none (台州's plan names no units).
  const other = problemsAfter((dir) => {
    edit(dir, file, '{no: 2, title: 建立技术工人收入增长机制,', '{no: 30, title: 建立技术工人收入增长机制,');
    edit(dir, 'plans/taizhou-action-plan.md', /title: 推进职技融通改革\n(\s+)units: \[\]/, 'title: 推进职技融通改革\n$1units: [人力社保局]');
  });
  assert.deepEqual(other, [
    'plans/qingtian-action-plan.md: groups[0].measures[1].no: 正文的小节“技术工人激励计划”中没有编号为 30 的举措（以“30.”开头的段落）：这一节的举措编号是 1、2、3。no 照原文的编号填写',
    'plans/taizhou-action-plan.md: groups[0].measures[0].units: 正文第 1 项（推进职技融通改革）没有印责任单位：units 应为空列表 []',
  ]);
});

test('a plan’s title is the one its source prints: its page heading and every citation of it show the title', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'plans/qingtian-action-plan.md', /^title: 青田县“扩中”“提低”行动方案（2021-2025年）$/m, 'title: 青田县“扩中”“提低”行动方案（2021-2026年）');
    edit(dir, 'plans/taizhou-action-plan.md', /^title: 台州市重点群体/m, 'title: 台州市重点人群');
  });
  assert.deepEqual(problems, [
    'plans/qingtian-action-plan.md: title: 标题“青田县“扩中”“提低”行动方案（2021-2026年）”在原文 seeds/003_84359d70cc1cc035.txt 中找不到：原文印的是“青田县“扩中”“提低”行动方案 (2021-2025年)”。标题照原文印的写（可以去掉断行和多余空格）',
    'plans/taizhou-action-plan.md: title: 标题“台州市重点人群“扩中”“提低”行动实施方案”在原文 seeds/004_1528804999b4efe1.txt 中找不到：原文印的是“台州市重点群体“扩中”“提低”行动实施方案”。标题照原文印的写（可以去掉断行和多余空格）',
  ]);
});

test('a plan body that drops its red-header line or its closing 印发 line is reported: the page must hold its source whole', () => {
  const file = 'plans/qingtian-action-plan.md';
  const header = problemsAfter((dir) => edit(dir, file, /^中共青田县委办公室文件\n\n/m, ''));
  assert.equal(header.length, 1, header.join('\n'));
  assert.match(header[0]!, /^plans\/qingtian-action-plan\.md: body: 第 \d+ 行这一段之前，原文 seeds\/003_84359d70cc1cc035\.txt 从开头到这里还有“中共青田县委办公室文件”（11 字），不在方案的正文中/);
  const colophon = problemsAfter((dir) => edit(dir, file, /\n\n2022年6月30日印发\n*$/, '\n'));
  assert.equal(colophon.length, 1, colophon.join('\n'));
  assert.match(colophon[0]!, /^plans\/qingtian-action-plan\.md: body: 第 \d+ 行这一段（“…中共青田县委办公室”）之后，原文 seeds\/003_84359d70cc1cc035\.txt 还有“2022年6月30日印发”/);
});

test('a plan whose region is not the place its title begins with is told the region to write', () => {
  const problems = problemsAfter((dir) => edit(dir, 'plans/qingtian-action-plan.md', 'region: qingtian', 'region: taizhou'));
  assert.deepEqual(problems, ['plans/qingtian-action-plan.md: region: 标题以“青田县”开头，region 却是 taizhou（台州市）：应为 qingtian，或核对标题']);
});

test('a plan group’s id mistyped is one message, with the group its section heading names', () => {
  const typo = problemsAfter((dir) => edit(dir, 'plans/qingtian-action-plan.md', '  - group: researchers\n', '  - group: researcher\n'));
  assert.deepEqual(typo, ['plans/qingtian-action-plan.md: groups[1].group: 未知的目标群体 "researcher"：小节“科研人员激励计划”说的是群体 researchers（“科研人员”），group 应为 researchers']);
  // A name no spelling leads from is told the same way.
  const other = problemsAfter((dir) => edit(dir, 'plans/qingtian-action-plan.md', '  - group: researchers\n', '  - group: scientists\n'));
  assert.deepEqual(other, ['plans/qingtian-action-plan.md: groups[1].group: 未知的目标群体 "scientists"：小节“科研人员激励计划”说的是群体 researchers（“科研人员”），group 应为 researchers']);
});

test('a measure number mistyped as another section’s (5 as 15) is one message, the section’s, not also a repeat of the measure that has it', () => {
  const problems = problemsAfter((dir) => edit(dir, 'plans/qingtian-action-plan.md', '{no: 5, title: 完善科研人员薪酬决定机制', '{no: 15, title: 完善科研人员薪酬决定机制'));
  assert.deepEqual(problems, [
    'plans/qingtian-action-plan.md: groups[1].measures[1].no: 正文的小节“科研人员激励计划”中没有编号为 15 的举措（以“15.”开头的段落）：这一节的举措编号是 4、5、6、7。no 照原文的编号填写',
  ]);
  // Two measures of one section given one number: the slip is told once, with the number its title is printed under.
  const twice = problemsAfter((dir) => edit(dir, 'plans/qingtian-action-plan.md', '{no: 5, title: 完善科研人员薪酬决定机制', '{no: 4, title: 完善科研人员薪酬决定机制'));
  assert.deepEqual(twice, ['plans/qingtian-action-plan.md: groups[1].measures[1].no: 举措编号 4 应为 5：正文的小节“科研人员激励计划”中，“完善科研人员薪酬决定机制”是第 5 项，第 4 项是“引进培育科研人员”。no 照原文的编号填写']);
});

test('a plan’s group sections listed out of the body’s order are told once, at the first one out of place', () => {
  const problems = problemsAfter((dir) => {
    const f = join(dir, 'plans/qingtian-action-plan.md');
    const text = readFileSync(f, 'utf8');
    const first = /  - group: technical-workers\n(?:    .*\n)*?(?=  - group: researchers)/.exec(text)![0];
    const second = /  - group: researchers\n(?:    .*\n)*?(?=  - group: )/.exec(text)![0];
    writeFileSync(f, text.replace(second, '').replace(first, second + first));
  });
  assert.deepEqual(problems, [
    'plans/qingtian-action-plan.md: groups[1]: 小节“技术工人激励计划”在正文中印在“科研人员激励计划”之前，groups 中却排在它后面：groups 各项按正文小节的顺序排列（方案页面按 groups 的顺序列出各节）',
  ]);
});

test('a group heading renamed in the body, not in groups, is one message: the body’s line against the source', () => {
  const problems = problemsAfter((dir) => edit(dir, 'plans/qingtian-action-plan.md', '### （二）科研人员激励计划', '### （二）科研人才激励计划'));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, /^plans\/qingtian-action-plan\.md: body: 第 544 行：这一段与原文 seeds\/003_84359d70cc1cc035\.txt 不符：/);
  // groups' heading mistyped (the body as printed) is still told there.
  const typed = problemsAfter((dir) => edit(dir, 'plans/qingtian-action-plan.md', 'heading: 科研人员激励计划', 'heading: 科研人才激励计划'));
  assert.deepEqual(typed, ['plans/qingtian-action-plan.md: groups[1].heading: 正文中没有以“科研人才激励计划”结尾的小标题：heading 照正文中这一节的小标题填写（是否是“科研人员激励计划”？）']);
});

test('a measure’s units typed in one item with Chinese commas are one message, not also units unlike the printed ones', () => {
  const problems = problemsAfter((dir) => edit(dir, 'plans/qingtian-action-plan.md', 'units: [县委组织部, 科技局, 人力社保局]}', 'units: [县委组织部，科技局，人力社保局]}'));
  assert.deepEqual(problems, ['plans/qingtian-action-plan.md: groups[1].measures[0].units[0]: “县委组织部，科技局，人力社保局”是几个责任单位写在一项里：每个单位单独一项，写成 [县委组织部, 科技局, 人力社保局]']);
  // Units unlike the printed ones in one item are still told as unlike.
  const other = problemsAfter((dir) => edit(dir, 'plans/qingtian-action-plan.md', 'units: [县委组织部, 科技局, 人力社保局]}', 'units: [县委组织部、人力社保局]}'));
  assert.ok(other.some((p) => p.includes('groups[1].measures[0].units: 责任单位 [县委组织部、人力社保局] 与正文第 4 项印的')), other.join('\n'));
});

test('a measure number typed as another of its section’s is one message naming the number meant, not a repeat and unlike title and units', () => {
  // 12 typed for 13: the section prints “提高农民增收能力” as 13, and 12 is the measure above.
  const f = 'plans/qingtian-action-plan.md';
  assert.deepEqual(problemsAfter((dir) => edit(dir, f, '{no: 13, title: 提高', '{no: 12, title: 提高')), [
    'plans/qingtian-action-plan.md: groups[4].measures[1].no: 举措编号 12 应为 13：正文的小节“新型职业农民激励计划”中，“提高农民增收能力”是第 13 项，第 12 项是“大力发展现代农业”。no 照原文的编号填写',
  ]);
  // The slip in the first of the two: the measure that rightly has the number is not told it repeats it.
  assert.deepEqual(problemsAfter((dir) => edit(dir, f, '{no: 12, title: 大力发展现代农业', '{no: 13, title: 大力发展现代农业')), [
    'plans/qingtian-action-plan.md: groups[4].measures[0].no: 举措编号 13 应为 12：正文的小节“新型职业农民激励计划”中，“大力发展现代农业”是第 12 项，第 13 项是“提高农民增收能力”。no 照原文的编号填写',
  ]);
  // Units wrong as well are still told, against the paragraph meant.
  const units = problemsAfter((dir) => edit(dir, f, '{no: 13, title: 提高农民增收能力, units: [农业农村局, 人力社保局]}', '{no: 12, title: 提高农民增收能力, units: [农业农村局]}'));
  assert.equal(units.length, 2, units.join('\n'));
  assert.ok(units[1]!.startsWith('plans/qingtian-action-plan.md: groups[4].measures[1].units: 责任单位 [农业农村局] 与正文第 13 项印的“农业农村局、人力社保局”不符'), units.join('\n'));
  // A title that matches no paragraph does not tell which number was meant: the repeat is told as before.
  const both = problemsAfter((dir) => edit(dir, f, '{no: 13, title: 提高农民增收能力', '{no: 12, title: 提高农民收入能力'));
  assert.ok(both.some((p) => p.includes('groups[4].measures[1].no: 举措编号 12 重复')), both.join('\n'));
});
