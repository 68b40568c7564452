/**
 * Moving through a page by its headings, as a screen-reader user does (the H key): every page type starts at one h1
 * and never skips a level, and a practice's text has a heading of its own, so that the text is not read as part of
 * the section before it (主要数据).
 */
import { expect, test, type Page } from '@playwright/test';

/** The headings a screen reader lists, as `level text`, in page order. */
const outline = (page: Page): Promise<string[]> =>
  page.getByRole('heading').evaluateAll((hs) =>
    hs
      .filter((h) => h.getClientRects().length > 0 || h.closest('.visually-hidden') || h.classList.contains('visually-hidden'))
      .map((h) => `${h.getAttribute('aria-level') ?? h.tagName.slice(1)} ${(h.textContent ?? '').trim().replace(/\s+/g, ' ')}`),
  );

/** One page of each kind the sitemap lists, plus the search page with results and the 404 page. */
async function onePageOfEachKind(page: Page): Promise<string[]> {
  const xml = await (await page.request.get('/sitemap.xml')).text();
  const kinds = new Map<string, string>();
  for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const path = new URL(loc!).pathname;
    const parts = path.split('/').filter(Boolean);
    const kind = `${parts[0] ?? ''}/${parts.length > 1 ? 'x' : ''}`;
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds.values(), '/search/?q=%E8%82%A1%E6%9D%83%E6%BF%80%E5%8A%B1', '/no-such-page/'];
}

test('every page type starts with one h1 and skips no heading level', async ({ page }) => {
  test.setTimeout(90_000);
  const paths = await onePageOfEachKind(page);
  expect(paths.length).toBeGreaterThan(12);
  for (const path of paths) {
    await page.goto(path);
    if (path.startsWith('/search/')) await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
    const levels = (await outline(page)).map((h) => Number(h.split(' ')[0]));
    expect(levels.filter((l) => l === 1), `${path}: one h1`).toHaveLength(1);
    expect(levels[0], `${path}: starts with its h1`).toBe(1);
    levels.forEach((l, i) => {
      if (i > 0) expect(l - levels[i - 1]!, `${path}: heading ${i + 1} (h${l}) after an h${levels[i - 1]}`).toBeLessThanOrEqual(1);
    });
  }
});

test('a practice’s text has its own heading, and the sections of the text sit one level below it', async ({ page }) => {
  await page.goto('/practices/jiaojiang-talent/');
  const h = await outline(page);
  const text = h.indexOf('2 正文');
  expect(text, h.join('\n')).toBeGreaterThan(h.indexOf('2 主要数据'));
  expect(h.slice(text + 1, text + 4)).toEqual([
    '3 一、“政策+平台”齐发力，盯牢重点人群突破',
    '3 二、“产业+服务”同驱动，吸引重点人群集聚',
    '3 三、“分类+体系”精施策，助力重点人群增收',
  ]);
  // The text's first paragraph comes under 正文, not under 主要数据.
  const body = page.getByRole('region', { name: '正文' });
  await expect(body.getByRole('heading', { level: 2 })).toHaveText('正文');
  await expect(body.getByRole('paragraph').first()).toContainText('椒江');

  // A practice whose text has no headings of its own gets the heading too.
  await page.goto('/practices/huangyan-four-measures/');
  expect(await outline(page)).toContain('2 正文');
});

test('the heading word is not indexed: searching it finds no practice, and no excerpt shows it', async ({ page }) => {
  await page.goto('/search/?q=%E6%AD%A3%E6%96%87');
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  // The one page found prints the word in its own text (a plan's 按正文中的“十四五”填写).
  await expect(page.getByRole('status').first()).toContainText('“正文”');
  const found = await page.locator('[data-results] .result-title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(found.filter((p) => p.startsWith('/practices/'))).toEqual([]);
  await page.goto('/search/?q=%E6%A4%92%E6%B1%9F');
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  const excerpts = await page.locator('.result-excerpt').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const e of excerpts) expect(e).not.toMatch(/^\s*正文/);
});

test('a plan’s 全文 heading is not indexed either: no excerpt of a plan starts with it', async ({ page }) => {
  // The words of the plan's opening lines, which the heading stands just before.
  await page.goto(`/search/?q=${encodeURIComponent('青委办发 通知')}`);
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  const plan = page.locator('[data-results] > li').filter({ has: page.getByRole('link', { name: /^青田县“扩中”“提低”行动方案/ }) });
  await expect(plan.locator('.result-excerpt')).toContainText('中共青田县委办公室');
  await expect(plan.locator('.result-excerpt')).not.toContainText(/^\W*全文/);
});
