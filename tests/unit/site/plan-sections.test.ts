import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { groupsHeading, isHeadlineTarget, ledParagraphs, readMeasure, unitsNote, sectionText, targetsInSection, targetsOfGroup } from '../../../src/lib/plan-sections.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { readYamlText } from '../../../src/lib/yaml.ts';

const body = `## 三、实施九大群体激励计划

### （一）技术工人激励计划

3.推进股权激励改革。力争到2025年，比重达到30%。

### （二）科研人员激励计划

4.引进人才 500 名。

## 四、保障措施

达到 30% 的别处。`;

test('a group section runs from its heading to the next heading', () => {
  assert.equal(sectionText(body, '技术工人激励计划').trim(), '3.推进股权激励改革。力争到2025年，比重达到30%。');
  assert.equal(sectionText(body, '不存在的计划'), '');
});

test('targets are attributed to the section that quotes them', () => {
  const targets = [{ quote: '比重达到30%' }, { quote: '引进人才 500 名' }, { quote: '达到 30% 的别处' }];
  assert.deepEqual(targetsInSection(body, '技术工人激励计划', targets), [1]);
  assert.deepEqual(targetsInSection(body, '科研人员激励计划', targets), [2]);
});

test('a group also has the plan’s general targets whose label names it, by its name or another name', () => {
  const targets = [
    { quote: '比重达到30%', label: '上市公司技术工人激励比重' },
    { quote: '引进人才 500 名', label: '引进人才' },
    { quote: '低收入农户收入年均增长 15%', label: '低收入农户收入年均增长' },
    { quote: '技能人才 1 万人', label: '新增技能人才' },
    { quote: '升学比例 50%', label: '中职毕业生升学比例' },
  ];
  assert.deepEqual(targetsOfGroup(body, '技术工人激励计划', targets, '技术工人', ['技能人才', '技工']), [1, 4]);
  assert.deepEqual(targetsOfGroup(body, '低收入农户激励计划', targets, '低收入农户'), [3]);
  assert.deepEqual(targetsOfGroup(body, '高校毕业生激励计划', targets, '高校毕业生', ['毕业生']), [], '毕业生 in 中职毕业生 is another word');
});

test('readMeasure: a numbered paragraph’s title up to its first 。 and the units it prints, as the ingest reads them', () => {
  assert.deepEqual(readMeasure('2.建立技术工人收入增长机制。强化技能价值激励导向。（责任单位：总工会、人力社保局）'), { no: 2, title: '建立技术工人收入增长机制', units: ['总工会', '人力社保局'], lead: false, leads: 0 });
  assert.deepEqual(readMeasure('5．降低创业融资成本。实施普惠小微金融服务提升工程。'), { no: 5, title: '降低创业融资成本', units: undefined, lead: false, leads: 0 });
  assert.deepEqual(readMeasure('3、稳岗。做好稳岗返还。牵头单位：县人力社保局；配合单位：县教育局、县经济商务局。'), { no: 3, title: '稳岗', units: ['县人力社保局', '县教育局', '县经济商务局'], lead: true, leads: 1 });
  assert.equal(readMeasure('一是加强组织领导。'), undefined);
});

test('a goal paragraph led by a double dash names its group; a Markdown list item (one dash) is no such lead', () => {
  const body = [
    '——精准帮扶救助困难群体。县级救助服务联合体覆盖率达到 30% 以上。',
    '- 完善最低生活保障制度。最低生活保障标准达到 13000 元。',
  ].join('\n');
  assert.deepEqual(ledParagraphs(body).map((p) => p.lead), ['精准帮扶救助困难群体']);
});

test('a group has the targets of a section whose heading names it, and those whose indicator the taxonomy gives it', () => {
  const body = [
    '### （二）完善分配调节机制',
    '',
    '11.全面建立新时代社会救助体系。全市最低生活保障标准达到 1.3 万元以上。企业职工养老保险参保率达到75%。',
    '',
    '### （四）持续加强困难群体帮扶',
    '',
    '17.深化社会救助综合改革。实现救助“一件事”惠民联办率 100%。',
    '',
    '## 三、实施九大群体激励计划',
    '',
    '### （九）困难群体激励计划',
    '',
    '22.强化困难群体政策兜底保障。',
  ].join('\n');
  const targets = [
    { quote: '全市最低生活保障标准达到 1.3 万元以上', label: '全市最低生活保障标准', indicator: 'minimum-living-allowance' },
    { quote: '企业职工养老保险参保率达到75%', label: '企业职工养老保险参保率' },
    { quote: '救助“一件事”惠民联办率 100%', label: '救助“一件事”惠民联办率' },
  ];
  assert.deepEqual(targetsOfGroup(body, '困难群体激励计划', targets, '困难群体', ['困难群众'], ['minimum-living-allowance']), [1, 3]);
  assert.deepEqual(targetsOfGroup(body, '技术工人激励计划', targets, '技术工人', [], []), [], 'no heading, label or indicator names 技术工人');
});

test('unitsNote: 责任单位 in （） as plans print them, in 〔〕 when a unit has its own （） (seeds/003: 经合中心（招商中心）)', () => {
  assert.equal(unitsNote([]), '');
  assert.equal(unitsNote(['总工会', '人力社保局']), '（责任单位：总工会、人力社保局）');
  assert.equal(unitsNote(['县委组织部', '经合中心（招商中心）']), '〔责任单位：县委组织部、经合中心（招商中心）〕');
});

test('unitsNote: units printed as 牵头单位：…；配合单位：… are shown so, not as one 责任单位 list the plan does not have', () => {
  assert.equal(unitsNote(['县人力社保局', '县教育局', '县经济商务局'], 1), '（牵头单位：县人力社保局；配合单位：县教育局、县经济商务局）');
  assert.equal(unitsNote(['县农业农村局'], 1), '（牵头单位：县农业农村局）');
  assert.equal(unitsNote(['县委组织部', '县财政局', '经合中心（招商中心）'], 2), '〔牵头单位：县委组织部、县财政局；配合单位：经合中心（招商中心）〕');
});

test('the heading over a plan’s measures promises 责任单位 only when some measure names them', () => {
  const measure = (units: string[]) => ({ measures: [{ units }] });
  assert.equal(groupsHeading([measure([]), measure(['人力社保局'])]), '分群体举措与责任单位');
  assert.equal(groupsHeading([measure([]), measure([])]), '分群体举措');
});

test('主要目标 cards: the targets the plan’s own 主要目标 section quotes, comparable ones; others only when it has none', () => {
  const body = ['### （三）主要目标', '', '到 2025 年，全市居民人均可支配收入达到 7.5 万元，群体比例达到 70%。', '', '## 二、实施路径', '', '1.城镇新增就业40万人。'].join('\n');
  const income = { quote: '全市居民人均可支配收入达到 7.5 万元', indicator: 'income' };
  const share = { quote: '群体比例达到 70%' };
  const jobs = { quote: '城镇新增就业40万人', indicator: 'jobs' };
  const targets = [income, share, jobs];
  assert.deepEqual(targets.filter(isHeadlineTarget(body, targets)), [income]);
  // A section of figures none of them comparable shows them all.
  assert.deepEqual([share, jobs].filter(isHeadlineTarget(body, [share, jobs])), [share]);
  // No 主要目标 section: the comparable targets, wherever they are.
  const noGoals = body.replace('### （三）主要目标', '### （三）基本原则');
  assert.deepEqual(targets.filter(isHeadlineTarget(noGoals, targets)), [income, jobs]);
});

// A plan's general goals are printed in paragraphs led by a heading of their own (——精准帮扶救助困难群体。…); the goals
// of a paragraph whose lead names a target group are that group's, as are those whose label names it.
const goalsBody = `### （三）主要目标

——不断提升从业人员素质。每年组织职业技能培训 5000 人次以上。

——精准帮扶救助困难群体。县级救助服务联合体覆盖率达到 30% 以上。最低生活保障标准达到 13000 元。

——扎实推进侨乡特色共富。困难群体的别处 9 个。

## 三、实施八大群体激励计划

### （八）困难群体激励计划

22.拓展困难群体就业渠道。`;

test('a goal paragraph whose lead names the group gives the group its targets; other paragraphs do not', () => {
  const targets = [
    { quote: '每年组织职业技能培训 5000 人次以上', label: '每年组织职业技能培训' },
    { quote: '县级救助服务联合体覆盖率达到 30% 以上', label: '县级救助服务联合体覆盖率' },
    { quote: '最低生活保障标准达到 13000 元', label: '最低生活保障标准' },
    { quote: '困难群体的别处 9 个', label: '别处' },
  ];
  assert.deepEqual(targetsOfGroup(goalsBody, '困难群体激励计划', targets, '困难群体', ['困难群众']), [2, 3]);
  assert.deepEqual(targetsOfGroup(goalsBody, '技术工人激励计划', targets, '技术工人', ['技能人才']), [], 'the lead 不断提升从业人员素质 names no group');
});

test('青田’s plan: the goals of “——精准帮扶救助困难群体” are the 困难群体 group’s (seeds/003 line 57)', () => {
  const file = 'content/plans/qingtian-action-plan.md';
  const { data, body } = splitFrontmatter(readFileSync(file, 'utf8'), file);
  const targets = data['targets'] as { quote: string; label: string }[];
  const groups = readYamlText(readFileSync('content/taxonomy/groups.yaml', 'utf8')) as { id: string; name: string; aliases?: string[] }[];
  const g = groups.find((x) => x.id === 'vulnerable-groups')!;
  const labels = targetsOfGroup(body, '困难群体激励计划', targets, g.name, g.aliases).map((n) => targets[n - 1]!.label);
  // And those of measure 17 (seeds/003 line 131), in the section “（四）持续加强困难群体帮扶”, whose heading names the group.
  assert.deepEqual(labels, ['县级救助服务联合体覆盖率', '最低生活保障标准', '救助“一件事”惠民联办率', '救助家庭关爱探访率', '幸福清单问题联办解决率']);
});
