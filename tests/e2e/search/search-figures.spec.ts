/**
 * The search page builds its results in the browser: a figure in a result's title, its meta line's date (2021年9月30日),
 * excerpt or the status (4.6 亿元, 2568.85万元, 找到15篇) is read whole on a phone, never 4.6|亿元 or 2021|年 across two lines, highlighted or not.
 * Measured as figures-on-one-line.spec.ts does: the line each character of each figure is on, here over an element's
 * whole text, since a highlight (<mark>) may cut a figure into several text nodes.
 */
import { expect, test, type Page } from '@playwright/test';
import { figureOffsets } from '../../support/figure-offsets.ts';
import { openSearch } from '../../support/search-page.ts';

/** The figures of each result title, excerpt and status that lie across two lines. */
async function splitFigures(page: Page): Promise<{ figures: number; split: string[] }> {
  const blocks = page.locator('#search-status, [data-results] .result-title, [data-results] .result-meta, [data-results] .result-excerpt');
  const texts = await blocks.evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  const figures = figureOffsets(texts);
  const split = await blocks.evaluateAll((els, figs) => {
    return figs.flatMap(({ text: block, start, end }) => {
      const el = els[block]!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const tops: number[] = [];
      let at = 0;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        for (let i = Math.max(start, at); i < Math.min(end, at + n.data.length); i++) {
          const range = document.createRange();
          range.setStart(n, i - at);
          range.setEnd(n, i - at + 1);
          const r = range.getBoundingClientRect();
          if (r.width > 0 && n.data[i - at]!.trim()) tops.push(r.top);
        }
        at += n.data.length;
      }
      return tops.length && Math.max(...tops) - Math.min(...tops) > 8 ? [(el.textContent ?? '').slice(start, end)] : [];
    });
  }, figures);
  return { figures: figures.length, split };
}

for (const width of [320, 375]) {
  test(`at ${width} px the search results keep each figure on one line`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    let figures = 0;
    // Figures highlighted (a figure typed), beside a highlight, and in titles and excerpts of every kind of page.
    // 台州 lists the pages of 台州市（市本级）, whose meta line is the longest (案例 · 台州市（市本级） · 2021年12月1日).
    for (const q of ['亿元', '2568.85万元', '4.6亿元', '技术工人', '万人次', '2021年', '资金', '台州']) {
      await openSearch(page, q);
      const found = await splitFigures(page);
      figures += found.figures;
      expect(found.split, `${q}: figures split across two lines`).toEqual([]);
    }
    expect(figures, 'figures measured').toBeGreaterThan(20);
  });
}

test('a highlight inside a figure stays one <mark> within the figure', async ({ page }) => {
  await openSearch(page, '2568.85万元');
  const mark = page.locator('[data-results] .result-excerpt mark').filter({ hasText: '2568.85' }).first();
  await expect(mark).toHaveText(/^2568\.85\s*万元$/u);
  await expect(mark.locator('xpath=..')).toHaveClass('fig');
});

test('at 320 px the date of each result’s meta line is kept whole, as the site’s other dates are', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openSearch(page, '台州');
  const dates = page.locator('[data-results] .result-meta time');
  expect(await dates.count()).toBeGreaterThan(3);
  // Each date (2021年9月30日) is one .fig, which the stylesheet keeps on one line.
  const found = await dates.evaluateAll((ts) => ts.map((t) => ({ date: t.textContent, fig: t.querySelector('.fig')?.textContent ?? '' })));
  for (const { date, fig } of found) expect(fig, `${date}: in one .fig`).toBe(date);
});
