/**
 * A phrase the reader puts in quotes (“技术工人增收”, "低收入农户增收") asks for that wording, in Chromium against the built
 * site: the pages that print it come first, and when none does the status says so rather than count the pages with its
 * words as matches. Punctuation inside the wording does not count: 玉环's page prints “技能”变“资金”, which is 技能变资金.
 */
import { expect, test } from '@playwright/test';
import { openSearch, resultPaths } from '../../support/search-page.ts';

const status = (page: import('@playwright/test').Page) => page.locator('#search-status');

test('a quoted phrase that no page prints: the status says so, and that the list is of pages with its words', async ({ page }) => {
  // Pages print 技术工人 and 增收, none 技术工人增收.
  for (const q of ['“技术工人增收”', '"技术工人增收"']) {
    await openSearch(page, q);
    await expect(status(page)).toHaveText(/^没有内容含有完整的“技术工人增收”，以下结果(?:只)?包含其中的(?:部分)?词语：找到\d+篇与“技术工人增收”相关的内容。/u);
    expect((await resultPaths(page)).length).toBeGreaterThan(0);
    // No excerpt prints the phrase: the status does not promise it.
    for (const text of await page.locator('[data-results] .result-excerpt').allTextContents()) expect(text.replace(/\s/gu, '')).not.toContain('技术工人增收');
  }
});

test('a quoted phrase that some pages print: they are listed first, and the status says how many', async ({ page }) => {
  // Only the two action plans of 台州 and 青田 print 低收入农户增收; other pages have 低收入农户 and 增收 apart.
  await openSearch(page, '"低收入农户增收"');
  await expect(status(page)).toContainText('其中2篇含有完整的“低收入农户增收”，列在前面。');
  const paths = await resultPaths(page);
  expect(paths.length).toBeGreaterThan(2);
  expect(paths.slice(0, 2).sort()).toEqual(['/plans/qingtian-action-plan/', '/plans/taizhou-action-plan/']);
  // A wording printed with quotes inside it (“技能”变“资金”) is printed: its page first, and no claim that none prints it.
  await openSearch(page, '“技能变资金”');
  await expect(status(page)).not.toContainText('没有内容含有');
  expect((await resultPaths(page))[0]).toBe('/practices/yuhuan-skills-to-capital/');
});

test('quotes inside a sentence pasted from a text, or no quotes, are no request for a wording', async ({ page }) => {
  for (const q of ['技能变资金', '变“人找政策”为“政策找人”', '低收入农户增收']) {
    await openSearch(page, q);
    await expect(status(page)).toContainText('找到');
    await expect(status(page)).not.toContainText('完整的');
  }
});
