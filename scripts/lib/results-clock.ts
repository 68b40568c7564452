// When search results reach the screen, timed inside the page.
//
// Playwright's `locator.waitFor()` polls the page at growing intervals (up to a second), so a wall-clock time taken
// after it returns can be hundreds of milliseconds late. This clock runs in the page instead: it watches the results
// list (its `aria-busy` goes to "false" once a search has rendered its results, or its "nothing found"; see
// src/scripts/search/page.ts and header.ts) and notes `performance.now()` at the animation frame that follows, the
// frame in which they are painted. Times are milliseconds from the page's navigation start.
import type { BrowserContext, Page } from '@playwright/test';

interface ClockWindow {
  __resultsShown: number[];
}

/** Starts the clock in every page the context opens, before the page's own scripts run. */
export async function startResultsClock(ctx: BrowserContext, list = 'ol[data-results]'): Promise<void> {
  await ctx.addInitScript((selector: string) => {
    const w = window as unknown as ClockWindow;
    w.__resultsShown = [];
    let shown = false;
    const check = () => {
      const el = document.querySelector(selector);
      const now = el?.getAttribute('aria-busy') === 'false';
      if (now && !shown) requestAnimationFrame(() => w.__resultsShown.push(performance.now()));
      shown = now;
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
  }, list);
}

/** The page's clock, in milliseconds from its navigation start. */
export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/**
 * Waits until results are shown after `since` (a time of the page's clock) and returns when that was, on the same
 * clock. Rejects after `timeout` ms.
 */
export async function resultsShownAfter(page: Page, since: number, timeout = 30_000): Promise<number> {
  const handle = await page.waitForFunction(
    (t: number) => (window as unknown as ClockWindow).__resultsShown.find((x) => x >= t),
    since,
    // The time is noted in the page; polling every 50 ms (rather than every frame) keeps the watcher's own work off
    // the page's main thread.
    { timeout, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}
