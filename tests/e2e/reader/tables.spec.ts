import { expect, test, type Page } from '@playwright/test';

// Tables under the keyboard (no Tab stop of their own; arrow keys scroll them on a phone), their cells with large text,
// and the header links' rows at every width. Expected values come
// from the pages themselves, so new content does not break these tests.

/** Presses Tab from the top of the page to the footer's first link; returns what each stop was. */
async function tabStops(page: Page) {
  const stops: { tag: string; tableBox: boolean; tableHasLink: boolean; name: string }[] = [];
  await page.locator('body').focus();
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const box = el.classList.contains('table-scroll');
      return {
        tag: el.tagName,
        tableBox: box,
        tableHasLink: box && el.querySelector('a[href]') !== null,
        name: el.getAttribute('aria-label') ?? el.textContent!.trim().slice(0, 30),
        footer: el.closest('footer') !== null,
      };
    });
    if (!stop || stop.footer) break;
    stops.push(stop);
  }
  return stops;
}

test('a table whose cells hold links is no Tab stop of its own: Tab goes to its links, and on a phone the arrow keys scroll it from a link', async ({ page }) => {
  test.slow(); // Tab through four pages, /metrics/ with some 140 stops
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const path of ['/metrics/', '/measures/', '/practices/wenling-employment/', '/plans/taizhou-action-plan/']) {
    await page.goto(path);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const stops = await tabStops(page);
    expect(stops.length, `${path}: Tab reaches the page's links`).toBeGreaterThan(5);
    // Where the table fits, a stop on its box did nothing; where it scrolls, its links lead into it.
    expect(stops.filter((s) => s.tableBox && s.tableHasLink).map((s) => s.name), `${path}: boxes on the keyboard's path`).toEqual([]);
  }
  // On a phone the first table of /metrics/ is wider than the screen: Tab reaches its first link, and the arrow keys
  // scroll the table (not the page) from there.
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/metrics/');
  const box = page.locator('.table-scroll').first();
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth), 'the first table of /metrics/ is wider than 320 px').toBe(true);
  const first = box.getByRole('link').first();
  let tabs = 0;
  while (!(await first.evaluate((el) => el === document.activeElement)) && tabs++ < 100) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  const before = await box.evaluate((el) => el.scrollLeft);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
  expect(await page.evaluate(() => window.scrollX)).toBe(0);
});

test('the six header links wrap in even rows (six, three and three, or two by three) at every phone and desktop width and text size', async ({ page }) => {
  test.slow(); // many widths and sizes
  await page.goto('/practices/');
  const nav = page.getByRole('navigation', { name: '主导航' }).getByRole('link');
  const uneven: string[] = [];
  for (const width of [320, 360, 375, 390, 414, 430, 480, 540, 600, 720, 768, 900, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    for (const size of ['100%', '125%', '150%', '175%', '200%']) {
      await page.evaluate((s) => (document.documentElement.style.fontSize = s), size);
      const rows = await nav.evaluateAll((as) => {
        const tops = as.map((a) => Math.round(a.getBoundingClientRect().top));
        return [...new Set(tops)].map((t) => tops.filter((x) => x === t).length);
      });
      if (new Set(rows).size > 1) uneven.push(`${width} px, ${size}: ${rows.join('+')}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${width} px, ${size}: nothing wider than the screen`).toBeLessThanOrEqual(1);
    }
  }
  expect(uneven, 'rows of unequal length').toEqual([]);
});

test('on a phone with large text, a table’s cell is never wider than its box: each line of a quote or a note is read without scrolling sideways', async ({ page }) => {
  test.slow(); // three sizes on four pages
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ['/plans/taizhou-action-plan/', '/practices/wenling-employment/', '/metrics/', '/measures/']) {
    await page.goto(path);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    for (const size of ['100%', '150%', '200%']) {
      await page.evaluate((s) => (document.documentElement.style.fontSize = s), size);
      const wider = await page.locator('.table-scroll').evaluateAll((boxes) =>
        boxes.flatMap((box) =>
          // Figures' cells too: /metrics/'s “未注明（2021年12月发布）” was one line wider than the box at 200 %.
          [...box.querySelectorAll<HTMLElement>('td, th[scope="row"]')]
            .filter((cell) => cell.getBoundingClientRect().width > box.clientWidth + 1)
            .map((cell) => `${cell.textContent!.trim().slice(0, 20)}: ${Math.round(cell.getBoundingClientRect().width)} px in ${box.clientWidth} px`),
        ),
      );
      expect(wider.slice(0, 5), `${path} at ${size}: text cells wider than their box`).toEqual([]);
    }
  }
});
