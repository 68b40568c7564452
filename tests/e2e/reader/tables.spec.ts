import { expect, test, type Page } from '@playwright/test';

// Tables: each scrolls in its own named box on a phone, the line that says it scrolls shows exactly when it does, a
// cut-off edge is shaded, the keyboard reaches its links (no Tab stop of its own; arrow keys and Tab scroll it on a
// phone), its cells fit with large text. Expected values come from the pages themselves, so new content does not break
// these tests.

const HINT = '表格较宽：左右滑动可看到全部列。';

/** Presses Tab from the top of the page to the footer's first link; returns what each stop was. */
async function tabStops(page: Page) {
  const stops: { tag: string; tableBox: boolean; tableHasLink: boolean; name: string }[] = [];
  await page.locator('body').focus();
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const box = el.classList.contains('table-scroll');
      return {
        tag: el.tagName,
        tableBox: box,
        tableHasLink: box && el.querySelector('a[href]') !== null,
        name: el.getAttribute('aria-label') ?? el.textContent!.trim().slice(0, 30),
        footer: el.closest('footer') !== null,
      };
    });
    if (!stop || stop.footer) break;
    stops.push(stop);
  }
  return stops;
}

test('a table whose cells hold links is no Tab stop of its own: Tab goes to its links, and on a phone the arrow keys scroll it from a link', async ({ page }) => {
  test.slow(); // Tab through four pages, /metrics/ with some 140 stops
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const path of ['/metrics/', '/measures/', '/practices/wenling-employment/', '/plans/taizhou-action-plan/']) {
    await page.goto(path);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const stops = await tabStops(page);
    expect(stops.length, `${path}: Tab reaches the page's links`).toBeGreaterThan(5);
    // Where the table fits, a stop on its box did nothing; where it scrolls, its links lead into it.
    expect(stops.filter((s) => s.tableBox && s.tableHasLink).map((s) => s.name), `${path}: boxes on the keyboard's path`).toEqual([]);
  }
  // On a phone /measures/' table is wider than the screen (the tables of figures restack their rows instead): Tab
  // reaches its first link, and the arrow keys scroll the table (not the page) from there.
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/measures/');
  const box = page.getByRole('group', { name: '举措类型及案例数' });
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth), 'the table of /measures/ is wider than 320 px').toBe(true);
  const first = box.getByRole('link').first();
  let tabs = 0;
  while (!(await first.evaluate((el) => el === document.activeElement)) && tabs++ < 400) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  const before = await box.evaluate((el) => el.scrollLeft);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
  expect(await page.evaluate(() => window.scrollX)).toBe(0);
});

test('on a phone with large text, a table’s cell is never wider than its box: each line of a quote or a note is read without scrolling sideways', async ({ page }) => {
  test.slow(); // three sizes on four pages
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ['/plans/taizhou-action-plan/', '/practices/wenling-employment/', '/metrics/', '/measures/']) {
    await page.goto(path);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    for (const size of ['100%', '150%', '200%']) {
      await page.evaluate((s) => (document.documentElement.style.fontSize = s), size);
      const wider = await page.locator('.table-scroll').evaluateAll((boxes) =>
        boxes.flatMap((box) =>
          // Figures' cells too: /metrics/'s “未注明（2021年12月发布）” was one line wider than the box at 200 %.
          [...box.querySelectorAll<HTMLElement>('td, th[scope="row"]')]
            .filter((cell) => cell.getBoundingClientRect().width > box.clientWidth + 1)
            .map((cell) => `${cell.textContent!.trim().slice(0, 20)}: ${Math.round(cell.getBoundingClientRect().width)} px in ${box.clientWidth} px`),
        ),
      );
      expect(wider.slice(0, 5), `${path} at ${size}: text cells wider than their box`).toEqual([]);
    }
  }
});

test('the line “表格较宽：左右滑动…” shows above a table exactly when the table is wider than its box, at any width', async ({ page }) => {
  // 480–700 px: /measures/' table and a practice's figures fit, yet the line said they scroll; 800–900 px: /metrics/'
  // tables were cut off at their last column and nothing said so.
  for (const width of [320, 480, 700, 800, 900, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/metrics/', '/measures/', '/practices/yuhuan-skills-to-capital/', '/plans/qingtian-action-plan/']) {
      await page.goto(path);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      // Each box with the line that comes with it (the lines in page order, one a box), whether the table overflows
      // its box and whether the line is seen. Polled: a scroll-state query answers at the next frame after a layout
      // change (a fold opened).
      const check = () =>
        page.evaluate((hint) => {
          const boxes = [...document.querySelectorAll<HTMLElement>('.table-scroll')];
          const lines = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => el.children.length === 0 && el.textContent === hint);
          if (!boxes.length || lines.length !== boxes.length) return [`${boxes.length} tables, ${lines.length} lines`];
          return boxes.flatMap((box, i) => {
            const r = lines[i]!.getBoundingClientRect();
            const shown = lines[i]!.checkVisibility() && r.width > 0 && r.height > 0;
            const overflows = box.scrollWidth > box.clientWidth + 1;
            return overflows === shown ? [] : [`${box.getAttribute('aria-label')}: ${overflows ? 'scrolls, no line' : 'fits, yet the line'}`];
          });
        }, HINT);
      await expect.poll(check, { message: `${width} px, ${path}`, timeout: 2000 }).toEqual([]);
    }
  }
});

test('scrolled sideways, a wide table’s line stays in view above it; on paper it does not print', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/measures/');
  const box = page.getByRole('group', { name: '举措类型及案例数' });
  const hint = box.getByText(HINT, { exact: true });
  // The line is at the top of a table taller than the screen.
  await hint.scrollIntoViewIfNeeded();
  await expect(hint).toBeVisible();
  await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  await expect(hint).toBeInViewport({ ratio: 1 });
  await page.emulateMedia({ media: 'print' });
  await expect(hint).toBeHidden();
});

test('on a phone, Tab through a wide table scrolls each focused link wholly into the table’s box, its focus ring with it', async ({ page }) => {
  // Chromium scrolls a focused element into view only when none of it shows: a link in the next column, its first few
  // pixels at the box's edge, was focused with the rest of it (and its ring) out of sight (/metrics/ at 375 px: 36 of
  // 120 links).
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ['/metrics/', '/plans/qingtian-action-plan/', '/measures/']) {
    await page.goto(path);
    const cut: string[] = [];
    let inTables = 0;
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const seen = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'end';
        const box = el.closest('.table-scroll');
        if (!box || el === box) return 'outside';
        const r = el.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        return r.left >= b.left - 0.5 && r.right <= b.right + 0.5 ? 'whole' : `${el.textContent?.trim().slice(0, 12)}: ${Math.round(r.left)}–${Math.round(r.right)} in a box ${Math.round(b.left)}–${Math.round(b.right)}`;
      });
      if (seen === 'end') break;
      if (seen === 'outside') continue;
      inTables++;
      if (seen !== 'whole') cut.push(seen);
    }
    expect(inTables, path).toBeGreaterThan(5);
    expect(cut, path).toEqual([]);
  }
});

test('/metrics/ tables are named groups, not some thirty landmarks each named twice', async ({ page }) => {
  await page.goto('/metrics/');
  const boxes = page.locator('.table-scroll');
  expect(await boxes.count()).toBeGreaterThan(3);
  await expect(page.getByRole('group', { name: /新增高技能人才/ }).first()).toBeVisible();
  // The page's landmarks are its own: header, navigation, main, footer, and its sections, not a region per table.
  const regions = await page.getByRole('region').count();
  expect(regions).toBeLessThan(await boxes.count());
});

test('a table cut off at a tablet’s width shades its edge, where scroll bars may not show until used', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1000 });
  await page.goto('/metrics/');
  const shaded = await page.locator('.table-scroll').evaluateAll((boxes) =>
    boxes.filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => getComputedStyle(b).backgroundImage),
  );
  for (const image of shaded) expect(image).toContain('gradient');
});

test('on a phone (320–375 px) every table scrolls in its own named box (a group), never the page, reached by the keyboard', async ({ page, request }) => {
  test.slow(); // every page, twice
  const xml = await (await request.get('/sitemap.xml')).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  let wide = 0;
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 700 });
    for (const path of paths) {
      await page.goto(path);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width} px: the page scrolls sideways`).toBeLessThanOrEqual(1);
      const tables = await page.locator('main table').evaluateAll((ts) =>
        ts.map((t) => {
          // The nearest box that scrolls sideways.
          let box = t.parentElement;
          while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
          return {
            caption: (t as HTMLTableElement).caption?.textContent?.trim() ?? '',
            role: box?.getAttribute('role') ?? null,
            name: box?.getAttribute('aria-label') ?? (box?.getAttribute('aria-labelledby') && document.getElementById(box.getAttribute('aria-labelledby')!)?.textContent) ?? '',
            focusable: box?.tabIndex === 0,
            // Tab reaches a link in the table, and the arrow keys scroll the box from it (src/lib/focusable.ts).
            hasLink: t.querySelector('a[href]') !== null,
            scrolls: box ? box.scrollWidth > box.clientWidth : false,
          };
        }),
      );
      for (const t of tables) {
        // A group, not a region: /metrics/ has some thirty tables, which as landmarks buried the page's own.
        expect(t.role, `${path}: ${t.caption}`).toBe('group');
        expect(t.name, `${path}: ${t.caption}`).toBe(t.caption);
        expect(t.focusable || t.hasLink, `${path}: ${t.caption}: on the keyboard's path`).toBe(true);
        if (t.scrolls) wide++;
      }
    }
  }
  expect(wide, 'some tables are wider than a phone').toBeGreaterThan(0);
  // With the keyboard: Tab reaches a wide table's links, and the arrow keys scroll it (reader-review-7.spec.ts).
});

test('on a phone with large text, each row of /metrics/ shows its figure’s kind and year without scrolling sideways, and stays a table for screen readers', async ({ page }) => {
  // 城镇新增就业: 玉环 14462人 is a 2020 result, 台州 40万人 a “十四五” target, 青田 1.5万人 a 2025 target. Scrolled
  // sideways in its box, a phone at 130 % or 200 % showed only 地区 and part of 数值, and nothing said which was which.
  const table = page.getByRole('table', { name: '城镇新增就业：各地数据' });
  for (const width of [360, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/metrics/');
    for (const size of ['130%', '200%']) {
      await page.evaluate((s) => (document.documentElement.style.fontSize = s), size);
      for (const [region, kind, year] of [['玉环市', '成效', '2020'], ['台州市', '目标', '—'], ['青田县', '目标', '2025']] as const) {
        const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: region }) });
        for (const [column, text] of [['类型', kind], ['年份', year]] as const) {
          const cell = row.getByRole('cell').filter({ hasText: new RegExp(`^${text}$`) });
          // Scrolled to vertically only: a cell the reader must scroll the table sideways to is not in view.
          await cell.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 100));
          await expect(cell, `${width} px, ${size}: ${region}'s ${column}`).toBeInViewport({ ratio: 1 });
          // Each value says what it is (its column's name before it), as the table's heading row says on wider screens.
          expect(await cell.evaluate((el) => getComputedStyle(el, '::before').content), `${width} px, ${size}: ${region}'s ${column} is labelled`).toContain(column);
        }
      }
      expect(await table.evaluate((t) => t.closest('.table-scroll')!.scrollWidth - t.closest('.table-scroll')!.clientWidth), `${width} px, ${size}: the table scrolls sideways`).toBeLessThanOrEqual(1);
    }
  }
  // Chromium's own accessibility tree (not Playwright's reading of the markup): still a table, whose rows are headed by
  // their region and whose cells have their columns' headers.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
  const roles = (role: string) => nodes.filter((n) => n.role?.value === role).map((n) => n.name?.value ?? '');
  expect(roles('table')).toContain('城镇新增就业：各地数据');
  expect(roles('rowheader')).toContain('台州市');
  expect(roles('columnheader')).toEqual(expect.arrayContaining(['地区', '数值', '类型', '年份', '原文', '来源']));
});

test('on a phone, /metrics/’ plans’ targets side by side restack under each plan’s name, without scrolling sideways, and stay a table for screen readers', async ({ page }) => {
  // 方案目标对照 scrolled sideways in its box at 360 px: a reader saw one plan's targets at a time, never the two side by
  // side it exists to show, while every other table of figures restacked.
  const box = page.getByRole('group', { name: '各方案目标对照' });
  const table = box.getByRole('table', { name: '各方案目标对照' });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/metrics/');
  // The plans, as the heading row names them (青田县（正式印发）), read from the page.
  const plans = (await table.locator('thead th').allTextContents()).slice(1).map((t) => t.trim());
  expect(plans.length).toBeGreaterThanOrEqual(2);
  for (const size of ['100%', '200%']) {
    await page.evaluate((s) => (document.documentElement.style.fontSize = s), size);
    expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth), `${size}: the table scrolls sideways`).toBeLessThanOrEqual(1);
    const row = table.getByRole('row').nth(1);
    for (const [i, plan] of plans.entries()) {
      const cell = row.getByRole('cell').nth(i);
      await cell.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 100));
      await expect(cell, `${size}: ${plan}`).toBeInViewport({ ratio: 1 });
      // Each plan's targets say whose they are (its column's name before them), as the heading row does on wider screens.
      expect(await cell.evaluate((el) => getComputedStyle(el, '::before').content), `${size}: ${plan}'s targets are labelled`).toContain(plan);
    }
  }
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  // A plan's name in the heading row is a link: with the keyboard on it, the row shows, not a focus ring on nothing.
  const link = table.locator('thead a').first();
  await link.focus();
  await expect(link).toBeInViewport({ ratio: 1 });
  expect(await link.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(10);
  // Chromium's own accessibility tree: still a table, whose rows are headed by their indicator and whose columns by
  // their plans.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
  const names = (role: string) => nodes.filter((n) => n.role?.value === role).map((n) => n.name?.value ?? '');
  expect(names('table')).toContain('各方案目标对照');
  expect(names('columnheader')).toEqual(expect.arrayContaining(['指标', ...plans]));
  expect(names('rowheader')).toContain((await table.getByRole('rowheader').first().textContent())!.trim());
});

test('on a wide screen and on paper, /metrics/ tables keep their columns', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/metrics/');
  const table = page.getByRole('table', { name: '城镇新增就业：各地数据' });
  for (const media of ['screen', 'print'] as const) {
    await page.emulateMedia({ media });
    await expect(table.getByRole('columnheader', { name: '类型' }), media).toBeVisible();
    expect(await table.evaluate((t) => getComputedStyle(t).display), media).toBe('table');
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '玉环市' }) });
    // One line of cells: the kind sits beside the figure, not under it.
    const [value, kind] = await Promise.all([row.getByRole('cell').nth(0).boundingBox(), row.getByRole('cell').nth(1).boundingBox()]);
    expect(kind!.x, media).toBeGreaterThan(value!.x + value!.width - 1);
  }
});
