// Ninth content audit: a plan's general goals are printed in paragraphs led by a heading of their own (——精准帮扶救助困难群体。
// …); the goals of a paragraph whose lead names a target group are that group's, as are those whose label names it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { targetsOfGroup } from '../../../src/lib/plan-sections.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { readYamlText } from '../../../src/lib/yaml.ts';

const body = `### （三）主要目标

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
  assert.deepEqual(targetsOfGroup(body, '困难群体激励计划', targets, '困难群体', ['困难群众']), [2, 3]);
  assert.deepEqual(targetsOfGroup(body, '技术工人激励计划', targets, '技术工人', ['技能人才']), [], 'the lead 不断提升从业人员素质 names no group');
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
