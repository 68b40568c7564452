import { expect, test } from '@playwright/test';
import { typeInHeaderBox } from '../../support/header-search.ts';

// Readers' tasks done end to end (a county official finding practices to copy, comparing figures, citing an issue),
// and what each step shows them. Each test is a friction a review found on the way.

test('a group page’s “按地区浏览” leads to the list of regions, not to one city', async ({ page }) => {
  await page.goto('/groups/low-income-farmers/');
  await page.getByRole('main').getByRole('link', { name: '按地区浏览', exact: true }).click();
  await expect(page).toHaveURL(/\/regions\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('按地区浏览');
});

test('an issue page names the issues before and after as they are cited, with one pair of brackets, within its sub-series', async ({ page }) => {
  await page.goto('/briefings/taizhou-2021-12-01/');
  const nav = page.getByRole('navigation', { name: '前后各期' });
  await expect(nav.getByRole('link')).toHaveText('下一期：《台州共富工作简报》（期号未注明，2022年1月25日） →');
  await page.goto('/briefings/taizhou-2022-01-25/');
  await expect(nav.getByRole('link')).toHaveText('← 上一期：《台州共富工作简报》（期号未注明，2021年12月1日）');
  // 《台州共富工作简报（实践创新）》 numbers its issues on its own: the series' next issue is not its 下一期 (its 第4期),
  // nor is its 第3期 the 上一期 of the series' issue of 2021年12月1日.
  await page.goto('/briefings/taizhou-2021-09-30/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('《台州共富工作简报（实践创新）》第3期（2021年9月30日）');
  await expect(nav).toHaveCount(0);
  await expect(page.getByRole('link', { name: /上一期|下一期/ })).toHaveCount(0);
});

test('a city page lists its counties with their practices and plans, as the home page does, without brackets in brackets', async ({ page }) => {
  await page.goto('/regions/lishui/');
  const counties = page.getByRole('region', { name: '所辖县（市、区）' });
  // 青田县's plan is one click from 丽水市's page, which has none of its own.
  await expect(counties.getByRole('listitem').filter({ hasText: '青田县' })).toHaveText('青田县 0个案例、1份方案');
  await expect(counties.getByRole('listitem').filter({ hasText: '景宁' })).toHaveText('景宁畲族自治县 0个案例（协作1个）');
  await page.goto('/regions/taizhou/');
  await expect(page.getByRole('region', { name: '所辖县（市、区）' })).not.toContainText('））');
});

test('the home page lists counties under their city, and a city’s own count says it is 市本级, not the whole city', async ({ page }) => {
  await page.goto('/');
  const regions = page.getByRole('region', { name: '按地区浏览' });
  await expect(regions.getByRole('heading', { level: 3 })).toHaveText([/^台州市/, /^丽水市/]);
  const taizhou = regions.getByRole('listitem').filter({ has: page.getByRole('link', { name: '台州市', exact: true }) });
  await expect(taizhou).toHaveText('台州市 市本级 1个案例、1份方案');
  // 青田县 is seen to be in 丽水市, not next to 三门县 as if in 台州市.
  const lishui = regions.getByRole('list').filter({ has: page.getByRole('link', { name: '丽水市', exact: true }) });
  await expect(lishui.getByRole('link')).toHaveText(['丽水市', '青田县', '景宁畲族自治县']);
  await expect(regions.getByRole('heading', { name: /^台州市/ })).toHaveText('台州市 全市 12个案例、1份方案');
  await expect(regions.getByRole('heading', { name: /^丽水市/ })).toHaveText('丽水市 全市 0个案例、1份方案');
});

test('from a plan’s 2025 target a reader reaches the places that reported progress on it', async ({ page }) => {
  await page.goto('/plans/qingtian-action-plan/');
  const table = page.getByRole('table', { name: /量化目标/ });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^居民人均可支配收入/ }) });
  await row.getByRole('link', { name: /^各地数据/ }).click();
  await expect(page).toHaveURL(/\/metrics\/#i-[^/]+$/);
  const section = page.getByRole('region', { name: /^居民人均可支配收入（/ });
  await expect(section.getByRole('heading', { level: 2 })).toBeInViewport();
  await expect(section.getByRole('row').filter({ hasText: '玉环市' })).toContainText('61186元');
  // A practice's own table leads to the same comparison; a figure no other place reports has no such link.
  await page.goto('/practices/yuhuan-skills-to-capital/');
  await page.getByText(/^查看全部\d+项数据$/).click();
  const all = page.getByRole('table', { name: /文中全部数据/ });
  await expect(all.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^新增高技能人才/ }) }).getByRole('link', { name: /^各地数据/ })).toHaveAttribute('href', /\/metrics\/#i-/);
  await expect(all.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^上市企业/ }) }).getByRole('link', { name: /^各地数据/ })).toHaveCount(0);
});

test('a group page puts each practice’s figures about that group first: the 低收入农户 pages’ incomes side by side', async ({ page }) => {
  await page.goto('/groups/low-income-farmers/');
  const practices = page.getByRole('region', { name: /实践案例/ });
  await expect(practices).toContainText('各案例下先列出原文中与“低收入农户”有关的数据');
  const item = (title: RegExp) => practices.locator('.practice-list > li').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(item(/天台县创新“和盈模式”/).locator('.figures')).toContainText('11658元 三季度低收入农户人均可支配收入');
  await expect(item(/三门县聚焦“五个帮”/).locator('.figures li').first()).toContainText('低收入农户');
  // A practice with no figure about the group still shows its headline figures (玉环's 三带 names no 高素质农民 figure).
  await page.goto('/groups/new-farmers/');
  await expect(item(/玉环市以“三带”策略/).locator('.figures')).toContainText('61186元 常住居民人均可支配收入');
});

test('a search result’s excerpt of a plan or an issue separates each heading field from its value: 发文字号：…, 报：…', async ({ page }) => {
  // The excerpt shows the heading fields only where the words typed are in them alone (a document number, a
  // recipient); otherwise it shows the text after them (search-review-8.spec.ts).
  await page.goto('/search/?kind=方案&q=' + encodeURIComponent('正式印发'));
  const results = page.locator('[data-results]');
  await expect(results).toHaveAttribute('aria-busy', 'false');
  await expect(results).toContainText('状态：正式印发');
  await page.goto('/search/?kind=简报&q=' + encodeURIComponent('李跃旗'));
  await expect(results).toHaveAttribute('aria-busy', 'false');
  await expect(results).toContainText('报：李跃旗书记');
  // A screen reader hears the same; on the page the label stays in bold beside its value, with no colon to be seen.
  await page.goto('/plans/qingtian-action-plan/');
  await expect(page.locator('.meta-panel dt').first()).toHaveText('发文字号：');
  const colon = page.locator('.meta-panel dt').first().getByText('：');
  expect(await colon.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
});

test('the regions page writes each count as the home page does, the city’s in brackets straight after its name', async ({ page }) => {
  await page.goto('/regions/');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['台州市（市本级 1个案例、1份方案）', '丽水市（市本级 0个案例）']);
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('link', { name: '青田县' }) })).toHaveText('青田县县 · 0个案例、1份方案');
});

test('a group no plan names says so in words, not as “0 份方案” or “0 项举措”', async ({ page }) => {
  await page.goto('/groups/');
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: '乡村学生' }) });
  await expect(item.locator('.count')).toHaveText(/^1个案例 · 方案未单列此群体 · 又称：/);
  await page.goto('/groups/rural-students/');
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('方案要求');
  await expect(page.getByRole('main')).toContainText('现有方案未对该群体单列举措。');
});

test('a reader who lands on a practice or a plan from search can go up to its list, as from an issue', async ({ page }) => {
  await page.goto('/practices/tiantai-heying/');
  await page.locator('.kind').getByRole('link', { name: '实践案例', exact: true }).click();
  await expect(page).toHaveURL(/\/practices\/$/);
  await page.goto('/plans/taizhou-action-plan/');
  await page.locator('.kind').getByRole('link', { name: '政策方案', exact: true }).click();
  await expect(page).toHaveURL(/\/plans\/$/);
});

test('a plan page gives a citation to copy into a report: issuers, title, 发文字号 and date, or that it is a draft', async ({ page }) => {
  await page.goto('/plans/qingtian-action-plan/');
  await expect(page.locator('.cite')).toHaveText('引用：中共青田县委办公室、青田县人民政府办公室《青田县“扩中”“提低”行动方案（2021-2025年）》（青委办发〔2022〕14号，2022年6月30日）。');
  await page.goto('/plans/taizhou-action-plan/');
  await expect(page.locator('.cite')).toHaveText('引用：《台州市重点群体“扩中”“提低”行动实施方案》（征求意见稿）。');
});

test('a first-time visitor finds the measures on the home page too, beside groups and regions', async ({ page }) => {
  await page.goto('/');
  const measures = page.getByRole('region', { name: '按举措浏览' });
  await expect(measures.getByRole('listitem').filter({ hasText: '股权激励' })).toHaveText('股权激励 2个案例');
  await measures.getByRole('link', { name: '股权激励' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('股权激励');
});

test('a measure page heads each region’s practices with a count in words, and the city’s own as 市本级', async ({ page }) => {
  await page.goto('/measures/equity-incentive/');
  // The practices by region, then what the plans ask under this measure's name.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['台州市（市本级，1个）', '玉环市（1个）', '政策方案中的相关举措']);
});

test('a practice’s citation puts its title in book-title marks, as a report cites an article: 《篇名》，载《刊名》…', async ({ page }) => {
  await page.goto('/practices/yuhuan-skills-to-capital/');
  await expect(page.locator('.cite p').first()).toHaveText('引用：《玉环市“技能”变“资金” 探索技术工人提薪增酬共富新机制》，载《台州共富工作简报》（期号未注明，2022年1月25日）。');
  await page.goto('/practices/taizhou-integrated-reform/');
  await expect(page.locator('.cite p').first()).toHaveText('引用：台州市：《深化集成改革 破解技术工人“扩中”三大难题》，载《台州共富工作简报》（期号未注明，2022年1月25日）。');
});

test('Chinese sentences run on without a space after full-width punctuation, where a source line broke', async ({ page }) => {
  for (const path of ['/', '/metrics/', '/sources/']) {
    await page.goto(path);
    expect(await page.locator('.lede').first().textContent(), path).not.toMatch(/[。；，：][ \n]/);
  }
});

test('Escape closes the header search preview from a result too, and typing opens it again', async ({ page }) => {
  const { box, panel } = await typeInHeaderBox(page, '/practices/tiantai-heying/', '飞柜');
  await expect(panel.getByRole('list', { name: '搜索结果' }).getByRole('link').first()).toHaveText(/温岭市念好新时代山海经/);
  // A keyboard reader goes down to a result, then changes their mind.
  await box.press('ArrowDown');
  await expect(panel.getByRole('list', { name: '搜索结果' }).getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box).toBeFocused();
  await expect(panel).toBeHidden();
  // The same words typed again bring the same results back.
  await box.press('Backspace');
  await box.pressSequentially('柜');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('list', { name: '搜索结果' }).getByRole('link').first()).toHaveText(/温岭市念好新时代山海经/);
});

test('Escape pressed while the words just typed wait to be searched keeps the header preview closed', async ({ page }) => {
  const { box, panel } = await typeInHeaderBox(page, '/practices/tiantai-heying/', '飞地');
  const first = panel.getByRole('list', { name: '搜索结果' }).getByRole('link').first();
  await expect(first).toBeVisible();
  // More words, and at once down to a result and Escape, before the preview searches them.
  await box.pressSequentially('山海');
  await box.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(box).toBeFocused();
  await page.waitForTimeout(800);
  await expect(panel).toBeHidden();
  // Typing opens it again, with the words as they now stand.
  await box.pressSequentially('协作');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('status').first()).toContainText('飞地山海协作');
});

test('a plan’s text is outlined under its “全文” heading: the sections of the text are one level below it', async ({ page }) => {
  await page.goto('/plans/qingtian-action-plan/');
  const text = page.locator('section.body');
  await expect(text.getByRole('heading', { level: 2 })).toHaveText(['全文']);
  await expect(text.getByRole('heading', { level: 3 }).first()).toHaveText(/^一、/);
});

test('from a group, a measure or a region page, a listed figure that other places report leads to their figures', async ({ page }) => {
  const item = (title: RegExp) => page.locator('.practice-list > li').filter({ has: page.getByRole('heading', { name: title }) });
  await page.goto('/groups/technical-workers/');
  const yuhuan = item(/^玉环市“技能”变“资金”/).locator('.figures li');
  await expect(yuhuan.first()).toHaveText(/^4503人 新增高技能人才（2021年）（各地数据/);
  // Not from a figure only its own place reports (全市新增技能人才: 台州市 alone), nor one of no indicator (42名 技工).
  await expect(item(/^深化集成改革/).locator('.figures li').filter({ hasText: '全市新增技能人才' })).not.toContainText('各地数据');
  await expect(item(/^黄岩区/).getByRole('link', { name: /^各地数据/ })).toHaveCount(0);
  await yuhuan.first().getByRole('link', { name: /^各地数据：新增高技能人才$/ }).click();
  await expect(page).toHaveURL(/\/metrics\/#i-new-high-skilled-talents$/);
  const section = page.getByRole('region', { name: '新增高技能人才（人）' });
  await expect(section.getByRole('heading', { level: 2 })).toBeInViewport();
  await expect(section.getByRole('row').filter({ hasText: '仙居县' })).toContainText('2447名');

  await page.goto('/measures/skills-training/');
  await expect(item(/^玉环市“技能”变“资金”/).getByRole('link', { name: /^各地数据：完成职业技能培训$/ })).toHaveAttribute('href', '/metrics/#i-skill-training');
  await page.goto('/regions/yuhuan/');
  await expect(item(/^玉环市以“三带”策略/).getByRole('link', { name: /^各地数据：常住居民人均可支配收入$/ })).toHaveAttribute('href', '/metrics/#i-per-capita-disposable-income');
});

test('a group’s page lists as 又称 the names the documents use, not what readers call its people (送外卖)', async ({ page }) => {
  await page.goto('/groups/new-employment-workers/');
  const also = page.getByText(/^又称：/);
  await expect(also).toContainText('外卖员');
  await expect(also).not.toContainText('送外卖');
  await expect(also).not.toContainText('开网约车');
});
