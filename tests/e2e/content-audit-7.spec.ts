import { expect, test } from '@playwright/test';

// Seventh content audit: what the pages say about a practice must be what its raw text says (seeds/).

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
