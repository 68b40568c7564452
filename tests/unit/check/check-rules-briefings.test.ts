// The content check's rules for briefings (src/check/rules/briefings.ts) that no other test exercised. Each test
// changes a copy of content/ as an editor would and expects the check's message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { edit, problemsAfter } from '../../support/content-copy.ts';
import { fieldDifference, printedField, printedIssue } from '../../../src/lib/seed-text.ts';

function expectLines(problems: string[], lines: string[]): void {
  for (const line of lines) assert.ok(problems.includes(line), `expected\n  ${line}\ngot\n  ${problems.join('\n  ')}`);
}

const lower = (problems: string[]) => problems.filter((p) => p.includes('小于更早一期'));

test('an issue numbered below any earlier issue of its series and year is reported, not only below the one before it', () => {
  // 第5期 (Sep), 第3期 (Dec 1), 第4期 (Dec 20): the 4 is above the 3 before it, and still below the 5.
  const problems = problemsAfter((dir) => {
    edit(dir, 'briefings/taizhou-2021-09-30.yaml', /^subseries: .*\nnumber: 3$/m, 'number: 5');
    edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^date: /m, 'number: 3\ndate: ');
    edit(dir, 'briefings/taizhou-2022-01-25.yaml', /^date: 2022-01-25$/m, 'number: 4\ndate: 2021-12-20');
  });
  assert.deepEqual(lower(problems).map((p) => p.split(':')[0]), ['briefings/taizhou-2021-12-01.yaml', 'briefings/taizhou-2022-01-25.yaml'], problems.join('\n'));
  assert.ok(
    problems.includes(
      'briefings/taizhou-2022-01-25.yaml: number: 期号 4 小于更早一期 content/briefings/taizhou-2021-09-30.yaml 的期号 5（《台州共富工作简报》2021-09-30 是第 5 期，本期 2021-12-20 却是第 4 期）：同一刊物同一年的期号应随日期递增。请对照原文核对两期的 number 和 date',
    ),
    lower(problems).join('\n'),
  );
});

test('two issues of one day are not in any order: neither is reported as numbered below the other', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'briefings/taizhou-2021-09-30.yaml', /^subseries: .*\nnumber: 3\ndate: 2021-09-30$/m, 'number: 4\ndate: 2021-12-01');
    edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^date: /m, 'number: 3\ndate: ');
  });
  assert.deepEqual(lower(problems), []);
});

test('a series name two characters away from another issue’s is reported as a slip', () => {
  const problems = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^series: .*$/m, 'series: 台州市共富工作快报'));
  assert.ok(
    problems.includes(
      'briefings/taizhou-2021-12-01.yaml: series: 刊名“台州市共富工作快报”与 content/briefings/taizhou-2021-09-30.yaml 的刊名“台州共富工作简报”只差 2 个字：同一刊物各期的刊名必须一致（上一期/下一期、引用都按刊名），是否想填 台州共富工作简报？确是另一种刊物时，照它的原文报头核对',
    ),
    problems.join('\n'),
  );
});

test('a source file that is not in seeds/ is reported, naming it', () => {
  const problems = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2021-09-30.yaml', /^source: .*$/m, 'source: 999_missing.txt'));
  assert.ok(problems.includes('briefings/taizhou-2021-09-30.yaml: source: seeds/ 中没有文件 999_missing.txt'), problems.join('\n'));
});

test('two issues with one number: the one its source contradicts is reported, else the message names both files and sources', () => {
  // 2021-09-30's source prints 第3期: its 4 is the slip, reported by the masthead check alone, not as 2021-12-01's
  // (whose text prints no masthead) repeating it.
  const settled = problemsAfter((dir) => {
    edit(dir, 'briefings/taizhou-2021-09-30.yaml', /^number: 3$/m, 'number: 4');
    edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^date:/m, 'subseries: 实践创新\nnumber: 4\ndate:');
  }).filter((p) => p.includes(': number: '));
  assert.deepEqual(settled, [
    'briefings/taizhou-2021-09-30.yaml: number: 期号 4，原文 seeds/002_d3d2b23bbdabca64.txt 印的是“第 3 期”：number 应为 3',
  ]);
  // Neither source settles it (2021-12-01 prints no masthead, 2021-09-30's 3 is right): both files are named.
  const open = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^date:/m, 'subseries: 实践创新\nnumber: 3\ndate:'))
    .filter((p) => p.includes(': number: '));
  assert.deepEqual(open, [
    'briefings/taizhou-2021-12-01.yaml: number: 期号 3 与 content/briefings/taizhou-2021-09-30.yaml 相同（都是《台州共富工作简报（实践创新）》2021 年第 3 期）：两期中有一期填错了，对照两期原文的报头（seeds/002_d3d2b23bbdabca64.txt 和本期的 seeds/000_901b1eb27f07a258.txt；提取文本没有报头时看 PDF 原件）改正填错的那一期（taizhou-2021-09-30.yaml 或 taizhou-2021-12-01.yaml），原文没有印期号时不填',
  ]);
});

test('issue numbers: within one series and one year, a later issue with a smaller number names both issues', () => {
  const problems = problemsAfter((dir) => {
    // 2021-09-30 is 实践创新's 第 3 期: a later issue of 实践创新 in 2021 cannot be 第 2 期. 2022's numbering starts again.
    edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^date: 2021-12-01$/m, 'subseries: 实践创新\nnumber: 2\ndate: 2021-12-01');
    edit(dir, 'briefings/taizhou-2022-01-25.yaml', /^date: 2022-01-25$/m, 'number: 1\ndate: 2022-01-25');
  });
  expectLines(problems, [
    'briefings/taizhou-2021-12-01.yaml: number: 期号 2 小于更早一期 content/briefings/taizhou-2021-09-30.yaml 的期号 3（《台州共富工作简报（实践创新）》2021-09-30 是第 3 期，本期 2021-12-01 却是第 2 期）：同一刊物同一年的期号应随日期递增。请对照原文核对两期的 number 和 date',
  ]);
  assert.ok(!problems.some((p) => p.startsWith('briefings/taizhou-2022-01-25.yaml: number: 期号 1 小于')), problems.join('\n'));
  assert.ok(!problems.some((p) => p.startsWith('briefings/taizhou-2021-09-30.yaml: number')), problems.join('\n'));
});

test('an issue whose practices are listed in another order than printed is told so at its list, not at a body line', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'briefings/taizhou-2021-09-30.yaml', 'practices: [wenling-mountain-sea, yuhuan-three-drives,', 'practices: [yuhuan-three-drives, wenling-mountain-sea,');
  });
  assert.deepEqual(problems, [
    'briefings/taizhou-2021-09-30.yaml: practices: 案例的顺序与原文 seeds/002_d3d2b23bbdabca64.txt 不同：原文中依次是 wenling-mountain-sea、yuhuan-three-drives、tiantai-rural-education、sanmen-five-helps。practices 应按原文印的顺序排列',
  ]);
});

test('an issue’s distribution lines, editor’s note and column name are as its source prints them: none invented, none cut short', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^(date: .*)$/m, '$1\neditorNote: 现将我市“提低”增收典型做法予以刊发。');
    // (2022-01-25's text prints its masthead's date line, without a sub-series.)
    edit(dir, 'briefings/taizhou-2022-01-25.yaml', /^(date: .*)$/m, '$1\nsubseries: 实践创新');
    edit(dir, 'briefings/taizhou-2022-01-25.yaml', /^reportTo: .*$/m, 'reportTo: 李跃旗书记、吴晓东代市长');
    edit(dir, 'briefings/taizhou-2022-01-25.yaml', /^sendTo: .*$/m, 'sendTo: 省委、省政府领导。');
  });
  const seed = (b: string) => `seeds/${readFileSync(`content/briefings/${b}.yaml`, 'utf8').match(/^source: (.*)$/m)![1]}`;
  expectLines(problems, [
    `briefings/taizhou-2021-12-01.yaml: editorNote: 原文 ${seed('taizhou-2021-12-01')} 没有印“编者按：现将我市“提低”增收典型做法予以刊发。”：editorNote 照原文“编者按：”后面的文字填写；原文没有这一项时不填`,
    `briefings/taizhou-2022-01-25.yaml: subseries: 原文 ${seed('taizhou-2022-01-25')} 的报头没有印“实践创新”：subseries 照报头印的栏目名填写；没有时不填`,
    `briefings/taizhou-2022-01-25.yaml: reportTo: “李跃旗书记、吴晓东代市长”只是原文 ${seed('taizhou-2022-01-25')} 中“报：”这一项的开头：照原文填写整项（到这一项在原文中结束为止）`,
    `briefings/taizhou-2022-01-25.yaml: sendTo: 原文 ${seed('taizhou-2022-01-25')} 没有印“送：省委、省政府领导。”：sendTo 照原文“送：”后面的文字填写；原文没有这一项时不填`,
  ]);
});

test('an editor’s note that runs over a page break is printed whole: the running head between its halves does not count', () => {
  const raw = readFileSync('tests/fixtures/ingest/lishui.txt', 'utf8');
  const note =
    '今年以来，全市上下深入贯彻落实省委、省政府关于高质量发展建设共同富裕示范区的决策部署，紧扣“扩中”“提低”主线，聚焦山区群众增收致富，探索形成了一批可复制、可推广的经验做法。为进一步总结经验、交流互鉴，本期选取龙泉、缙云、遂昌、青田、景宁等5地典型做法予以刊发，供各地学习借鉴。各地要结合实际，因地制宜，加快推动共同富裕从“盆景”走向“风景”。';
  assert.equal(printedField(raw, '编者按', note), 'printed');
  // Cut at the page break, it is only the note's beginning.
  assert.equal(printedField(raw, '编者按', note.slice(0, note.indexOf('供各地'))), 'cut');
});

test('an issue whose masthead and colophon print the date in Chinese numerals has that date checked', () => {
  const printed = printedIssue(readFileSync('tests/fixtures/ingest/ruian.txt', 'utf8'));
  assert.deepEqual(printed.dates, ['2022-11-08']);
  assert.ok(printed.issuers.length > 0 && printed.issuers.every((i) => !/[〇零一二三四五六七八九十]年/.test(i)), printed.issuers.join(' | '));
});

test('a word changed in a long editor’s note is located: the message shows where the note and the source part', () => {
  const problems = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2022-01-25.yaml', '中央财经委员会', '中央财政委员会'));
  assert.ok(
    problems.includes(
      `briefings/taizhou-2022-01-25.yaml: editorNote: 原文 ${'seeds/001_87f722b323f69c9e.txt'} 没有印“编者按：2021年 8月，习近平总书记主持召开中央财政委员会第十次会…”：从“…持召开中央财政委员会第十…”起与原文“…持召开中央财经委员会第十…”不同。editorNote 照原文“编者按：”后面的文字填写；原文没有这一项时不填`,
    ),
    problems.join('\n'),
  );
  // Nothing alike: no stretch is shown.
  assert.equal(fieldDifference('送：市委、市政府领导。\n', '送', '省委、省政府领导。'), undefined);
  assert.deepEqual(fieldDifference('送：市委、市人大常委会、市政府、市政协领导。\n', '送', '市委、市人大常委会、市政府、市政协领导同志。'), { typed: '…、市政协领导同志。', printed: '…、市政协领导。…' });
});

test('issue numbers are compared within a sub-series: 实践创新’s 第3期 and the series’ own 第3期 or 第2期 are two numberings', () => {
  // taizhou-2021-12-01 prints no masthead (its number cannot be checked against it): numbered as the series' 第3期 or
  // 第2期, it repeats no number of 《台州共富工作简报（实践创新）》 and comes after none of its issues.
  for (const n of [3, 2]) {
    const problems = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^date:/m, `number: ${n}\ndate:`));
    assert.deepEqual(problems, []);
  }
  // Within the sub-series, a number repeated is still reported, naming the sub-series.
  const repeated = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^date:/m, 'subseries: 实践创新\nnumber: 3\ndate:')).filter((p) => p.includes(': number: '));
  assert.deepEqual(repeated, [
    'briefings/taizhou-2021-12-01.yaml: number: 期号 3 与 content/briefings/taizhou-2021-09-30.yaml 相同（都是《台州共富工作简报（实践创新）》2021 年第 3 期）：两期中有一期填错了，对照两期原文的报头（seeds/002_d3d2b23bbdabca64.txt 和本期的 seeds/000_901b1eb27f07a258.txt；提取文本没有报头时看 PDF 原件）改正填错的那一期（taizhou-2021-09-30.yaml 或 taizhou-2021-12-01.yaml），原文没有印期号时不填',
  ]);
});

test('a 报/送/发 line or an editor’s note the issue prints, left out of its YAML, is reported: the page would lack it', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'briefings/taizhou-2021-09-30.yaml', /^reportTo: .*\n/m, '');
    edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^sendTo: .*\n/m, '');
    edit(dir, 'briefings/taizhou-2022-01-25.yaml', /^editorNote: \|-\n  .*\n/m, '');
  });
  assert.deepEqual(problems, [
    'briefings/taizhou-2021-09-30.yaml: reportTo: reportTo 未填，原文 seeds/002_d3d2b23bbdabca64.txt 印有“报：李跃旗书记、吴海平市长、芮宏副书记、徐良…”：照原文“报：”后面的文字填写整项（页面显示为“报”）',
    'briefings/taizhou-2021-12-01.yaml: sendTo: sendTo 未填，原文 seeds/000_901b1eb27f07a258.txt 印有“送：市委、市人大常委会、市政府、市政协领导。”：照原文“送：”后面的文字填写整项（页面显示为“送”）',
    'briefings/taizhou-2022-01-25.yaml: editorNote: editorNote 未填，原文 seeds/001_87f722b323f69c9e.txt 印有“编者按：2021年8月，习近平总书记主持召开中央…”：照原文“编者按：”后面的文字填写整项（不填时页面会说“本期原文无编者按”）',
  ]);
});

test('an issue whose text has no masthead may carry the sub-series and number its PDF prints, as it may the series', () => {
  // 2021-12-01's text starts with its first title: its masthead was an image. As 实践创新's 第4期 it is checked among
  // 实践创新's numbers only; a sub-series its extracted masthead does not print is still refused (2022-01-25).
  const problems = problemsAfter((dir) => {
    edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^date:/m, 'subseries: 实践创新\nnumber: 4\ndate:');
    edit(dir, 'briefings/taizhou-2022-01-25.yaml', /^date:/m, 'subseries: 实践创新\ndate:');
  });
  assert.deepEqual(problems, [
    'briefings/taizhou-2022-01-25.yaml: subseries: 原文 seeds/001_87f722b323f69c9e.txt 的报头没有印“实践创新”：subseries 照报头印的栏目名填写；没有时不填',
  ]);
});

test('a space before or after an issue’s issuer (or another masthead line) is reported', () => {
  const problems = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2021-09-30.yaml', 'issuer: 台州市', 'issuer: \u3000台州市'));
  assert.deepEqual(problems, ['briefings/taizhou-2021-09-30.yaml: issuer: 首尾有空格（含全角空格）：“\u3000台州市高质量发展建设共同富裕先行市领导小组办公室”开头有 1 个全角空格。请删去这些空格（页面、引用格式里会照样显示）']);
  // An editor's note written as a block (editorNote: |) ends with its line break: that is no space to remove.
  assert.deepEqual(problemsAfter((dir) => edit(dir, 'briefings/taizhou-2022-01-25.yaml', 'editorNote: |-\n', 'editorNote: |\n')), []);
});
