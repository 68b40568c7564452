/**
 * Typing through an input method in the header search, and Tab through a wide table on a phone; in Chromium against
 * the built site.
 */
import { expect, test, type Page } from '@playwright/test';

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

test('on a phone, Tab through a wide table scrolls each focused link wholly into the table’s box, its focus ring with it', async ({ page }) => {
  // Chromium scrolls a focused element into view only when none of it shows: a link in the next column, its first few
  // pixels at the box's edge, was focused with the rest of it (and its ring) out of sight (/metrics/ at 375 px: 36 of
  // 120 links).
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ['/metrics/', '/plans/qingtian-action-plan/', '/measures/']) {
    await page.goto(path);
    const cut: string[] = [];
    let inTables = 0;
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const seen = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'end';
        const box = el.closest('.table-scroll');
        if (!box || el === box) return 'outside';
        const r = el.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        return r.left >= b.left - 0.5 && r.right <= b.right + 0.5 ? 'whole' : `${el.textContent?.trim().slice(0, 12)}: ${Math.round(r.left)}–${Math.round(r.right)} in a box ${Math.round(b.left)}–${Math.round(b.right)}`;
      });
      if (seen === 'end') break;
      if (seen === 'outside') continue;
      inTables++;
      if (seen !== 'whole') cut.push(seen);
    }
    expect(inTables, path).toBeGreaterThan(5);
    expect(cut, path).toEqual([]);
  }
});
