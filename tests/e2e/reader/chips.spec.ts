// Rounded chips (tag links, the search page's filter chips) on a phone with large text, where a chip's words wrap.
import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * The characters of each chip whose box reaches outside the chip's rounded inner edge: with a pill's radius of half its
 * height, a chip of two lines rounded away the corners its first and last lines begin in, and their first characters
 * crossed the border.
 */
async function charactersOutside(chips: Locator): Promise<string[]> {
  return chips.evaluateAll((els) => {
    const out: string[] = [];
    for (const el of els) {
      const box = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      const border = parseFloat(s.borderTopWidth);
      const r = Math.min(parseFloat(s.borderTopLeftRadius), box.height / 2, box.width / 2) - border;
      const inner = { left: box.left + border, right: box.right - border, top: box.top + border, bottom: box.bottom - border };
      // A point is inside the rounded rectangle when it is inside the rectangle and, in a corner's square, within its circle.
      const inside = (x: number, y: number) => {
        if (x < inner.left - 0.5 || x > inner.right + 0.5 || y < inner.top - 0.5 || y > inner.bottom + 0.5) return false;
        const cx = Math.min(Math.max(x, inner.left + r), inner.right - r);
        const cy = Math.min(Math.max(y, inner.top + r), inner.bottom - r);
        return Math.hypot(x - cx, y - cy) <= r + 0.5;
      };
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          if (!text[i]!.trim()) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const c = range.getBoundingClientRect();
          if (c.width === 0 || (node.parentElement?.closest('.visually-hidden'))) continue;
          if (![[c.left, c.top], [c.right, c.top], [c.left, c.bottom], [c.right, c.bottom]].every(([x, y]) => inside(x!, y!))) {
            out.push(`${el.textContent!.trim()}: “${text[i]}”`);
          }
        }
      }
    }
    return out;
  });
}

async function largeText(page: Page, size: string) {
  await page.evaluate((s) => (document.documentElement.style.fontSize = s), size);
}

for (const width of [360, 390]) {
  for (const size of ['130%', '200%']) {
    test(`at ${width} px with text at ${size}, a chip whose words wrap keeps them inside its border`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      let wrapped = 0;
      for (const path of ['/metrics/', '/practices/yuhuan-skills-to-capital/', '/plans/taizhou-action-plan/']) {
        await page.goto(path);
        await largeText(page, size);
        const chips = page.locator('.tags a');
        expect(await chips.count(), path).toBeGreaterThan(0);
        wrapped += await chips.evaluateAll((els) => els.filter((el) => el.getClientRects().length === 1 && el.getBoundingClientRect().height > 2.5 * parseFloat(getComputedStyle(el).fontSize)).length);
        expect(await charactersOutside(chips), path).toEqual([]);
      }
      // The test means something only where some chip does wrap (at 200 %, /metrics/' 家庭年可支配收入10-50万元群体比例).
      if (size === '200%') expect(wrapped).toBeGreaterThan(0);

      // The search page's filter chips, which the reader presses to remove a filter.
      await page.goto('/search/?q=收入&group=低收入农户&measure=集体经济');
      await page.getByRole('list', { name: '搜索结果' }).waitFor();
      await largeText(page, size);
      const chips = page.locator('.active-filters .chip');
      await expect(chips.first()).toBeVisible();
      expect(await charactersOutside(chips)).toEqual([]);
    });
  }
}
