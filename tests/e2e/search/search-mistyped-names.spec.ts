/**
 * A name of the site mistyped beside a word found (colloquial queries of county officials and older readers); in
 * Chromium against the built site.
 */
import { expect, test } from '@playwright/test';
import { openSearch, resultPaths } from '../../support/search-page.ts';

test('a name of the site mistyped beside a word found is searched as the name, as the status says', async ({ page }) => {
  // 黄严: the pinyin input method's 严 for 岩; 技工 is found as typed, so 黄严技工 used to list every page on 技术工人,
  // the city's reform first, without a word about 黄岩.
  await openSearch(page, '黄严技工');
  await expect(page.getByRole('status').first()).toHaveText(/^没有找到“黄严技工”，已按“黄岩技工”搜索。/);
  expect((await resultPaths(page))[0]).toBe('/practices/huangyan-four-measures/');
  // 新就业型态 (型 for 形): the group's name is searched, and the two plans that name it come first, not the pages
  // with 就业 alone.
  await openSearch(page, '新就业型态');
  await expect(page.getByRole('status').first()).toHaveText(/^没有找到“新就业型态”，已按“新就业形态”搜索。/);
  expect((await resultPaths(page)).slice(0, 2).sort()).toEqual(['/plans/qingtian-action-plan/', '/plans/taizhou-action-plan/']);
  // A name of the texts, not of the dictionary, is still only offered (共富工房 keeps the pages with 共富), and a
  // word in itself is no typo (温州 is not 温岭).
  await openSearch(page, '共富工房');
  await expect(page.locator('[data-did-you-mean]')).toHaveText('您是不是要找：共富工坊？');
  await openSearch(page, '温州 就业');
  await expect(page.getByRole('status').first()).not.toContainText('已按');
});

test('words the reader meant are searched as typed, not as a name of the site one character away', async ({ page }) => {
  // 乡村医生 (village doctors) is 乡村|医生, whole words; 乡村学生, a group of the dictionary, differs in a whole word
  // (医生 for 学生) that the plans print (家庭医生): the reader asked about doctors, not pupils.
  for (const q of ['乡村医生', '农村医生']) {
    await openSearch(page, q);
    await expect(page.getByRole('status').first()).toContainText(`与“${q}”相关的内容`);
    await expect(page.getByRole('status').first()).not.toContainText('已按');
    // Nor offered as 您是不是要找, once the offer worked out after the results has had its searches.
    await page.waitForLoadState('networkidle');
    await expect(page.locator('[data-did-you-mean]')).toBeEmpty();
  }
  // A wrong homophone that is a word too, but one the site prints nowhere, is still the input method's slip.
  await openSearch(page, '社会求助');
  await expect(page.getByRole('status').first()).toHaveText(/^没有找到“社会求助”，已按“社会救助”搜索。/);
});
