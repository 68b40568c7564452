// Shared by the search browser tests: the search page opened for a query, and the paths of its results.
import { expect, type Page } from '@playwright/test';

/** Opens /search/?q= for `q` and waits until its results are listed. */
export async function openSearch(page: Page, q: string): Promise<void> {
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
}

/** The paths of the listed results, in order. */
export const resultPaths = (page: Page): Promise<string[]> =>
  page.locator('[data-results] > li').evaluateAll((lis) => lis.map((li) => new URL(li.querySelector('a')!.href).pathname));
