/**
 * Typos offered or searched corrected from the texts, the preview's 您是不是要找, and the count words of a filtered
 * list; in Chromium against the built site.
 */
import { expect, test, type Page } from '@playwright/test';
import { typeInHeaderBox } from '../../support/header-search.ts';

async function openSearch(page: Page, q: string): Promise<void> {
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
}

const offered = (page: Page) => page.locator('[data-did-you-mean]').getByRole('link');

test('a typo one character from a word the texts use is offered, or searched corrected, though no list of names holds the word', async ({ page }) => {
  // 技能津帖: 玉环 is found as typed; the texts say 技能津贴, which no list of names holds.
  for (const [typo, word] of [['技能津帖 玉环', '技能津贴 玉环']] as const) {
    await openSearch(page, typo);
    await expect(offered(page), typo).toHaveText(word);
    await expect(offered(page)).toHaveAttribute('href', `/search/?q=${encodeURIComponent(word)}`);
  }
  // 低收人 (the segmenter cuts it into characters) beside 农户 found as typed: 低收入农户 is a target group's name, so
  // it is searched instead, as the status says (search-review-7), rather than only offered.
  for (const [typo, word] of [['低收人农户', '低收入农户'], ['高校必业生', '高校毕业生']] as const) {
    await openSearch(page, typo);
    await expect(page.getByRole('status').first(), typo).toHaveText(new RegExp(`^没有找到“${typo}”，已按“${word}”搜索。`));
  }
  // 技能津帖 finds only pieces of itself (技能): the word the texts print is searched instead, as the status says.
  await openSearch(page, '技能津帖');
  await expect(page.getByRole('status').first()).toHaveText(/^没有找到“技能津帖”，已按“技能津贴”搜索。找到\d+篇与“技能津贴”相关的内容。$/);
  await expect(page.locator('[data-results] > li .result-excerpt').first()).toContainText('技能津贴');
  // A word typed right is offered nothing.
  await openSearch(page, '低收入农户');
  await expect(offered(page)).toHaveCount(0);
});

test('the header’s preview offers “您是不是要找” as the search page does, and a new query clears it', async ({ page }) => {
  const { panel } = await typeInHeaderBox(page, '/practices/tiantai-heying/', '共富工房');
  // 共富 is found as typed, so results are listed; the name the texts use comes after them.
  const link = panel.getByRole('link', { name: '共富工坊' });
  await expect(link).toBeVisible();
  await expect(panel.getByText(/^您是不是要找：共富工坊？$/)).toBeVisible();
  await expect(link).toHaveAttribute('href', `/search/?q=${encodeURIComponent('共富工坊')}`);
  await link.click();
  await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('共富工坊')}`);
  await page.goBack();
  const again = await typeInHeaderBox(page, '/practices/tiantai-heying/', '技能津帖 玉环');
  await expect(again.panel.getByRole('link', { name: '技能津贴 玉环' })).toBeVisible();
  await again.box.fill('');
  await again.box.pressSequentially('股权激励');
  await expect(again.panel.getByRole('status')).toHaveText(/找到\d+篇与“股权激励”相关的内容/);
  await expect(again.panel.getByText(/您是不是要找/)).toHaveCount(0);
});

test('a search filtered to practices counts them as the site does: N 个案例, not N 篇', async ({ page }) => {
  await openSearch(page, '技术工人');
  await expect(page.getByRole('status').first()).toHaveText(/^找到\d+篇与“技术工人”相关的内容/);
  await page.getByRole('group', { name: '类型' }).getByRole('checkbox', { name: /^案例/ }).check();
  const status = page.getByRole('status').first();
  await expect(status).toHaveText(/^找到(\d+)个与“技术工人”相关的案例（类型：案例）。/);
  const n = Number(/找到(\d+)个/.exec((await status.textContent())!)![1]);
  await expect(page.locator('[data-results] > li')).toHaveCount(n);
  // Browsing practices without a query too.
  await page.goto('/search/?kind=%E6%A1%88%E4%BE%8B');
  await expect(page.getByRole('status').first()).toHaveText(/^共\d+个案例（类型：案例）。$/);
});
