/**
 * The search page and the header box, in Chromium against the built site (`npm run build` first).
 * Quality of the ranking is measured separately by search-quality.spec.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { typeInHeaderBox } from '../../support/header-search.ts';

const results = (page: Page) => page.getByRole('list', { name: '搜索结果' }).first();

/** Opens the search page with a query string and waits for the search to finish. */
async function openSearch(page: Page, query: string): Promise<void> {
  await page.goto(`/search/${query}`);
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
}

/** The count a facet checkbox shows in its label (`玉环市 (3)` → 3). */
async function facetCount(box: Locator): Promise<number> {
  const label = await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
  const n = /\((\d+)\)\s*$/.exec(label.trim())?.[1];
  expect(n, `a count in the label “${label}”`).toBeDefined();
  return Number(n);
}

/** Paths of the result links, best first. */
async function resultPaths(page: Page): Promise<string[]> {
  return page
    .locator('[data-results] > li .result-title a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Fails the test on any uncaught error or console error. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form GETs /search/, which says search needs JavaScript and links to the index pages', async ({ page }) => {
    await page.goto('/practices/tiantai-heying/');
    const box = page.getByRole('combobox', { name: '搜索案例、方案和简报' });
    await box.fill('股权激励');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=%E8%82%A1%E6%9D%83%E6%BF%80%E5%8A%B1$/);
    await expect(page.getByText('本站的搜索在浏览器中运行，需要启用 JavaScript。')).toBeVisible();
    await expect(page.getByRole('link', { name: '按目标群体浏览' })).toHaveAttribute('href', '/groups/');
    await expect(page.getByRole('link', { name: '按地区浏览' })).toBeVisible();
  });
});

test('a content page loads no script file and no search code until the reader uses the box', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/practices/yuhuan-skills-to-capital/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.endsWith('.js') || p.includes('/pagefind/') || p.endsWith('.json'))).toEqual([]);
  // JSON-LD (type="application/ld+json") is data for search engines, not code: it never runs.
  const inline = await page.locator('script:not([type="application/ld+json"])').evaluateAll((ss) => ss.map((s) => (s as HTMLScriptElement).text.length));
  expect(inline.reduce((a, b) => a + b, 0), 'inline script bytes').toBeLessThan(1024);

  const box = page.getByRole('combobox', { name: '搜索案例、方案和简报' });
  await box.focus();
  await expect.poll(() => requested.some((p) => /\/_astro\/boot-header.*\.js$/.test(p))).toBe(true);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.includes('/pagefind/')), 'the index waits for the first keystroke').toEqual([]);
  await box.pressSequentially('玉环');
  await expect.poll(() => requested.includes('/pagefind/pagefind.js')).toBe(true);
});

test('the header box opens results in place as the reader types, and Escape closes them', async ({ page }) => {
  const errors = watchErrors(page);
  const { box, panel } = await typeInHeaderBox(page, '/practices/tiantai-heying/', '飞柜');
  await expect(panel.getByRole('status')).toHaveText(/找到1篇与“飞柜”相关的内容/);
  await expect(panel.getByRole('list', { name: '搜索结果' }).getByRole('link').first()).toHaveText(/温岭市念好新时代山海经/);
  await expect(panel.getByRole('link', { name: /在搜索页|查看全部/ })).toHaveAttribute('href', /\/search\/\?q=%E9%A3%9E%E6%9F%9C/);
  await expect(page).toHaveURL(/\/practices\/tiantai-heying\/$/);
  await box.press('Escape');
  await expect(panel).toBeHidden();
  await expect(box).toBeFocused();
  expect(errors).toEqual([]);
});

test('Enter in the header box opens the full results on the search page', async ({ page }) => {
  // A query with more results than the preview shows (11 pages name 技术工人; 低收入农户 is on 5 since stop 24).
  const { box, panel } = await typeInHeaderBox(page, '/practices/tiantai-heying/', '技术工人');
  await expect(panel.getByRole('link', { name: /查看全部\d+篇/ })).toBeVisible();
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E6%8A%80%E6%9C%AF%E5%B7%A5%E4%BA%BA$/);
  await expect(page.getByRole('searchbox', { name: '搜索关键词' })).toHaveValue('技术工人');
  await expect.poll(async () => (await resultPaths(page)).length).toBeGreaterThan(5);
});

test('keyboard only: tab to the box, type, arrow to a result, Enter opens it', async ({ page }) => {
  await page.goto('/practices/tiantai-heying/');
  const box = page.getByRole('combobox', { name: '搜索案例、方案和简报' });
  for (let i = 0; i < 10 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.type('助共体');
  const first = page.getByRole('dialog', { name: '搜索结果预览' }).locator('.result-title a').first();
  await expect(first).toHaveText(/三门县聚焦“五个帮”/);
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/practices\/sanmen-five-helps\/$/);
});

test('keyboard only on the search page: the query box, Tab or ↓ to the results, ↑ back', async ({ page }) => {
  await openSearch(page, '');
  const box = page.getByRole('searchbox', { name: '搜索关键词' });
  await box.focus();
  await page.keyboard.type('股权激励');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?q=%E8%82%A1%E6%9D%83%E6%BF%80%E5%8A%B1$/);
  const links = page.locator('[data-results] .result-title a');
  await expect(links.first()).toHaveText(/玉环市“技能”变“资金”/);
  await page.keyboard.press('ArrowDown');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  // Tab also reaches the results (past the submit button, the sort menu and any filter buttons).
  for (let i = 0; i < 6 && !(await links.first().evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/practices\/yuhuan-skills-to-capital\/$/);
});

test('/search/?q= opens with the results: a named ordered list, kind, region, date and a highlighted excerpt', async ({ page }) => {
  const errors = watchErrors(page);
  await openSearch(page, `?q=${encodeURIComponent('助共体')}`);
  const list = results(page);
  await expect(list).toBeVisible();
  expect(await list.evaluate((el) => el.tagName)).toBe('OL');
  expect((await resultPaths(page))[0]).toBe('/practices/sanmen-five-helps/');
  const first = list.locator(':scope > li').first();
  await expect(first.locator('.result-kind')).toHaveText('案例');
  await expect(first.locator('.result-region')).toHaveText('三门县');
  await expect(first.locator('time')).toHaveAttribute('datetime', '2021-09-30');
  await expect(first.locator('time')).toHaveText('2021年9月30日');
  await expect(first.locator('.result-excerpt mark').first()).toHaveText('助共体');
  await expect(page.getByRole('status').first()).toHaveText(/找到\d+篇与“助共体”相关的内容/);
  await expect(page.getByRole('searchbox', { name: '搜索关键词' })).toHaveValue('助共体');
  await expect(page).toHaveTitle(/^助共体 - 搜索/);
  expect(errors).toEqual([]);
});

test('filters narrow the results, go into the URL, combine, and are removable', async ({ page }) => {
  await openSearch(page, `?q=${encodeURIComponent('技术工人')}`);
  const before = (await resultPaths(page)).length;
  const region = page.getByRole('group', { name: '地区' });
  // Each box shows how many results it keeps; the lists must agree (the counts come from the corpus, which grows).
  const yuhuan = region.getByRole('checkbox', { name: /^玉环市 \(\d+\)$/ });
  const huangyan = region.getByRole('checkbox', { name: /^黄岩区 \(\d+\)$/ });
  const [inYuhuan, inHuangyan] = [await facetCount(yuhuan), await facetCount(huangyan)];
  expect(inYuhuan).toBeGreaterThan(0);
  expect(before).toBeGreaterThan(inYuhuan + inHuangyan);
  await yuhuan.check();
  await expect(page).toHaveURL(/[?&]region=%E7%8E%89%E7%8E%AF%E5%B8%82/);
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false');
  await expect.poll(async () => (await resultPaths(page)).length).toBe(inYuhuan);
  for (const r of await page.locator('[data-results] .result-region').allInnerTexts()) expect(r).toBe('玉环市');

  // A second value of the same facet widens (any), another facet narrows (all).
  await huangyan.check();
  await expect.poll(async () => (await resultPaths(page)).length).toBe(inYuhuan + inHuangyan);
  await page.getByRole('group', { name: '举措类型' }).getByRole('checkbox', { name: /^股权激励/ }).check();
  await expect(page).toHaveURL(/measure=%E8%82%A1%E6%9D%83%E6%BF%80%E5%8A%B1/);
  // Polled on the count: the page found before the filter applies is also in the narrowed list.
  await expect.poll(async () => (await resultPaths(page)).length).toBeLessThan(inYuhuan + inHuangyan);
  expect(await resultPaths(page)).toContain('/practices/yuhuan-skills-to-capital/');
  for (const r of await page.locator('[data-results] .result-region').allInnerTexts()) expect(['玉环市', '黄岩区']).toContain(r);

  await page.getByRole('button', { name: '举措类型：股权激励（移除筛选）' }).click();
  await expect.poll(async () => (await resultPaths(page)).length).toBe(inYuhuan + inHuangyan);
  await page.getByRole('button', { name: '清除全部筛选' }).click();
  await expect.poll(async () => (await resultPaths(page)).length).toBe(before);
  expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('技术工人')}`);
});

test('filters that leave nothing of a query say how many pages it finds without them', async ({ page }) => {
  const q = '股权激励';
  await openSearch(page, `?q=${encodeURIComponent(q)}`);
  const all = (await resultPaths(page)).length;
  expect(all).toBeGreaterThan(0);
  // A region whose pages do not speak of it: the region is one that the facet of another query offers.
  await openSearch(page, `?q=${encodeURIComponent('就业')}`);
  const regions = await page.getByRole('group', { name: '地区' }).getByRole('checkbox').evaluateAll((bs) =>
    bs.map((b) => ({
      value: (b as HTMLInputElement).value,
      label: ((b as HTMLInputElement).labels?.[0]?.textContent ?? '').replace(/\s*\(\d+\)\s*$/, '').trim(),
    })),
  );
  let empty: { value: string; label: string } | undefined;
  for (const r of regions) {
    await openSearch(page, `?q=${encodeURIComponent(q)}&region=${encodeURIComponent(r.value)}`);
    if ((await resultPaths(page)).length === 0) {
      empty = r;
      break;
    }
  }
  expect(empty, 'a region without pages on 股权激励').toBeDefined();
  // The region is one of the site's, with pages of its own: the filter, not a stale link, leaves nothing.
  await openSearch(page, `?region=${encodeURIComponent(empty!.value)}`);
  expect((await resultPaths(page)).length).toBeGreaterThan(0);
  await openSearch(page, `?q=${encodeURIComponent(q)}&region=${encodeURIComponent(empty!.value)}`);
  await expect(page.getByRole('status').first()).toHaveText(`没有找到与“${q}”相关的内容（地区：${empty!.label}）。不限筛选条件时有${all}篇。`);
  await page.getByRole('button', { name: `地区：${empty!.label}（移除筛选）` }).click();
  await expect.poll(async () => (await resultPaths(page)).length).toBe(all);
  // Words found nowhere: nothing to say about the filters.
  await openSearch(page, `?q=${encodeURIComponent('火箭发射场')}&region=${encodeURIComponent(empty!.value)}`);
  await expect(page.getByRole('status').first()).toHaveText(`没有找到与“火箭发射场”相关的内容（地区：${empty!.label}）。`);
});

test('所属地市 takes in a city’s counties: 案例 in 台州市 lists the county practices', async ({ page }) => {
  await openSearch(page, `?q=${encodeURIComponent('高校毕业生')}`);
  await page.getByRole('group', { name: '类型' }).getByRole('checkbox', { name: /^案例/ }).check();
  await page.getByRole('group', { name: '所属地市' }).getByRole('checkbox', { name: /^台州市/ }).check();
  await expect(page).toHaveURL(/[?&]city=%E5%8F%B0%E5%B7%9E%E5%B8%82/);
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false');
  const regions = await page.locator('[data-results] .result-region').allInnerTexts();
  expect(regions.length).toBeGreaterThan(1);
  for (const r of regions) expect(['台州市', '椒江区', '黄岩区', '路桥区', '临海市', '温岭市', '玉环市', '天台县', '仙居县', '三门县']).toContain(r);
  expect(regions.some((r) => r !== '台州市'), 'the counties are in').toBe(true);
  for (const k of await page.locator('[data-results] .result-kind').allInnerTexts()) expect(k).toBe('案例');
  // The plain 地区 filter stays exact: 台州市 there is the city's own documents only.
  await expect(page.getByRole('group', { name: '地区' }).getByRole('checkbox', { name: /^台州市/ })).toHaveCount(0);
});

test('the 地区 facet names a city’s own pages 市本级, apart from the 所属地市 value, in the chip and the tab title', async ({ page }) => {
  await openSearch(page, `?q=${encodeURIComponent('高校毕业生')}`);
  const own = page.getByRole('group', { name: '地区' }).getByRole('checkbox', { name: /^台州市（市本级） \(\d+\)$/ });
  const count = await facetCount(own);
  await own.check();
  await expect(page.getByRole('button', { name: '地区：台州市（市本级）（移除筛选）' })).toBeVisible();
  await expect.poll(async () => (await resultPaths(page)).length).toBe(count);
  for (const r of await page.locator('[data-results] .result-region').allInnerTexts()) expect(r).toBe('台州市');
  await expect(page.getByRole('status').first()).toContainText('地区：台州市（市本级）');
  await expect(page).toHaveTitle(/^高校毕业生（地区：台州市（市本级）） - /);
  // 所属地市 keeps the plain name: it takes in the counties as well.
  await expect(page.getByRole('group', { name: '所属地市' }).getByRole('checkbox', { name: /^台州市 \(\d+\)$/ })).toHaveCount(1);
});

test('the 年份 facet counts every result, an undated plan as 未注明, listed after the years', async ({ page }) => {
  await openSearch(page, `?q=${encodeURIComponent('股权激励')}`);
  const years = page.getByRole('group', { name: '年份' }).getByRole('checkbox');
  const labels = await years.evaluateAll((bs) => bs.map((b) => b.closest('li')!.textContent!.trim()));
  expect(labels.at(-1)).toMatch(/^未注明 \(\d+\)$/);
  let sum = 0;
  for (const box of await years.all()) sum += await facetCount(box);
  expect(sum).toBe((await resultPaths(page)).length);
  await page.getByRole('group', { name: '年份' }).getByRole('checkbox', { name: /^未注明/ }).check();
  await expect.poll(async () => resultPaths(page)).toEqual(['/plans/taizhou-action-plan/']);
});

test('back and forward restore the query and the filters', async ({ page }) => {
  await openSearch(page, `?q=${encodeURIComponent('技术工人')}`);
  const yuhuan = page.getByRole('group', { name: '地区' }).getByRole('checkbox', { name: /^玉环市 \(\d+\)$/ });
  const inYuhuan = await facetCount(yuhuan);
  await yuhuan.check();
  await expect.poll(async () => (await resultPaths(page)).length).toBe(inYuhuan);
  const box = page.getByRole('searchbox', { name: '搜索关键词' });
  await box.fill('飞柜');
  await box.press('Enter');
  await expect.poll(async () => resultPaths(page)).toEqual([]);

  await page.goBack();
  await expect(box).toHaveValue('技术工人');
  await expect(page.getByRole('checkbox', { name: /^玉环市/ })).toBeChecked();
  await expect.poll(async () => (await resultPaths(page)).length).toBe(inYuhuan);
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: /^玉环市/ })).not.toBeChecked();
  await expect.poll(async () => (await resultPaths(page)).length).toBeGreaterThan(inYuhuan);
  await page.goForward();
  await expect(page.getByRole('checkbox', { name: /^玉环市/ })).toBeChecked();
  await expect.poll(async () => (await resultPaths(page)).length).toBe(inYuhuan);
});

test('a facet with an empty query lists its pages, newest first', async ({ page }) => {
  await openSearch(page, `?group=${encodeURIComponent('低收入农户')}`);
  await expect(page.getByRole('status').first()).toHaveText(/^共\d+篇（目标群体：低收入农户）。$/);
  const total = Number(/共(\d+)篇/.exec((await page.getByRole('status').first().textContent()) ?? '')![1]);
  const paths = await resultPaths(page);
  expect(total).toBeGreaterThan(1);
  expect(paths).toHaveLength(Math.min(total, 20));
  expect(paths).toContain('/practices/tiantai-heying/');
  const dates = await page.locator('[data-results] time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
});

test('sorting by date is a URL parameter too', async ({ page }) => {
  await openSearch(page, `?q=${encodeURIComponent('技术工人')}`);
  await page.getByRole('combobox', { name: '排序' }).selectOption('date');
  await expect(page).toHaveURL(/sort=date/);
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false');
  const dates = await page.locator('[data-results] time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(2);
  expect(dates).toEqual([...dates].sort().reverse());
});

test('a query that finds nothing suggests fewer words, a facet and the group index', async ({ page }) => {
  await openSearch(page, `?q=${encodeURIComponent('火箭发射场')}`);
  await expect(page.getByRole('status').first()).toHaveText('没有找到与“火箭发射场”相关的内容。');
  const empty = page.locator('[data-empty]');
  await expect(empty).toBeVisible();
  await expect(empty).toContainText('减少关键词');
  await expect(empty).toContainText('筛选');
  await expect(empty.getByRole('link', { name: '按目标群体' })).toHaveAttribute('href', '/groups/');
  // Where the site has material: a place it has nothing of finds nothing, and the reader learns which places it covers.
  await expect(empty.locator('.covered')).toHaveText('本站目前收录的地区：台州市（椒江区、黄岩区、温岭市、玉环市、天台县、仙居县、三门县）；丽水市（青田县）。');
  await expect(empty.locator('.covered').getByRole('link', { name: '青田县' })).toHaveAttribute('href', '/regions/qingtian/');
  await expect(page.locator('[data-did-you-mean]')).toBeHidden();
  // Said once, by the status; and no empty filter box, nor a link to it.
  await expect(page.getByText(/没有找到与/)).toHaveCount(1);
  await expect(page.getByRole('heading', { name: '筛选', exact: true })).toBeHidden();
  await expect(page.getByRole('link', { name: '筛选 ↓' })).toBeHidden();

  // One character away from a word of the site (a pinyin input method's wrong character): the word of the site is
  // searched instead, and the status says so; the address keeps what the reader typed.
  await openSearch(page, `?q=${encodeURIComponent('金兰领')}`);
  await expect(page.getByRole('status').first()).toHaveText(/^没有找到“金兰领”，已按“金蓝领”搜索。找到\d+篇与“金蓝领”相关的内容。$/);
  expect(await resultPaths(page)).toContain('/practices/taizhou-integrated-reform/');
  await expect(page.locator('[data-results] mark').first()).toHaveText('金蓝领');
  await expect(page.locator('[data-did-you-mean]')).toBeHidden();
  await expect(page.locator('[data-empty]')).toBeHidden();
  await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('金兰领')}`);
  await openSearch(page, `?q=${encodeURIComponent('温州')}`);
  await expect(page.locator('[data-did-you-mean]'), '温州 is a word of its own, not a mistyped 温岭').toBeHidden();
});

test('a mistyped name found only by its pieces is searched corrected; one beside a word found is offered', async ({ page }) => {
  // 和赢模式 finds only pages with 模式: the name one character away is searched instead, as the status says.
  await openSearch(page, `?q=${encodeURIComponent('和赢模式')}`);
  await expect(page.getByRole('status').first()).toHaveText(/^没有找到“和赢模式”，已按“和盈模式”搜索。找到\d+篇与“和盈模式”相关的内容。$/);
  expect((await resultPaths(page))[0]).toBe('/practices/tiantai-heying/');
  await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('和赢模式')}`);

  // 共富工房: 共富 is found as typed, so its pages stay, and the name the texts use (共富工坊) is offered after them.
  await openSearch(page, `?q=${encodeURIComponent('共富工房')}`);
  await expect(page.getByRole('status').first()).toHaveText(/^以下结果都不含“工房”/);
  const offer = page.locator('[data-did-you-mean]');
  await expect(offer).toHaveText('您是不是要找：共富工坊？');
  // It comes after the results: a live region announces it.
  await expect(offer).toHaveAttribute('aria-live', 'polite');
  await offer.getByRole('link', { name: '共富工坊' }).click();
  await expect(page.getByRole('searchbox', { name: '搜索关键词' })).toHaveValue('共富工坊');
  await expect.poll(async () => (await resultPaths(page))[0]).toBe('/plans/taizhou-action-plan/');
  await expect(offer).toBeHidden();
});

test('a query of several words says how many of the pages listed have them all', async ({ page }) => {
  await openSearch(page, `?q=${encodeURIComponent('石雕产业中心')}`);
  await expect(page.getByRole('status').first()).toHaveText(/^找到(\d+)篇与“石雕产业中心”相关的内容。其中1篇包含全部词语。$/);
  expect((await resultPaths(page))[0]).toBe('/plans/qingtian-action-plan/');
});

test('a question whose words are not all in the text still lists its pages', async ({ page }) => {
  await openSearch(page, `?q=${encodeURIComponent('如何留住高校毕业生')}`);
  expect((await resultPaths(page))[0]).toBe('/practices/jiaojiang-talent/');
  await expect(page.getByRole('status').first()).toHaveText(/以下结果都不含“留住”，按其余词语排列/);
  // Pieces of the segmentation (镇给, 发贷款 between 哪个 and 技工) are not words the reader typed: not named.
  await openSearch(page, `?q=${encodeURIComponent('哪个镇给技工发贷款')}`);
  expect((await resultPaths(page)).length).toBeGreaterThan(0);
  await expect(page.getByRole('status').first()).toHaveText(/^没有完全匹配的内容，以下结果只包含部分词语：找到\d+篇/);
});

test('another name of a target group finds the group’s pages, and the status says by which group', async ({ page }) => {
  await openSearch(page, `?q=${encodeURIComponent('外卖骑手')}`);
  await expect(page.getByRole('status').first()).toHaveText(/^找到\d+篇与“外卖骑手”相关的内容。“外卖骑手”按目标群体“新就业形态从业人员”查找（含它的其他说法）。$/);
  // 黄岩's 美团外卖员联合工会 (an alias of the group in its text).
  expect(await resultPaths(page)).toContain('/practices/huangyan-four-measures/');
  // The group's own name, or a word that is no other name, says nothing of the kind.
  await openSearch(page, `?q=${encodeURIComponent('技术工人')}`);
  await expect(page.getByRole('status').first()).not.toHaveText(/查找（含它的其他说法）/);
});

test('a figure remembered without its decimals finds the page that prints them, and says so', async ({ page }) => {
  await openSearch(page, `?q=${encodeURIComponent('2568万元')}`);
  await expect(page.getByRole('status').first()).toHaveText('没有与查询完全相同的数字，以下结果含有“2568.85万元”：找到1篇与“2568万元”相关的内容。');
  expect(await resultPaths(page)).toEqual(['/practices/yuhuan-skills-to-capital/']);
  await expect(page.locator('[data-results] mark').first()).toHaveText('2568.85万元');
  // A figure the texts print as typed is not widened: 5109万元 is 椒江's own figure.
  await openSearch(page, `?q=${encodeURIComponent('5109万元')}`);
  await expect(page.getByRole('status').first()).toHaveText('找到1篇与“5109万元”相关的内容。');
});

test('an excerpt never starts or ends inside a figure or a highlighted word', async ({ page }) => {
  const excerpts = () => page.locator('[data-results] .result-excerpt').allInnerTexts();
  await openSearch(page, `?q=${encodeURIComponent('乡镇幼儿园怎么办得更好')}`);
  const kindergarten = await excerpts();
  // The page says 投入 4.6 亿元: an excerpt that starts at ".6 亿元" reads as 0.6 亿元.
  expect(kindergarten.some((t) => t.includes('4.6 亿元')), kindergarten.join('\n')).toBe(true);
  await openSearch(page, `?q=${encodeURIComponent('4856人')}`);
  const figures = [...kindergarten, ...(await excerpts())];
  for (const t of figures) {
    expect(t).not.toMatch(/^…\s*[.％%万亿]/u);
    expect(t).not.toMatch(/[.\-]…$/u);
  }
  expect(figures.join('\n')).toContain('12827人次');
  // The same figure typed in Chinese numerals, with a decimal, finds the page and highlights it whole.
  await openSearch(page, `?q=${encodeURIComponent('四点六亿元')}`);
  expect((await resultPaths(page))[0]).toBe('/practices/tiantai-rural-education/');
  await expect(page.locator('[data-results] .result-excerpt mark').first()).toHaveText('4.6 亿元');
  await openSearch(page, `?q=${encodeURIComponent('技工')}`);
  const marks = await page.locator('[data-results] .result-excerpt mark').allInnerTexts();
  expect(marks.length).toBeGreaterThan(3);
  for (const m of marks) expect(Array.from(m).length, `highlight “${m}”`).toBeGreaterThanOrEqual(2);
});

test('for a place and a topic, the excerpt shows the topic, not the opening that names the place', async ({ page }) => {
  for (const [q, topic, path] of [
    ['温岭 电商', '电商', '/practices/wenling-employment/'],
    ['三门 低保', '低保', '/practices/sanmen-five-helps/'],
    ['台州 股权激励', '股权激励', '/practices/taizhou-integrated-reform/'],
  ] as const) {
    await openSearch(page, `?q=${encodeURIComponent(q)}`);
    const item = page.locator('[data-results] > li').filter({ has: page.locator(`.result-title a[href="${path}"]`) });
    await expect(item.locator('.result-excerpt mark').first(), q).toHaveText(topic);
  }
});

test('everyday words find what the texts say: 老师 the 教师 page, 帮穷村增加收入 the pages on 薄弱村 and 消薄', async ({ page }) => {
  await openSearch(page, `?q=${encodeURIComponent('老师')}`);
  expect((await resultPaths(page))[0]).toBe('/practices/tiantai-rural-education/');
  await expect(page.locator('[data-results] .result-excerpt mark').first()).toHaveText('教师');
  await openSearch(page, `?q=${encodeURIComponent('帮穷村增加收入')}`);
  expect((await resultPaths(page)).slice(0, 2).sort()).toEqual(['/practices/tiantai-heying/', '/practices/wenling-mountain-sea/']);
  await expect(page.getByRole('status').first()).toHaveText(/^找到\d+篇与“帮穷村增加收入”相关的内容/);
});

test.describe('bad input gives no error and no injected markup', () => {
  const inputs: [string, string][] = [
    ['empty', ''],
    ['500 characters', '技术工人收入'.repeat(84).slice(0, 500)],
    ['markup', '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'],
    ['regex characters', '.*+?^${}()|[]\\ /(?<x>a)\\1'],
    ['emoji', '😀🎉👍🏽'],
  ];
  for (const [name, q] of inputs) {
    test(name, async ({ page }) => {
      const errors = watchErrors(page);
      await openSearch(page, `?q=${encodeURIComponent(q)}`);
      await expect(page.getByRole('status').first()).not.toHaveText(/正在/);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('main script, main img, [data-results] *:not(li,h3,a,p,span,time,mark)').count()).toBe(0);
      const status = (await page.getByRole('status').first().textContent()) ?? '';
      expect(status.length).toBeGreaterThan(5);
      expect(errors).toEqual([]);
    });
  }

  test('typed into the header box', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/practices/tiantai-heying/');
    const box = page.getByRole('combobox', { name: '搜索案例、方案和简报' });
    await box.fill('<img src=x onerror="window.__pwned=3">😀');
    await expect(page.getByRole('dialog', { name: '搜索结果预览' }).getByRole('status')).toHaveText(/没有|找到/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('[data-search-panel] img, [data-search-panel] script').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

test.describe('accessibility of the search states (axe, WCAG 2.2 AA)', () => {
  const axe = async (page: Page) => {
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  };
  for (const scheme of ['light', 'dark'] as const) {
    test(`filtered results with removable filters (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openSearch(page, `?q=${encodeURIComponent('技术工人')}&region=${encodeURIComponent('玉环市')}&group=${encodeURIComponent('技术工人')}`);
      await expect(page.getByRole('button', { name: /移除筛选/ }).first()).toBeVisible();
      expect(await axe(page)).toEqual([]);
    });
    test(`empty state (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openSearch(page, `?q=${encodeURIComponent('火箭发射场')}`);
      expect(await axe(page)).toEqual([]);
    });
    test(`header box with its results open (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/practices/tiantai-heying/');
      await page.getByRole('combobox', { name: '搜索案例、方案和简报' }).click();
      await page.keyboard.type('技术工人');
      await expect(page.locator('[data-search-panel] .result').first()).toBeVisible();
      expect(await axe(page)).toEqual([]);
    });
  }
});

test('on a phone a link at the top of the results leads to the filters below them', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openSearch(page, `?q=${encodeURIComponent('高校毕业生')}`);
  await page.getByRole('link', { name: '筛选 ↓' }).click();
  await expect(page.getByRole('heading', { name: '筛选', exact: true })).toBeInViewport();
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByRole('link', { name: '筛选 ↓' })).toBeHidden();
});

test('the search page has one search box, its own; other pages have the header box', async ({ page }) => {
  await openSearch(page, `?q=${encodeURIComponent('玉环')}`);
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await expect(page.getByRole('searchbox')).toHaveValue('玉环');
  await page.goto('/practices/');
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: '搜索案例、方案和简报' })).toHaveCount(1);
});

test('a term whose words are on a page apart lists that page after the one with the term (贴息贷款, 保底分红)', async ({ page }) => {
  await openSearch(page, `?q=${encodeURIComponent('贴息贷款')}`);
  expect((await resultPaths(page)).slice(0, 2)).toEqual(['/plans/qingtian-action-plan/', '/practices/wenling-employment/']);
  await openSearch(page, `?q=${encodeURIComponent('保底分红')}`);
  expect((await resultPaths(page)).slice(0, 2)).toEqual(['/practices/yuhuan-three-drives/', '/practices/tiantai-heying/']);
  // 保底年收益分红: the excerpt shows the passage with both words.
  const marks = await page.locator('[data-results] > li').nth(1).locator('mark').allTextContents();
  expect(marks).toEqual(expect.arrayContaining(['保底', '分红']));
});

test('a group named by a plain alias inside a longer query lists its pages first and still the pages with the query’s words', async ({ page }) => {
  // 农村孩子 is an alias of 乡村学生: it must not narrow 农村孩子读书 to the one page tagged 乡村学生 (it did: 1 result).
  // The pages that print its words (农村 … 子女/儿童: 温岭's 山海协作 practice, both plans) follow; 读书 is on no page.
  // 上学难 is 上学 (→ 就学, 子女教育: 温岭, 椒江, 玉环's 三个三) with 难: those pages are listed too, after the group's page.
  const withWords = ['/plans/qingtian-action-plan/', '/plans/taizhou-action-plan/', '/practices/wenling-mountain-sea/'];
  const schooling = ['/practices/jiaojiang-talent/', '/practices/yuhuan-three-threes/'];
  for (const [q, rest] of [['农村孩子读书', withWords], ['农村孩子上学难', [...withWords, ...schooling]]] as const) {
    await openSearch(page, `?q=${encodeURIComponent(q)}`);
    const paths = await resultPaths(page);
    expect(paths[0], q).toBe('/practices/tiantai-rural-education/');
    expect(paths.slice(1).sort(), q).toEqual([...rest].sort());
    await expect(page.getByRole('status').first(), q).toContainText(`找到${rest.length + 1}篇`);
  }
});

test('a word linked by 和 to a dictionary word (山区和海岛) is searched without the 和', async ({ page }) => {
  // 和海岛 was a term no page prints: 青田's plan (山区, 结对帮扶) came first; 台州's plan, the one page that prints 山区、海岛,
  // now does, its 海岛 highlighted, and the status no longer names “和海岛”.
  await openSearch(page, `?q=${encodeURIComponent('山区和海岛怎么结对帮扶')}`);
  expect((await resultPaths(page))[0]).toBe('/plans/taizhou-action-plan/');
  await expect(page.locator('[data-results] > li').first().locator('mark', { hasText: '海岛' })).toHaveCount(1);
  await expect(page.getByRole('status').first()).not.toContainText('“和海岛”');
});

test('a plain name of a target group (农村孩子, 乡村孩子 for 乡村学生) finds its pages first, and the status says so', async ({ page }) => {
  for (const q of ['农村孩子上学', '乡村孩子']) {
    await openSearch(page, `?q=${encodeURIComponent(q)}`);
    expect((await resultPaths(page))[0]).toBe('/practices/tiantai-rural-education/');
    await expect(page.getByRole('status').first()).toContainText(/“(?:农村|乡村)孩子”按目标群体“乡村学生”查找/u);
  }
});

for (const width of [390, 1280]) {
  test(`keyboard only at ${width} px: after choosing a filter, one link leads back to the results`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/search/?q=${encodeURIComponent('技术工人')}`);
    await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false');
    const filters = page.getByRole('region', { name: '筛选' });
    const boxes = filters.getByRole('checkbox');
    await boxes.first().focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('status').first()).toContainText('类型');
    // From the last filter the next Tab stop is the way back, not the page footer.
    await boxes.last().focus();
    await page.keyboard.press('Tab');
    const back = filters.getByRole('link', { name: '回到搜索结果' });
    await expect(back).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const results = page.getByRole('region', { name: '搜索结果' });
    expect(await results.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await expect(page.locator(':focus')).toBeInViewport();
  });
}
