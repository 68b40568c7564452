// A raw text (sources/*.txt) on a static host that serves .txt without a charset, as many do.
import { expect, test } from '@playwright/test';

test('a raw text (下载纯文本) reads as Chinese on a static host that serves .txt without a charset', async ({ page }) => {
  // Python's http.server, nginx and Apache as installed send plain "text/plain" for .txt; a browser then decodes the
  // bytes as windows-1252 unless the file itself says it is UTF-8. Stand in for such a host by dropping the charset.
  await page.route('**/sources/*.txt', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'text/plain' } });
  });
  await page.goto('/sources/');
  const source = page.locator('main a[href$="/"][href*="/sources/"]').first();
  await source.click();
  // The first line with text, as the numbered-line page shows it.
  const firstLine = (await page.locator('li[id^="L"]').filter({ hasText: /\S/ }).first().innerText()).trim();
  expect(firstLine).toMatch(/\p{Script=Han}/u);
  await page.getByRole('link', { name: '下载纯文本' }).click();
  await expect(page).toHaveURL(/\/sources\/[^/]+\.txt$/);
  await expect(page.locator('body')).toContainText(firstLine);
});
