/**
 * What a result's excerpt shows, in Chromium against the built site: the page's text where it has the words looked
 * for, not its field panel (发文字号：… 期限：…), whose words are still indexed.
 */
import { expect, test } from '@playwright/test';
import { openSearch } from '../../support/search-page.ts';

test('a plan whose period note ends its panel (期限：…年（原文未写期限…）) shows its first sentence, not the panel', async ({ page }) => {
  // 台州's plan prints 全面贯彻落实 only in its first sentence, right after the panel's period note.
  await openSearch(page, '全面贯彻落实');
  const plan = page.locator('[data-results] > li').filter({ has: page.locator('a[href$="/plans/taizhou-action-plan/"]') });
  const excerpt = plan.locator('.result-excerpt');
  await expect(excerpt.locator('mark').first()).toHaveText('全面贯彻落实');
  await expect(excerpt).toContainText('为全面贯彻落实《浙江省“扩中”“提低”行动方案》');
  await expect(excerpt).not.toContainText(/期限|原文未写|发文字号|状态：/);
});

test('a word the body holds is shown in the body even where the panel holds it too (十四五 of the period note)', async ({ page }) => {
  await openSearch(page, '十四五');
  const excerpt = page.locator('[data-results] > li').filter({ has: page.locator('a[href$="/plans/taizhou-action-plan/"]') }).locator('.result-excerpt');
  await expect(excerpt).toContainText('力争“十四五”累计城镇新增就业40万人');
  await expect(excerpt).not.toContainText('原文未写期限');
});
