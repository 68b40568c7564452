/**
 * A responsible unit as an official names it, with its level (县农业农村局, 市总工会): the plans list their units
 * without it (责任单位：…农业农村局、妇联), so the page that lists the unit is found, first, and the unit marked in it.
 */
import { expect, test } from '@playwright/test';
import { openSearch, resultPaths } from '../../support/search-page.ts';

test('县农业农村局 lists first the plan whose measures name 农业农村局 as responsible unit', async ({ page }) => {
  await openSearch(page, '县农业农村局');
  // Before, 县|农业|农村|局 were searched as words: 天台's practice about rural schools came first, and for 市总工会
  // the plan that lists 总工会 was not found at all.
  expect((await resultPaths(page))[0]).toBe('/plans/qingtian-action-plan/');
  await expect(page.locator('[data-results] > li').first().locator('mark').first()).toHaveText('农业农村局');
});

test('市总工会 finds the plan that lists 总工会 as responsible unit', async ({ page }) => {
  await openSearch(page, '市总工会');
  expect(await resultPaths(page)).toContain('/plans/qingtian-action-plan/');
});
