import { expect, test } from '@playwright/test';

// What a reader comparing the plans sees on the group pages must be what the plans print for the group; an issue's
// page says it has no editor's note only where that can be known.

test('困难群体: 青田’s goals under “——精准帮扶救助困难群体” are listed beside 台州’s for the group', async ({ page }) => {
  // seeds/003 line 57: “——精准帮扶救助困难群体。…县级救助服务联合体覆盖率达到 30% 以上…最低生活保障标准达到 13000 元。”
  await page.goto('/groups/vulnerable-groups/');
  const qingtian = page.getByRole('region', { name: '青田县：困难群体激励计划' });
  await expect(qingtian.locator('.targets')).toHaveText(/^量化目标：县级救助服务联合体覆盖率 30%以上（2025年）；最低生活保障标准 13000元（2025年）/);
  await expect(qingtian.getByRole('link', { name: /最低生活保障标准 13000元/ })).toHaveAttribute('href', /\/plans\/qingtian-action-plan\/#m-\d+$/);
  // 台州's are still those whose label names the group (特困人员) or that its section quotes.
  const taizhou = page.getByRole('region', { name: '台州市：困难群体激励计划' });
  await expect(taizhou.locator('.targets')).toContainText('特困人员基本生活保障标准');
});

test('困难群体: each plan’s 低保 standard and 社会救助 rates are listed, wherever the plan states them', async ({ page }) => {
  // seeds/004 line 67 (11.全面建立新时代社会救助体系, not the group’s own section): “…救助“一件事”惠民联办率 100%…
  // 全市最低生活保障标准达到 1.3 万元以上”; seeds/003 line 131, under “（四）持续加强困难群体帮扶”: “救助“一件事”惠民联办率 100%”.
  await page.goto('/groups/vulnerable-groups/');
  const taizhou = page.getByRole('region', { name: '台州市：困难群体激励计划' }).locator('.targets');
  await expect(taizhou).toContainText('全市最低生活保障标准 1.3万元以上');
  await expect(taizhou).toContainText('救助“一件事”惠民联办率 100%');
  // Same paragraph: “将低保边缘认定标准提高到低保标准的 2 倍”, a ratio (unit 倍), not an amount.
  await expect(taizhou).toContainText('低保边缘认定标准（低保标准的倍数） 2倍');
  await expect(taizhou).not.toContainText('企业职工养老保险参保率');
  const qingtian = page.getByRole('region', { name: '青田县：困难群体激励计划' }).locator('.targets');
  await expect(qingtian).toContainText('最低生活保障标准 13000元');
  await expect(qingtian).toContainText('救助“一件事”惠民联办率 100%');
  // The same rule gives no other group these targets.
  await page.goto('/groups/technical-workers/');
  await expect(page.locator('.targets').first()).not.toContainText('最低生活保障标准');
});

test('an issue says it has no editor’s note only when its masthead is in the text; without one, that cannot be known', async ({ page }) => {
  // seeds/002 prints its masthead (台州共富工作简报 / (实践创新) / 第 3 期 / 报：…) and no 编者按: the page may say so.
  await page.goto('/briefings/taizhou-2021-09-30/');
  await expect(page.locator('.masthead')).toContainText('本期原文无编者按');
  // seeds/000 begins with its first practice (椒江区盯才“扩中”…): no masthead, no 报： line, so no telling whether a note was printed.
  await page.goto('/briefings/taizhou-2021-12-01/');
  const masthead = page.locator('.masthead');
  await expect(masthead).toContainText('原文未见报头，无法确认有无编者按');
  await expect(masthead).not.toContainText('本期原文无编者按');
});

test('社会救助 lists the practices whose text is about 救助, not 黄岩’s trade-union help for technical workers', async ({ page }) => {
  // seeds/001 lines 176–: 黄岩's “四大举措” are 维权保障 (“织牢‘兜底网’” is 劳动争议调处), 就业招聘, 技能培训 and 职工服务;
  // the text says nothing of 救助, 低保 or 慈善. 三门's 助共体 (“重塑社会救助新流程”) is.
  await page.goto('/measures/social-assistance/');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: /三门县聚焦“五个帮”/ }).first()).toBeVisible();
  await expect(main.getByRole('link', { name: /黄岩区“四大举措”/ })).toHaveCount(0);
  await page.goto('/practices/huangyan-four-measures/');
  await expect(page.getByRole('link', { name: '社会救助', exact: true })).toHaveCount(0);
});
