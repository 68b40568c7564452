// Content an editor adds by hand, and unusual but valid input, built into a site of their own: a new practice with
// minimal frontmatter shows up everywhere it belongs (region, group, measure, briefing, search), and odd titles,
// 30 groups, no metrics, emoji and rare characters render safely, as valid HTML.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureSite } from '../../support/fixture-site.ts';

test.describe.configure({ mode: 'serial' });

const LONG = '路桥区探索“共富工坊”带动低收入农户就近就业增收的实践与思考'.repeat(5);
const ODD = '<script>alert("x")</script> 🎉 𠮷野家 & “引号” <b>不是粗体</b>';
const site = fixtureSite('added-content');
// The odd-title practice's 30 groups, each named in its text as a practice's groups must be (with its one measure).
const GROUP_NAMES = `技能培训面向${['技术工人', '科研人员', '个体工商户', '高校毕业生', '高素质农民', '新就业形态从业人员', '进城农民工', '低收入农户', '困难群体', '乡村学生', '乡村教师', ...Array.from({ length: 19 }, (_, i) => `测试群体${i + 1}`)].join('、')}。`;
let base = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const { content, seeds } = site;
  // The fixture's issue has a raw source of its own, with its titles, masthead and colophon: every page is checked
  // against it (fidelity, coverage, the date), as an editor's would be.
  writeFileSync(
    join(seeds, '900_fixture.txt'),
    [
      '台州共富工作简报',
      '台州市高质量发展建设共同富裕先行市领导小组办公室 2030 年 1 月 1 日',
      '路桥区建设共富工坊带动低收入农户增收',
      '路桥区在各村建设共富工坊，吸纳低收入农户就近务工，户均年增收 8000 元，壮大村集体经济。',
      ODD,
      '正文含有生僻字𠮷和表情🎉，以及看似标记的文字 <b>。',
      GROUP_NAMES,
      LONG,
      '这是一个标题很长的案例。',
      '台州市高质量发展建设共同富裕先行市领导小组办公室 2030年1月1日印发',
      '',
    ].join('\n'),
  );
  // A supplement (增刊第2期) with a 抄送 line: its own number and the copy line are what its page and citation show.
  writeFileSync(
    join(seeds, '901_supplement.txt'),
    [
      '台州共富工作简报',
      '增刊第2期',
      '台州市高质量发展建设共同富裕先行市领导小组办公室 2030 年 2 月 1 日',
      '路桥区开设共富夜校提升农民技能',
      '路桥区在各镇街开设共富夜校，培训高素质农民 1200 人次。',
      '抄送：各县（市、区）共富办。',
      '台州市高质量发展建设共同富裕先行市领导小组办公室 2030年2月1日印发',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(content, 'briefings/taizhou-2030-02-01.yaml'),
    'series: 台州共富工作简报\nsubseries: 增刊\nspecialNumber: 2\ndate: 2030-02-01\nissuer: 台州市高质量发展建设共同富裕先行市领导小组办公室\ncopyTo: 各县（市、区）共富办。\npractices: [luqiao-night-school]\nsource: 901_supplement.txt\n',
  );
  writeFileSync(
    join(content, 'practices/luqiao-night-school.md'),
    '---\ntitle: 路桥区开设共富夜校提升农民技能\nregion: luqiao\ngroups: [new-farmers]\nmeasures: [skills-training]\nbriefing: taizhou-2030-02-01\ndate: 2030-02-01\n---\n\n路桥区在各镇街开设共富夜校，培训高素质农民 1200 人次。\n',
  );
  // An issue whose extracted text has no masthead (it was an image): the editor filled the series and the number in
  // from the PDF, and the page says the number, too, is not the text's.
  // (Its text runs to more than the dozen lines a masthead is looked for in, as an issue's does.)
  const helpers = Array.from({ length: 12 }, (_, i) => `第${i + 1}个共富帮帮团结对帮扶低收入农户 ${40 + i} 户。`);
  writeFileSync(
    join(seeds, '904_no_masthead.txt'),
    ['路桥区组建共富帮帮团服务低收入农户', ...helpers, '台州市高质量发展建设共同富裕先行市领导小组办公室 2030年5月1日印发', ''].join('\n\n'),
  );
  writeFileSync(
    join(content, 'briefings/taizhou-2030-05-01.yaml'),
    'series: 台州共富工作简报\nnumber: 7\ndate: 2030-05-01\nissuer: 台州市高质量发展建设共同富裕先行市领导小组办公室\npractices: [luqiao-helpers]\nsource: 904_no_masthead.txt\n',
  );
  writeFileSync(
    join(content, 'practices/luqiao-helpers.md'),
    `---\ntitle: 路桥区组建共富帮帮团服务低收入农户\nregion: luqiao\ngroups: [low-income-farmers]\nmeasures: [social-assistance]\nbriefing: taizhou-2030-05-01\ndate: 2030-05-01\n---\n\n${helpers.join('\n\n')}\n`,
  );
  // A revised plan (修订) that repeals the 青田 plan of the site: both pages, and the lists, say which is which.
  const revision = [
    '中共青田县委办公室文件',
    '青委办发〔2030〕3号',
    '中共青田县委办公室 青田县人民政府办公室 关于印发《青田县“扩中”“提低”行动方案（2021-2025年）（修订）》的通知',
    '各乡镇党委、政府，各街道党工委、办事处，县直各单位：',
    '《青田县“扩中”“提低”行动方案（2021-2025年）（修订）》现印发给你们，请认真贯彻落实。原《青田县“扩中”“提低”行动方案（2021-2025年）》同时废止。',
    '中共青田县委办公室',
    '青田县人民政府办公室',
    '2030年3月1日',
    '青田县“扩中”“提低”行动方案（2021-2025年）（修订）',
    '到2025年，全县城乡居民人均可支配收入达到8万元。',
    '中共青田县委办公室',
    '2030年3月1日印发',
  ].join('\n\n');
  writeFileSync(join(seeds, '902_plan_revision.txt'), `${revision}\n`);
  writeFileSync(
    join(content, 'plans/qingtian-action-plan-2030.md'),
    `---\ntitle: 青田县“扩中”“提低”行动方案（2021-2025年）（修订）\ndocNumber: 青委办发〔2030〕3号\nissuers: [中共青田县委办公室, 青田县人民政府办公室]\ndate: 2030-03-01\nstatus: 正式印发\nregion: qingtian\nperiod: 2021-2025\nsupersedes: qingtian-action-plan\nsource: 902_plan_revision.txt\n---\n\n${revision}\n`,
  );
  // Revised again: every plan of the chain of three lists all three, and the first says which is the newest.
  const second = [
    '中共青田县委办公室文件',
    '青委办发〔2031〕5号',
    '中共青田县委办公室 青田县人民政府办公室 关于印发《青田县“扩中”“提低”行动方案（2021-2025年）（2031年修订）》的通知',
    '各乡镇党委、政府，各街道党工委、办事处，县直各单位：',
    '《青田县“扩中”“提低”行动方案（2021-2025年）（2031年修订）》现印发给你们，请认真贯彻落实。原《青田县“扩中”“提低”行动方案（2021-2025年）（修订）》同时废止。',
    '中共青田县委办公室',
    '青田县人民政府办公室',
    '2031年4月1日',
    '青田县“扩中”“提低”行动方案（2021-2025年）（2031年修订）',
    '到2025年，全县城乡居民人均可支配收入达到8.5万元。',
    '中共青田县委办公室',
    '2031年4月1日印发',
  ].join('\n\n');
  writeFileSync(join(seeds, '903_plan_second_revision.txt'), `${second}\n`);
  writeFileSync(
    join(content, 'plans/qingtian-action-plan-2031.md'),
    `---\ntitle: 青田县“扩中”“提低”行动方案（2021-2025年）（2031年修订）\ndocNumber: 青委办发〔2031〕5号\nissuers: [中共青田县委办公室, 青田县人民政府办公室]\ndate: 2031-04-01\nstatus: 正式印发\nregion: qingtian\nperiod: 2021-2025\nsupersedes: qingtian-action-plan-2030\nsource: 903_plan_second_revision.txt\n---\n\n${second}\n`,
  );
  // 30 groups in all: the taxonomy grows without code.
  const extra = Array.from({ length: 19 }, (_, i) => `- id: extra-group-${i + 1}\n  name: 测试群体${i + 1}\n  order: ${100 + i}\n  description: 用于测试的群体 ${i + 1}。\n`);
  appendFileSync(join(content, 'taxonomy/groups.yaml'), `\n${extra.join('')}`);
  writeFileSync(
    join(content, 'briefings/taizhou-2030-01-01.yaml'),
    'series: 台州共富工作简报\ndate: 2030-01-01\nissuer: 台州市高质量发展建设共同富裕先行市领导小组办公室\npractices: [luqiao-gongfang, odd-title, long-title]\nsource: 900_fixture.txt\n',
  );
  // The minimal valid practice an editor writes by hand.
  writeFileSync(
    join(content, 'practices/luqiao-gongfang.md'),
    '---\ntitle: 路桥区建设共富工坊带动低收入农户增收\nregion: luqiao\ngroups: [low-income-farmers]\nmeasures: [collective-economy]\nbriefing: taizhou-2030-01-01\ndate: 2030-01-01\n---\n\n路桥区在各村建设共富工坊，吸纳低收入农户就近务工，户均年增收 8000 元，壮大村集体经济。\n',
  );
  const groups = ['technical-workers', 'researchers', 'small-business-owners', 'graduates', 'new-farmers', 'new-employment-workers', 'migrant-workers', 'low-income-farmers', 'vulnerable-groups', 'rural-students', 'rural-teachers', ...extra.map((_, i) => `extra-group-${i + 1}`)];
  writeFileSync(
    join(content, 'practices/odd-title.md'),
    `---\ntitle: '${ODD}'\nregion: luqiao\ngroups: [${groups.join(', ')}]\nmeasures: [skills-training]\nbriefing: taizhou-2030-01-01\ndate: 2030-01-01\n---\n\n正文含有生僻字𠮷和表情🎉，以及看似标记的文字 &lt;b&gt;。\n\n${GROUP_NAMES}\n`,
  );
  writeFileSync(
    join(content, 'practices/long-title.md'),
    `---\ntitle: ${LONG}\nregion: luqiao\ngroups: [low-income-farmers]\nmeasures: [employment-services]\nbriefing: taizhou-2030-01-01\ndate: 2030-01-01\n---\n\n这是一个标题很长的案例。\n`,
  );
  base = await site.build();
});

test.afterAll(() => site.close());

test('a hand-written practice appears on its region, group and measure pages and in its briefing', async ({ page }) => {
  await page.goto(`${base}/practices/luqiao-gongfang/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('路桥区建设共富工坊带动低收入农户增收');
  for (const path of ['/regions/luqiao/', '/groups/low-income-farmers/', '/measures/collective-economy/', '/briefings/taizhou-2030-01-01/']) {
    await page.goto(`${base}${path}`);
    await expect(page.getByRole('link', { name: '路桥区建设共富工坊带动低收入农户增收' }).first(), path).toBeVisible();
  }
  await page.goto(`${base}/briefings/`);
  await expect(page.getByRole('link', { name: '《台州共富工作简报》（期号未注明，2030年1月1日）' })).toBeVisible();
});

test('a supplement is cited with its own number (增刊第2期), and its 抄送 line is shown as 抄送', async ({ page }) => {
  await page.goto(`${base}/briefings/taizhou-2030-02-01/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('《台州共富工作简报》增刊第2期（2030年2月1日）');
  const masthead = page.locator('.masthead');
  await expect(masthead.getByRole('definition').nth(1)).toHaveText('增刊第2期');
  await expect(masthead).toContainText('抄送：各县（市、区）共富办。');
  await expect(masthead.getByRole('term')).toHaveText(['刊名：', '期号：', '日期：', '编发单位：', '抄送：', '编者按：']);
  await page.goto(`${base}/practices/luqiao-night-school/`);
  await expect(page.locator('.cite p').first()).toContainText('载《台州共富工作简报》增刊第2期（2030年2月1日）。');
  await page.goto(`${base}/briefings/`);
  await expect(page.getByRole('link', { name: '《台州共富工作简报》增刊第2期（2030年2月1日）' })).toBeVisible();
});

test('an issue whose text has no masthead says its series and its number were filled in by the editor', async ({ page }) => {
  await page.goto(`${base}/briefings/taizhou-2030-05-01/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('《台州共富工作简报》第7期（2030年5月1日）');
  const masthead = page.locator('.masthead').getByRole('definition');
  await expect(masthead.nth(0)).toHaveText('台州共富工作简报（原文未见报头，刊名由编辑填写）');
  await expect(masthead.nth(1)).toHaveText('第7期（原文未见报头，期号由编辑填写）');
  // An issue whose masthead prints its number says nothing of the kind.
  await page.goto(`${base}/briefings/taizhou-2021-09-30/`);
  await expect(page.locator('.masthead').getByRole('definition').nth(1)).toHaveText('第3期');
});

test('a hand-written practice is found by search', async ({ page }) => {
  await page.goto(`${base}/search/?q=${encodeURIComponent('共富工坊')}`);
  const results = page.getByRole('list', { name: '搜索结果' });
  await expect(results.getByRole('link', { name: /路桥区建设共富工坊带动低收入农户增收/ }).first()).toBeVisible({ timeout: 15_000 });
});

test('markup in a title shows as text and runs nothing; emoji and rare characters survive', async ({ page }) => {
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await page.goto(`${base}/practices/odd-title/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ODD);
  expect(await page.locator('main script').count()).toBe(0);
  expect(await page.locator('h1 b').count()).toBe(0);
  await expect(page.getByText('正文含有生僻字𠮷和表情🎉，以及看似标记的文字 <b>。')).toBeVisible();
  expect(dialog).toBe(false);
  // 30 groups, each a link to its page; no metrics section at all.
  const groups = page.locator('.meta-panel dt:text("目标群体") + dd a');
  await expect(groups).toHaveCount(30);
  await expect(page.getByRole('region', { name: '主要数据' })).toHaveCount(0);
  const title = await page.title();
  expect(title).toContain('<script>');
});

test('the site with odd titles, 30 groups and no metrics is valid HTML to html-validate and to the W3C checker (vnu)', () => {
  for (const [cmd, args] of [['npx', ['html-validate', `${site.out}/**/*.html`]], ['node', ['scripts/check-nu.ts', site.out]]] as const) {
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    expect(r.status, `${cmd} ${args.join(' ')}:\n${r.stdout}${r.stderr}`).toBe(0);
  }
});

test('a very long title wraps on a phone without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${base}/practices/long-title/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LONG);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});

test('a revised plan links to the plan it revises, and that plan says first of all that it has been revised', async ({ page }) => {
  const older = '青田县“扩中”“提低”行动方案（2021-2025年）';
  const newer = '青田县“扩中”“提低”行动方案（2021-2025年）（修订）';
  const newest = '青田县“扩中”“提低”行动方案（2021-2025年）（2031年修订）';
  await page.goto(`${base}/plans/qingtian-action-plan/`);
  const notice = page.locator('main p.revised');
  await expect(notice).toHaveText(`本方案已被修订。修订后的方案：${newer}（2030年3月1日）。它又已被修订，最新的方案：${newest}（2031年4月1日）。`);
  // Before the plan's own details and targets: read first.
  expect(await notice.evaluate((el) => Boolean(el.compareDocumentPosition(document.querySelector('.meta-panel')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
  await notice.getByRole('link', { name: newer }).click();
  await expect(page).toHaveURL(`${base}/plans/qingtian-action-plan-2030/`);
  await expect(page.locator('main p.revised')).toHaveText(`本方案已被修订。修订后的方案：${newest}（2031年4月1日）。`);
  const revises = page.locator('.meta-panel dt:text("修订") + dd');
  await expect(revises).toHaveText(`本方案修订了 ${older}`);
  await revises.getByRole('link', { name: older }).click();
  await expect(page).toHaveURL(`${base}/plans/qingtian-action-plan/`);
  await expect(page.locator('.meta-panel dt:text("状态") + dd')).toHaveText('正式印发，已被修订');
  // Every list of plans marks the revised one.
  for (const path of ['/plans/', '/regions/qingtian/', '/']) {
    await page.goto(`${base}${path}`);
    await expect(page.locator('main'), path).toContainText('正式印发，已被修订');
  }
});

test('every plan of a chain of revisions lists the whole history, oldest first, with its own place in it', async ({ page }) => {
  const versions = [
    ['qingtian-action-plan', '青田县“扩中”“提低”行动方案（2021-2025年）', '青委办发〔2022〕14号，2022年6月30日'],
    ['qingtian-action-plan-2030', '青田县“扩中”“提低”行动方案（2021-2025年）（修订）', '青委办发〔2030〕3号，2030年3月1日'],
    ['qingtian-action-plan-2031', '青田县“扩中”“提低”行动方案（2021-2025年）（2031年修订）', '青委办发〔2031〕5号，2031年4月1日'],
  ] as const;
  for (const [id] of versions) {
    await page.goto(`${base}/plans/${id}/`);
    const history = page.locator('.meta-panel dt:text("历次版本") + dd li');
    await expect(history, id).toHaveText(versions.map(([v, title, notes]) => `${title}（${notes}${v === id ? '，本页' : ''}）`));
    for (const [v, title] of versions) {
      if (v === id) await expect(history.locator('[aria-current="page"]'), id).toHaveText(title);
      else await expect(history.getByRole('link', { name: title, exact: true }), id).toHaveAttribute('href', new RegExp(`/plans/${v}/$`));
    }
  }
  // The newest plan is not revised; a plan on no chain has no history at all.
  await expect(page.locator('main p.revised')).toHaveCount(0);
  await page.goto(`${base}/plans/taizhou-action-plan/`);
  await expect(page.locator('.meta-panel dt:text("历次版本")')).toHaveCount(0);
});
