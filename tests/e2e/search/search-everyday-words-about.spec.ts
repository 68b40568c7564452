/**
 * Names with a mistyped last character, readers' everyday words (个税, 买房, 涨工资), words that are no typos, and
 * figures typed “about”; in Chromium against the built site.
 */
import { expect, test } from '@playwright/test';
import { openSearch, resultPaths } from '../../support/search-page.ts';

test('a name typed alone with its last character mistyped is searched corrected (工匠代 → 工匠贷), as the status says', async ({ page }) => {
  await openSearch(page, '工匠代');
  await expect(page.getByRole('status').first()).toHaveText(/^没有找到“工匠代”，已按“工匠贷”搜索。找到1篇与“工匠贷”相关的内容。$/);
  expect(await resultPaths(page)).toEqual(['/practices/huangyan-four-measures/']);
  await expect(page.locator('[data-results] > li').first().locator('mark').filter({ hasText: '工匠贷' }).first()).toBeVisible();
});

test('a reader’s everyday word for what the texts print finds it and says so: 个税, 买房, 涨工资', async ({ page }) => {
  await openSearch(page, '个税');
  await expect(page.getByRole('status').first()).toContainText('“个税”也按“个人所得税”查找。');
  expect((await resultPaths(page)).sort()).toEqual(['/plans/qingtian-action-plan/', '/plans/taizhou-action-plan/']);
  await expect(page.locator('[data-results] > li').first().locator('mark').filter({ hasText: '个人所得税' }).first()).toBeVisible();

  await openSearch(page, '买房补贴');
  await expect(page.getByRole('status').first()).not.toContainText('只包含部分词语');
  expect((await resultPaths(page))[0]).toBe('/practices/jiaojiang-talent/');

  await openSearch(page, '涨工资');
  await expect(page.getByRole('status').first()).not.toContainText('只包含部分词语');
  expect((await resultPaths(page))[0]).toBe('/practices/yuhuan-skills-to-capital/');
  await expect(page.locator('[data-results] > li').first().locator('mark').filter({ hasText: /加薪|提薪/ }).first()).toBeVisible();
});

test('人均收入 is not “corrected” to 人员收入: the pages of per-capita income stay, with the words apart', async ({ page }) => {
  await openSearch(page, '人均收入');
  await expect(page.getByRole('status').first()).not.toContainText('已按');
  await expect(page.getByRole('status').first()).not.toContainText('人员收入');
  const first = page.locator('[data-results] > li').first();
  await expect(first.locator('mark').filter({ hasText: '人员' })).toHaveCount(0);
  await expect(first.locator('mark').filter({ hasText: /人均/ }).first()).toBeVisible();
});

test('a figure typed “about” with 约 or 左右 finds the figure printed, as the status says (约4500人 → 4503人)', async ({ page }) => {
  for (const q of ['约4500人', '4500人左右']) {
    await openSearch(page, q);
    await expect(page.getByRole('status').first(), q).toContainText('以下结果含有“4503人”');
    expect((await resultPaths(page)).sort(), q).toEqual(['/practices/yuhuan-skills-to-capital/', '/practices/yuhuan-three-threes/']);
  }
});

test('送外卖的 finds the group’s pages as a full match, 黄岩’s 外卖员 among them, and says which group it searched', async ({ page }) => {
  await openSearch(page, '送外卖的');
  // Before, 送外卖 was searched as a word no page prints: the status said only some words matched.
  const status = page.locator('#search-status');
  await expect(status).toContainText('“送外卖”按目标群体“新就业形态从业人员”查找');
  await expect(status).not.toContainText('部分词语');
  expect((await resultPaths(page)).slice(0, 5)).toContain('/practices/huangyan-four-measures/');
});
