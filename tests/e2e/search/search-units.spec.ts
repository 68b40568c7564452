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

test('县人社局 finds the plan that prints 人力社保局 as a full match, and says which name it searched', async ({ page }) => {
  await openSearch(page, '县人社局');
  // Before, only 人社局 counted, which no page prints: the status said only some words matched.
  const status = page.locator('#search-status');
  await expect(status).toContainText('“县人社局”也按“人力社保局”查找');
  await expect(status).not.toContainText('部分词语');
  expect((await resultPaths(page))[0]).toBe('/plans/qingtian-action-plan/');
  await expect(page.locator('[data-results] > li').first().locator('mark').first()).toHaveText('人力社保局');
});

test('a department by its other name (市场监督管理局, 人民银行) finds the plan that lists it short', async ({ page }) => {
  for (const [typed, printed] of [['市场监督管理局', '市场监管局'], ['人民银行', '人行']] as const) {
    await openSearch(page, typed);
    expect((await resultPaths(page))[0]).toBe('/plans/qingtian-action-plan/');
    await expect(page.locator('[data-results] > li').first().locator('mark').first()).toHaveText(printed);
  }
});
