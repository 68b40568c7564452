/**
 * A query of question words only (怎么办, 有什么好办法): nothing to look for. The page says so and lists nothing, rather
 * than a page that happens to hold a piece of the words (三门's 帮得怎么样 for 怎么办).
 */
import { expect, test } from '@playwright/test';
import { openSearch, resultPaths } from '../../support/search-page.ts';

for (const q of ['怎么办', '有什么好办法', '如何 怎么做']) {
  test(`${q}: the status says the query holds only question words, and no page is listed`, async ({ page }) => {
    await openSearch(page, q);
    await expect(page.locator('[data-status]')).toHaveText(`“${q}”只有提问的词语，没有要找的内容。请写上要找什么，如“低收入农户增收怎么办”。`);
    expect(await resultPaths(page)).toEqual([]);
    await expect(page.locator('[data-did-you-mean]')).toBeEmpty();
  });
}

test('a question word the texts print (怎么样, in 三门’s 帮得怎么样) still finds that page', async ({ page }) => {
  await openSearch(page, '怎么样');
  expect(await resultPaths(page)).toContain('/practices/sanmen-five-helps/');
});
