import { expect, test } from '@playwright/test';

// A plan's group heading, the subscribe note on a phone and the marked sentence of a figure, in either colour scheme.

test('a plan’s group heading names the group once, linked, in the plan’s own words', async ({ page }) => {
  await page.goto('/plans/taizhou-action-plan/');
  const heading = page.getByRole('heading', { level: 3, name: '高素质农民（渔民）激励计划', exact: true });
  await expect(heading).toBeVisible();
  await expect(heading.getByRole('link', { name: '高素质农民（渔民）' })).toHaveAttribute('href', /\/groups\/new-farmers\/$/);
  // 青田 calls the group otherwise: its heading stays as printed, and the site's name follows it.
  await page.goto('/plans/qingtian-action-plan/');
  await expect(page.getByRole('heading', { level: 3, name: '新型职业农民激励计划', exact: true })).toBeVisible();
  await expect(page.getByText('本站归入群体：高素质农民（渔民）')).toBeVisible();
});

test('the subscribe note says how to copy the feed’s address on a phone too', async ({ page }) => {
  await page.goto('/briefings/');
  await expect(page.locator('#subscribe')).toContainText('手机上长按');
});

test('a figure’s sentence is marked up as marked text, in the site’s colours in either scheme', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/practices/yuhuan-skills-to-capital/');
    const quote = page.locator('#m-1');
    expect(await quote.evaluate((el) => el.tagName)).toBe('MARK');
    const [text, body] = await quote.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el.closest('p')!).color]);
    expect(text, scheme).toBe(body);
  }
});
