import { expect, test } from '@playwright/test';

// A figure its text dates by 今年/去年 is dated on /metrics/ as printed, with the year the printed date makes it.

test('/metrics/: 椒江’s “截至今年上半年” figures say which year 今年 is, from the issue’s printed date', async ({ page }) => {
  // seeds/000 line 11: “截至今年上半年，共引育高校毕业生 7155名…完成职业技能补贴性培训10738人/次”; line 603: “2021年12月1日印发”.
  await page.goto('/metrics/');
  for (const [section, figure] of [['i-graduates-attracted', '7155名'], ['i-skill-training', '10738人次']] as const) {
    const row = page.locator(`section[aria-labelledby="${section}"]`).getByRole('row').filter({ hasText: figure });
    await expect(row).toHaveCount(1);
    // 数值, 类型, 年份: the year cell, as the reader sees it.
    await expect(row.getByRole('cell').nth(2)).toHaveText('截至今年上半年（今年即2021年：2021年12月1日印发）');
  }
});
