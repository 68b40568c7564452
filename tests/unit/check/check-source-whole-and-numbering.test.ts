// Content-check messages for text left out of a page (a paragraph at either end, a 报/送/发 line, an editor's note),
// issue numbers within a sub-series, a value written as the text prints it. Each names the file, the field and what is wanted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, problemsAfter } from '../../support/content-copy.ts';

/** Drops the first (`at: 0`) or last (`at: -1`) paragraph of a page's body. */
function dropParagraph(dir: string, file: string, at: 0 | -1): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf('\n---\n', 4) + 5;
  const paras = text.slice(start).trim().split(/\n\n+/);
  paras.splice(at, 1);
  writeFileSync(path, `${text.slice(0, start)}\n${paras.join('\n\n')}\n`);
}

test('a paragraph left out at the start or the end of an issue or a plan is reported, not only in the middle', () => {
  // The last paragraph of an issue's last practice (天台, no figure in it), before the 送：line.
  const last = problemsAfter((dir) => dropParagraph(dir, 'practices/tiantai-heying.md', -1));
  assert.equal(last.length, 1, last.join('\n'));
  assert.match(last[0]!, /^practices\/tiantai-heying\.md: body: 第 \d+ 行这一段（“…小村华丽变身为美丽样板。”）之后，原文 seeds\/000_901b1eb27f07a258\.txt 还有“三是科技引领，精细管控。.*不在任何案例的正文中：正文须完整收录原文，不能删减/);
  // The first paragraph of an issue's first practice, after its title: not “the title cannot be found”.
  const first = problemsAfter((dir) => dropParagraph(dir, 'practices/wenling-mountain-sea.md', 0));
  assert.equal(first.length, 1, first.join('\n'));
  assert.match(first[0]!, /^practices\/wenling-mountain-sea\.md: body: 第 \d+ 行这一段之前，原文 seeds\/002_d3d2b23bbdabca64\.txt 在标题之后还有“自全省启动山海协作升级版以来，.*不在任何案例的正文中/);
  // A plan's first paragraph, after its title and status lines (the page's heading and status: what is left out
  // starts after them).
  const opening = problemsAfter((dir) => dropParagraph(dir, 'plans/taizhou-action-plan.md', 0));
  assert.equal(opening.length, 1, opening.join('\n'));
  assert.match(opening[0]!, /^plans\/taizhou-action-plan\.md: body: 第 \d+ 行这一段之前，原文 seeds\/004_1528804999b4efe1\.txt 从开头到这里还有“为全面贯彻落实.*不在方案的正文中/);
  // A plan's last paragraph before its colophon (中共青田县委办公室 2022年6月30日印发, the body's last two lines).
  const closing = problemsAfter((dir) => {
    const path = join(dir, 'plans/qingtian-action-plan.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n（五）加强舆论引导。[^\n]*\n/, '\n'));
  });
  assert.equal(closing.length, 1, closing.join('\n'));
  assert.match(closing[0]!, /^plans\/qingtian-action-plan\.md: body: 第 \d+ 行这一段（“…[^”]+”）之后，原文 seeds\/003_84359d70cc1cc035\.txt 还有“（五）加强舆论引导。.*不在方案的正文中/);
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

test('a value written as the text prints it, with 万 or with thousands separators, is told the number to write', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/jiaojiang-talent.md', 'value: 4395250', 'value: 439.525万');
    edit(dir, 'practices/wenling-employment.md', 'value: 12827', 'value: 12,827');
  });
  assert.deepEqual(problems, [
    'practices/jiaojiang-talent.md: metrics[4].value: 应为数字，收到文字 “439.525万”（万/亿要换算，只写数字：4395250）',
    'practices/wenling-employment.md: metrics[3].value: 应为数字，收到文字 “12,827”（数字不加千位分隔的逗号：12827）',
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
