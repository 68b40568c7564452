/**
 * The line that says a table scrolls, the header search's combobox, and the link names of /metrics/; in Chromium
 * against the built site.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const HINT = '表格较宽：左右滑动可看到全部列。';

test('the line “表格较宽：左右滑动…” shows above a table exactly when the table is wider than its box, at any width', async ({ page }) => {
  // 480–700 px: /measures/' table and a practice's figures fit, yet the line said they scroll; 800–900 px: /metrics/'
  // tables were cut off at their last column and nothing said so.
  for (const width of [320, 480, 700, 800, 900, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/metrics/', '/measures/', '/practices/yuhuan-skills-to-capital/', '/plans/qingtian-action-plan/']) {
      await page.goto(path);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      // Each box with the line that comes with it (the lines in page order, one a box), whether the table overflows
      // its box and whether the line is seen. Polled: a scroll-state query answers at the next frame after a layout
      // change (a fold opened).
      const check = () =>
        page.evaluate((hint) => {
          const boxes = [...document.querySelectorAll<HTMLElement>('.table-scroll')];
          const lines = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => el.children.length === 0 && el.textContent === hint);
          if (!boxes.length || lines.length !== boxes.length) return [`${boxes.length} tables, ${lines.length} lines`];
          return boxes.flatMap((box, i) => {
            const r = lines[i]!.getBoundingClientRect();
            const shown = lines[i]!.checkVisibility() && r.width > 0 && r.height > 0;
            const overflows = box.scrollWidth > box.clientWidth + 1;
            return overflows === shown ? [] : [`${box.getAttribute('aria-label')}: ${overflows ? 'scrolls, no line' : 'fits, yet the line'}`];
          });
        }, HINT);
      await expect.poll(check, { message: `${width} px, ${path}`, timeout: 2000 }).toEqual([]);
    }
  }
});

test('scrolled sideways, a wide table’s line stays in view above it; on paper it does not print', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/metrics/');
  const box = page.locator('.table-scroll').first();
  const hint = page.getByText(HINT, { exact: true }).first();
  await box.scrollIntoViewIfNeeded();
  await expect(hint).toBeVisible();
  await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  await expect(hint).toBeInViewport({ ratio: 1 });
  await page.emulateMedia({ media: 'print' });
  await expect(hint).toBeHidden();
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

test('a screen reader’s list of links names no two targets alike (/metrics/, a plan, a practice …): the figures and sentences say whose they are', async ({ page }) => {
  for (const path of ['/metrics/', '/plans/taizhou-action-plan/', '/plans/qingtian-action-plan/', '/practices/yuhuan-skills-to-capital/', '/briefings/taizhou-2021-12-01/', '/regions/taizhou/', '/groups/technical-workers/', '/measures/skills-training/', '/']) {
    await page.goto(path);
    // Names as the accessibility tree gives them, with each link's address.
    const snap = await page.locator('body').ariaSnapshot();
    const targets = new Map<string, Set<string>>();
    for (const m of snap.matchAll(/- link "((?:[^"\\]|\\.)*)"[^\n]*\n\s*- \/url: ([^\n]*)/g)) {
      const set = targets.get(m[1]!) ?? new Set<string>();
      set.add(m[2]!.replace(/^"|"$/g, ''));
      targets.set(m[1]!, set);
    }
    expect(targets.size, path).toBeGreaterThan(5);
    const alike = [...targets].filter(([, s]) => s.size > 1).map(([name, s]) => `${name} → ${[...s].join(' ')}`);
    expect(alike, path).toEqual([]);
    // The hidden words stay hidden: nothing makes the page wider than a phone's screen.
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${path} at 320 px`).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});
