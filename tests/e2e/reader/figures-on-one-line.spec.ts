/**
 * A figure is read whole: on a phone, 2568.85万元 never ends one line with 2568.85 and starts the next with 万元 (nor
 * 4.7万|人, 2021|年). Measured where the browser put each character of each figure of the page's main text, in bodies,
 * figure tables, /metrics/ and lists of practices, and in titles wherever they are shown (h1, lists, citations, the
 * pager), ranges (2021-2025年) and dates (2021年9月30日) too. 640 px is a 1280 px window at 200% zoom. Holds with or
 * without Chinese fonts installed.
 */
import { expect, test, type Page } from '@playwright/test';
import { figureRuns } from '../../../src/lib/figure-runs.ts';
import { figureOffsets } from '../../support/figure-offsets.ts';

for (const path of ['/', '/groups/technical-workers/', '/groups/low-income-farmers/', '/measures/skills-training/', '/practices/yuhuan-skills-to-capital/', '/practices/taizhou-integrated-reform/', '/plans/qingtian-action-plan/', '/plans/taizhou-action-plan/', '/metrics/', '/practices/', '/briefings/taizhou-2021-09-30/', '/plans/', '/briefings/']) {
  for (const [width, zoom] of [[320, 1], [340, 1], [375, 1], [640, 1], [320, 2], [375, 2]] as const) {
    test(`${path} at ${width} px${zoom > 1 ? `, text at ${zoom * 100} %,` : ''} keeps each figure on one line`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      // Text enlarged as a phone's text-size setting does (quality.spec's 200 % test enlarges it the same way).
      if (zoom > 1) await page.evaluate((z) => (document.documentElement.style.fontSize = `${z * 100}%`), zoom);
      const split = await splitFigures(page);
      expect(split, 'figures split across two lines').toEqual([]);
    });
  }
}

/**
 * On paper too. A4 less the print margins (global.css, @page) leaves 178 mm, 673 px: a window that wide, in print
 * media, lays the page out as Chromium prints it. On /metrics/ a table's text cells give up their screen widths on
 * paper, and the 年份 column, squeezed to two characters, printed 20|25 and 年|份.
 */
for (const path of ['/metrics/', '/practices/jiaojiang-talent/', '/plans/qingtian-action-plan/', '/plans/taizhou-action-plan/', '/briefings/taizhou-2021-09-30/']) {
  test(`${path} on A4 paper keeps each figure on one line`, async ({ page }) => {
    await page.setViewportSize({ width: 673, height: 950 });
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    expect(await splitFigures(page), 'figures split across two lines').toEqual([]);
    // A bare year (the 年份 column's 2025, no unit to make it a figure) and a column's two-character heading (年份, 类型).
    const broken = await page.locator('main table').evaluateAll((tables) =>
      tables.flatMap((t) =>
        [...t.querySelectorAll('th, td')].flatMap((cell) => {
          const text = cell.textContent!.trim();
          if (!/^(?:\d{4}|\p{Script=Han}{2})$/u.test(text) || !cell.checkVisibility()) return [];
          const range = document.createRange();
          range.selectNodeContents(cell);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          return tops.size > 1 ? [text] : [];
        }),
      ),
    );
    expect(broken, 'years and headings of table columns split across two lines').toEqual([]);
  });
}

/** The figures of the page's main text that the browser broke across two lines. */
async function splitFigures(page: Page): Promise<string[]> {
  const texts = await page.locator('main').evaluate((main) => {
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const out: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push((n as Text).data);
    return out;
  });
  const figures = figureOffsets(texts);
  expect(figures.length, 'figures on the page').toBeGreaterThan(3);
  return page.locator('main').evaluate((main, figs) => {
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    return figs.flatMap(({ text: node, start, end }) => {
      const text = nodes[node]!;
      const hidden = text.parentElement?.closest('.visually-hidden') || !text.parentElement?.checkVisibility();
      if (hidden) return [];
      // The line each character is on: a figure split across lines has characters on two.
      const tops: number[] = [];
      let widths = 0;
      for (let i = start; i < end; i++) {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const r = range.getBoundingClientRect();
        if (r.width > 0 && text.data[i]!.trim()) tops.push(r.top);
        widths += r.width;
      }
      // A figure wider than a whole line of its heading (青田's “（2021-2025年）” in the h1 at 200 % on a phone) is broken
      // inside rather than make the page scroll sideways (global.css, h1 .fig): it cannot be kept whole.
      const heading = text.parentElement!.closest('h1');
      if (heading && widths > heading.clientWidth) return [];
      return Math.max(...tops) - Math.min(...tops) > 8 ? [text.data.slice(start, end)] : [];
    });
  }, figures);
}

/**
 * Whatever the width: counts the pages build in code strings (全部案例（17 个）, 共 N 页, N 项举措, 等 N 份, 更正 N 处,
 * 查看全部 N 个案例) are each in a .fig, as the counts written in templates are. A text node outside one holds none.
 */
for (const [path, selector] of [['/practices/', 'main h1'], ['/groups/technical-workers/', '#policy-h'], ['/practices/yuhuan-three-drives/', '.corrections summary'], ['/sources/', '.sources'], ['/metrics/', 'nav[aria-label="指标目录"]'], ['/sources/001_87f722b323f69c9e/', 'main h1']] as const) {
  test(`${path}: the counts of ${selector} are marked to stay on one line`, async ({ page }) => {
    await page.goto(path);
    const texts = await page.locator(selector).first().evaluate((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const out: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!(n as Text).parentElement!.closest('.fig, code')) out.push((n as Text).data);
      return out;
    });
    expect(texts.join('').length, 'text found').toBeGreaterThan(2);
    const loose = texts.flatMap((t) => figureRuns(t).filter((r) => r.figure).map((r) => `${r.text} in “${t.trim()}”`));
    expect(loose, 'counts outside a .fig').toEqual([]);
  });
}
