/**
 * Pinyin being composed in an input method, spoken fillers, a pasted paragraph over the cap, and shared links that
 * filter by another name of a value; in Chromium against the built site.
 */
import { expect, test, type Page } from '@playwright/test';
import { openSearch, resultPaths } from '../../support/search-page.ts';

/** Types `pinyin` letter by letter as an input method composes it (the letters stand in the box, underlined). */
async function compose(page: Page, pinyin: string): Promise<(text: string) => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 1; i <= pinyin.length; i++) {
    const text = pinyin.slice(0, i);
    await cdp.send('Input.imeSetComposition', { text, selectionStart: i, selectionEnd: i });
  }
  // Choosing the characters commits them and ends the composition.
  return async (text: string) => void (await cdp.send('Input.insertText', { text }));
}

test('the header preview does not search the pinyin an input method is composing, only the characters chosen', async ({ page }) => {
  await page.goto('/');
  const box = page.locator('header input[name="q"]');
  await box.click();
  const commit = await compose(page, 'jishu');
  await expect(box).toHaveValue('jishu');
  const panel = page.locator('header [data-search-panel]');
  // Longer than the typing delay: a preview of “jishu” would be open by now.
  await page.waitForTimeout(1000);
  await expect(panel).toBeHidden();
  await commit('技术');
  await expect(panel.getByRole('status')).toHaveText(/^找到\d+篇与“技术”相关的内容。/);
  await expect(panel.getByRole('status')).not.toContainText('jishu');
});

test('the search page neither searches nor puts in the address the pinyin being composed; one history entry for the word', async ({ page }) => {
  await page.goto('/search/');
  const box = page.locator('main input[name="q"]');
  await box.click();
  const commit = await compose(page, 'guquan');
  await page.waitForTimeout(1000);
  expect(new URL(page.url()).search).toBe('');
  await expect(page.getByRole('status').first()).not.toContainText('guquan');
  await commit('股权激励');
  await expect(page).toHaveURL(/\?q=%E8%82%A1%E6%9D%83%E6%BF%80%E5%8A%B1$/);
  await expect(page.getByRole('status').first()).toHaveText(/^找到\d+篇与“股权激励”相关的内容。/);
  expect((await resultPaths(page))[0]).toBe('/practices/yuhuan-skills-to-capital/');
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/$/);
});

test('a query spoken with hesitations (呃, 那个, 的事) is searched for its words, and the status names no filler as missing', async ({ page }) => {
  await openSearch(page, '我想看一下三门那个救助码');
  await expect(page.getByRole('status').first()).toHaveText(/^找到\d+篇与“我想看一下三门那个救助码”相关的内容。/);
  expect((await resultPaths(page))[0]).toBe('/practices/sanmen-five-helps/');
  await openSearch(page, '呃那个股权激励的事');
  await expect(page.getByRole('status').first()).toHaveText(/^找到3篇与“呃那个股权激励的事”相关的内容。$/);
  expect((await resultPaths(page))[0]).toBe('/practices/yuhuan-skills-to-capital/');
});

test('a pasted paragraph longer than the cap says it was cut, also where the cut falls beside a space (2.58 万人次)', async ({ page }) => {
  const pasted =
    '三是评级提薪，实现技能增酬。开展职业技能提升行动，2021 年共发放职业技能提升行动资金 2568.85万元，完成职业技能培训 2.58 万人次，发证 2.27 万人，新增高技能人才';
  await openSearch(page, pasted);
  await expect(page.getByRole('status').first()).toContainText('只搜索了查询词的前64个字。');
  expect((await resultPaths(page))[0]).toBe('/practices/yuhuan-skills-to-capital/');
  // The same in the header's preview, pasted on another page.
  await page.goto('/practices/tiantai-heying/');
  await page.locator('header input[name="q"]').fill(pasted);
  await expect(page.locator('header [data-search-panel]').getByRole('status')).toContainText('只搜索了查询词的前64个字。');
});

test('a shared link that filters by another name of a value (group=技工, region=玉环) lists the value’s pages, under its name', async ({ page }) => {
  await page.goto(`/search/?group=${encodeURIComponent('技工')}&region=${encodeURIComponent('玉环')}`);
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  await expect(page.getByRole('status').first()).toHaveText('共3篇（地区：玉环市；目标群体：技术工人）。');
  await expect(page.getByRole('button', { name: '目标群体：技术工人（移除筛选）' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^技术工人/ })).toBeChecked();
  expect(decodeURIComponent(new URL(page.url()).search)).toBe('?region=玉环市&group=技术工人');
  // The id of a group's own page (/groups/technical-workers/) filters by that group too.
  await page.goto('/search/?group=technical-workers');
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  await expect(page.getByRole('status').first()).toHaveText('共9篇（目标群体：技术工人）。');
});
