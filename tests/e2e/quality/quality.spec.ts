// Quality gates on every page type: accessibility (axe, WCAG 2.2 AA), keyboard use, no requests to other hosts,
// no JavaScript on content pages before search is used, page weight and layout stability.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { chromiumArgs, findChromium } from '../../support/browser.ts';
import { pageWeight } from '../../support/page-weight.ts';

const PAGE_TYPES: Record<string, string> = {
  home: '/',
  practice: '/practices/yuhuan-skills-to-capital/',
  'practice with footnotes': '/practices/sanmen-five-helps/',
  briefing: '/briefings/taizhou-2022-01-25/',
  plan: '/plans/qingtian-action-plan/',
  'group index': '/groups/',
  group: '/groups/technical-workers/',
  'region index': '/regions/',
  region: '/regions/yuhuan/',
  'measure index': '/measures/',
  measure: '/measures/skills-training/',
  'briefing index': '/briefings/',
  'plan index': '/plans/',
  'practice index': '/practices/',
  metrics: '/metrics/',
  sources: '/sources/',
  'search with results': '/search/?q=股权激励',
  '404': '/no-such-page/',
};

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    test(`axe: ${name} (${scheme}) has no WCAG 2.2 AA violations`, async ({ page }) => {
      // axe walks every node: on /metrics/ (500 table rows) it takes about 10 s alone and over 30 s on a loaded machine.
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      if (path.startsWith('/search/')) await page.getByRole('list', { name: '搜索结果' }).waitFor();
      // Open every <details> so what it hides is checked too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      expect(summary).toEqual([]);
    });
  }
}

for (const [name, path] of Object.entries(PAGE_TYPES)) {
  test(`no request leaves the site: ${name}`, async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(foreign).toEqual([]);
  });
}

const CONTENT_PAGES = ['/', '/practices/yuhuan-skills-to-capital/', '/briefings/taizhou-2022-01-25/', '/plans/taizhou-action-plan/', '/groups/technical-workers/', '/metrics/'];

for (const path of CONTENT_PAGES) {
  test(`${path}: no JavaScript before search is used, light HTML + CSS, no layout shift`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(scripts, 'scripts loaded on a content page').toEqual([]);
    expect(await page.locator('script[src]').count()).toBe(0);
    // Inline, only the search box's loader, which waits for the box to be focused (SearchBox.astro): nothing else runs.
    // JSON-LD (type="application/ld+json") is data for search engines, not code: it never runs.
    const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').evaluateAll((ss) => ss.map((s) => s.textContent ?? ''));
    expect(inline.length, 'inline scripts').toBeLessThanOrEqual(1);
    for (const code of inline) {
      expect(code).toContain('focusin');
      expect(code.length, 'the loader is small').toBeLessThan(1024);
    }
    expect(await layoutShift(page)).toBeLessThan(0.01);
  });
}

// Budget: every practice page's HTML and CSS, less the practice's own text, under 60 KB. Read from the built files
// (tests/support/page-weight.ts), so every practice is checked, not one. Excluded: the practice's own text (the inner
// HTML of region 正文, which grows with what the issue printed, not with the page's frame) and what loads only once search
// is used (the search script and Pagefind's files; the test above checks that none loads before). Fonts and images:
// the pages link none (the no-request test and the CSS show it).
test('every practice page: HTML + CSS less its own text under 60 KB, read from dist/', () => {
  // Every practice of content/ that is published (a draft has no page); an old address's redirect page is no practice page.
  const ids = readdirSync('content/practices')
    .filter((f) => /\.mdx?$/.test(f) && !/^draft: true$/m.test(readFileSync(`content/practices/${f}`, 'utf8').split(/^---$/m)[1] ?? ''))
    .map((f) => f.replace(/\.mdx?$/, ''));
  expect(ids.length).toBeGreaterThanOrEqual(12);
  const over: string[] = [];
  for (const id of ids) {
    const w = pageWeight('dist', `practices/${id}/index.html`);
    expect(Object.keys(w.css).length, `${id}: the page has its stylesheet`).toBeGreaterThan(0);
    expect(w.text, `${id}: the page has its region 正文`).toBeGreaterThan(0);
    if (w.weight >= 60 * 1024) over.push(`${id}: ${w.weight} bytes (HTML ${w.html}, CSS ${JSON.stringify(w.css)}, text ${w.text})`);
  }
  expect(over).toEqual([]);
});

// The test above opens a few pages in the browser; this one reads what every page of the site sends (the sitemap's
// pages and the 404 page), so a script added to one kind of page only (a region page, say) is found too.
test('every page but the search page ships no script file, only the search box’s small inline loader', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).filter((p) => !p.startsWith('/search/'));
  expect(paths).toEqual(expect.arrayContaining(['/', '/regions/yuhuan/', '/measures/skills-training/', '/sources/']));
  const found: string[] = [];
  for (const path of [...paths, '/no-such-page/']) {
    const html = await (await request.get(path)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]!));
    for (const [tag, attrs, code] of scripts) {
      if (/\bsrc=/.test(attrs!)) found.push(`${path}: ${tag.slice(0, 120)}`);
      else if (!code!.includes('focusin') || code!.length >= 1024) found.push(`${path}: inline script of ${code!.length} characters: ${code!.slice(0, 80)}`);
    }
    if (scripts.length > 1) found.push(`${path}: ${scripts.length} scripts`);
  }
  expect(found).toEqual([]);
});

/** The page's cumulative layout shift since it started loading (shifts not caused by the reader's input). */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!e.hadRecentInput) total += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
}

for (const width of [1280, 412]) {
  test(`/search/?q=股权激励 at ${width} px: no layout shift while the results load`, async ({ playwright, baseURL }) => {
    // A browser that draws scrollbars, as a desktop browser does (Playwright hides them by default): a scrollbar that
    // appears when the results arrive moves the centred content sideways.
    const browser = await playwright.chromium.launch({ executablePath: findChromium(), args: chromiumArgs, ignoreDefaultArgs: ['--hide-scrollbars'] });
    try {
      const page = await browser.newPage({ baseURL: baseURL!, locale: 'zh-CN', viewport: { width, height: width > 800 ? 800 : 900 } });
      await page.goto('/search/?q=股权激励');
      await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
      await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').first()).toBeVisible();
      expect(await layoutShift(page)).toBeLessThan(0.1);
    } finally {
      await browser.close();
    }
  });
}

test('keyboard: the skip link is the first stop and moves focus to the content; focus is visible', async ({ page }) => {
  await page.goto('/practices/yuhuan-skills-to-capital/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到主要内容' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle + getComputedStyle(el).borderStyle);
  expect(outline).toMatch(/solid/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  // The content is the link's target but is not highlighted as a whole, as a linked sentence is.
  expect(await page.locator('main').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toBeInViewport();
  const ring = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(ring).toBe('solid');
});

test('keyboard on a phone: every focus ring is whole on screen, never cut by the window’s edge', async ({ page }) => {
  test.slow(); // Tab through every stop of four long pages
  // The browser scrolls a focused element just into the window; without room below it the ring (3 px, 2 px off the
  // element) was cut at the bottom edge, on every page type.
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ['/metrics/', '/plans/taizhou-action-plan/', '/practices/wenling-employment/', '/']) {
    await page.goto(path);
    const cut: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const ring = 5; // outline width + offset
        const out = [...el.getClientRects()].some(
          (r) => r.top - ring < 0 || r.bottom + ring > innerHeight || r.left - ring < 0 || r.right + ring > document.documentElement.clientWidth,
        );
        return { key: `${el.tagName} ${el.getAttribute('href') ?? el.id} ${el.textContent!.trim().slice(0, 20)}`, out };
      });
      if (!stop) continue;
      if (seen.has(stop.key)) break;
      seen.add(stop.key);
      if (stop.out) cut.push(stop.key);
    }
    expect(seen.size, `${path}: Tab goes round the page`).toBeGreaterThan(15);
    expect(cut, `${path}: focus rings cut by the window`).toEqual([]);
  }
});

/** The red, green and blue of a CSS colour, without its alpha: forced colours keep a background's transparency. */
const rgb = (color: string) => color.match(/[\d.]+/g)!.slice(0, 3).join(',');

test('source sentences are marked by more than a tint, and in forced colours (Windows high contrast) too', async ({ page }) => {
  await page.goto('/practices/yuhuan-skills-to-capital/');
  // For everyone, a cue besides the tint, which the legend names.
  await expect(page.getByText(/带底色和点状下划线的文字是这些数据的原文出处/)).toBeVisible();
  const quote = page.getByRole('region', { name: '正文' }).locator('.metric-quote').first();
  expect(await quote.evaluate((el) => getComputedStyle(el).textDecorationStyle)).toBe('dotted');

  // The sentence a link lands on stands out from the other quotes: an outline, besides the full tint.
  await page.goto('/practices/yuhuan-skills-to-capital/#m-10');
  const landed = await page.locator('#m-10').evaluate((el) => ({ outline: `${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineWidth}`, bg: getComputedStyle(el).backgroundColor }));
  const other = await page.locator('#m-11').evaluate((el) => ({ outline: getComputedStyle(el).outlineStyle, bg: getComputedStyle(el).backgroundColor }));
  expect(landed.outline).toBe('solid 2px');
  expect(other.outline).toBe('none');
  expect(landed.bg).not.toBe(other.bg);

  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/practices/yuhuan-skills-to-capital/#m-1');
  const pageBg = rgb(await page.locator('html').evaluate((el) => getComputedStyle(el).backgroundColor));
  expect(rgb(await quote.evaluate((el) => getComputedStyle(el).backgroundColor)), "a quote's background").not.toBe(pageBg);
  expect(await page.locator('#m-1').evaluate((el) => `${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineWidth}`)).toBe('solid 2px');
  // The landed-on sentence takes the system's highlight colours, not the other quotes' marked-text ones.
  const bg = (sel: string) => page.locator(sel).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await bg('#m-1')).not.toBe(await bg('#m-2'));
});

test('forced colours (Windows high contrast): the header search button keeps its edge', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/practices/yuhuan-skills-to-capital/');
  const button = await page.getByRole('search').getByRole('button', { name: '搜索' }).evaluate((el) => {
    const s = getComputedStyle(el);
    return { edge: `${s.borderTopStyle} ${s.borderTopWidth}`, color: s.borderTopColor, bg: getComputedStyle(document.documentElement).backgroundColor };
  });
  expect(button.edge).toBe('solid 2px');
  expect(rgb(button.color), "the button's border").not.toBe(rgb(button.bg));
});

test('text resizes to 200% without loss and the page works on a phone', async ({ page }) => {
  // A plan's and an issue's details panels put each label above its value when there is no room beside it.
  for (const [path, width] of [['/plans/qingtian-action-plan/', 320], ['/briefings/taizhou-2021-09-30/', 320], ['/practices/yuhuan-skills-to-capital/', 360]] as const) {
    await page.setViewportSize({ width, height: 740 });
    await page.goto(path);
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(1);
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const lineHeight = await page.locator('.body p').first().evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize));
  expect(lineHeight).toBeGreaterThanOrEqual(1.5);
});

test('with large text on a phone the search boxes stay wide enough to read the query; the button goes below', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  // The header's box shares its row with its button in the compact header (src/layouts/Base.astro), which must leave
  // the page's own content on the first screen; it still shows six characters of the query.
  await page.goto('/');
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  const shown = await page.locator('#site-search').evaluate((el) => {
    const s = getComputedStyle(el);
    return (el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)) / parseFloat(s.fontSize);
  });
  expect(shown, 'characters of the query the header box shows').toBeGreaterThanOrEqual(6);
  for (const [path, box] of [['/search/?q=股权激励', '#search-q']] as const) {
    await page.goto(path);
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const { input, form } = await page.locator(box).evaluate((el) => ({ input: el.getBoundingClientRect().width, form: el.closest('form')!.getBoundingClientRect().width }));
    expect(input, `${path}: the box's width`).toBeGreaterThan(form * 0.9);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path}: nothing wider than the screen`).toBeLessThanOrEqual(1);
  }
});

test('on a phone a wide table says that it scrolls sideways; on a wide screen and on paper it does not', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/measures/');
  // The measures with their descriptions (the tables of figures restack their rows on a phone instead).
  const box = page.getByRole('group', { name: '举措类型及案例数' });
  const hint = box.getByText('表格较宽：左右滑动可看到全部列。');
  await expect(hint).toBeVisible();
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await page.emulateMedia({ media: 'print' });
  await expect(hint).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(hint).toBeHidden();
});

test('at 320 px (a phone, or 400% zoom) a table caption is read whole, and the table of figures it heads restacks its rows rather than scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const [path, name] of [['/plans/qingtian-action-plan/', /量化目标/], ['/practices/yuhuan-skills-to-capital/', /文中全部数据/]] as const) {
    await page.goto(path);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const table = page.getByRole('table', { name });
    const box = table.locator('xpath=ancestor::*[contains(@class, "table-scroll")][1]');
    const inBox = () =>
      box.evaluate((el) => {
        const b = el.getBoundingClientRect();
        const c = el.querySelector('caption')!.getBoundingClientRect();
        return c.left >= b.left - 1 && c.right <= b.right + 1;
      });
    expect(await inBox(), `${path}: caption within the visible box`).toBe(true);
    // Each row is a block of label/value pairs as wide as the box (.stacks in src/styles/global.css).
    expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth), `${path}: the table scrolls`).toBeLessThanOrEqual(1);
  }
});

test('a practice prints as a clean document with its citation', async ({ page }) => {
  await page.goto('/practices/yuhuan-skills-to-capital/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByText(/引用：/)).toBeVisible();
  await expect(page.getByRole('region', { name: '相关案例' })).toBeHidden();
  // The folded table of all figures prints open, without its toggle; the paper says where the page is.
  await expect(page.getByRole('table', { name: /文中全部数据/ })).toBeVisible();
  await expect(page.getByText('查看全部', { exact: false })).toBeHidden();
  // On paper the text comes first and the pages-long table of all figures after it, before the citation.
  const top = (loc: import('@playwright/test').Locator) => loc.evaluate((el) => el.getBoundingClientRect().top);
  const text = page.getByRole('region', { name: '正文' });
  const table = page.getByRole('table', { name: /文中全部数据/ });
  expect(await top(table)).toBeGreaterThan(await text.evaluate((el) => el.getBoundingClientRect().bottom));
  expect(await top(page.getByText(/引用：/))).toBeGreaterThan(await table.evaluate((el) => el.getBoundingClientRect().bottom));
  // The cards of headline figures are rows of that table: on paper the figures print once, in the table.
  await expect(page.getByRole('region', { name: '主要数据' })).toBeHidden();
  // Built without SITE_URL (as here) the domain is unknown at build time: the paper gives the address the page was
  // opened at, never a placeholder domain.
  await expect(page.getByText(/^本页网址：http:\/\/127\.0\.0\.1:\d+\/practices\/yuhuan-skills-to-capital\/$/)).toBeVisible();
  expect(await page.locator('body').innerText()).not.toContain('example.org');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('table', { name: /文中全部数据/ })).toBeHidden();
  await expect(page.getByText(/本页网址：/)).toBeHidden();
});

test('a page printed while the system is dark prints in the light colours: dark text, no dark boxes', async ({ page }) => {
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.goto('/practices/yuhuan-skills-to-capital/');
  const luminance = (rgb: string) => {
    const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => c / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  for (const sel of ['.site-header a', 'h1', '.metric-cards .value', 'main p']) {
    const colour = await page.locator(sel).first().evaluate((el) => getComputedStyle(el).color);
    // At least 4.5:1 on white paper.
    expect(1.05 / (luminance(colour) + 0.05), `${sel}: ${colour}`).toBeGreaterThanOrEqual(4.5);
  }
  const surfaces = await page.locator('main *').evaluateAll((els) =>
    els.map((el) => getComputedStyle(el).backgroundColor).filter((c) => c !== 'rgba(0, 0, 0, 0)'),
  );
  for (const c of new Set(surfaces)) expect(luminance(c), `background ${c}`).toBeGreaterThan(0.7);
});

test('a printed search names its query: no form, sort or filters on paper, the address with the query', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('技术工人')}`);
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('status').first()).toContainText('与“技术工人”相关');
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('combobox', { name: '排序' })).toBeHidden();
  await expect(page.getByRole('heading', { name: '筛选', exact: true })).toBeHidden();
  await expect(page.getByText('搜索技巧')).toBeHidden();
  await expect(page.getByText(/^本页网址：http:\/\/127\.0\.0\.1:\d+\/search\/\?q=技术工人$/)).toBeVisible();
});

test('tables print within the width of an A4 page: no column is cut off', async ({ page }) => {
  // A4 is 210 mm wide; less the 16 mm side margins of @page, 178 mm or 673 CSS px of paper for the page's content.
  await page.setViewportSize({ width: 673, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  for (const path of ['/metrics/', '/plans/taizhou-action-plan/', '/practices/yuhuan-skills-to-capital/']) {
    await page.goto(path);
    const cut = await page.locator('table').evaluateAll((tables) =>
      tables
        .filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((t) => `${(t as HTMLTableElement).caption?.textContent}: ${Math.round(t.getBoundingClientRect().width)} px`),
    );
    expect(cut, `${path}: tables wider than the paper`).toEqual([]);
  }
});
