// The content check's rules for practices (src/check/rules/practices.ts) that no other test exercised. Each test changes
// a copy of content/ as an editor would and expects the check's message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { edit, problemsAfter } from '../../support/content-copy.ts';

function expectLines(problems: string[], lines: string[]): void {
  for (const line of lines) assert.ok(problems.includes(line), `expected\n  ${line}\ngot\n  ${problems.join('\n  ')}`);
}

test('a practice dated otherwise than its briefing is reported, naming both dates', () => {
  const problems = problemsAfter((dir) => edit(dir, 'practices/wenling-employment.md', 'date: 2021-12-01', 'date: 2021-12-02'));
  assert.ok(
    problems.includes('practices/wenling-employment.md: date: 日期 2021-12-02 与简报 taizhou-2021-12-01 的日期 2021-12-01 不一致'),
    problems.join('\n'),
  );
});

test('a target for the year of the issue itself (by the end of this year) is a target, not a year already past', () => {
  const problems = problemsAfter((dir) =>
    edit(dir, 'practices/wenling-employment.md', '    unit: 个\n    kind: result\n    quote: \'成功创建', '    unit: 个\n    kind: target\n    year: 2021\n    quote: \'成功创建'),
  );
  assert.deepEqual(problems.filter((p) => p.includes('目标（kind: target）的年份')), [], problems.join('\n'));
  // One year earlier is past, and is reported (the rule is there, at the right place).
  const past = problemsAfter((dir) =>
    edit(dir, 'practices/wenling-employment.md', '    unit: 个\n    kind: result\n    quote: \'成功创建', '    unit: 个\n    kind: target\n    year: 2020\n    quote: \'成功创建'),
  );
  assert.ok(past.some((p) => p.startsWith('practices/wenling-employment.md: metrics[0].year: 目标（kind: target）的年份 2020 早于本案例的日期 2021-12-01')), past.join('\n'));
});

test('a group or measure the title and body never name is reported, with the words looked for and where to add another', () => {
  // 天台's rural education speaks of no 技术工人 (nor 技能人才, 产业工人 …), and of no 股权 or 持股.
  const problems = problemsAfter((dir) =>
    edit(dir, 'practices/tiantai-rural-education.md', 'groups: [rural-students, rural-teachers]\nmeasures: [rural-education,', 'groups: [rural-students, technical-workers]\nmeasures: [rural-education, equity-incentive,'),
  );
  const f = 'practices/tiantai-rural-education.md';
  assert.ok(
    problems.includes(
      `${f}: groups[1]: 目标群体 technical-workers（技术工人）在标题和正文中都没有出现（找的是：技术工人、产业工人、技能人才、高技能人才、技能型人才、技工、工匠、技术技能人才、蓝领、技术骨干）。groups 只写正文说到的群体：正文用别的说法说它时，把这个说法加进 content/taxonomy/groups.yaml 中它的 aliases；否则删去这一项`,
    ),
    problems.join('\n'),
  );
  assert.ok(
    problems.includes(
      `${f}: measures[1]: 举措类型 equity-incentive（股权激励）在标题和正文中都没有出现（找的是：股权激励、股权、持股、分红、期权、战略配售）。measures 只写正文说到的举措：正文用别的说法说它时，把这个说法加进 content/taxonomy/measures.yaml 中它的 keywords；否则删去这一项`,
    ),
    problems.join('\n'),
  );
  // The seed content names every tag it has, in the taxonomy's words.
  assert.deepEqual(problemsAfter(() => {}), []);
});

test('a measure’s id among the groups (or a group’s among the measures) is told which list it belongs in', () => {
  const f = 'practices/wenling-employment.md';
  const problems = problemsAfter((dir) => {
    edit(dir, f, 'groups: [vulnerable-groups,', 'groups: [skills-training, vulnerable-groups,');
    edit(dir, f, 'measures: [employment-services,', 'measures: [graduates, employment-services,');
  });
  assert.ok(problems.includes(`${f}: groups[0]: skills-training 是举措类型（技能培训）的 id，不是目标群体：写在 measures 中，groups 只填目标群体的 id`), problems.join('\n'));
  assert.ok(problems.includes(`${f}: measures[0]: graduates 是目标群体（高校毕业生）的 id，不是举措类型：写在 groups 中，measures 只填举措类型的 id`), problems.join('\n'));
});

test('a briefing listing a practice by a wrong id (with .md, or its old name) is one message, not also one in the practice', () => {
  const withExtension = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2021-12-01.yaml', '  - wenling-employment\n', '  - wenling-employment.md\n'));
  assert.equal(withExtension.length, 1, withExtension.join('\n'));
  assert.match(withExtension[0]!, /^briefings\/taizhou-2021-12-01\.yaml: practices\[1\]: 未知的案例 "wenling-employment\.md"。是否想填 wenling-employment？/);
  const renamed = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2021-12-01.yaml', '  - wenling-employment\n', '  - wenling-employmnet\n'));
  assert.equal(renamed.length, 1, renamed.join('\n'));
  // A practice its briefing does not list at all is still told so.
  const left = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2021-12-01.yaml', '  - wenling-employment\n', ''));
  assert.ok(left.includes('practices/wenling-employment.md: briefing: 简报 taizhou-2021-12-01 的 practices 列表中没有本案例 wenling-employment'), left.join('\n'));
});

test('a briefing date that its source contradicts is one message there, not also one in each practice that has the printed date', () => {
  const problems = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2022-01-25.yaml', 'date: 2022-01-25', 'date: 2022-01-15'));
  assert.deepEqual(problems, [
    'briefings/taizhou-2022-01-25.yaml: date: 日期 2022-01-15 与原文 seeds/001_87f722b323f69c9e.txt 印的日期（2022年1月25日）不符：date 照原文报头或末尾“印发”行填写',
  ]);
  // A practice dated otherwise than both is still told (see the test above).
});

test('a date typed wrong is one message: its figures are still read against the date the issue’s source prints', () => {
  // A new issue's dates all typed with a future year (2032): the briefing is told against its source, and a practice's
  // target for 2025 is not also called a year already past (it is not, by the printed 2021年9月30日).
  const practices = ['wenling-mountain-sea', 'yuhuan-three-drives', 'tiantai-rural-education', 'sanmen-five-helps'];
  const target = ['    kind: target\n', '    year: 2025\n    kind: target\n'] as const;
  const future = problemsAfter((dir) => {
    edit(dir, 'briefings/taizhou-2021-09-30.yaml', /^date: 2021/m, 'date: 2032');
    for (const f of practices) edit(dir, `practices/${f}.md`, /^date: 2021/m, 'date: 2032');
    edit(dir, 'practices/tiantai-rural-education.md', ...target);
  });
  assert.deepEqual(future, [
    'briefings/taizhou-2021-09-30.yaml: date: 日期 2032-09-30 与原文 seeds/002_d3d2b23bbdabca64.txt 印的日期（2021年9月30日）不符：date 照原文报头或末尾“印发”行填写',
  ]);
  // The practice's date alone typed so: told against its briefing, once.
  const one = problemsAfter((dir) => {
    edit(dir, 'practices/tiantai-rural-education.md', /^date: 2021/m, 'date: 2032');
    edit(dir, 'practices/tiantai-rural-education.md', ...target);
  });
  assert.deepEqual(one, ['practices/tiantai-rural-education.md: date: 日期 2032-09-30 与简报 taizhou-2021-09-30 的日期 2021-09-30 不一致']);
  // A target year truly past by the printed date is still told.
  const past = problemsAfter((dir) => {
    edit(dir, 'briefings/taizhou-2021-09-30.yaml', /^date: 2021/m, 'date: 2032');
    edit(dir, 'practices/tiantai-rural-education.md', target[0], '    year: 2020\n    kind: target\n');
  });
  assert.ok(past.some((p) => p.startsWith('practices/tiantai-rural-education.md: metrics[16].year: 目标（kind: target）的年份 2020 早于本案例的日期 2021-09-30')), past.join('\n'));
});

test('a result year mistyped past the issue date, against the year its sentence gives, is one message (the year to write)', () => {
  const problems = problemsAfter((dir) => edit(dir, 'practices/yuhuan-skills-to-capital.md', "    unit: 人次\n    year: 2021\n    kind: result\n    quote: '企业职业技能等级认定 1.46万人次'", "    unit: 人次\n    year: 2023\n    kind: result\n    quote: '企业职业技能等级认定 1.46万人次'"));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, /^practices\/yuhuan-skills-to-capital\.md: metrics\[22\]\.year: 成效（kind: result）的年份 2023 与它所在的句子不符：句子写的是 2021 年/);
});

test('a practice file renamed without changing its briefing’s list is one message, whatever the new name', () => {
  const f = 'briefings/taizhou-2021-12-01.yaml';
  const move = (to: string) => (dir: string) => renameSync(join(dir, 'practices/wenling-employment.md'), join(dir, `practices/${to}.md`));
  // A new id nothing like the old one: the only practice that names this briefing and is listed nowhere is the one meant.
  const renamed = problemsAfter(move('wenling-jobs'));
  assert.equal(renamed.length, 1, renamed.join('\n'));
  assert.match(renamed[0]!, /^briefings\/taizhou-2021-12-01\.yaml: practices\[1\]: 未知的案例 "wenling-employment"。是否想填 wenling-jobs？/);
  // A Chinese file name is no id: the file is to take the id the briefing lists, said once, in the file's message.
  const chinese = problemsAfter(move('温岭就业'));
  assert.deepEqual(chinese, [
    'practices/温岭就业.md: id（文件名）: 文件名“温岭就业”不能作为 id：只能用小写字母、数字和连字符，例如 yuhuan-three-drives：改名为 wenling-employment.md（简报 taizhou-2021-12-01 的 practices 列的是 wenling-employment）',
  ], f);
});

test('a practice whose briefing field names another issue than the one listing it is one message: the issue to write', () => {
  const problems = problemsAfter((dir) => edit(dir, 'practices/wenling-employment.md', 'briefing: taizhou-2021-12-01', 'briefing: taizhou-2022-01-25'));
  assert.deepEqual(problems, [
    'practices/wenling-employment.md: briefing: 简报 taizhou-2022-01-25 的 practices 列表中没有本案例，它列在简报 taizhou-2021-12-01 中：briefing 应为 taizhou-2021-12-01（本案例确属 taizhou-2022-01-25 时，把它从 taizhou-2021-12-01 的 practices 移到 taizhou-2022-01-25 的）',
  ]);
});

test('a briefing file missing that several practices name is one message naming the file, not one did-you-mean per practice', () => {
  const problems = problemsAfter((dir) => rmSync(join(dir, 'briefings/taizhou-2021-12-01.yaml')));
  assert.deepEqual(problems, [
    'practices/jiaojiang-talent.md: briefing: 未知的简报 "taizhou-2021-12-01"：content/briefings/ 中没有 taizhou-2021-12-01.yaml，而 4 个案例的 briefing 都写的是它（jiaojiang-talent、tiantai-heying、wenling-employment、yuhuan-three-threes）：这期简报的文件是否漏建、删去或改了名？照它的原文建好（最好用 npm run ingest），或把这些案例的 briefing 改成它们所属的那一期',
  ]);
});

test('a group, measure or partner listed twice in a practice names the field and the repeated value', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/jiaojiang-talent.md', /^groups: \[graduates, /m, 'groups: [graduates, graduates, ');
    edit(dir, 'practices/jiaojiang-talent.md', /^measures: \[talent-attraction, /m, 'measures: [talent-attraction, entrepreneurship, ');
    edit(dir, 'practices/wenling-mountain-sea.md', 'partners: [sanmen, jingning]', 'partners: [sanmen, jingning, sanmen]');
  });
  expectLines(problems, [
    'practices/jiaojiang-talent.md: groups[1]: 目标群体 graduates 重复（groups[0] 已经是 graduates）：每项只写一次，删去重复的这一项',
    'practices/jiaojiang-talent.md: measures[2]: 举措类型 entrepreneurship 重复（measures[1] 已经是 entrepreneurship）：每项只写一次，删去重复的这一项',
    'practices/wenling-mountain-sea.md: partners[2]: 协作地区 sanmen 重复（partners[0] 已经是 sanmen）：每项只写一次，删去重复的这一项',
  ]);
});
