// Small helpers of the content check's messages (src/check/text.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edgeSpaces, relativeYear } from '../../../src/check/text.ts';
import { edit, problemsAfter } from '../../support/content-copy.ts';

function expectLines(problems: string[], lines: string[]): void {
  for (const line of lines) assert.ok(problems.includes(line), `expected\n  ${line}\ngot\n  ${problems.join('\n  ')}`);
}

test('上年, like 去年, is the year before the issue; 本年, like 今年, is the issue’s year', () => {
  assert.deepEqual(relativeYear('上年，全县新增技能人才', 2022), { word: '上年', year: 2021, asOf: false });
  assert.deepEqual(relativeYear('本年，全县新增技能人才', 2022), { word: '本年', year: 2022, asOf: false });
  // A year in digits wins: the word is not read.
  assert.equal(relativeYear('2021年，比上年增长', 2022), undefined);
});

test('a quote found twice is excused only by a repeat that the check reports as pasted twice', async () => {
  const { onlyInRepeatedParagraph } = await import('../../../src/check/text.ts');
  const { bodyStructure } = await import('../../../src/check/body-structure.ts');
  const long = '全县新增高技能人才 3.92 万人，占技能人才总量的三成。';
  const longBody = `${long}\n\n${long}`;
  assert.equal(onlyInRepeatedParagraph(longBody, '3.92 万人'), true);
  assert.ok(bodyStructure(longBody).some((p) => p.message.includes('是否粘贴了两次')));
  // A paragraph too short to be reported as pasted twice: nothing else tells the editor, so the quote is reported.
  const short = '惠及 8600 人。';
  const shortBody = `${short}\n\n${short}`;
  assert.ok(!bodyStructure(shortBody).some((p) => p.message.includes('是否粘贴了两次')));
  assert.equal(onlyInRepeatedParagraph(shortBody, '8600 人'), false);
});

test('sharedHan counts the distinct Han characters of an indicator name found in a label and quote', async () => {
  const { sharedHan } = await import('../../../src/check/text.ts');
  // 职业技能认定 for 职业技能等级认定: six of the name's eight characters.
  assert.deepEqual(sharedHan('职业技能等级认定', '职业技能认定 1.2 万人'), { found: 6, total: 8, share: 0.75 });
  // 新增高技能人才 on 每年为企业输送技术工人约 2600名: only 技 and 人 (and digits and Latin letters are not counted).
  assert.deepEqual(sharedHan('新增高技能人才', '技术工人每年为企业输送技术工人约 2600名'), { found: 2, total: 7, share: 2 / 7 });
  assert.deepEqual(sharedHan('GDP', 'GDP'), { found: 0, total: 0, share: 1 });
});

test('isPlanFile tells a plan’s file (本方案) from a practice’s (本案例), from the content folder or the project', async () => {
  const { isPlanFile } = await import('../../../src/check/context.ts');
  assert.equal(isPlanFile('plans/qingtian-action-plan.md'), true);
  assert.equal(isPlanFile('content/plans/qingtian-action-plan.md'), true);
  assert.equal(isPlanFile('content/practices/plans-of-wenling.md'), false);
  assert.equal(isPlanFile('practices/yuhuan-skills-to-capital.md'), false);
});

test('CHANGE and CHANGE_VERB, shared by the ingest and the check, know the same verbs of a change', async () => {
  const { CHANGE, CHANGE_VERB } = await import('../../../src/lib/sentence-patterns.ts');
  for (const verb of ['提高', '增加', '增长', '提升', '上升', '扩大', '减少', '下降', '降低', '缩小', '缩减', '压缩']) {
    const text = `由 2020 年的 45% ${verb}到 71%`;
    const change = [...text.matchAll(CHANGE)][0]?.[0];
    assert.equal(change, `由 2020 年的 45% ${verb}到`, verb);
    assert.equal(CHANGE_VERB.exec(change)?.index, change.indexOf(verb), verb);
  }
  // 从事 is no change; 从…到 without a verb is.
  assert.equal([...'从事技能培训到2025年'.matchAll(CHANGE)].length, 0);
  assert.equal(CHANGE_VERB.exec('从收入不足5万元到'), null);
});

test('statesBaseline: a figure between 由/从 and the 到 of a change, or one its sentence calls 基数, is a starting point', async () => {
  const { statesBaseline } = await import('../../../src/check/text.ts');
  const body = '低收入农户从 2013年的 42654户减少到当前的 6537户。全县新增高技能人才 3.92 万人。原来基数为 1200 人，现已翻番。';
  assert.equal(statesBaseline(body, '42654户'), true);
  // The figure the change got to is no starting point, nor is one stated on its own.
  assert.equal(statesBaseline(body, '6537户'), false);
  assert.equal(statesBaseline(body, '3.92 万人'), false);
  assert.equal(statesBaseline(body, '1200 人'), true);
  // 从事 is no change.
  assert.equal(statesBaseline('从事电商 500 人，带动就业。', '500 人'), false);
});

test('earlierSentenceYears: the year of the sentence before a target whose own sentence names none, not under 主要目标', async () => {
  const { earlierSentenceYears } = await import('../../../src/check/text.ts');
  const body = '到 2025 年新增孵化器 15 家以上。创建省级现代农业园区 6 个。';
  assert.deepEqual(earlierSentenceYears(body, '6 个'), { years: [2025], sentence: '到 2025 年新增孵化器 15 家以上。' });
  // The quote's own sentence names the year.
  assert.equal(earlierSentenceYears(body, '15 家以上'), undefined);
  // Another paragraph's year is not this sentence's.
  assert.equal(earlierSentenceYears('到 2025 年新增孵化器 15 家。\n\n创建园区 6 个。', '6 个'), undefined);
  // A year opening a section of targets is every target's of it.
  assert.equal(earlierSentenceYears('## 二、主要目标\n\n到 2025 年新增孵化器 15 家。创建园区 6 个。', '6 个'), undefined);
});

test('tableCells splits a table row at ideographic spaces or runs of spaces, as the ingest writes one; misplacedBreak uses it', async () => {
  const { misplacedBreak, tableCells } = await import('../../../src/check/body-structure.ts');
  assert.deepEqual(tableCells(' 地区\u3000\u3000人数  占比 '), ['地区', '人数', '占比']);
  assert.deepEqual(tableCells('新增 3.92 万人'), ['新增 3.92 万人']);
  // A caption, then rows of cells: every <br> keeps a table's rows apart.
  assert.equal(misplacedBreak('表1 各地就业情况<br>地区\u3000人数<br>椒江\u30001200'), undefined);
  // One inside a sentence is named with the words around it.
  assert.equal(misplacedBreak('覆盖三门、<br>景宁等地的技能人才'), '…覆盖三门、<br>景宁等地…');
});

test('titles: spaces before or after a title, full-width ones included, are reported', () => {
  assert.equal(edgeSpaces('椒江区盯才“扩中” 大力培育“中收”后备军'), '', 'a space inside is the title’s own');
  assert.equal(edgeSpaces('\u3000甲乙'), '开头有 1 个全角空格');
  assert.equal(edgeSpaces('甲乙 \u3000'), '结尾有 1 个全角空格和 1 个半角空格');
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/jiaojiang-talent.md', /^title: (.*)$/m, 'title: \u3000$1');
    edit(dir, 'practices/tiantai-heying.md', /^title: (.*)$/m, "title: '$1 '");
    edit(dir, 'plans/qingtian-action-plan.md', /^title: (.*)$/m, 'title: $1\u3000\u3000');
  });
  expectLines(problems, [
    'practices/jiaojiang-talent.md: title: 标题首尾有空格（含全角空格）：“\u3000椒江区盯才“扩中” 大力培育“中收”后备军”开头有 1 个全角空格。请删去这些空格',
  ]);
  assert.ok(problems.some((p) => p.startsWith('practices/tiantai-heying.md: title: 标题首尾有空格（含全角空格）：') && p.endsWith('结尾有 1 个半角空格。请删去这些空格')), problems.join('\n'));
  assert.ok(problems.some((p) => p.startsWith('plans/qingtian-action-plan.md: title: 标题首尾有空格（含全角空格）：') && p.endsWith('结尾有 2 个全角空格。请删去这些空格')), problems.join('\n'));
});
