/**
 * The link names a screen reader lists on /metrics/, a plan and a practice; in Chromium against the built site.
 */
import { expect, test } from '@playwright/test';

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
