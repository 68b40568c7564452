/**
 * Characters glued to a word by the segmenter, spoken figures, a plan's own excerpt, and readers' words named with
 * the word they stand for; in Chromium against the built site.
 */
import { expect, test } from '@playwright/test';
import { openSearch, resultPaths } from '../../support/search-page.ts';

test('a character the segmenter glued to a word is not “corrected” into another word (让工人 → 打工人, 农民变 → 农民工)', async ({ page }) => {
  for (const q of ['有没有让工人持股的做法', '农民变股民']) {
    await openSearch(page, q);
    await expect(page.getByRole('status').first(), q).not.toContainText('已按');
    await expect(page.getByText('您是不是要找'), q).toHaveCount(0);
  }
  expect((await resultPaths(page))[0]).toBe('/practices/tiantai-heying/');
});

test('校企合作 finds 仙居’s 政校企 first; 十万平方米 finds 椒江’s 10万平方米 and says nothing is without it', async ({ page }) => {
  await openSearch(page, '校企合作');
  expect((await resultPaths(page))[0]).toBe('/practices/xianju-government-school-enterprise/');
  await openSearch(page, '孵化面积十万平方米');
  expect(await resultPaths(page)).toEqual(['/practices/jiaojiang-talent/']);
  await expect(page.getByRole('status').first()).not.toContainText('不含');
  await expect(page.locator('[data-results] > li').first().locator('mark').filter({ hasText: '10万平方米' })).toHaveCount(1);
});

test('a plan’s excerpt is its own text, not the site’s table of groups and responsible units', async ({ page }) => {
  for (const q of ['外卖小哥', '2025年市场主体', '个体户']) {
    await openSearch(page, q);
    const plan = page.locator('[data-results] > li').filter({ has: page.locator('a[href$="/plans/qingtian-action-plan/"]') });
    await expect(plan, q).toHaveCount(1);
    await expect(plan, q).not.toContainText('本站归入群体');
    await expect(plan, q).not.toContainText('分群体举措与责任单位');
  }
});

test('a reader’s word for what the texts print otherwise is named with the word it stands for, which the excerpts highlight', async ({ page }) => {
  await openSearch(page, '讨薪');
  await expect(page.getByRole('status').first()).toContainText('“讨薪”也按“欠薪”查找。');
  await expect(page.locator('[data-results] > li').first().locator('mark').filter({ hasText: '欠薪' }).first()).toBeVisible();
  await openSearch(page, '看病贵');
  await expect(page.getByRole('status').first()).toContainText('“看病贵”也按“就医负担”查找。');
});
