// The content check's rules for the taxonomy (src/check/rules/taxonomy.ts) that no other test exercised. Each test
// changes a copy of content/ as an editor would and expects the check's message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, problemsAfter } from '../../support/content-copy.ts';

test('an alias given to two target groups is reported, naming both: search and the ingest could not tell which', () => {
  const problems = problemsAfter((dir) => edit(dir, 'taxonomy/groups.yaml', 'aliases: [专业技术人员, 科技人才', 'aliases: [技工, 专业技术人员, 科技人才'));
  assert.ok(
    problems.some((p) => /^taxonomy\/groups\.yaml: \[1\]\.aliases: 名称或别名“技工”同时属于群体 technical-workers 和 researchers$/.test(p)),
    problems.join('\n'),
  );
});

test('taxonomy: a level its name contradicts, a name taken by another kind, spaces at a name’s ends, a new city’s counties before the city', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'taxonomy/regions.yaml', /(- id: jingning\n  name: 景宁畲族自治县\n  order: 13\n)  level: 县\n  parent: 丽水市\n/, '$1  level: 市\n');
    edit(dir, 'taxonomy/measures.yaml', '  name: 股权激励\n', '  name: 快递小哥\n');
    edit(dir, 'taxonomy/groups.yaml', '  name: 乡村教师\n', '  name: "乡村教师 "\n');
    writeFileSync(join(dir, 'taxonomy/regions.yaml'), `${readFileSync(join(dir, 'taxonomy/regions.yaml'), 'utf8').trimEnd()}\n- id: anji\n  name: 安吉县\n  order: 14\n  level: 县\n  parent: 湖州市\n`);
  });
  const line = (re: RegExp) => assert.ok(problems.some((p) => re.test(p)), `${re}\n${problems.join('\n')}`);
  line(/^taxonomy\/regions\.yaml: \[\d+\]\.level: “景宁畲族自治县”是县，level 却是“市”：level 应为 县$/);
  line(/^taxonomy\/measures\.yaml: \[\d+\]\.name: 名称或别名“快递小哥”已是群体 new-employment-workers的名称或别名：搜索和导入分不清它指哪一个。请换一个说法，或删去这一项$/);
  line(/^taxonomy\/groups\.yaml: \[\d+\]\.name: “乡村教师 ”首尾有空格（含全角空格）/);
  line(/^taxonomy\/regions\.yaml: \[\d+\]\.parent: 所属地级市“湖州市”不在 regions\.yaml 中：先为它添加一项（name: 湖州市，level: 市，不填 parent），再添加它下辖的县（市、区）$/);
  assert.ok(!problems.some((p) => p.includes('是否想填 台州市')), 'no suggestion of another city');
});

test('two other names or keywords written in one taxonomy item with a Chinese comma are reported: neither would be matched', () => {
  const append = (dir: string, file: string, text: string) => writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8') + text);
  const problems = problemsAfter((dir) => {
    append(dir, 'taxonomy/regions.yaml', '- id: longquan\n  name: 龙泉市\n  order: 40\n  level: 县级市\n  parent: 丽水市\n  aliases: [龙泉，剑川]\n');
    append(dir, 'taxonomy/measures.yaml', '- id: housing-support\n  name: 住房保障\n  description: 人才房、保障性租赁住房等。\n  keywords: [人才房, 保障性租赁住房；租赁补贴]\n');
    append(dir, 'taxonomy/synonyms.yaml', '- id: online-shop\n  name: 网上商店\n  aliases: [网店，网铺]\n');
  }).map((p) => p.replace(/^(\S+): \[\d+\]/, '$1: [n]'));
  assert.deepEqual(problems, [
    'taxonomy/regions.yaml: [n].aliases[0]: “龙泉，剑川”是几个别名写在一项里：列表的各项要用英文逗号“,”分隔，中文逗号会把几项连成一项，哪一个都不会被找到。写成 [龙泉, 剑川]',
    'taxonomy/measures.yaml: [n].keywords[1]: “保障性租赁住房；租赁补贴”是几个关键词写在一项里：列表的各项要用英文逗号“,”分隔，中文逗号会把几项连成一项，哪一个都不会被找到。写成 [保障性租赁住房, 租赁补贴]',
    'taxonomy/synonyms.yaml: [n].aliases[0]: “网店，网铺”是几个同义词写在一项里：列表的各项要用英文逗号“,”分隔，中文逗号会把几项连成一项，哪一个都不会被找到。写成 [网店, 网铺]',
  ]);
});

test('a group removed from groups.yaml that several files name is one message at groups.yaml, not one 未知的目标群体 per file', () => {
  const problems = problemsAfter((dir) => edit(dir, 'taxonomy/groups.yaml', /^- id: graduates\n(?:  .*\n)*/m, ''));
  assert.deepEqual(problems, [
    'taxonomy/groups.yaml: id: groups.yaml 中没有目标群体 graduates，而 2 个案例（jiaojiang-talent、wenling-employment）和 2 份方案（qingtian-action-plan、taizhou-action-plan）都写着它：是否从 content/taxonomy/groups.yaml 中删去了它或改了它的 id？恢复 id 为 graduates 的一项（方案的小节“高校毕业生激励计划”说的就是它），或把这些文件中的 graduates 改成现有的 id。允许的值：technical-workers, researchers, small-business-owners, new-farmers, new-employment-workers, migrant-workers, low-income-farmers, vulnerable-groups, rural-students, rural-teachers',
  ]);
  // One file's unknown id is a slip in that file: told there, with the id it was meant to be.
  const one = problemsAfter((dir) => edit(dir, 'practices/jiaojiang-talent.md', /^groups: \[graduates/m, 'groups: [graduate'));
  assert.equal(one.length, 1, one.join('\n'));
  assert.match(one[0]!, /^practices\/jiaojiang-talent\.md: groups\[0\]: 未知的目标群体 "graduate"。是否想填 graduates（高校毕业生）？/);
});
