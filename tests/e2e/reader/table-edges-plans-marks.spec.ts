import { expect, test } from '@playwright/test';

// Tables on tablets and /metrics/ (named groups, shaded edges), a plan's group heading, the subscribe note and the
// marked sentence of a figure, for accessibility and use on phones and tablets.

test('/metrics/ tables are named groups, not some thirty landmarks each named twice', async ({ page }) => {
  await page.goto('/metrics/');
  const boxes = page.locator('.table-scroll');
  expect(await boxes.count()).toBeGreaterThan(3);
  await expect(page.getByRole('group', { name: /新增高技能人才/ }).first()).toBeVisible();
  // The page's landmarks are its own: header, navigation, main, footer, and its sections, not a region per table.
  const regions = await page.getByRole('region').count();
  expect(regions).toBeLessThan(await boxes.count());
});

test('a table cut off at a tablet’s width shades its edge, where scroll bars may not show until used', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1000 });
  await page.goto('/metrics/');
  const shaded = await page.locator('.table-scroll').evaluateAll((boxes) =>
    boxes.filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => getComputedStyle(b).backgroundImage),
  );
  for (const image of shaded) expect(image).toContain('gradient');
});

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
