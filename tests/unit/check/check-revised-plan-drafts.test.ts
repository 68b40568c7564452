// Content-check messages on the reviewed drafts of the 湖州 and 温州 raw texts (tests/fixtures/ingest/huzhou.txt,
// wenzhou.txt, huzhou-plan.txt): a footnote with no mark, a revised plan's title and issuers, a running head or a
// lost <br>, supersedes, a line opening with * or -. Run: node --test tests/unit/check/check-revised-plan-drafts.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDrafts, edit } from '../../support/huzhou-wenzhou-drafts.ts';

function expectLine(problems: string[], line: string): void {
  assert.ok(problems.includes(line), `expected\n  ${line}\ngot\n  ${problems.join('\n  ')}`);
}

test('a footnote written as [^1]: with no [^1] in the text is reported: the page would drop its text', () => {
  const problems = checkDrafts('huzhou.txt', (dir) => edit(dir, 'practices/anji-2022-07-15.md', '① 本文由安吉县农业农村局提供。', '[^1]: 本文由安吉县农业农村局提供。'));
  assert.ok(
    problems.some((p) => /^content\/practices\/anji-2022-07-15\.md: body: 第 \d+ 行的注释 \[\^1\]:（“本文由安吉县农业农村局提供。”）在正文中没有对应的标记 \[\^1\]：页面上不会显示这条注释，它的文字会丢失。/.test(p)),
    problems.join('\n'),
  );
});

test('a revised plan’s title without its （修订）, and an issuer that is part of a printed name, are reported', () => {
  const f = 'content/plans/huzhou-action-plan.md';
  const title = checkDrafts('huzhou-plan.txt', (dir) => edit(dir, 'plans/huzhou-action-plan.md', /^title: (.*)（修订）$/m, 'title: $1'));
  expectLine(title, `${f}: title: 标题“湖州市“扩中”“提低”行动方案（2022-2025年）”后面，原文 seeds/huzhou-plan.txt 还印着“（修订）”：标题照原文印的写全（修订后的方案与原来的方案是两份文件）`);
  const issuer = checkDrafts('huzhou-plan.txt', (dir) => edit(dir, 'plans/huzhou-action-plan.md', '湖州市人民政府办公室]', '湖州市人民政府]'));
  expectLine(issuer, `${f}: issuers[1]: 发文单位“湖州市人民政府”只是原文 seeds/huzhou-plan.txt 印的“湖州市人民政府办公室”的一部分：照原文填写单位全称`);
});

test('a running head left between two paragraphs, and a table whose <br> were lost, are named as what they are', () => {
  const head = checkDrafts('huzhou.txt', (dir) => edit(dir, 'practices/deqing-2022-07-15.md', '\n\n同时，设立', '\n\n湖州共富工作简报\n\n同时，设立'));
  assert.ok(head.some((p) => /^content\/practices\/deqing-2022-07-15\.md: body: 第 \d+ 行“湖州共富工作简报”是原文每页顶部重复的刊名（页眉），不是正文：删去这一行/.test(p)), head.join('\n'));
  assert.ok(!head.some((p) => /是小标题就写成“## 湖州共富工作简报”/.test(p)), head.join('\n'));
  // Said once, as a running head: not also as a paragraph out of the source's order.
  assert.ok(!head.some((p) => /“湖州共富工作简报”）在原文 .* 中位于它前面的段落之前/.test(p)), head.join('\n'));
  const table = checkDrafts('huzhou.txt', (dir) => edit(dir, 'practices/anji-2022-07-15.md', '户均分红（元）<br>12', '户均分红（元） 12'));
  assert.ok(table.some((p) => /^content\/practices\/anji-2022-07-15\.md: body: 第 \d+ 行像是原文的表格（“联合体数（个）　入股农户（户）　分红总额（万元）…”），行与行之间少了 <br>/.test(p)), table.join('\n'));
  assert.ok(!table.some((p) => /是小标题就写成/.test(p)), table.join('\n'));
});

test('supersedes: an earlier plan of the site, not the plan itself, of its region, earlier, published, and no circle', async () => {
  const { edit: editCopy, problemsAfter } = await import('../../support/content-copy.ts');
  const add = (file: string, value: string) => (dir: string) => editCopy(dir, `plans/${file}.md`, /^status: /m, `supersedes: ${value}\nstatus: `);
  const unknown = problemsAfter(add('qingtian-action-plan', 'taizhou-action-pan'));
  expectLine(unknown, 'plans/qingtian-action-plan.md: supersedes: 未知的方案 "taizhou-action-pan"。是否想填 taizhou-action-plan？允许的值：qingtian-action-plan, taizhou-action-plan');
  const self = problemsAfter(add('qingtian-action-plan', 'qingtian-action-plan'));
  expectLine(self, 'plans/qingtian-action-plan.md: supersedes: supersedes 填的是本方案自己（qingtian-action-plan）：填被本方案修订或废止的那份较早的方案的 id；没有就删去这一项');
  const later = problemsAfter((dir) => {
    add('qingtian-action-plan', 'taizhou-action-plan')(dir);
    editCopy(dir, 'plans/taizhou-action-plan.md', /^status: /m, 'date: 2022-07-01\nstatus: ');
  });
  expectLine(later, 'plans/qingtian-action-plan.md: supersedes: 被修订的方案 taizhou-action-plan 的日期 2022-07-01 不早于本方案的 2022-06-30：supersedes 写在较新的方案里，填较早的那份方案');
  const circle = problemsAfter((dir) => {
    add('qingtian-action-plan', 'taizhou-action-plan')(dir);
    add('taizhou-action-plan', 'qingtian-action-plan')(dir);
  });
  expectLine(circle, 'plans/qingtian-action-plan.md: supersedes: 方案的修订关系绕成了一圈（qingtian-action-plan → taizhou-action-plan → qingtian-action-plan）：只有较新的方案写 supersedes，填较早的那份');
  const draft = problemsAfter((dir) => {
    add('qingtian-action-plan', 'taizhou-action-plan')(dir);
    editCopy(dir, 'plans/taizhou-action-plan.md', /^status: /m, 'draft: true\nstatus: ');
  });
  expectLine(draft, 'plans/qingtian-action-plan.md: supersedes: 方案 taizhou-action-plan 还是草稿（draft: true），不会发布，本方案的页面无法链接到它：先核对并发布它，或删去 supersedes');
  // Another region's plan: a revision is the same government's (the right case is built in tests/e2e/content/added-content.spec.ts).
  const other = problemsAfter(add('qingtian-action-plan', 'taizhou-action-plan'));
  expectLine(other, 'plans/qingtian-action-plan.md: supersedes: 被修订的方案 taizhou-action-plan 是 taizhou 的方案，本方案是 qingtian 的：supersedes 只填同一地区较早印发的方案（修订本或明文废止的那一份）');
});

test('a practice line opening with “* ” or “- ” (a footnote’s star, say) is reported: the page shows a bullet and drops the mark', () => {
  const problems = checkDrafts('huzhou.txt', (dir) => edit(dir, 'practices/anji-2022-07-15.md', '① 本文由安吉县农业农村局提供。', '* 本文由安吉县农业农村局提供。'));
  assert.ok(
    problems.some((p) => /^content\/practices\/anji-2022-07-15\.md: body: 第 \d+ 行以“\* ”开头，页面会把它显示成列表的圆点，行首的“\*”不显示：原文印着这个符号时写成“\\\*”/.test(p)),
    problems.join('\n'),
  );
  // Escaped, as the message says: no such report.
  const escaped = checkDrafts('huzhou.txt', (dir) => edit(dir, 'practices/anji-2022-07-15.md', '① 本文由安吉县农业农村局提供。', '\\* 本文由安吉县农业农村局提供。'));
  assert.ok(!escaped.some((p) => p.includes('列表的圆点')), escaped.join('\n'));
});
