import { expect, test } from '@playwright/test';

/**
 * The site's own counts and ordinals are written as Chinese text writes them, with no spaces around the figure
 * (第3期, 12个案例, 共3份), and each is a figure kept on one line. Only the site's own words are checked here: the
 * documents' text keeps the spaces the originals print (建成驿站 56 个).
 */
const PAGES = [
  '/', '/practices/', '/practices/yuhuan-skills-to-capital/', '/briefings/', '/briefings/taizhou-2021-09-30/', '/plans/',
  '/plans/taizhou-action-plan/', '/groups/', '/groups/technical-workers/', '/regions/taizhou/', '/measures/',
  '/measures/equity-incentive/', '/metrics/', '/sources/',
];
/** Where the site writes a count or an ordinal of its own: headings, counts, leads, folded parts' toggles, the pager. */
const CHROME = 'h1, h2, .count, .lede, summary, .pages, .more, main > p:not([class])';
const SPACED = /(?:共|第|来自|收录的|全部|协作|最新的|最大的|时有|的前)\s+\d|\d\s+(?:个|项|篇|份|期|页|处|行)(?![\u4e00-\u9fff])/u;

for (const path of PAGES) {
  test(`${path}: the site's counts have no spaces around their figures`, async ({ page }) => {
    await page.goto(path);
    const texts = await page.locator('main').locator(CHROME).evaluateAll((els) =>
      // Quoted document text (a practice's title, a figure's sentence) is left out: it is printed as the original has it.
      els.map((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.metric-quote, .title, cite, q, blockquote').forEach((q) => q.remove());
        return copy.textContent!.replace(/\s+/g, ' ').trim();
      }),
    );
    expect(texts.length, path).toBeGreaterThan(0);
    expect(texts.filter((t) => SPACED.test(t)), path).toEqual([]);
  });
}

test('a measure page numbers a plan’s items as the plans do (第3项), the figure kept whole', async ({ page }) => {
  await page.goto('/measures/equity-incentive/');
  const item = page.locator('main li').filter({ hasText: '推进股权激励改革' }).first();
  await expect(item).toContainText('第3项：推进股权激励改革');
  await expect(item.locator('.fig', { hasText: '第3项' })).toHaveCount(1);
});
