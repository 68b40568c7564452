import { expect, test } from '@playwright/test';

// The years, labels and tags of a page must say what its raw text says (seeds/).

test('玉环’s 玉贸贷 figures are a total up to 2021年5月底, not 2021’s: the year column is empty and the label names the date', async ({ page }) => {
  // seeds/002: “截至2021年5月底，共开出玉贸贷业务保函45笔，担保金额2.04亿元，科创贷担保金额 1000 万元”.
  await page.goto('/practices/yuhuan-three-drives/');
  await page.getByText(/^查看全部\d+项数据$/).click();
  const all = page.getByRole('table', { name: /文中全部数据/ });
  const rows: [string, string][] = [['玉贸贷业务保函（截至2021年5月底）', '45笔'], ['玉贸贷担保金额（截至2021年5月底）', '2.04亿元'], ['科创贷担保金额（截至2021年5月底）', '1000万元']];
  for (const [label, value] of rows) {
    const row = all.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
    await expect(row.getByRole('cell')).toHaveText([value, '成效', '—', /./]);
  }
});

test('a figure of one bank, one project or one school is labelled as theirs, not the county’s', async ({ page }) => {
  // seeds/002: “如玉环农商银行…推出单列专项信贷资金 10 亿元”；“如干江镇企业乡贤参事会…滨海景观带旅游项目，带动各村集体年度分红
  // 600 万元以上，解决本地 63 位低劳动力人口的就业”. seeds/001: “该县职业中专…毕业生当年就业率达98%以上”.
  for (const [path, labels] of [
    ['/practices/yuhuan-three-drives/', ['玉环农商银行单列专项信贷资金', '滨海景观带旅游项目带动各村集体年度分红', '滨海景观带旅游项目解决本地低劳动力人口就业']],
    ['/practices/xianju-government-school-enterprise/', ['县职业中专毕业生当年就业率', '县职业中专专业对口率', '县职业中专每年为企业输送技术工人']],
  ] as const) {
    await page.goto(path);
    await page.getByText(/^查看全部\d+项数据$/).click();
    const all = page.getByRole('table', { name: /文中全部数据/ });
    for (const label of labels) await expect(all.getByRole('rowheader', { name: label, exact: true }), `${path}: ${label}`).toHaveCount(1);
  }
});

test('practices are listed under the groups and measures their text names, and not under one it never names', async ({ page }) => {
  const listed = async (path: string, title: RegExp) => {
    await page.goto(path);
    return page.getByRole('main').getByRole('link', { name: title }).count();
  };
  const huangyan = /黄岩区“四大举措”/;
  // seeds/001: “指导…黄岩美团外卖员联合工会建立户外劳动者“爱心驿站””；“为留黄过年的困难外来职工…送去慰问金”.
  expect(await listed('/groups/new-employment-workers/', huangyan)).toBeGreaterThan(0);
  expect(await listed('/groups/migrant-workers/', huangyan)).toBeGreaterThan(0);
  // … and its figures about them come first there: 外来职工 is another name of the group.
  const item = page.getByRole('region', { name: /实践案例/ }).locator('.practice-list > li').filter({ has: page.getByRole('heading', { name: huangyan }) });
  await expect(item.locator('.figures li').first()).toContainText('12.1万元 为留黄外来职工送去慰问金');
  // Its only 医疗 is the name of a building site (区医疗卫生中心建设工程), no public service.
  expect(await listed('/measures/public-services/', huangyan)).toBe(0);
  // seeds/002: 温岭 “深入推进与三门的教育结对行动，确立了教师骨干结对…”.
  expect(await listed('/measures/rural-education/', /温岭市念好新时代山海经/)).toBeGreaterThan(0);
  // 玉环’s 三带 helps 薄弱村集体, 果农 and 低劳动力人口; it never names 低收入 households.
  expect(await listed('/groups/low-income-farmers/', /玉环市以“三带”策略/)).toBe(0);
});
