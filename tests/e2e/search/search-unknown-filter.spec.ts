/**
 * A link that filters by a value the site does not have (/search/?group=火箭, a mistyped or outdated link): the page
 * says that the value is unknown, offers the values there are and a way to drop the filter, not only "nothing found".
 */
import { expect, test } from '@playwright/test';

const ready = async (page: import('@playwright/test').Page, path: string) => {
  await page.goto(path);
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
};

test('group=火箭: the status names the unknown group; the values there are and the way out are offered as links', async ({ page }) => {
  await ready(page, '/search/?group=火箭');
  await expect(page.locator('[data-status]')).toHaveText('本站的目标群体中没有“火箭”，所以没有内容。请从下方列出的目标群体中选择，或移除这项筛选。');
  const offer = page.locator('[data-empty-filters]');
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('目标群体可选：');
  // A value offered replaces the unknown one; the filter can be dropped.
  await offer.getByRole('link', { name: '技术工人', exact: true }).click();
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  expect(decodeURIComponent(new URL(page.url()).search)).toBe('?group=技术工人');
  await expect(page.locator('[data-status]')).toHaveText(/^共\d+篇（目标群体：技术工人）。$/);
});

test('a query with an unknown region says so, and removing the filter lists what the words find', async ({ page }) => {
  await ready(page, '/search/?q=技术工人&region=深圳');
  await expect(page.locator('[data-status]')).toHaveText(/^本站的地区中没有“深圳”，所以没有内容。.*不限筛选条件时有\d+篇。$/);
  const offer = page.locator('[data-empty-filters]');
  await expect(offer).toContainText('地区可选：');
  await expect(offer.getByRole('link', { name: '玉环市', exact: true })).toHaveAttribute('href', /\?q=%E6%8A%80%E6%9C%AF%E5%B7%A5%E4%BA%BA&region=%E7%8E%89%E7%8E%AF%E5%B8%82$/);
  await offer.getByRole('link', { name: '移除筛选“地区：深圳”' }).click();
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=技术工人');
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
});

test('a known value with no pages (a year with nothing) keeps the plain empty state: it is not called unknown', async ({ page }) => {
  await ready(page, '/search/?year=1999');
  await expect(page.locator('[data-status]')).toHaveText('没有内容（年份：1999）。');
  await expect(page.locator('[data-empty-filters]')).toBeHidden();
});
