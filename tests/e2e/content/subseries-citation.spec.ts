// What a reader sees of content as editors add it. An issue with a sub-series printed under
// its masthead (（实践创新）) is cited with it wherever the issue is cited.
import { expect, test } from '@playwright/test';

// The issue of 2021-09-30 prints 台州共富工作简报 / (实践创新) / 第 3 期 (seeds/002_…); the sub-series is part of the
// publication's name, as 《人民日报（海外版）》 is cited.
const CITED = '《台州共富工作简报（实践创新）》第3期（2021年9月30日）';

test('an issue’s sub-series is in its citation on its page, on its practices, in the lists and in the feed', async ({ page, request }) => {
  await page.goto('/briefings/taizhou-2021-09-30/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CITED);
  await expect(page.locator('.masthead dt:text("刊名") + dd')).toHaveText('台州共富工作简报（实践创新）');

  await page.goto('/practices/wenling-mountain-sea/');
  await expect(page.locator('.kind')).toContainText('《台州共富工作简报（实践创新）》第3期');
  await expect(page.locator('.cite p').first()).toContainText(`载${CITED}。`);

  await page.goto('/briefings/');
  await expect(page.getByRole('link', { name: CITED, exact: true })).toBeVisible();
  // An issue that printed no sub-series is cited without one.
  await expect(page.getByRole('link', { name: '《台州共富工作简报》（期号未注明，2022年1月25日）', exact: true })).toBeVisible();

  // A list of practices names each one's issue.
  await page.goto('/regions/wenling/');
  await expect(page.getByRole('main').getByRole('link', { name: CITED, exact: true })).toBeVisible();

  const feed = await (await request.get('/feed.xml')).text();
  expect(feed).toContain(`<title>${CITED}</title>`);
});
