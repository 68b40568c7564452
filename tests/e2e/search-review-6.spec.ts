/**
 * The sixth search review (a county official's and a reader's queries), in Chromium against the built site: each
 * test failed before its fix.
 */
import { expect, test, type Page } from '@playwright/test';

async function openSearch(page: Page, q: string): Promise<void> {
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
}

const offered = (page: Page) => page.locator('[data-did-you-mean]').getByRole('link');

test('a typo one character from a word the texts use is offered, or searched corrected, though no list of names holds the word', async ({ page }) => {
  // 低收人: the segmenter cuts it into characters, 农户 is found as typed; the texts say 低收入农户.
  for (const [typo, word] of [['低收人农户', '低收入农户'], ['高校必业生', '高校毕业生']] as const) {
    await openSearch(page, typo);
    await expect(offered(page), typo).toHaveText(word);
    await expect(offered(page)).toHaveAttribute('href', `/search/?q=${encodeURIComponent(word)}`);
  }
  // 技能津帖 finds only pieces of itself (技能): the word the texts print is searched instead, as the status says.
  await openSearch(page, '技能津帖');
  await expect(page.getByRole('status').first()).toHaveText(/^没有找到“技能津帖”，已按“技能津贴”搜索。找到 \d+ 篇与“技能津贴”相关的内容。$/);
  await expect(page.locator('[data-results] > li .result-excerpt').first()).toContainText('技能津贴');
  // A word typed right is offered nothing.
  await openSearch(page, '低收入农户');
  await expect(offered(page)).toHaveCount(0);
});
