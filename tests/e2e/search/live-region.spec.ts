/**
 * What a screen reader hears from the search status (a polite live region, role=status): one sentence per search, the
 * result, not “正在搜索…” first and the result a moment later; a search that takes long still says it is under way.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

/** Records each text the live region takes from now on (what a screen reader would be told), in order. */
async function recordAnnouncements(region: Locator): Promise<() => Promise<string[]>> {
  await region.evaluate((el) => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => said.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
  });
  return () => region.page().evaluate(() => (window as unknown as { said: string[] }).said);
}

/** Delays every request for the search index by `ms`, as on a slow connection. */
const slowIndex = (page: Page, ms: number) =>
  page.route('**/pagefind/**', async (route) => {
    await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });

test.describe('the search page', () => {
  const status = (page: Page) => page.getByRole('status').filter({ hasText: /./ }).first();

  test('a search is announced once, with its result', async ({ page }) => {
    await page.goto('/search/');
    const box = page.getByRole('searchbox', { name: '搜索关键词' });
    // The index loaded, and this query's pieces of it fetched once: the search below takes no time to speak of.
    await box.fill('股权激励');
    await expect(status(page)).toContainText('股权激励');
    await box.fill('');
    await expect(status(page)).toContainText('输入关键词搜索');
    const said = await recordAnnouncements(status(page));
    await box.fill('股权激励');
    await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false');
    await expect(status(page)).toContainText('股权激励');
    await page.waitForTimeout(1200);
    expect(await said()).toEqual([await status(page).textContent()]);
  });

  test('a slow search says it is under way, after a moment, then its result', async ({ page }) => {
    await page.goto('/search/');
    await expect(status(page)).toContainText('输入关键词搜索');
    await slowIndex(page, 2500);
    const said = await recordAnnouncements(status(page));
    await page.getByRole('searchbox', { name: '搜索关键词' }).fill('山海协作');
    await expect(status(page)).toHaveText('正在搜索…', { timeout: 2000 });
    await expect(status(page)).toContainText('山海协作', { timeout: 15_000 });
    expect(await said()).toEqual(['正在搜索…', await status(page).textContent()]);
  });
});

test.describe('the header box', () => {
  test('a search is announced once, with its result', async ({ page }) => {
    await page.goto('/practices/tiantai-heying/');
    const box = page.getByRole('combobox', { name: '搜索案例、方案和简报' });
    const panel = page.getByRole('dialog', { name: '搜索结果预览' });
    const status = page.locator('[data-search-panel] [data-status]');
    await box.click();
    await box.pressSequentially('股权激励');
    await expect(status).toContainText('篇');
    await box.fill('');
    await expect(panel).toBeHidden();
    const said = await recordAnnouncements(status);
    await box.pressSequentially('股权激励');
    await expect(panel.getByRole('list').first()).toHaveAttribute('aria-busy', 'false');
    await page.waitForTimeout(1200);
    expect(await said()).toEqual([await status.textContent()]);
  });

  test('a slow search says it is under way, after a moment, then its result', async ({ page }) => {
    // Each file of the index comes late, and the first search fetches several in turn.
    test.setTimeout(60_000);
    await page.goto('/practices/tiantai-heying/');
    await slowIndex(page, 1200);
    const box = page.getByRole('combobox', { name: '搜索案例、方案和简报' });
    // The preview's status exists (hidden) before the first search: the recording starts before anything is said.
    const status = page.locator('[data-search-panel] [data-status]');
    await box.click();
    const said = await recordAnnouncements(status);
    await box.pressSequentially('山海协作');
    await expect(status).toHaveText('正在搜索…', { timeout: 3000 });
    await expect(status).toContainText('篇', { timeout: 40_000 });
    expect(await said()).toEqual(['正在搜索…', await status.textContent()]);
  });
});
