import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

async function internalLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return [...new Set(hrefs.filter((h) => h.startsWith(new URL(page.url()).origin)))];
}

test('a reader goes from the home page to the 技术工人 group, sees policy and practice, and follows related practices', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: '技术工人', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('技术工人');

  const policy = page.getByRole('region', { name: /方案要求/ });
  await expect(policy.getByRole('heading', { name: /青田县：技术工人激励计划/ })).toBeVisible();
  await expect(policy.getByRole('heading', { name: /台州市：技术工人激励计划/ })).toBeVisible();
  await expect(policy.getByText('推进股权激励改革')).toBeVisible();
  await expect(policy.getByText(/责任单位：/).first()).toBeVisible();

  const practices = page.getByRole('region', { name: /实践案例/ });
  const titles = await practices.locator('.practice-list > li .title').allInnerTexts();
  for (const t of ['深化集成改革', '黄岩区“四大举措”', '玉环市“技能”变“资金”', '仙居县创新“政校企”', '玉环市探索“三个三”']) {
    expect(titles.some((x) => x.startsWith(t)), t).toBe(true);
  }

  await practices.getByRole('link', { name: /玉环市“技能”变“资金”/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('玉环市“技能”变“资金”');
  const related = page.getByRole('region', { name: '相关案例' });
  const relatedLinks = related.locator('.title a');
  expect(await relatedLinks.count()).toBeGreaterThanOrEqual(3);
  expect(await relatedLinks.count()).toBeLessThanOrEqual(5);
  const first = (await relatedLinks.first().innerText()).trim();
  await relatedLinks.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first);
});

test('previous and next practice within the same briefing issue', async ({ page }) => {
  await page.goto('/practices/huangyan-four-measures/');
  const pager = page.getByRole('navigation', { name: '同期简报中的案例' });
  await expect(pager.getByRole('link', { name: /上一篇：深化集成改革/ })).toBeVisible();
  await expect(pager.getByRole('link', { name: /下一篇：玉环市“技能”变“资金”/ })).toBeVisible();
});

test('the metrics page charts 新增高技能人才 of one year, with correct values, and leaves undated figures to the table', async ({ page }) => {
  await page.goto('/metrics/');
  const section = page.getByRole('region', { name: /新增高技能人才/ });
  const chart = section.getByRole('figure', { name: '新增高技能人才：各地比较（2021年）' });
  await expect(chart).toBeVisible();
  const text = await chart.getByRole('listitem').allTextContents();
  expect(text).toEqual(['玉环市4503人', '仙居县2447名']);
  // Bars are proportional: 仙居县's 2447 is about half of 玉环市's 4503 (the longest).
  const width = (label: string) => chart.getByRole('listitem').filter({ hasText: label }).locator('.bar').evaluate((el) => el.getBoundingClientRect().width);
  expect(Math.abs((await width('仙居县')) / (await width('玉环市')) - 2447 / 4503)).toBeLessThan(0.02);
  // 椒江区's 1605人 gives no year: it is in the table, not drawn beside 2021's figures, and the page says why.
  await expect(section.getByText('图中比较各地2021年的成效（原文注明了年份的数字）。')).toBeVisible();
  await expect(section.getByText(/^\d+项成效没有注明年份（[^）]*）[^，]*，口径可能不同，只列在下表中，不放入图中。$/)).toBeVisible();
  const jiaojiang = section.getByRole('table').getByRole('row').filter({ has: page.getByRole('cell', { name: '1605人', exact: true }) });
  await expect(jiaojiang.getByRole('cell', { name: '未注明（2021年12月发布）' })).toBeVisible();
  // The city's total is not a bar beside its own counties; the page says where it is.
  expect(text.join('|')).not.toContain('3.92万人');
  await expect(section.getByText('台州市的3.92万人是全市范围的数字，图中各地都在其范围之内，不放入图中与各地比较，见下表。')).toBeVisible();
  await expect(section.getByRole('table').getByRole('cell', { name: '3.92万人', exact: true })).toBeVisible();
  // The table beside the chart holds the same figures, each linking to its sentence.
  const link = section.getByRole('link', { name: /新增高技能人才 4503人/ }).first();
  await link.click();
  await expect(page.locator(':target')).toContainText('4503');
});

test('an indicator whose figures are counted in two units says so under its heading: 市场主体（家） and 台州市’s 90万户', async ({ page }) => {
  await page.goto('/metrics/');
  const section = page.getByRole('region', { name: '市场主体（家）' });
  await expect(section.getByRole('table').getByRole('cell', { name: '90万户', exact: true })).toBeVisible();
  await expect(section.getByText('本指标以“家”计；台州市的原文以“户”计。')).toBeVisible();
  // An indicator whose figures all use its own unit says nothing of the kind.
  await expect(page.getByRole('region', { name: '新增高技能人才（人）' }).getByText(/本指标以/)).toHaveCount(0);
});

test('figures of different periods are not charted against each other: 职业技能培训 and 职业技能等级认定 have no chart', async ({ page }) => {
  await page.goto('/metrics/');
  // 椒江's 10738人次 is “截至今年上半年” and 玉环's 2.7万多人次 “截至目前”: neither is a year's figure.
  for (const name of ['职业技能培训', '职业技能等级认定']) {
    const section = page.getByRole('region', { name: new RegExp(`^${name}（`) });
    await expect(section.getByRole('table')).toBeVisible();
    await expect(section.getByRole('figure')).toHaveCount(0);
    await expect(section.getByText(/项成效没有注明年份/)).toBeVisible();
  }
});

test('a measure page shows each practice’s figures about that measure, not its headline figures about something else', async ({ page }) => {
  await page.goto('/measures/equity-incentive/');
  const yuhuan = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /玉环市“技能”变“资金”/ }) });
  await expect(yuhuan).toContainText('6家 实施（筹划）股权激励计划的上市企业');
  await expect(yuhuan).toContainText('4万元左右 艾迪西流体控制集团人均每年分红增收');
  // The practice's headline figures (training, certificates) are about its other measures.
  for (const other of ['2.58万人次', '4503人', '8.63万人']) await expect(page.locator('main')).not.toContainText(other);
});

test('the plans’ targets side by side show each one’s own words, so a 十四五 total is not read as a 2025 figure', async ({ page }) => {
  await page.goto('/metrics/');
  const table = page.getByRole('table', { name: '各方案目标对照' });
  const jobs = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '城镇新增就业' }) });
  await expect(jobs).toContainText('1.5万人（2025年）');
  await expect(jobs).toContainText('40万人');
  await expect(jobs).toContainText('原文：“十四五”累计城镇新增就业40万人');
  // Targets both plans set are aligned, with their bounds.
  const allowance = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '最低生活保障标准' }) });
  await expect(allowance).toContainText('13000元（2025年）');
  await expect(allowance).toContainText('1.3万元以上');
});

test('figures keep their bounds and say what kind they are: a starting point or a rule is not a result', async ({ page }) => {
  await page.goto('/practices/yuhuan-three-drives/');
  await page.getByText(/查看全部\d+项数据/).click();
  const table = page.getByRole('table', { name: /文中全部数据/ });
  const before = table.getByRole('row').filter({ hasText: '上栈头村村集体经济收入（众筹开发前）' });
  // (The label is the row's header; the cells are the figure, its kind, its year and its sentence.)
  await expect(before.getByRole('cell').nth(0)).toHaveText('不足5万元');
  await expect(before.getByRole('cell').nth(1)).toHaveText('基数');
  await page.goto('/practices/yuhuan-skills-to-capital/');
  await page.getByText(/查看全部\d+项数据/).click();
  const allowance = page.getByRole('table', { name: /文中全部数据/ }).getByRole('row').filter({ hasText: '浙江双环传动一级技能津贴' });
  await expect(allowance.getByRole('cell').nth(1)).toHaveText('标准');
  // The headline cards lead with results, not with allowances.
  await expect(page.getByRole('region', { name: '主要数据' })).not.toContainText('标准');
});

test('at 320 px (a phone, or 400% zoom) the metrics charts keep bars long enough to compare, labels above them', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/metrics/');
  const charts = page.getByRole('figure', { name: /各地比较/ });
  expect(await charts.count()).toBeGreaterThan(0);
  for (const chart of await charts.all()) {
    const { name, longest, width, labelAbove } = await chart.evaluate((fig) => {
      const bars = [...fig.querySelectorAll('.bar')].map((b) => b.getBoundingClientRect());
      const first = fig.querySelector('li')!;
      return {
        name: fig.querySelector('figcaption')!.textContent,
        longest: Math.max(...bars.map((b) => b.width)),
        width: fig.getBoundingClientRect().width,
        labelAbove: first.querySelector('.label')!.getBoundingClientRect().bottom <= first.querySelector('.bar')!.getBoundingClientRect().top + 1,
      };
    });
    expect(longest, `${name}: the longest bar`).toBeGreaterThan(width * 0.4);
    expect(labelAbove, `${name}: the label above its bar`).toBe(true);
  }
});

/** Rows of a CSV file (RFC 4180: quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

test('the metrics page gives every figure as a spreadsheet: one row each, and each row’s address leads to its sentence', async ({ page, request }) => {
  await page.goto('/metrics/');
  const total = Number((await page.locator('.lede').textContent())!.match(/收录的(\d+)项数据/)![1]);
  const link = page.getByRole('link', { name: `下载全部${total}项数据（CSV 表格，可用 Excel 打开）` });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('data.csv');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFF'), 'a byte-order mark, so that Excel reads the Chinese').toBe(true);
  const [head, ...rows] = parseCsv(text.slice(1));
  expect(head).toEqual(['来源类型', '来源', '地区', '发布日期', '指标', '数据名称', '数值', '单位', '原文写法', '类型', '年份', '原文句子', '网址']);
  expect(rows, 'one row per figure the page counts').toHaveLength(total);
  expect(rows.every((r) => r.length === head!.length)).toBe(true);
  const col = (name: string) => head!.indexOf(name);
  const yuhuan = rows.find((r) => r[col('地区')] === '玉环市' && r[col('数据名称')] === '新增高技能人才')!;
  expect([yuhuan[col('数值')], yuhuan[col('单位')], yuhuan[col('类型')], yuhuan[col('年份')]]).toEqual(['4503', '人', '成效', '2021']);
  // Every address is a sentence of its page: #m-n is the n-th figure's sentence there.
  const pages = new Map<string, string>();
  for (const r of rows) {
    const [path, anchor] = r[col('网址')]!.split('#');
    if (!pages.has(path!)) pages.set(path!, await (await request.get(path!)).text());
    expect(pages.get(path!), `${r[col('网址')]}: ${r[col('数据名称')]}`).toContain(`id="${anchor}"`);
  }
  await page.goto(yuhuan[col('网址')]!);
  await expect(page.locator(':target')).toContainText(yuhuan[col('原文句子')]!.replace(/\s+/g, ' ').trim().slice(0, 8));
});

test('the plan comparison aligns the 2025 targets of both plans', async ({ page }) => {
  await page.goto('/metrics/');
  const table = page.getByRole('table', { name: '各方案目标对照' });
  const row = table.getByRole('row', { name: /居民人均可支配收入/ }).first();
  await expect(row).toContainText('5.8万元');
  await expect(row).toContainText('7.5万元');
  await expect(table.getByRole('row', { name: /10-50万元群体比例/ })).toContainText('70%');
});

test('the plan comparison shows every figure a plan states for an indicator, each with its own qualifier', async ({ page }) => {
  // seeds/003 line 59 (主要目标): “每万老年人口拥有持证养老护理员数 25 人”; line 151 (measure 23): “…提高到25人以上”.
  // seeds/004 line 101: “每万老年人口拥有持证养老护理员人数达到25人以上”.
  await page.goto('/metrics/');
  const row = page.getByRole('table', { name: '各方案目标对照' }).getByRole('row', { name: /每万老年人口拥有持证养老护理员数/ });
  const [qingtian, taizhou] = [row.getByRole('cell').nth(0), row.getByRole('cell').nth(1)];
  await expect(qingtian.locator('.target')).toHaveCount(2);
  await expect(qingtian.locator('.target').nth(0).locator('.num')).toContainText('25人（2025年）');
  await expect(qingtian.locator('.target').nth(0).locator('.quote')).toHaveText('原文：每万老年人口拥有持证养老护理员数 25 人');
  await expect(qingtian.locator('.target').nth(1).locator('.num')).toContainText('25人以上');
  await expect(qingtian.locator('.target').nth(1).locator('.quote')).toHaveText('原文：每万老年人口拥有持证养老护理员数提高到25人以上');
  await expect(taizhou).toContainText('25人以上（2025年）');
});

for (const path of ['/groups/', '/regions/', '/measures/', '/briefings/', '/plans/', '/practices/', '/metrics/', '/']) {
  test(`every link on ${path} resolves`, async ({ page }) => {
    await page.goto(path);
    const links = await internalLinks(page);
    expect(links.length).toBeGreaterThan(5);
    for (const href of links) {
      const url = new URL(href);
      const res = await page.request.get(url.origin + url.pathname);
      expect(res.status(), href).toBe(200);
    }
  });
}

test('the home page counts a region’s plans beside its practices: 青田县 has no practice but a plan', async ({ page }) => {
  await page.goto('/');
  const qingtian = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: '青田县', exact: true }) });
  await expect(qingtian).toContainText('0个案例、1份方案');
});

test('index pages show counts and no index page is empty', async ({ page }) => {
  for (const path of ['/groups/', '/regions/', '/measures/']) {
    await page.goto(path);
    await expect(page.getByText(/\d+个案例/).first()).toBeVisible();
  }
  await page.goto('/regions/luqiao/');
  await expect(page.getByText('暂无收录的案例。')).toBeVisible();
});

test('the footer’s subscribe link explains the briefing feed and gives its address, and the feed lists the issues', async ({ page, request }) => {
  await page.goto('/practices/');
  await page.getByRole('contentinfo').getByRole('link', { name: '订阅简报更新' }).click();
  const section = page.getByRole('region', { name: '订阅简报更新' });
  await expect(section).toBeInViewport();
  const address = await section.locator('code').innerText();
  expect(new URL(address, page.url()).pathname).toBe('/feed.xml');
  const feed = await request.get(await section.getByRole('link', { name: '打开订阅源文件' }).getAttribute('href') ?? '');
  expect(feed.headers()['content-type'] ?? '').toMatch(/xml/);
  const xml = await feed.text();
  const issues = await page.locator('.briefings > li h2').count();
  expect(issues).toBeGreaterThan(0);
  expect(xml.match(/<entry>/g)?.length).toBe(issues);
});

test('a county page lists its city’s plans and leads to every page that mentions it; a city page to its whole area', async ({ page }) => {
  await page.goto('/regions/xianju/');
  const plans = page.getByRole('region', { name: /政策方案/ });
  await expect(plans.getByRole('heading')).toHaveText('政策方案（1份）');
  await expect(plans).toContainText('台州市的方案，适用于所辖各县（市、区）');
  await plans.getByRole('link', { name: /台州市/ }).first().click();
  await expect(page).toHaveURL(/\/plans\/taizhou-action-plan\/$/);
  await page.goBack();
  await page.getByRole('link', { name: '全文搜索“仙居”' }).click();
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false');
  const found = await page.locator('[data-results] .result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(found).toContain('/practices/taizhou-integrated-reform/');

  await page.goto('/regions/taizhou/');
  // A sentence, and 市本级 is not given as another name of the city.
  await expect(page.locator('.lede')).toHaveText(/^台州市是地级市。(又称[^。]+。)?$/);
  await expect(page.locator('.lede')).not.toContainText('本级');
  await page.getByRole('link', { name: '台州市全域的全部内容' }).click();
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false');
  const regions = new Set(await page.locator('[data-results] .result-region').allInnerTexts());
  expect(regions.size).toBeGreaterThan(3);
  expect(regions.has('青田县')).toBe(false);
});

test('a county page says what it is in a sentence, with its other names', async ({ page }) => {
  await page.goto('/regions/yuhuan/');
  await expect(page.locator('.lede')).toHaveText(/^玉环市是台州市下辖的县级市。(又称[^。]+。)?$/);
});

test('an issue page says when it has no editor’s note and leads to the issues before and after', async ({ page }) => {
  await page.goto('/briefings/taizhou-2021-12-01/');
  // Its raw text (seeds/000) has no masthead: whether it printed a note is not known (content-audit-9.spec.ts).
  await expect(page.locator('.masthead')).toContainText('原文未见报头，无法确认有无编者按');
  const nav = page.getByRole('navigation', { name: '前后各期' });
  await expect(nav.getByRole('link')).toHaveCount(1);
  await nav.getByRole('link', { name: /下一期/ }).click();
  await expect(page).toHaveURL(/\/briefings\/taizhou-2022-01-25\/$/);
  await expect(page.getByRole('heading', { name: '编者按' })).toBeVisible();
  await page.getByRole('navigation', { name: '前后各期' }).getByRole('link', { name: /上一期/ }).click();
  await expect(page).toHaveURL(/\/briefings\/taizhou-2021-12-01\/$/);
  await page.getByRole('link', { name: '工作简报', exact: true }).first().click();
  await expect(page).toHaveURL(/\/briefings\/$/);
});

test('a group page gives the plans’ targets for the group, with their years, also from the plans’ general goals', async ({ page }) => {
  await page.goto('/groups/low-income-farmers/');
  const policy = page.getByRole('region', { name: /方案要求/ });
  await expect(policy.getByRole('link', { name: '低收入农户收入年均增长 15%（2025年）' })).toBeVisible();
  await expect(policy.getByRole('link', { name: /共富工坊.*200个（2022年）/ })).toBeVisible();
  await policy.getByRole('link', { name: '低收入农户收入年均增长 15%（2025年）' }).click();
  await expect(page.locator(':target')).toContainText('低收入农户收入年均增长 15%');
});

test('a partner region’s page lists the practices it took part in without the lead region’s figures', async ({ page }) => {
  await page.goto('/regions/jingning/');
  const section = page.getByRole('region', { name: /作为协作地区参与的案例/ });
  await expect(section.getByRole('link', { name: /温岭市念好新时代山海经/ })).toBeVisible();
  await expect(section).toContainText('案例中的数据不一定是本地的');
  await expect(section.locator('.figures')).toHaveCount(0);
});

test('each briefing has a link text of its own on the home page and the briefing list, issues without a number too', async ({ page }) => {
  for (const path of ['/', '/briefings/']) {
    await page.goto(path);
    const links = await page.locator('main a[href*="/briefings/"]').evaluateAll((as) =>
      as.map((a) => ({ text: (a.textContent ?? '').trim(), href: new URL((a as HTMLAnchorElement).href).pathname })).filter((l) => /^\/briefings\/[^/]+\/$/.test(l.href)),
    );
    expect(links.length, path).toBeGreaterThanOrEqual(3);
    const hrefsByText = new Map<string, Set<string>>();
    for (const l of links) hrefsByText.set(l.text, (hrefsByText.get(l.text) ?? new Set()).add(l.href));
    for (const [text, hrefs] of hrefsByText) expect([...hrefs], `${path}: “${text}”`).toHaveLength(1);
    expect(links.map((l) => l.text)).toContain('《台州共富工作简报》（期号未注明，2022年1月25日）');
  }
});

test('an issue whose raw text prints no masthead says its series name was filled in by the editor; one that prints it does not', async ({ page }) => {
  const seriesField = (p: typeof page) => p.getByRole('definition').filter({ hasText: '台州共富工作简报' }).first();
  await page.goto('/briefings/taizhou-2022-01-25/');
  await expect(seriesField(page)).toHaveText('台州共富工作简报（原文未见报头，刊名由编辑填写）');
  await page.goto('/briefings/taizhou-2021-09-30/');
  await expect(seriesField(page)).toHaveText('台州共富工作简报（实践创新）');
});

test('a row of an indicator’s table on /metrics/ says its figure once: the quote’s link adds the region, not the figure again', async ({ page }) => {
  await page.goto('/metrics/');
  const table = page.getByRole('region', { name: /新增高技能人才/ }).getByRole('table');
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: '4503人', exact: true }) })
    .filter({ has: page.getByRole('cell', { name: '2021', exact: true }) });
  // The row header names the region and the next cell the figure; the quote (the text's own words) states it again.
  // Out of the table (a screen reader's list of links) the link still says whose figure it is.
  await expect(row).toMatchAriaSnapshot(`
    - row:
      - rowheader "玉环市"
      - cell "4503人"
      - cell "成效"
      - cell "2021"
      - cell:
        - link /^新增高技能人才 4503人 ?（玉环市）$/
      - cell:
        - link /玉环市“技能”变“资金”/
  `);
});
