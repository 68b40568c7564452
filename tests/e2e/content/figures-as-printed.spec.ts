import { expect, test, type Page } from '@playwright/test';

// A figure is shown as its sentence prints it: no bound the text does not print after it, no unit it does not print.

/** The 数值 cell of the metric table row headed `label` on the current page. */
function valueCell(page: Page, label: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) }).getByRole('cell').first();
}

/** The CSV rows of /metrics/data.csv whose 数据名称 is `label`, as [数值, 单位, 原文写法]. */
async function csvRow(page: Page, label: string): Promise<string[]> {
  const text = await (await page.request.get('/metrics/data.csv')).text();
  const row = text.split('\r\n').find((line) => line.split(',')[5] === label);
  expect(row, `a CSV row for ${label}`).toBeDefined();
  return row!.split(',').slice(6, 9);
}

test('台州: 以上 after the last figure of “分别达到 80%、92%以上” is not shown after 80%', async ({ page }) => {
  // seeds/004 line 41: “实现劳动人事争议调解成功率、仲裁结案率分别达到 80%、92%以上。” — 以上 is printed after 92% only.
  await page.goto('/plans/taizhou-action-plan/');
  await expect(valueCell(page, '劳动人事争议调解成功率')).toHaveText('80%');
  await expect(valueCell(page, '劳动人事争议仲裁结案率')).toHaveText('92%以上');
  await page.goto('/metrics/');
  // 其他数据（未归入可比指标）: the plan's figures are in a closed <details>.
  await page.getByText('台州市：台州市重点群体“扩中”“提低”行动实施方案（').click();
  await expect(valueCell(page, '劳动人事争议调解成功率')).toHaveText('80%');
  expect(await csvRow(page, '劳动人事争议调解成功率')).toEqual(['80', '%', '80%']);
  expect(await csvRow(page, '劳动人事争议仲裁结案率')).toEqual(['92', '%', '92%以上']);
});

test('青田: “缩小到 1.7 以内” is shown as 1.7以内, the unit 倍 only in the CSV’s 单位 column', async ({ page }) => {
  // seeds/003 line 47: “城乡居民收入倍差力争缩小到 1.7 以内。” — no 倍 after 1.7.
  await page.goto('/plans/qingtian-action-plan/');
  await expect(valueCell(page, '城乡居民收入倍差')).toHaveText('1.7以内');
  await expect(page.getByRole('main')).not.toContainText('1.7倍');
  await page.goto('/metrics/');
  await expect(page.getByRole('main')).not.toContainText('1.7倍');
  expect(await csvRow(page, '城乡居民收入倍差')).toEqual(['1.7', '倍', '1.7以内']);
});

test('椒江: the CSV’s 原文写法 is 10738人/次 as printed, its 单位 the field’s 人次', async ({ page }) => {
  // seeds/000 lines 14-15: “完成职业技能补贴性培训10738人/次。”; the page may show 人次, a column named 原文写法 may not.
  expect(await csvRow(page, '完成职业技能补贴性培训（截至今年上半年）')).toEqual(['10738', '人次', '10738人/次']);
  expect(await csvRow(page, '完成职业技能等级认定')).toEqual(['3650', '人次', '3650人/次']);
});

test('台州: the CSV’s 原文写法 keeps 约为 as printed (约为 124万人), where the page shows 约124万人', async ({ page }) => {
  // seeds/001 line 41: “全市技术工人总数约为 124万人”.
  expect(await csvRow(page, '全市技术工人总数')).toEqual(['1240000', '人', '约为124万人']);
});
