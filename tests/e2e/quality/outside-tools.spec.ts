// What an outside assessor's tools check beyond axe and html-validate (Lighthouse, forced colours, print, keyboard
// only), asserted as the specific property a reader depends on.
import { expect, test } from '@playwright/test';

/** The red, green and blue of a CSS colour, without its alpha. */
const rgb = (color: string) => color.match(/[\d.]+/g)!.slice(0, 3).join(',');

test('forced colours (Windows high contrast): the current section of the main navigation is marked by more than its weight', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  // The section's own index page is the page (aria-current="page"); a page below it is in that section ("true").
  for (const [path, current, kind] of [['/groups/technical-workers/', '按群体', 'true'], ['/groups/', '按群体', 'page'], ['/metrics/', '数据', 'page']] as const) {
    await page.goto(path);
    const nav = page.getByRole('navigation', { name: '主导航' });
    const marks = await nav.getByRole('link').evaluateAll((links) =>
      links.map((a) => {
        const s = getComputedStyle(a);
        return {
          name: a.textContent!.trim(),
          current: a.getAttribute('aria-current'),
          bar: `${s.borderBottomStyle} ${s.borderBottomWidth}`,
          barColor: s.borderBottomColor,
          underline: s.textDecorationLine,
        };
      }),
    );
    const bg = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
    const here = marks.find((m) => m.current);
    expect(here?.name, path).toBe(current);
    expect(here?.current, path).toBe(kind);
    expect(marks.filter((m) => m.current), path).toHaveLength(1);
    // Forced colours give every link the same colour: the current one has a bar under it where the others are
    // underlined, in a colour that shows on the header's background.
    expect(here!.bar, path).toBe('solid 3px');
    expect(rgb(here!.barColor), path).not.toBe(rgb(bg));
    for (const other of marks.filter((m) => !m.current)) {
      expect(other.bar, `${path}: ${other.name}`).toMatch(/^none /);
      expect(other.underline, `${path}: ${other.name}`).toBe('underline');
    }
    expect(here!.underline, path).toBe('none');
  }
});

test('the 404 page, printed, does not give /404/ as the address of the page the reader asked for', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面未找到');
  const paper = await page.locator('body').innerText();
  expect(paper).not.toContain('/404/');
  expect(paper).not.toMatch(/本页(在站内的地址|网址)/);
});

for (const width of [390, 1280]) {
  test(`keyboard only at ${width} px: after choosing a filter, one link leads back to the results`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/search/?q=${encodeURIComponent('技术工人')}`);
    await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false');
    const filters = page.getByRole('region', { name: '筛选' });
    const boxes = filters.getByRole('checkbox');
    await boxes.first().focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('status').first()).toContainText('类型');
    // From the last filter the next Tab stop is the way back, not the page footer.
    await boxes.last().focus();
    await page.keyboard.press('Tab');
    const back = filters.getByRole('link', { name: '回到搜索结果' });
    await expect(back).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const results = page.getByRole('region', { name: '搜索结果' });
    expect(await results.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await expect(page.locator(':focus')).toBeInViewport();
  });
}
