/**
 * Keyboard focus in the search filters, the main navigation's current section, a plan's contents and group sections,
 * link targets in bodies, the headers of comparison tables and a measure's plan measures; in Chromium against the
 * built site.
 */
import { expect, test } from '@playwright/test';

test('unticking a filter that the words find nothing for keeps keyboard focus in the filters, not on the page’s start', async ({ page }) => {
  await page.goto('/search/?q=乡村教师&group=技术工人');
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  const box = page.getByRole('checkbox', { name: /技术工人/ });
  await expect(box).toBeChecked();
  await box.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page).not.toHaveURL(/group=/);
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
  const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, inFilters: Boolean(document.activeElement?.closest('fieldset')), name: (document.activeElement as HTMLInputElement | null)?.name }));
  expect(focused.tag).toBe('INPUT');
  expect(focused.inFilters || focused.name === 'q', JSON.stringify(focused)).toBe(true);
});

test('a filter’s whole row ticks its box: the gap beside the box and the row’s height and width take the tap', async ({ page }) => {
  // The box is 18 px: between it and its words, and under them, a tap did nothing.
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/search/?q=技术工人');
    await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
    const row = page.locator('.facet-values li').first();
    await row.evaluate((li) => li.scrollIntoView({ block: 'center' }));
    const box = row.getByRole('checkbox');
    const [b, r] = [(await box.boundingBox())!, (await row.boundingBox())!];
    expect(r.height, `${width}`).toBeGreaterThanOrEqual(24);
    // Each point: just right of the box (the gap), the row's top and bottom edges under the words, and its far end.
    const points = [
      { x: b.x + b.width + 3, y: b.y + b.height / 2 },
      { x: b.x + b.width + 20, y: r.y + 1 },
      { x: b.x + b.width + 20, y: r.y + r.height - 1 },
      { x: r.x + r.width - 3, y: r.y + r.height / 2 },
    ];
    for (const [i, pt] of points.entries()) {
      const takes = await page.evaluate(({ x, y }) => {
        const hit = document.elementFromPoint(x, y);
        const label = hit?.closest('label');
        return hit instanceof HTMLInputElement || Boolean(label && label.control);
      }, pt);
      expect(takes, `${width} px, point ${i}`).toBe(true);
    }
  }
});

test('the navigation marks the section of a page below it as current ("true"), and only its own page as the page', async ({ page }) => {
  await page.goto('/regions/yuhuan/');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(0);
  await expect(nav.locator('[aria-current="true"]')).toHaveText(/按地区/);
  await page.goto('/regions/');
  await expect(nav.locator('[aria-current="page"]')).toHaveText(/按地区/);
});

test('a plan’s contents list its full text’s parts, and each link brings its part into view', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/plans/taizhou-action-plan/');
  const parts = page.getByRole('navigation', { name: '本页目录' }).getByRole('list', { name: '全文各部分：' }).getByRole('link');
  await expect(parts).toHaveText(['一、总体要求', '二、实施路径', '三、实施九大群体激励计划', '四、保障措施']);
  await parts.nth(2).click();
  await expect(page.getByRole('heading', { name: '三、实施九大群体激励计划' })).toBeInViewport();
});

test('a plan’s group sections are not landmarks of their own inside 分群体举措', async ({ page }) => {
  await page.goto('/plans/qingtian-action-plan/');
  await expect(page.getByRole('heading', { name: /技术工人激励计划/ }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: /激励计划/ })).toHaveCount(0);
});

test('every id the content check lets a body link to is on the built practice and plan pages', async ({ page }) => {
  const { pageAnchors } = await import('../../../src/lib/body-links.ts');
  const { splitFrontmatter } = await import('../../../src/lib/frontmatter.ts');
  const { readdirSync, readFileSync } = await import('node:fs');
  for (const kind of ['practices', 'plans'] as const) {
    for (const file of readdirSync(`content/${kind}`).filter((f) => f.endsWith('.md'))) {
      const { data, body } = splitFrontmatter(readFileSync(`content/${kind}/${file}`, 'utf8'), file);
      if ((data as { draft?: boolean }).draft) continue;
      await page.goto(`/${kind}/${file.replace(/\.md$/, '')}/`);
      const missing = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), [...pageAnchors(kind, data, body).ids]);
      expect(missing, `${kind}/${file}`).toEqual([]);
    }
  }
});

test('a figure in a comparison table is read with its row’s region (/metrics/) or label (a page’s table of figures)', async ({ page }) => {
  await page.goto('/metrics/');
  const table = page.locator('section.indicator').first().getByRole('table');
  const header = table.getByRole('row').nth(1).getByRole('rowheader');
  await expect(header).toHaveText(/[市县区]/);
  // The accessibility tree gives the figure's cell its row header: a screen reader says 玉环市 with 4503人.
  await page.goto('/practices/yuhuan-skills-to-capital/');
  await page.getByText(/^查看全部\d+项数据$/).click();
  const all = page.getByRole('table', { name: /文中全部数据/ });
  await expect(all.getByRole('rowheader', { name: /^新增高技能人才/ })).toHaveCount(1);
});

test('a measure’s page lists the plans’ measures that name it, each linked to its group’s section of the plan', async ({ page }) => {
  await page.goto('/measures/equity-incentive/');
  const items = page.getByRole('region', { name: '政策方案中的相关举措' }).getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('第3项：推进股权激励改革');
  await items.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/plans\/taizhou-action-plan\/#g-technical-workers$/);
  await expect(page.getByRole('heading', { name: /技术工人激励计划/ }).first()).toBeInViewport();
  // A measure no plan's measure names has no such list.
  await page.goto('/measures/mountain-sea-cooperation/');
  await expect(page.getByRole('region', { name: '政策方案中的相关举措' })).toHaveCount(0);
});
