import { expect, test, type Page } from '@playwright/test';

// A reader's review for accessibility, phones, print and older readers: keyboard only, a screen reader's names,
// 320 px, 200 % text, paper. Expected values come from the pages themselves, so new content does not break these tests.

/** Each wide-table box a reader sees (not in a folded block): whether its table is wider than it, whether Tab stops
 *  on it, whether its hint shows. */
function tableBoxes(page: Page) {
  return page.locator('.table-scroll').evaluateAll((boxes) =>
    boxes.filter((b) => b.checkVisibility()).map((b) => ({
      name: b.getAttribute('aria-label'),
      scrolls: b.scrollWidth > b.clientWidth + 1,
      tabStop: (b as HTMLElement).tabIndex === 0,
      hint: b.previousElementSibling instanceof HTMLElement && b.previousElementSibling.checkVisibility(),
    })),
  );
}

/** Presses Tab until focus leaves `main`; what was focused on the way, and whether each focused link was wholly in view. */
async function tabThroughMain(page: Page, max = 800) {
  const stops: { box: boolean; link: string; whole: boolean }[] = [];
  await page.getByRole('main').focus();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement!;
      if (!el.closest('main')) return null;
      const box = el.closest('.table-scroll');
      const r = el.getBoundingClientRect();
      const b = box?.getBoundingClientRect() ?? { left: 0, right: innerWidth };
      const whole = r.left >= b.left - 1 && r.right <= b.right + 1 && r.top >= -1 && r.bottom <= innerHeight + 1;
      return { box: el.classList.contains('table-scroll'), link: el.tagName === 'A' ? el.textContent!.trim() : '', whole };
    });
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}

test('a wide table’s box is a Tab stop only while its table is wider than the screen; its “scrolls” line likewise', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/metrics/');
  const wide = await tableBoxes(page);
  expect(wide.length, '/metrics/ has tables').toBeGreaterThan(1);
  expect(wide.filter((b) => b.scrolls), 'at 1280 px the tables fit').toEqual([]);
  // (The page's script settles this once the tables are laid out.)
  await expect.poll(async () => (await tableBoxes(page)).filter((b) => b.tabStop).map((b) => b.name), 'tables that fit are no Tab stops').toEqual([]);
  const stops = await tabThroughMain(page);
  expect(stops.filter((s) => s.box), 'Tab goes from link to link, not to the boxes').toEqual([]);

  // The same page narrowed to a phone: every table that now scrolls is on the keyboard's path, and says it scrolls.
  await page.setViewportSize({ width: 320, height: 700 });
  await expect.poll(async () => (await tableBoxes(page)).filter((b) => b.scrolls && (!b.tabStop || !b.hint)).length).toBe(0);
  const narrow = await tableBoxes(page);
  expect(narrow.filter((b) => b.scrolls).length, 'at 320 px tables scroll').toBeGreaterThan(0);
  for (const b of narrow) expect(b.tabStop, `${b.name}`).toBe(b.scrolls);
  // A folded table (all are folded when the page opens), opened at 320 px, joins the keyboard's path.
  const folded = page.locator('details').filter({ has: page.locator('.table-scroll') }).first();
  await folded.locator('summary').click();
  await expect(folded.locator('.table-scroll')).toHaveAttribute('tabindex', '0');
  // And back: a tablet-width window where some fit says nothing of scrolling for those.
  await page.setViewportSize({ width: 700, height: 800 });
  await expect.poll(async () => (await tableBoxes(page)).filter((b) => !b.scrolls && (b.tabStop || b.hint)).length).toBe(0);
});

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });
  test('every wide table’s box stays on the keyboard’s path, so it can be scrolled where it does not fit', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/metrics/');
    const boxes = await tableBoxes(page);
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) expect(b.tabStop, `${b.name}`).toBe(true);
  });
});

test('at 320 px a link tabbed to inside a wide table is wholly in view, not cut off at the box’s edge', async ({ page }) => {
  test.slow(); // every link of the largest pages of tables
  await page.setViewportSize({ width: 320, height: 700 });
  const plans = await (async () => {
    await page.goto('/plans/');
    return page.getByRole('main').locator('h2 a[href^="/plans/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  })();
  for (const path of ['/metrics/', ...plans]) {
    await page.goto(path);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const stops = (await tabThroughMain(page, 2000)).filter((s) => s.link);
    expect(stops.length, path).toBeGreaterThan(0);
    expect(stops.filter((s) => !s.whole).map((s) => s.link), `${path}: links only partly in view`).toEqual([]);
  }
});

test('on a phone, at normal and large text sizes, the header’s name, search box and links line up with the page’s text', async ({ page }) => {
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 700 });
    for (const path of ['/', '/practices/', '/metrics/']) {
      await page.goto(path);
      for (const size of ['100%', '150%', '200%']) {
        await page.evaluate((s) => (document.documentElement.style.fontSize = s), size);
        const at = `${path} at ${width} px, ${size}`;
        const left = (loc: ReturnType<Page['locator']>) => loc.evaluate((el) => Math.round(el.getBoundingClientRect().left));
        const text = await left(page.getByRole('heading', { level: 1 }));
        expect(await left(page.getByRole('link', { name: '共富实践案例库' })), `${at}: site name`).toBe(text);
        expect(await left(page.getByRole('searchbox')), `${at}: search box`).toBe(text);
        const nav = page.getByRole('navigation', { name: '主导航' }).getByRole('link');
        expect(await left(nav.first()), `${at}: first link`).toBe(text);
        expect(await left(page.getByRole('contentinfo').getByRole('paragraph').first()), `${at}: footer`).toBe(text);
        // The last link of a row ends inside the page's margin, as the text does.
        const right = await page.getByRole('main').evaluate((m) => m.getBoundingClientRect().right - parseFloat(getComputedStyle(m).paddingRight));
        for (const r of await nav.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().right))) expect(r, at).toBeLessThanOrEqual(right + 1);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${at}: nothing wider than the screen`).toBeLessThanOrEqual(1);
        const compact = await nav.first().evaluate((a) => a.getBoundingClientRect().width < 3 * parseFloat(getComputedStyle(a).fontSize));
        if (size === '100%' && compact) {
          // At normal size the compact header's six two-character links still share one row.
          const tops = new Set(await nav.evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top))));
          expect(tops.size, `${at}: navigation rows`).toBe(1);
        }
      }
    }
  }
});

test('a printed plan gives its own text first, after its particulars; the table of all its targets follows it, then the citation', async ({ page }) => {
  await page.goto('/plans/');
  const plans = await page.getByRole('main').locator('h2 a[href^="/plans/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(plans.length).toBeGreaterThan(0);
  let withTargets = 0;
  for (const path of plans) {
    await page.goto(path);
    const top = (name: RegExp | string) => page.getByRole('heading', { level: 2, name }).evaluate((h) => h.getBoundingClientRect().top + scrollY);
    const targets = page.getByRole('heading', { level: 2, name: /^全部量化目标/ });
    if (!(await targets.count())) continue;
    withTargets++;
    expect(await top(/^全部量化目标/), `${path}: on screen the targets come first, as the contents list says`).toBeLessThan(await top('全文'));
    await page.emulateMedia({ media: 'print' });
    const text = await top('全文');
    expect(text, `${path}: on paper the text comes before the table of targets`).toBeLessThan(await top(/^全部量化目标/));
    const cite = await page.getByText(/^引用：/).evaluate((p) => p.getBoundingClientRect().top + scrollY);
    const last = await page.getByRole('main').getByRole('table').last().evaluate((t) => t.getBoundingClientRect().bottom + scrollY);
    expect(cite, `${path}: the citation closes the printed plan`).toBeGreaterThan(last);
    await page.emulateMedia({ media: 'screen' });
  }
  expect(withTargets, 'some plan has targets').toBeGreaterThan(0);
});
