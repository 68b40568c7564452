import { expect, test } from '@playwright/test';

// Readers' tasks done end to end (a county official finding practices to copy, comparing figures, citing an issue),
// and what each step shows them. Each test is a friction a review found on the way.

test('a group page’s “按地区浏览” leads to the list of regions, not to one city', async ({ page }) => {
  await page.goto('/groups/low-income-farmers/');
  await page.getByRole('main').getByRole('link', { name: '按地区浏览', exact: true }).click();
  await expect(page).toHaveURL(/\/regions\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('按地区浏览');
});

test('an issue page names the issues before and after as they are cited, with one pair of brackets', async ({ page }) => {
  await page.goto('/briefings/taizhou-2021-09-30/');
  const nav = page.getByRole('navigation', { name: '前后各期' });
  await expect(nav.getByRole('link')).toHaveText('下一期：《台州共富工作简报》（期号未注明，2021年12月1日） →');
  await page.goto('/briefings/taizhou-2021-12-01/');
  await expect(nav.getByRole('link', { name: /上一期/ })).toHaveText('← 上一期：《台州共富工作简报》第3期（2021年9月30日）');
  await expect(nav.getByRole('link', { name: /下一期/ })).toHaveText('下一期：《台州共富工作简报》（期号未注明，2022年1月25日） →');
});

test('a city page lists its counties with their practices and plans, as the home page does, without brackets in brackets', async ({ page }) => {
  await page.goto('/regions/lishui/');
  const counties = page.getByRole('region', { name: '所辖县（市、区）' });
  // 青田县's plan is one click from 丽水市's page, which has none of its own.
  await expect(counties.getByRole('listitem').filter({ hasText: '青田县' })).toHaveText('青田县 0 个案例、1 份方案');
  await expect(counties.getByRole('listitem').filter({ hasText: '景宁' })).toHaveText('景宁畲族自治县 0 个案例（协作 1 个）');
  await page.goto('/regions/taizhou/');
  await expect(page.getByRole('region', { name: '所辖县（市、区）' })).not.toContainText('））');
});
