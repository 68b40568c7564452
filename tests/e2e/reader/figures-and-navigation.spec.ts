import { expect, test, type Page } from '@playwright/test';
import { typeInHeaderBox } from '../../support/header-search.ts';

// Browsing, comparing and citing figures: /metrics/ and its sources, /sources/, counts of practices, the preview's
// count, from a figure or a plan's target to its places and sentences, from a region to its issues.
// Expected values come from the pages themselves (tables, links), so new content does not break these tests.

/** Each indicator section of /metrics/: its anchor id, its table's name and count line, and its regions (first column). */
async function indicatorSections(page: Page) {
  await page.goto('/metrics/');
  return page.locator('section.indicator').evaluateAll((sections) =>
    sections.map((s) => ({
      id: s.querySelector('h2')!.id,
      caption: s.querySelector('caption')!.textContent!.trim(),
      count: s.querySelector('.count')!.textContent!.trim(),
      regions: [...new Set([...s.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('th[scope="row"]')!.textContent!.trim()))],
      sources: [...s.querySelectorAll('tbody tr a[href*="#m-"]')].map((a) => a.getAttribute('href')!),
    })),
  );
}

test('“各地数据” is said only of an indicator that two or more places report, on /metrics/ and from a page’s figures', async ({ page }) => {
  const sections = await indicatorSections(page);
  const single = sections.filter((s) => s.regions.length === 1);
  const several = sections.filter((s) => s.regions.length > 1);
  expect(single.length, 'the corpus has an indicator only one place reports').toBeGreaterThan(0);
  for (const s of single) {
    expect(s.caption, s.id).not.toContain('各地');
    expect(s.caption, s.id).toContain(s.regions[0]!);
    expect(s.count, s.id).not.toMatch(/来自1个地区/);
    expect(s.count, s.id).toContain(`只有${s.regions[0]}`);
  }
  for (const s of several) expect(s.caption, s.id).toMatch(/各地数据$/);
  // A figure of an indicator only its own place reports offers no “各地数据” link from its page: the comparison would
  // show the reader only the figure they came from. One that others report links to its comparison.
  for (const [list, linked] of [[single, false], [several, true]] as const) {
    const href = list[0]!.sources[0]!;
    await page.goto(href.replace(/#.*$/, ''));
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const row = page.getByRole('row').filter({ has: page.locator(`a[href="${href.replace(/^.*#/, '#')}"]`) });
    await expect(row.getByRole('link', { name: /^各地数据/ }), href).toHaveCount(linked ? 1 : 0);
    if (!linked) await expect(row, href).toContainText('暂无其他地区的同类数据');
    else await expect(row.getByRole('link', { name: /^各地数据/ })).toHaveAttribute('href', new RegExp(`#${list[0]!.id}$`));
  }
});

test('/sources/ lists the raw texts as a reader looks for them: issues by series, newest first, then the plans as /plans/ lists them', async ({ page }) => {
  await page.goto('/plans/');
  const plans = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  await page.goto('/briefings/');
  const issues = await page.getByRole('main').locator('.briefings > li h2').allTextContents();
  await page.goto('/sources/');
  const sections = page.getByRole('main').getByRole('region');
  const headings = await sections.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.at(-1), 'the plans come after the issues').toMatch(/^政策方案/);
  const items = (i: number) => sections.nth(i).locator('.sources > li > a:first-child').allTextContents();
  // Each series' issues are in the order of /briefings/ (newest first), and every issue is listed.
  const listed: string[] = [];
  for (let i = 0; i < headings.length - 1; i++) {
    const mine = await items(i);
    expect(mine, headings[i]).toEqual(issues.filter((t) => mine.includes(t)));
    const dates = mine.map((t) => Number(t.match(/(\d{4})年(\d+)月(\d+)日/)!.slice(1).map((n) => n.padStart(2, '0')).join('')));
    expect(dates, `${headings[i]}: newest first`).toEqual([...dates].sort((a, b) => b - a));
    listed.push(...mine);
  }
  expect(listed.sort()).toEqual([...issues].sort());
  expect(await items(headings.length - 1)).toEqual(plans);
});

test('practices are counted in the same words everywhere: an issue page, /briefings/ and the home page agree', async ({ page, request }) => {
  test.slow(); // every page
  const xml = await (await request.get('/sitemap.xml')).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  // 篇 counts only the search's results, which mix practices, plans and issues; every page counts practices as 个.
  for (const path of paths.filter((p) => !p.startsWith('/search/'))) {
    await page.goto(path);
    expect(await page.getByRole('main').innerText(), path).not.toMatch(/\d+\s*篇/);
  }
  await page.goto('/briefings/');
  const listed = await page.locator('.briefings > li').evaluateAll((lis) =>
    lis.map((li) => ({ href: li.querySelector('h2 a')!.getAttribute('href')!, count: li.querySelector('.count')!.textContent!.match(/(\d+)个案例/)![1] })),
  );
  await page.goto('/');
  // The home page's 最新简报 lists the newest issues, each with its count: an issue listed there without one fails,
  // and so does a list that shows none of them.
  const latest = page.getByRole('region', { name: '最新简报' }).getByRole('listitem');
  let onHome = 0;
  for (const { href, count } of listed) {
    const item = latest.filter({ has: page.locator(`a[href="${href}"]`) });
    if (!(await item.count())) continue;
    onHome++;
    await expect(item, `home: ${href}`).toContainText(`，${count}个案例`);
  }
  expect(onHome, 'issues on the home page, with their counts').toBe(await latest.count());
  expect(onHome).toBeGreaterThan(0);
  for (const { href, count } of listed) {
    await page.goto(href);
    const toc = page.getByRole('region', { name: /^本期案例/ });
    await expect(toc.getByRole('heading', { level: 2 }), href).toHaveText(`本期案例（${count}个）`);
    await expect(toc.locator('.practice-list > li'), href).toHaveCount(Number(count));
  }
});

test('a figure in a list of practices (a group page) leads to the sentence it comes from', async ({ page }) => {
  await page.goto('/groups/');
  // The first group with practices whose list shows figures.
  const groups = await page.getByRole('main').locator('a[href^="/groups/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  let figure = page.locator('nothing');
  for (const href of groups) {
    await page.goto(href);
    figure = page.locator('.practice-list .figures > li').first();
    if (await figure.count()) break;
  }
  const text = (await figure.innerText()).trim();
  const link = figure.getByRole('link');
  await expect(link, text).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL(/\/practices\/[^/]+\/#m-\d+$/);
  const target = page.locator('.metric-quote:target');
  await expect(target).toBeInViewport();
  // The sentence holds the figure's digits (as the text prints them: 7155名, 3.92 万人).
  const digits = text.match(/[\d.]+/)![0];
  expect((await target.innerText()).replace(/\s/g, '')).toContain(digits);
});

test('from a plan’s target on a group page the reader reaches the places reporting progress on it, as from the plan', async ({ page }) => {
  await page.goto('/groups/');
  const groups = await page.getByRole('main').locator('a[href^="/groups/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
  // Each target's “各地数据” link on its plan page, by the target's sentence anchor.
  const planLinks = new Map<string, string | null>();
  let compared = 0;
  for (const href of groups) {
    await page.goto(href);
    const targets = await page.locator('.targets').evaluateAll((ps) =>
      ps.flatMap((p) => [...p.querySelectorAll('a[href*="/plans/"]')].map((a) => ({ target: a.getAttribute('href')!, compare: a.nextElementSibling?.querySelector('a[href*="/metrics/"]')?.getAttribute('href') ?? null }))),
    );
    for (const t of targets) {
      if (!planLinks.has(t.target)) {
        // Every row of the plan's table of targets: its sentence anchor and its “各地数据” link.
        const plan = await page.context().newPage();
        await plan.goto(t.target.replace(/#.*$/, ''));
        const rows = await plan.getByRole('table', { name: /量化目标/ }).locator('tbody tr').evaluateAll((trs) =>
          trs.map((tr) => [tr.querySelector('a[href^="#m-"]')!.getAttribute('href')!, tr.querySelector('a[href*="/metrics/"]')?.getAttribute('href') ?? null] as const),
        );
        for (const [anchor, compare] of rows) planLinks.set(t.target.replace(/#.*$/, anchor), compare);
        await plan.close();
      }
      expect(t.compare, `${href}: ${t.target}`).toBe(planLinks.get(t.target));
      if (t.compare) compared++;
    }
  }
  expect(compared, 'some group page targets have figures from other places').toBeGreaterThan(0);
});

test('from a region page the reader reaches the issues its practices appeared in, and comes back to the region', async ({ page }) => {
  await page.goto('/regions/');
  const regions = await page.getByRole('main').locator('a[href^="/regions/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
  let checked = 0;
  for (const href of regions.slice(0, 6)) {
    await page.goto(href);
    const items = page.getByRole('region', { name: /案例（/ }).first().locator('.practice-list > li');
    if (!(await items.count())) continue;
    const item = items.first();
    const title = (await item.getByRole('heading').innerText()).trim();
    const region = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    const issue = item.getByRole('link', { name: /^《.+》/ });
    await expect(issue, `${href}: ${title}`).toHaveCount(1);
    const cited = (await issue.innerText()).trim();
    await issue.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(cited);
    const listed = page.getByRole('region', { name: /^本期案例/ }).locator('.practice-list > li').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
    await expect(listed).toHaveCount(1);
    // On the issue's own page each practice has its date, not the issue again.
    await expect(listed.getByRole('link', { name: /^《/ })).toHaveCount(0);
    await listed.getByRole('link', { name: region, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    checked++;
  }
  expect(checked).toBeGreaterThan(0);
});

test('the header’s search preview counts its results in one word: 找到 N 篇 … 查看全部 N 篇', async ({ page }) => {
  const { panel } = await typeInHeaderBox(page, '/practices/', '技术工人');
  await expect(panel.getByRole('status')).toHaveText(/找到\d+篇/);
  const n = /找到(\d+)篇/.exec((await panel.getByRole('status').textContent())!)![1];
  await expect(panel.getByRole('link', { name: /^查看全部/ })).toHaveText(`查看全部${n}篇（可按地区、群体等筛选）`);
});

test('a figure in a list of practices says when it is a target, a standard or a starting point, not a result', async ({ page }) => {
  test.slow(); // every group page and the practices they list
  await page.goto('/groups/');
  const groups = await page.getByRole('main').locator('a[href^="/groups/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
  const kinds = new Map<string, string>();
  let marked = 0;
  for (const href of groups) {
    await page.goto(href);
    const figures = await page.locator('.practice-list .figures a[href*="#m-"]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!.trim() })));
    for (const f of figures) {
      if (!kinds.has(f.href)) {
        // The kind of each figure of the practice, from its table of all figures (类型 column), by sentence anchor.
        const practice = await page.context().newPage();
        await practice.goto(f.href.replace(/#.*$/, ''));
        // (The table is folded away: found by its caption, not by role, which leaves hidden tables out.)
        const table = practice.locator('table', { has: practice.locator('caption', { hasText: '文中全部数据' }) });
        const rows = await table.locator('tbody tr').evaluateAll((trs) =>
          trs.map((tr) => [tr.querySelector('a[href^="#m-"]')!.getAttribute('href')!, tr.querySelectorAll('td')[1]!.textContent!.trim()] as const),
        );
        for (const [anchor, kind] of rows) kinds.set(f.href.replace(/#.*$/, anchor), kind);
        await practice.close();
      }
      const kind = kinds.get(f.href);
      if (kind === undefined) continue; // a practice whose few figures are all shown as cards has no table
      if (kind !== '成效') {
        expect(f.text, `${href}: ${f.href}`).toMatch(new RegExp(`（(\\d{4}年)?${kind}）$`));
        marked++;
      } else expect(f.text, `${href}: ${f.href}`).not.toMatch(/(目标|标准|基数)）$/);
    }
  }
  expect(marked, 'some listed figures are not results').toBeGreaterThan(0);
});

test('on /metrics/ each figure’s source names its page and links to it, as its quote links to the sentence', async ({ page }) => {
  await page.goto('/metrics/');
  const rows = page.locator('section.indicator table tbody tr');
  expect(await rows.count()).toBeGreaterThan(5);
  for (const row of (await rows.all()).slice(0, 8)) {
    const [quote, source] = [row.locator('td').nth(3).getByRole('link'), row.locator('td').nth(4).getByRole('link')];
    const sentence = (await quote.getAttribute('href'))!;
    expect(sentence).toMatch(/#m-\d+$/);
    await expect(source).toHaveAttribute('href', sentence.replace(/#m-\d+$/, ''));
  }
  const first = rows.first().locator('td').nth(4).getByRole('link');
  const title = (await first.textContent())!;
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});
