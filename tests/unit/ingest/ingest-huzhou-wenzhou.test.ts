// `npm run ingest` on the raw texts tests/fixtures/ingest/huzhou.txt, wenzhou.txt and huzhou-plan.txt (a 湖州 issue
// with 抄送, a one-row table and a footnote mark on a title; a 温州 issue with no number; a 湖州 plan revision) and the
// 瑞安 supplement, and what the ingest makes of them. Run: node --test tests/unit/ingest/ingest-huzhou-wenzhou.test.ts
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { citation, issueLabel } from '../../../src/lib/format.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { checkDrafts, file, ingest, publish } from '../../support/huzhou-wenzhou-drafts.ts';

describe('抄送 (copied to)', () => {
  test('the 抄送： line is copyTo, not sendTo, and the drafts pass the check', () => {
    const yaml = file(ingest('huzhou.txt'), 'briefings/');
    assert.match(yaml, /^copyTo: 各区县党委、政府，市级有关单位。$/m);
    assert.doesNotMatch(yaml, /^sendTo:/m);
    assert.deepEqual(checkDrafts('huzhou.txt').filter((p) => p.includes('briefings/')), []);
  });

  test('the check compares copyTo with the source, and tells a 抄送 line put in sendTo where it goes', () => {
    const f = 'content/briefings/huzhou-2022-07-15.yaml';
    const moved = checkDrafts('huzhou.txt', (dir) => {
      const p = join(dir, 'briefings/huzhou-2022-07-15.yaml');
      writeFileSync(p, readFileSync(p, 'utf8').replace(/^copyTo: /m, 'sendTo: '));
    });
    assert.ok(
      moved.includes(`${f}: sendTo: 原文 seeds/huzhou.txt 把“各区县党委、政府，市级有关单位。”印在“抄送：”后面，不是“送：”：把这一行从 sendTo 移到 copyTo（页面分别显示为“送”“抄送”）`),
      moved.join('\n'),
    );
    const wrong = checkDrafts('huzhou.txt', (dir) => {
      const p = join(dir, 'briefings/huzhou-2022-07-15.yaml');
      writeFileSync(p, readFileSync(p, 'utf8').replace(/^copyTo: .*$/m, 'copyTo: 各区县党委、政府。'));
    });
    assert.ok(wrong.includes(`${f}: copyTo: 原文 seeds/huzhou.txt 没有印“抄送：各区县党委、政府。”：从“…县党委、政府。”起与原文“…县党委、政府，市级有关单…”不同。copyTo 照原文“抄送：”后面的文字填写；原文没有这一项时不填`), wrong.join('\n'));
    const labelled = checkDrafts('huzhou.txt', (dir) => {
      const p = join(dir, 'briefings/huzhou-2022-07-15.yaml');
      writeFileSync(p, readFileSync(p, 'utf8').replace(/^copyTo: /m, 'sendTo: 抄送：'));
    });
    assert.ok(labelled.includes(`${f}: sendTo: 不要写“抄送：”字样：原文的“抄送：”行填在 copyTo（页面显示为“抄送”），sendTo 只填原文“送：”后面的文字`), labelled.join('\n'));
  });
});

describe('a table with one data row', () => {
  test('is kept as rows (header and data row apart), not glued into the running text, and passes the check', () => {
    const body = file(ingest('huzhou.txt'), 'practices/anji-');
    assert.match(body, /^联合体数（个）　入股农户（户）　分红总额（万元）　户均分红（元）<br>12　1850　1380　7459$/m);
    assert.doesNotMatch(body, /如下：联合体数/);
    assert.deepEqual(checkDrafts('huzhou.txt').filter((p) => /body/.test(p) && !/①/.test(p)), []);
  });
});

describe('a footnote mark after a practice title (标题①, 标题*, 标题[1])', () => {
  test('is not kept in the title; the footnote stays in the body as its own paragraph; the drafts pass the check', () => {
    const huzhou = ingest('huzhou.txt');
    assert.match(file(huzhou, 'practices/anji-'), /^title: 安吉县“白茶富民”带动茶农持续增收 +# 待核对：原文标题后的“①”是脚注标记/m);
    assert.match(file(huzhou, 'practices/anji-'), /\n\n① 本文由安吉县农业农村局提供。\n$/);
    const wenzhou = ingest('wenzhou.txt');
    assert.match(file(wenzhou, 'practices/lucheng-'), /^title: 鹿城区“共富工坊”让低收入农户家门口就业 +# 待核对/m);
    const yueqing = file(wenzhou, 'practices/yueqing-');
    assert.match(yueqing, /^title: 乐清市“电气产业工人提质”行动推动技术工人增收 +# 待核对/m);
    // The note under the last paragraph is a paragraph of its own, not glued to the sentence before it.
    assert.match(yueqing, /惠及职工3\.5万人。\n\n\\\* 本文数据由乐清市人力社保局提供。\n$/);
    assert.deepEqual(checkDrafts('huzhou.txt'), []);
    assert.deepEqual(checkDrafts('wenzhou.txt'), []);
  });

  test('left in a title by the editor, it is reported', () => {
    const problems = checkDrafts('wenzhou.txt', (dir) => {
      const p = join(dir, 'practices/lucheng-2022-09-08.md');
      writeFileSync(p, readFileSync(p, 'utf8').replace(/^title: (.*?)  #.*$/m, 'title: $1[1]'));
    });
    assert.ok(problems.includes('content/practices/lucheng-2022-09-08.md: title: 标题末尾的“[1]”是脚注标记，不是标题的字：从标题中删去它（脚注的文字留在正文中）'), problems.join('\n'));
  });
});

describe('a supplement’s own number (增刊第2期)', () => {
  test('is drafted as specialNumber beside subseries 增刊, with no number, and the drafts pass the check', () => {
    const yaml = file(ingest('ruian.txt'), 'briefings/');
    assert.match(yaml, /^subseries: 增刊 +# 待核对：.*specialNumber 填 2/m);
    assert.match(yaml, /^specialNumber: 2$/m);
    assert.doesNotMatch(yaml, /^number:/m);
    assert.deepEqual(checkDrafts('ruian.txt').filter((p) => p.includes('briefings/')), []);
  });

  test('is cited with the supplement’s number: 《瑞安共富简报》增刊第2期（2022年11月8日）', () => {
    const issue = { series: '瑞安共富简报', subseries: '增刊', specialNumber: 2, date: new Date('2022-11-08') };
    assert.equal(citation(issue), '《瑞安共富简报》增刊第2期（2022年11月8日）');
    assert.equal(issueLabel(issue), '《瑞安共富简报》增刊第2期');
    // A sub-series that is no supplement (实践创新) is part of the publication's name (see format.test.ts).
    assert.equal(citation({ series: '台州共富工作简报', subseries: '实践创新', number: 3, date: new Date('2021-09-30') }), '《台州共富工作简报（实践创新）》第3期（2021年9月30日）');
  });

  test('the check compares it with the source and says where each number goes', () => {
    const f = 'content/briefings/ruian-2022-11-08.yaml';
    const change = (from: RegExp, to: string) => (dir: string) => {
      const p = join(dir, 'briefings/ruian-2022-11-08.yaml');
      const text = readFileSync(p, 'utf8');
      assert.match(text, from);
      writeFileSync(p, text.replace(from, to));
    };
    const wrong = checkDrafts('ruian.txt', change(/^specialNumber: 2$/m, 'specialNumber: 3'));
    assert.ok(wrong.includes(`${f}: specialNumber: specialNumber 3，原文 seeds/ruian.txt 印的是“增刊第2期”：specialNumber 应为 2（subseries 填“增刊”，number 不填：增刊与正刊分开编号）`), wrong.join('\n'));
    const asNumber = checkDrafts('ruian.txt', change(/^specialNumber: 2$/m, 'number: 2'));
    assert.ok(asNumber.includes(`${f}: number: 期号 2，但原文 seeds/ruian.txt 印的是“增刊第2期”：增刊与正刊分开编号，number 不填，写 specialNumber: 2`), asNumber.join('\n'));
    const alone = checkDrafts('ruian.txt', change(/^subseries: .*\n/m, ''));
    assert.ok(alone.includes(`${f}: specialNumber: specialNumber 是增刊（专刊、特刊）自己的期号，要与 subseries 一起填写（subseries: 增刊），页面引用为“《瑞安共富简报》增刊第2期”；正刊的“第N期”填 number`), alone.join('\n'));
    const onRegular = checkDrafts('huzhou.txt', (dir) => {
      const p = join(dir, 'briefings/huzhou-2022-07-15.yaml');
      writeFileSync(p, readFileSync(p, 'utf8').replace(/^number: 5$/m, 'subseries: 增刊\nspecialNumber: 5'));
    });
    assert.ok(onRegular.includes('content/briefings/huzhou-2022-07-15.yaml: specialNumber: specialNumber 5，但原文 seeds/huzhou.txt 的报头没有印“增刊（专刊、特刊）第N期”：specialNumber 只填原文印的增刊期号，正刊的“第N期”填 number'), onRegular.join('\n'));
  });
});

describe('a revised plan (…行动方案（2022-2025年）（修订）)', () => {
  test('its title is the printed title with （修订）, not a section heading; its region and 发文字号 are read', () => {
    const plan = file(ingest('huzhou-plan.txt'), 'plans/');
    assert.match(plan, /^title: 湖州市“扩中”“提低”行动方案（2022-2025年）（修订）$/m);
    assert.match(plan, /^region: huzhou$/m);
    assert.match(plan, /^period: 2022-2025$/m);
    assert.match(plan, /^docNumber: 湖委办发〔2022〕21号$/m);
  });

  test('its signature at the end, two organs side by side on one line, gives the issuers and the date', () => {
    const plan = file(ingest('huzhou-plan.txt'), 'plans/');
    assert.match(plan, /^issuers: \[中共湖州市委办公室, 湖州市人民政府办公室\]$/m);
    assert.match(plan, /^date: 2022-10-20$/m);
    assert.deepEqual(checkDrafts('huzhou-plan.txt'), []);
  });

  test('a yearly target (每年…, 年均…) under 主要目标’s 到2025年 gets no year; the draft, and the plan published as drafted, pass the check', () => {
    const plan = file(ingest('huzhou-plan.txt'), 'plans/');
    const { data } = splitFrontmatter(plan, 'huzhou-action-plan');
    const targets = data.targets as { quote: string; year?: number }[];
    const yearOf = (quote: string) => {
      const t = targets.find((x) => x.quote === quote);
      assert.ok(t, `no target “${quote}” among ${targets.map((x) => x.quote).join(', ')}`);
      return t.year;
    };
    // The 到2025年 after them is the next clause's; the section's opening year is not written for them.
    assert.equal(yearOf('每年组织职业技能培训5000人次以上'), undefined);
    assert.equal(yearOf('低收入农户收入年均增长10%以上'), undefined);
    assert.equal(yearOf('到2025年技能人才占从业人员比例达到35%'), 2025);
    assert.equal(yearOf('中等收入群体比例达到70%以上'), 2025);
    assert.deepEqual(checkDrafts('huzhou-plan.txt'), []);
    // The editor checks every guess and keeps it: the check takes the published plan as it was drafted (it refused
    // year: 2025 on 每年组织职业技能培训 with “是每年的数…删去 year: 2025”).
    assert.deepEqual(checkDrafts('huzhou-plan.txt', (dir) => publish(dir, 'plans/huzhou-action-plan.md')), []);
  });

  test('the plan it revises, when the site has it, is its supersedes; its id is its own, with its year', () => {
    const earlier = { id: 'huzhou-action-plan', title: '湖州市“扩中”“提低”行动方案（2021-2025年）', region: 'huzhou' };
    const r = ingest('huzhou-plan.txt', { knownPlans: [earlier] });
    assert.deepEqual(r.files.map((f) => f.path), ['plans/huzhou-action-plan-2022.md']);
    const plan = file(r, 'plans/');
    assert.match(plan, /^supersedes: huzhou-action-plan {2}# 待核对：原文修订或废止了站内的《湖州市“扩中”“提低”行动方案（2021-2025年）》（huzhou-action-plan）/m);
    // Another region's plan of that title, or no such plan: nothing is filled (the id is still made free).
    for (const [knownPlans, path] of [[[{ ...earlier, region: 'wenzhou' }], 'plans/huzhou-action-plan-2022.md'], [[], 'plans/huzhou-action-plan.md']] as const) {
      const other = ingest('huzhou-plan.txt', { knownPlans });
      assert.doesNotMatch(file(other, 'plans/'), /^supersedes:/m);
      assert.deepEqual(other.files.map((f) => f.path), [path]);
    }
  });
});
