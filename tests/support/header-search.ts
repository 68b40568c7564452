// The header's search box on a content page: opened at `path`, `query` typed key by key, as a reader types it.
import type { Page } from '@playwright/test';

export async function typeInHeaderBox(page: Page, path: string, query: string) {
  await page.goto(path);
  const box = page.getByRole('combobox', { name: '搜索案例、方案和简报' });
  await box.click();
  await box.pressSequentially(query);
  return { box, panel: page.getByRole('dialog', { name: '搜索结果预览' }) };
}
