/**
 * “显示更多结果” on the search page, with the keyboard: the seed site has fewer pages than one page of results, so
 * this site is generated (src/bench/generate.ts, as the scale benchmark's corpus), 60 practices built from the seeds'
 * paragraphs. A browse by group fetches its results 30 at a time (src/scripts/search/engine.ts) and shows them 20 a
 * page (src/lib/search/pager.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { generateCorpus } from '../../../src/bench/generate.ts';
import { fixtureSite } from '../../support/fixture-site.ts';

test.describe.configure({ mode: 'serial' });

const site = fixtureSite('load-more');
let host = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  rmSync(site.content, { recursive: true, force: true });
  generateCorpus('content', site.content, 60, site.seeds);
  host = await site.build();
});

test.afterAll(() => site.close());

const titles = (page: Page) => page.getByRole('region', { name: '搜索结果' }).locator('.result-title a');
/** What the live status said since `watchStatus`, each change once. */
const statusChanges = (page: Page) => page.evaluate(() => (window as unknown as { said: string[] }).said);
const watchStatus = (page: Page) =>
  page.evaluate(() => {
    const status = document.querySelector('[data-status]')!;
    const w = window as unknown as { said: string[] };
    w.said = [];
    new MutationObserver(() => w.said.push(status.textContent ?? '')).observe(status, { childList: true, subtree: true, characterData: true });
  });

for (const [label, query] of [['a browse by group', 'group=technical-workers'], ['a query', 'q=技术工人']] as const) {
  test(`${label}: each press of 显示更多结果 moves focus to the first result it adds, says nothing again, and the last shows the rest`, async ({ page }) => {
    await page.goto(`${host}/search/?${query}`);
    const status = page.getByRole('status').filter({ hasText: /篇/ });
    await expect(status).toBeVisible();
    const total = Number((await status.innerText()).match(/(?:找到|共|显示最相关的)(\d+)篇/)![1]);
    expect(total, 'more results than a page shows').toBeGreaterThan(20);
    await expect(titles(page)).toHaveCount(20);
    await watchStatus(page);
    const more = page.getByRole('button', { name: '显示更多结果' });
    for (let shown = 20; shown < total; shown += 20) {
      await more.focus();
      await page.keyboard.press('Enter');
      await expect(titles(page)).toHaveCount(Math.min(total, shown + 20));
      // On the first result added: Tab goes on to the next one, Shift+Tab back to the one before it.
      await expect(titles(page).nth(shown)).toBeFocused();
    }
    // Every result is shown: the button is gone, rather than offering a page with nothing on it.
    await expect(more).toBeHidden();
    // The status still gives the count, unchanged: the live region did not announce the results again.
    expect(await statusChanges(page)).toEqual([]);
  });
}

test('with more issues than the search page names, a query for an issue the site lacks links to their list: the page does not grow with every issue', async ({ page }) => {
  await page.goto(`${host}/search/?q=${encodeURIComponent('第99期')}`);
  const note = page.locator('[data-missing-issue]');
  await expect(note).toBeVisible();
  await expect(note).toHaveText(/^本站没有第99期简报。收录的15期简报见工作简报列表。$/);
  await expect(note.getByRole('link')).toHaveCount(1);
});
