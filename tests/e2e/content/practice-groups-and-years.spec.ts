import { expect, test } from '@playwright/test';

// A practice's groups, its figures' years and its group's other names as the pages show them must be what its raw
// text says (seeds/).

test('温岭 山海协作 is listed under the groups its text serves: 困难学生 (困难群体), not 低收入农户, whom it never names', async ({ page }) => {
  // seeds/002 lines 23–51: 消薄 income goes to 经济薄弱村 (villages) and 村集体; the people helped are 三门 patients and
  // 景宁's 贫困儿童 and 困难学生 (助学金). No 低收入农户, no household.
  const title = /温岭市念好新时代山海经/;
  await page.goto('/groups/low-income-farmers/');
  const practices = page.getByRole('region', { name: /实践案例/ });
  await expect(practices.getByRole('link', { name: /天台县创新“和盈模式”/ })).toBeVisible();
  await expect(practices.getByRole('link', { name: title })).toHaveCount(0);
  await page.goto('/groups/vulnerable-groups/');
  await expect(page.getByRole('region', { name: /实践案例/ }).getByRole('link', { name: title })).toBeVisible();
  // Its 教育帮扶 (结对帮扶困难学生 106 人次，发放助学金 21.2 万元) is 社会救助, as 三门's 助学金 is.
  await page.goto('/measures/social-assistance/');
  await expect(page.getByRole('main').getByRole('link', { name: title })).toBeVisible();
});

test('a running total is not given the year of the period its sentence opens with: 温岭’s 累计完成投资 96.4亿元 is no 2021 figure', async ({ page }) => {
  // seeds/002 line 37: “2021年1-7月，温岭-三门…完成投资3.06亿元，累计完成投资96.4亿元” — 3.06亿 is January to July
  // 2021's; 96.4亿 is the park's total since it began, which the year column called 2021's.
  await page.goto('/practices/wenling-mountain-sea/');
  await page.getByText(/^查看全部\d+项数据$/).click();
  const all = page.getByRole('table', { name: /文中全部数据/ });
  const row = (label: string) => all.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  const cells = (label: string) => row(label).getByRole('cell');
  await expect(cells('温岭-三门山海协作生态旅游文化产业园完成投资（2021年1-7月）')).toContainText(['3.06亿元', '成效', '2021']);
  for (const label of ['温岭-三门山海协作生态旅游文化产业园累计完成投资', '温岭-景宁山海协作生态旅游文化产业园累计完成投资']) {
    await expect(row(label)).toHaveCount(1);
    await expect(row(label)).not.toContainText('2021');
  }
});

test('灵活就业人员 is no other name of 新就业形态从业人员: its group page does not say so, and a search for it finds 温岭’s 灵活就业', async ({ page }) => {
  // 台州's plan (seeds/004 line 37) puts 灵活就业 in its general employment measures, for 城镇零就业家庭成员、农村复转军人、
  // 残疾人; 温岭 (seeds/000 lines 269-273) helps 428 名就业困难人员实现灵活就业. 新就业形态从业人员 are the platform
  // workers the plans name (快递小哥、外卖骑手、网约车司机、网络主播), one kind of flexible work among others.
  await page.goto('/groups/new-employment-workers/');
  await expect(page.getByRole('main')).toContainText('快递小哥');
  await expect(page.getByRole('main')).not.toContainText('灵活就业人员');
  await page.goto(`/search/?q=${encodeURIComponent('灵活就业人员')}`);
  const results = page.locator('[data-results]');
  await expect(results).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  const paths = await results.locator('> li .result-title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(paths[0]).toBe('/practices/wenling-employment/');
});

test('a listed figure whose text gives no year says so, as /metrics/ does, and is not shown like a result of its issue’s year', async ({ page }) => {
  // seeds/000: 椒江's “新增高技能人才 1605人” gives no year (a running total); /metrics/ says 未注明（2021年12月发布）.
  // In the lists of group and region pages it showed with no note, beside figures marked （2021年）.
  const item = page.locator('.practice-list > li').filter({ has: page.getByRole('heading', { name: /^椒江区盯才/ }) });
  for (const path of ['/groups/technical-workers/', '/groups/migrant-workers/', '/regions/jiaojiang/']) {
    await page.goto(path);
    await expect(item.locator('.figures li').filter({ hasText: '1605人' }), path).toHaveText(/^1605人 新增高技能人才（未注明年份）/);
  }
  await page.goto('/metrics/');
  const row = page.getByRole('table', { name: /^新增高技能人才/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: '椒江区' }) });
  await expect(row.getByRole('cell').nth(2)).toHaveText('未注明（2021年12月发布）');
  // A figure its label dates by a word relative to its issue says when as printed, with no second note.
  await page.goto('/regions/jiaojiang/');
  await expect(item.locator('.figures li').filter({ hasText: '截至今年上半年' }).first()).toHaveText(/（截至今年上半年）(?:（各地数据）)?$/);
});

test('on its practice’s own page, a figure whose text gives no year says so in its card and in the table, as the lists do', async ({ page }) => {
  // seeds/000: 椒江's “新增高技能人才 1605人” gives no year. Its card said only 成效 and the table's 年份 said —, beside
  // figures of 2021: a reader comparing counties read it as current.
  await page.goto('/practices/jiaojiang-talent/');
  const card = page.getByRole('region', { name: '主要数据' }).getByRole('listitem').filter({ hasText: '1605人' });
  await expect(card.locator('.meta')).toHaveText('成效 · 未注明年份');
  await page.getByText(/^查看全部\d+项数据$/).click();
  const all = page.getByRole('table', { name: /文中全部数据/ });
  const row = (label: string) => all.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${label}`) }) });
  await expect(row('新增高技能人才').getByRole('cell')).toHaveText(['1605人', '成效', '未注明年份', /新增高技能人才/]);
  // A figure its label dates by a word relative to its issue (（截至今年上半年）) gets no second note.
  await expect(row('引育高校毕业生（截至今年上半年）').getByRole('cell').nth(2)).toHaveText('—');
  const dated = page.getByRole('region', { name: '主要数据' }).getByRole('listitem').filter({ hasText: '引育高校毕业生' });
  await expect(dated.locator('.meta')).toHaveText('成效');
});
