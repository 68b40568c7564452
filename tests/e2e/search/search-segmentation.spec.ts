/**
 * Word boundaries of the index and the query (src/lib/search/segment.ts), as a reader sees them: a policy compound that
 * ICU cuts across a word boundary (人均可支配收入: 人|均可|支配|收入) is found, highlighted and named whole.
 */
import { expect, test } from '@playwright/test';
import { openSearch, resultPaths } from '../../support/search-page.ts';

test('居民人均可支配收入 highlights 人均可支配收入 whole on the 天台 page, not 人 apart from 均可支配收入', async ({ page }) => {
  await openSearch(page, '居民人均可支配收入');
  const tiantai = page.locator('[data-results] > li').filter({ has: page.locator('a[href$="/practices/tiantai-heying/"]') });
  const marks = await tiantai.locator('.result-excerpt mark').allTextContents();
  expect(marks).toContain('人均可支配收入');
  expect(marks).not.toContain('均可支配收入');
});

test('农村居民人均可支配收入 does not name 支配, a piece of ICU’s cut, as a word the pages share', async ({ page }) => {
  await openSearch(page, '农村居民人均可支配收入');
  const status = page.locator('main [role="status"]').first();
  await expect(status).toContainText('农村居民人均可支配收入');
  await expect(status).not.toContainText('“支配”');
  await expect(page.locator('[data-results] > li').first().locator('a')).toHaveAttribute('href', /\/plans\/qingtian-action-plan\/$/);
});

test('O2O is one word, as the index reads it, not the figure 2 beside a letter: no page has it, and none is listed', async ({ page }) => {
  await openSearch(page, 'O2O');
  // Before, 2 and o were searched apart: eleven pages were listed, one said to hold every word.
  await expect(page.locator('[data-status]')).toHaveText('没有找到与“O2O”相关的内容。');
  await expect(page.locator('[data-results] > li')).toHaveCount(0);
  await expect(page.locator('[data-empty]')).toBeVisible();
});

test('90后 is an age cohort: 青田’s plan, which prints 8090 后, is listed, not 台州’s plan for its 90万户', async ({ page }) => {
  await openSearch(page, '90后');
  // Before, the number 90 was searched alone and found 90万户: 台州's plan ranked above 青田's.
  expect(await resultPaths(page)).toEqual(['/plans/qingtian-action-plan/']);
  await expect(page.locator('[data-results] > li').first().locator('mark').first()).toHaveText('8090 后');
});
