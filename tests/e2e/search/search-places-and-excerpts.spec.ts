/**
 * Places typed in a query, briefings found by their note or title and the excerpt they show, and everyday words for
 * jobs and typos that are words; in Chromium against the built site.
 */
import { expect, test } from '@playwright/test';
import { openSearch, resultPaths } from '../../support/search-page.ts';

test('a place typed weighs, and the status names the words the best page has when none has them all', async ({ page }) => {
  await openSearch(page, '农民工欠薪怎么治理 青田');
  expect((await resultPaths(page))[0]).toBe('/plans/qingtian-action-plan/');
  await expect(page.getByRole('status').first()).toContainText('其中1篇同时包含“农民工”、“欠薪”、“治理”。');
});

test('为什么选台州 lists the briefing whose editor’s note answers it among the first five, showing the note', async ({ page }) => {
  await openSearch(page, '为什么选台州');
  const paths = await resultPaths(page);
  const at = paths.indexOf('/briefings/taizhou-2022-01-25/');
  expect(at).toBeGreaterThanOrEqual(0);
  expect(at).toBeLessThan(5);
  await expect(page.locator('[data-results] > li').nth(at).locator('.result-excerpt')).toContainText('台州作为制造业大市');
});

test('a briefing found by a word of its title shows its text, not its masthead fields', async ({ page }) => {
  await openSearch(page, '台州共富工作简报');
  const briefings = page.locator('[data-results] > li').filter({ has: page.locator('a[href*="/briefings/"]') });
  await expect(briefings).toHaveCount(3);
  for (const excerpt of await briefings.locator('.result-excerpt').all()) await expect(excerpt).not.toContainText(/刊名|期号|编发单位/);
});

test('哪里能找工作 finds the pages on 就业; 安家补帖 is searched as 安家补贴', async ({ page }) => {
  await openSearch(page, '哪里能找工作');
  await expect(page.getByRole('status').first()).not.toContainText('部分词语');
  expect((await resultPaths(page))[0]).toBe('/practices/wenling-employment/');
  await openSearch(page, '安家补帖');
  await expect(page.getByRole('status').first()).toHaveText(/^没有找到“安家补帖”，已按“安家补贴”搜索。/);
  expect(await resultPaths(page)).toEqual(['/practices/jiaojiang-talent/']);
});
