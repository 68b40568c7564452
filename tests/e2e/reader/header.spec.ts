/**
 * The site header: its name, search box and links on a phone at every text size, the rows its links wrap in, the
 * search box as a combobox, typing through an input method, and the current section marked in forced colours; in
 * Chromium against the built site.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The red, green and blue of a CSS colour, without its alpha. */
const rgb = (color: string) => color.match(/[\d.]+/g)!.slice(0, 3).join(',');

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

test('at 200 % text on a phone the header is compact: the page’s heading is on the first screen, every link still there', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  for (const path of ['/', '/practices/jiaojiang-talent/', '/metrics/', '/search/']) {
    await page.goto(path);
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const header = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(header, `${path}: the header takes at most half of the first screen`).toBeLessThanOrEqual(667 / 2);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeInViewport();
    // Every navigation link stays visible, whole, with its full name, and on the keyboard's path.
    const nav = page.getByRole('navigation', { name: '主导航' });
    const names = ['按群体', '按地区', '按举措', '简报', '方案', '数据'];
    // (Chrome puts a space in 按 群体's name where the compact header hides 按 visually: a screen reader reads it the same.)
    for (const name of names) await expect(nav.getByRole('link', { name: new RegExp(`^${[...name].join('\\s?')}$`) }), `${path}: ${name}`).toBeInViewport({ ratio: 1 });
    await page.getByRole('link', { name: '共富实践案例库' }).focus();
    const reached: string[] = [];
    for (let i = 0; i < 12 && reached.length < names.length; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => (document.activeElement?.closest('nav') ? document.activeElement.textContent : null));
      if (name) reached.push(name);
    }
    expect(reached, `${path}: Tab reaches each navigation link`).toEqual(names);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path}: nothing wider than the screen`).toBeLessThanOrEqual(1);
  }
});

test('the header search box is a combobox (WAI-ARIA APG): it says whether its preview is open and which it is; Down goes in, Up comes back, Escape closes', async ({ page }) => {
  await page.goto('/practices/tiantai-heying/');
  const box = page.getByRole('combobox', { name: '搜索案例、方案和简报' });
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await box.click();
  await box.pressSequentially('助共体');
  const preview = page.getByRole('dialog', { name: '搜索结果预览' });
  await expect(preview.getByRole('status')).toHaveText(/找到/);
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  expect(await box.getAttribute('aria-controls')).toBe(await preview.getAttribute('id'));
  const axe = await new AxeBuilder({ page }).include('.site-header').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  const first = preview.getByRole('list', { name: '搜索结果' }).getByRole('link').first();
  await box.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await box.press('Escape');
  await expect(preview).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(box).toBeFocused();
  // Down opens the closed preview again, at its first result.
  await box.press('ArrowDown');
  await expect(preview).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expect(first).toBeFocused();
  // Emptied, the box has no preview.
  await page.keyboard.press('Escape');
  await box.fill('');
  await expect(preview).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
});

/** Types `pinyin` letter by letter into the focused box through the input method (Chrome's IME, over CDP), pausing as a
 *  reader who looks for the word among the candidates does, then picks `word`. */
async function typeWithInputMethod(page: Page, pinyin: string, word: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  let text = '';
  for (const ch of pinyin) {
    text += ch;
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await page.waitForTimeout(120);
  }
  // Longer than the search's typing pause: the reader looks for the word among the candidates.
  await page.waitForTimeout(700);
  await cdp.send('Input.insertText', { text: word });
}

/** Everything a live region said from now on, in order. */
async function recordLiveRegion(page: Page, selector: string): Promise<() => Promise<string[]>> {
  await page.evaluate((sel) => {
    const region = document.querySelector(sel)!;
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
  }, selector);
  return () => page.evaluate(() => (window as unknown as { said: string[] }).said);
}

test('typing Chinese through an input method, the pinyin letters in the box while the reader picks a word are not searched, announced or put in the address', async ({ page }) => {
  // The search page: ?q=jishu went into the address and history, and a screen reader heard 没有找到与“jishu”相关的内容.
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: '搜索关键词' });
  const status = page.locator('#search-status');
  await expect(status).toContainText('输入关键词');
  await box.focus();
  const said = await recordLiveRegion(page, '#search-status');
  await typeWithInputMethod(page, 'jishu', '技术');
  await expect(status).toHaveText(/找到\d+篇与“技术”相关的内容/);
  expect((await said()).filter((s) => /jishu/.test(s))).toEqual([]);
  expect(decodeURIComponent(page.url())).toMatch(/\?q=技术$/);
  // One history entry for the word: Back returns to the empty search page, not to ?q=jishu.
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/$/);

  // The header's preview: it opened on 没有找到与“jishu”相关的内容 while the reader was still choosing the word.
  await page.goto('/practices/tiantai-heying/');
  const header = page.getByRole('combobox', { name: '搜索案例、方案和简报' });
  await header.focus();
  await expect(page.locator('[data-search-box]')).toHaveAttribute('data-state', 'ready');
  const heard = await recordLiveRegion(page, '#search-preview [data-status]');
  await typeWithInputMethod(page, 'jishu', '技术');
  const preview = page.getByRole('dialog', { name: '搜索结果预览' });
  await expect(preview.getByRole('status')).toHaveText(/找到\d+篇与“技术”相关的内容/);
  expect((await heard()).filter((s) => /jishu/.test(s))).toEqual([]);
});

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
