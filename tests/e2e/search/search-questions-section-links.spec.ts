/**
 * Questions as officials put them, readers' words, years ending a span, footnote numbers in excerpts, links to a
 * group's, region's or section's page, and 全部词语; in Chromium against the built site.
 */
import { expect, test } from '@playwright/test';
import { openSearch, resultPaths } from '../../support/search-page.ts';

test('a question put as officials put it (哪个县是…, 玉环是怎么做的) searches its subject, with no correction to a word it never typed', async ({ page }) => {
  await openSearch(page, '有没有哪个县是通过职业学校和企业联合办学来培养技术工人的');
  await expect(page.getByText('您是不是要找')).toHaveCount(0);
  expect((await resultPaths(page)).slice(0, 5)).toContain('/practices/xianju-government-school-enterprise/');
  await openSearch(page, '玉环是怎么做的');
  // Before, 玉环是 was one word found nowhere, and the list opened with pages that do not name 玉环.
  for (const path of (await resultPaths(page)).slice(0, 3)) expect(path).toMatch(/^\/practices\/yuhuan-/);
  await expect(page.getByRole('status').first()).not.toContainText('不含');
});

test('职高 and 看病贵, as readers say them, find 仙居’s 职业中专 and the plans’ 减轻群众就医负担', async ({ page }) => {
  await openSearch(page, '职高');
  expect((await resultPaths(page)).slice(0, 5)).toContain('/practices/xianju-government-school-enterprise/');
  await openSearch(page, '看病贵');
  expect((await resultPaths(page)).slice(0, 5)).toEqual(expect.arrayContaining(['/plans/taizhou-action-plan/', '/plans/qingtian-action-plan/']));
});

test('a year at the end of a span is found: 2023 in 台州’s （2021—2023年）, 2035 in （2020-2035）', async ({ page }) => {
  for (const q of ['2023', '2021—2023年', '2035']) {
    await openSearch(page, q);
    expect((await resultPaths(page))[0], q).toBe('/plans/taizhou-action-plan/');
    await expect(page.getByRole('status').first(), q).not.toContainText('都不含');
  }
});

test('a footnote’s number is no part of an excerpt: 集成“1+4+6+X”功能, not “1+4+6+X”1功能', async ({ page }) => {
  await openSearch(page, '部门协同');
  const sanmen = page.locator('[data-results] > li').filter({ has: page.locator('a[href$="/practices/sanmen-five-helps/"]') });
  await expect(sanmen.locator('.result-excerpt')).toContainText('“1+4+6+X”功能');
  // The footnote is still on the page, and its text is still found.
  await sanmen.locator('a').first().click();
  await expect(page.locator('a[data-footnote-ref]').first()).toHaveText('1');
});

test('a query naming a group, a region or a section of the site leads to its page, above the results', async ({ page }) => {
  await openSearch(page, '产业工人 玉环');
  const sections = page.locator('[data-sections]');
  await expect(sections).toHaveText('相关栏目：目标群体：技术工人、地区：玉环市');
  await sections.getByRole('link', { name: '目标群体：技术工人' }).click();
  await expect(page).toHaveURL(/\/groups\/technical-workers\/$/);
  await openSearch(page, '数据对比');
  await page.locator('[data-sections]').getByRole('link', { name: '数据对比' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('数据对比');
  // A query naming none says nothing of the kind.
  await openSearch(page, '怎么增收');
  await expect(page.locator('[data-sections]')).toBeHidden();
});

test('职业培训券: the pages with 职业 and 培训 are not said to have every word typed; the one with 职业培训券 comes first', async ({ page }) => {
  await openSearch(page, '职业培训券');
  expect((await resultPaths(page))[0]).toBe('/practices/taizhou-integrated-reform/');
  const status = page.getByRole('status').first();
  await expect(status).not.toContainText('全部词语');
  await expect(status).toContainText('同时包含“职业”、“培训”');
});

test('an issue’s page is not found by its practices’ figure cards, which Pagefind ran together (实现收益（2020年）63个 三门…)', async ({ page }) => {
  await openSearch(page, '三门消薄飞地项目带动增收村');
  const paths = await resultPaths(page);
  expect(paths[0]).toBe('/practices/wenling-mountain-sea/');
  for (const li of await page.locator('[data-results] > li').all()) await expect(li.locator('.result-excerpt')).not.toContainText('）63个');
});

test('第2期, an issue the site does not have: the page says so and lists the issues there are', async ({ page }) => {
  await openSearch(page, '第2期');
  // Before, the page said only that nothing was found, and offered the places the site covers.
  await expect(page.locator('#search-status')).toContainText('没有找到');
  const note = page.locator('[data-missing-issue]');
  await expect(note).toBeVisible();
  await expect(note).toContainText('本站没有第2期简报。收录的3期：');
  await expect(note.getByRole('link', { name: '《台州共富工作简报（实践创新）》第3期（2021年9月30日）' })).toHaveAttribute('href', /\/briefings\/taizhou-2021-09-30\/$/);
  await expect(note.getByRole('link', { name: '《台州共富工作简报》（期号未注明，2022年1月25日）' })).toBeVisible();
  await note.getByRole('link', { name: '工作简报列表' }).click();
  await expect(page).toHaveURL(/\/briefings\/$/);
});

test('简报第5期 lists the other issues and says there is no 第5期; 第3期, which the site has, says nothing of it', async ({ page }) => {
  await openSearch(page, '简报第5期');
  await expect(page.locator('[data-missing-issue]')).toContainText('本站没有第5期简报');
  await openSearch(page, '第3期');
  expect(await resultPaths(page)).toEqual(['/briefings/taizhou-2021-09-30/']);
  await expect(page.locator('[data-missing-issue]')).toBeHidden();
});
