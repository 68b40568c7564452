/**
 * A practice or a plan printed for a meeting: each figure is on paper once. The cards of headline figures repeat rows
 * of the full table, which prints (unfolded) on the same sheets: only the table prints. The 404 page on paper too.
 */
import { expect, test, type Page } from '@playwright/test';

/** How often `text` occurs in what the page prints (innerText leaves out what the print styles hide). */
const printedTimes = (page: Page, text: string) =>
  page.locator('main').evaluate((main, t) => (main as HTMLElement).innerText.split(t).length - 1, text);

for (const { path, cards, table, figure } of [
  { path: '/practices/jiaojiang-talent/', cards: '主要数据', table: '椒江区盯才“扩中” 大力培育“中收”后备军：文中全部数据', figure: '高层次人才创业创新大赛参赛人才项目（连续五年）' },
  { path: '/plans/qingtian-action-plan/', cards: '主要目标', table: '青田县“扩中”“提低”行动方案（2021-2025年）的量化目标', figure: '' },
]) {
  test(`${path} prints its figures once: the full table, not the cards as well`, async ({ page }) => {
    await page.goto(path);
    const cardsHeading = page.getByRole('heading', { name: cards, exact: true });
    // On screen the cards come first, the full table a click (or a scroll) away.
    await expect(cardsHeading).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(cardsHeading).toBeHidden();
    await expect(page.locator('.metric-cards')).toBeHidden();
    await expect(page.getByRole('table', { name: table })).toBeVisible();
    // A label the text does not print (the plan's card labels are the words of its text, repeated in the table).
    if (figure) expect(await printedTimes(page, figure), `“${figure}” on paper`).toBe(1);
  });
}

/**
 * Built without SITE_URL (as here) the page cannot know its domain, and paper showed only a path (/practices/…), no
 * use for finding the page again. The browser knows where the reader opened it: on paper each page gives that full
 * address, with what identifies the document (title, source and 发文字号, date).
 */
for (const { path, shows } of [
  { path: '/practices/yuhuan-skills-to-capital/', shows: ['玉环市“技能”变“资金” 探索技术工人提薪增酬共富新机制', '引用：', '2022年1月25日'] },
  { path: '/briefings/taizhou-2021-09-30/', shows: ['《台州共富工作简报（实践创新）》第3期（2021年9月30日）'] },
  { path: '/plans/qingtian-action-plan/', shows: ['青委办发〔2022〕14号', '2022年6月30日'] },
  { path: '/metrics/', shows: ['数据对比'] },
]) {
  test(`${path} on paper gives its full address, not a path alone`, async ({ page, baseURL }) => {
    await page.goto(`${path}#main`);
    await page.emulateMedia({ media: 'print' });
    const paper = await page.locator('body').innerText();
    for (const s of shows) expect(paper, `“${s}” on paper`).toContain(s);
    await expect(page.getByText(`本页网址：${baseURL}${path}`, { exact: true })).toBeVisible();
    expect(paper).not.toContain('本页在站内的地址');
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByText(/本页网址/)).toBeHidden();
  });
}

test('/metrics/ says, on screen and on paper, how recent its figures are: the newest source’s date and what it is', async ({ page }) => {
  await page.goto('/metrics/');
  // The newest source with figures is 青田's plan of 2022-06-30 (content/plans/qingtian-action-plan.md); the newest
  // issue, of 2022-01-25, is older.
  const asOf = page.getByText('收录截至2022年6月30日，最新来源：《青田县“扩中”“提低”行动方案（2021-2025年）》。', { exact: true });
  await expect(asOf).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(asOf).toBeVisible();
});

/**
 * On paper a table's box is laid out as a plain block. On screen it is a one-column grid (the line saying it scrolls
 * stays at its left edge, src/styles/global.css); printed, Chromium split that grid across pages with the rows taller
 * than their text and the box shorter than its table, so on /metrics/ the next indicator's heading (职业技能等级认定)
 * and its count were printed over the last row of the table before it. The overlap shows only in a paginated layout
 * (page.pdf), which no DOM measurement reaches: what the fix changes is checked here, each box on paper as tall as
 * its table and the heading after it below it.
 */
for (const path of ['/metrics/', '/practices/jiaojiang-talent/', '/plans/qingtian-action-plan/']) {
  test(`${path} prints each table in a plain box, whole above what follows it`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const boxes = page.locator('main .table-scroll');
    expect(await boxes.count()).toBeGreaterThan(0);
    const layouts = await boxes.evaluateAll((els) =>
      els.map((el) => {
        const table = el.querySelector('table')!.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        const next = el.closest('section')?.nextElementSibling?.getBoundingClientRect();
        return { display: getComputedStyle(el).display, fits: table.bottom <= box.bottom + 0.5, below: !next || next.top >= table.bottom };
      }),
    );
    for (const [i, l] of layouts.entries()) expect(l, `table ${i + 1}`).toEqual({ display: 'block', fits: true, below: true });
  });
}

test('a printed plan gives its own text first, after its particulars; the table of all its targets follows it, then the citation', async ({ page }) => {
  await page.goto('/plans/');
  const plans = await page.getByRole('main').locator('h2 a[href^="/plans/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(plans.length).toBeGreaterThan(0);
  let withTargets = 0;
  for (const path of plans) {
    await page.goto(path);
    const top = (name: RegExp | string) => page.getByRole('heading', { level: 2, name }).evaluate((h) => h.getBoundingClientRect().top + scrollY);
    const targets = page.getByRole('heading', { level: 2, name: /^全部量化目标/ });
    if (!(await targets.count())) continue;
    withTargets++;
    expect(await top(/^全部量化目标/), `${path}: on screen the targets come first, as the contents list says`).toBeLessThan(await top('全文'));
    await page.emulateMedia({ media: 'print' });
    const text = await top('全文');
    expect(text, `${path}: on paper the text comes before the table of targets`).toBeLessThan(await top(/^全部量化目标/));
    const cite = await page.getByText(/^引用：/).evaluate((p) => p.getBoundingClientRect().top + scrollY);
    const last = await page.getByRole('main').getByRole('table').last().evaluate((t) => t.getBoundingClientRect().bottom + scrollY);
    expect(cite, `${path}: the citation closes the printed plan`).toBeGreaterThan(last);
    await page.emulateMedia({ media: 'screen' });
  }
  expect(withTargets, 'some plan has targets').toBeGreaterThan(0);
});

test('the 404 page, printed, does not give /404/ as the address of the page the reader asked for', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面未找到');
  const paper = await page.locator('body').innerText();
  expect(paper).not.toContain('/404/');
  expect(paper).not.toMatch(/本页(在站内的地址|网址)/);
});
