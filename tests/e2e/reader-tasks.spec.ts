import { expect, test } from '@playwright/test';

// Readers' tasks done end to end (a county official finding practices to copy, comparing figures, citing an issue),
// and what each step shows them. Each test is a friction a review found on the way.

test('a group page’s “按地区浏览” leads to the list of regions, not to one city', async ({ page }) => {
  await page.goto('/groups/low-income-farmers/');
  await page.getByRole('main').getByRole('link', { name: '按地区浏览', exact: true }).click();
  await expect(page).toHaveURL(/\/regions\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('按地区浏览');
});
