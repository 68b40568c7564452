import { expect, test, type Page } from '@playwright/test';

// The header on a phone at normal and large text sizes, and a printed plan's order. Expected values come from the pages themselves, so new content does not break these tests.

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
        expect(await left(page.getByRole('combobox', { name: '搜索案例、方案和简报' })), `${at}: search box`).toBe(text);
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
