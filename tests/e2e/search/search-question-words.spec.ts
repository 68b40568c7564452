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

test('a question with what the asker wants (县里想搞共富工坊应该怎么做) finds the page of 共富工坊 first, as a full match', async ({ page }) => {
  await openSearch(page, '县里想搞共富工坊应该怎么做');
  // Before, 县里想搞 and 工坊应该 were searched as words found nowhere: the status said only some words matched, and
  // the plan that prints 共富工坊 was not among the first five.
  await expect(page.locator('[data-status]')).not.toContainText('部分词语');
  expect((await resultPaths(page))[0]).toBe('/plans/taizhou-action-plan/');
  await expect(page.locator('[data-results] > li').first()).toContainText('共富工坊');
});

test('哪个地方技术工人工资最高: the superlative asked is no word to find, so pages with every word are full matches', async ({ page }) => {
  await openSearch(page, '哪个地方技术工人工资最高');
  // Before, 工资最高 was one term found nowhere: the status said only some words matched.
  const status = page.locator('#search-status');
  await expect(status).toContainText('包含全部词语');
  await expect(status).not.toContainText('部分词语');
  const marks = await page.locator('[data-results] > li').first().locator('mark').allTextContents();
  expect(marks.join()).toContain('工资');
  // A practice about 技术工人 that gives wages in figures comes first: before, 青田's plan did, for printing
  // 技术工人工资集体协商 once.
  expect(['/practices/taizhou-integrated-reform/', '/practices/yuhuan-skills-to-capital/']).toContain((await resultPaths(page))[0]);
});

for (const [q, first] of [
  ['三门低保对象人数', '/practices/sanmen-five-helps/'],
  ['三门低保对象数量', '/practices/sanmen-five-helps/'],
  ['天台低收入农户收入增长多少', '/practices/tiantai-heying/'],
  ['天台低收入农户收入增长了多少', '/practices/tiantai-heying/'],
  ['天台低收入农户收入增幅', '/practices/tiantai-heying/'],
] as const) {
  test(`${q}: the word that asks for the figure is no word to find, so the page with the figure is a full match`, async ({ page }) => {
    await openSearch(page, q);
    // Before, 人数, 数量 and 收入增长 were terms no page prints: the status said no page matched fully.
    const status = page.locator('#search-status');
    await expect(status).not.toContainText('部分词语');
    await expect(status).not.toContainText('没有完全匹配');
    expect((await resultPaths(page))[0]).toBe(first);
  });
}

test('三门火箭人数: a word really missing is still named, though 人数 asks for the figure', async ({ page }) => {
  await openSearch(page, '三门火箭人数');
  await expect(page.locator('#search-status')).toContainText('不含“火箭”');
  await expect(page.locator('#search-status')).not.toContainText('“人数”');
});

test('最多跑一次, the reform the texts name, is found whole: 最多 before a word is no question word', async ({ page }) => {
  await openSearch(page, '最多跑一次');
  expect((await resultPaths(page))[0]).toBe('/practices/huangyan-four-measures/');
  await expect(page.locator('[data-results] > li').first().locator('mark').first()).toHaveText('最多跑一次');
});

test('温岭实现就业多少人: how many is the question, so 温岭’s practice with every word is a full match', async ({ page }) => {
  await openSearch(page, '温岭实现就业多少人');
  // Before, the lone 人 of 多少人 was a character no term held: the status said only some words matched.
  await expect(page.locator('#search-status')).not.toContainText('部分词语');
  expect((await resultPaths(page))[0]).toBe('/practices/wenling-employment/');
});
