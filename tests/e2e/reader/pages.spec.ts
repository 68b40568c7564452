import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { firstSentence } from '../../../src/lib/format.ts';

const practices = readdirSync('content/practices')
  .filter((f) => /\.mdx?$/.test(f))
  .sort()
  .map((f) => ({ id: f.replace(/\.mdx?$/, ''), ...splitFrontmatter(readFileSync(`content/practices/${f}`, 'utf8'), f) }));
const plans = readdirSync('content/plans')
  .filter((f) => /\.mdx?$/.test(f))
  .sort()
  .map((f) => ({ id: f.replace(/\.mdx?$/, ''), ...splitFrontmatter(readFileSync(`content/plans/${f}`, 'utf8'), f) }));
const briefings = readdirSync('content/briefings')
  .sort()
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(`content/briefings/${f}`, 'utf8')) }));

type Metric = { quote: string; label: string };

test('home page: what the site is, latest briefings, entry points by group and region', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('共富实践案例库');
  await expect(page.getByRole('heading', { name: '最新简报' })).toBeVisible();
  await expect(page.getByRole('link', { name: '技术工人' })).toBeVisible();
  await expect(page.getByRole('link', { name: '玉环市' })).toBeVisible();
});

test('link previews: Open Graph type, address and site name', async ({ page }) => {
  for (const [path, type] of [['/', 'website'], ['/groups/', 'website'], ['/metrics/', 'website'], ['/practices/yuhuan-skills-to-capital/', 'article'], ['/plans/taizhou-action-plan/', 'article'], ['/briefings/taizhou-2022-01-25/', 'article']] as const) {
    await page.goto(path);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(path);
    await expect(page.locator('meta[property="og:url"]'), path).toHaveAttribute('content', canonical!);
    await expect(page.locator('meta[property="og:type"]'), path).toHaveAttribute('content', type);
    await expect(page.locator('meta[property="og:site_name"]'), path).toHaveAttribute('content', '共富实践案例库');
  }
});

test('robots.txt names the sitemap by its absolute address, and the sitemap lists the pages', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^User-agent: \*$/m);
  const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1];
  expect(sitemap).toMatch(/^https?:\/\/[^/]+\/sitemap\.xml$/);
  const xml = await (await request.get(new URL(sitemap!).pathname)).text();
  expect(xml).toContain('/practices/yuhuan-skills-to-capital/</loc>');
});

for (const p of practices) {
  test(`practice page ${p.id}: heading, metadata links, metric cards that jump to their sentence`, async ({ page }) => {
    const res = await page.goto(`/practices/${p.id}/`);
    expect(res?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.data.title as string);
    // The description is the body's first sentence (taken from the rendered HTML, compared here with the Markdown).
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', firstSentence(p.body));
    // Not merely equal to the same helper's answer (an empty one would pass): a whole sentence the reader sees first.
    const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
    expect(description).toMatch(/^[^\s][^]{9,}[。！？…]$/);
    const opening = (await page.getByRole('region', { name: '正文' }).locator('p').first().innerText()).replace(/\s+/g, '');
    expect(opening.startsWith(description.replace(/\s+/g, '').replace(/…$/, '')), `${opening} starts with ${description}`).toBe(true);

    // Every metadata link resolves.
    const meta = page.locator('.meta-panel a');
    const hrefs = await meta.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThanOrEqual(4);
    for (const href of hrefs) expect((await page.request.get(href)).status(), href).toBe(200);

    // Every quote is in the rendered body, marked where a card can point to it.
    const body = page.getByRole('region', { name: '正文' });
    const text = (await body.innerText()).replace(/\s+/g, '');
    for (const m of p.data.metrics as Metric[]) expect(text, m.quote).toContain(m.quote.replace(/\s+/g, ''));

    // A metric card jumps to the sentence that states it.
    const card = page.getByRole('region', { name: '主要数据' }).getByRole('link').first();
    const target = (await card.getAttribute('href'))!;
    expect(target).toMatch(/^#m-\d+$/);
    const n = Number(target.slice(3));
    const quote = (p.data.metrics as Metric[])[n - 1]!.quote;
    await card.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    const anchored = page.locator(target);
    await expect(anchored).toBeInViewport();
    const sentence = await anchored.evaluate((el) => (el.closest('p, li, td, h2, h3') ?? el).textContent ?? '');
    expect(sentence.replace(/\s+/g, '')).toContain(quote.replace(/\s+/g, ''));

    // Citation and the raw source.
    await expect(page.getByText(/引用：.*《台州共富工作简报》/)).toBeVisible();
    // The raw text opens at the line where the practice starts: the line the link names, marked, with the title.
    const src = page.getByRole('link', { name: /在原始提取文本中查看（第\d+行起）/ });
    const line = /第(\d+)行/.exec(await src.innerText())![1];
    await src.click();
    await expect(page).toHaveURL(new RegExp(`/sources/[^/]+/#L${line}$`));
    const start = page.locator(`#L${line}`);
    await expect(start).toBeInViewport();
    expect(await start.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    // The marked line holds the title's start (not an empty line before it, whose text is a prefix of anything), and it
    // with the lines after it spells the whole title: a title is printed over one line or two.
    const title = (p.data.title as string).replace(/\s+/g, '');
    const marked = (await start.innerText()).replace(/\s+/g, '');
    expect(marked, `line ${line} is the title's first line`).not.toBe('');
    expect(title.startsWith(marked), `line ${line} “${marked}” starts the title “${title}”`).toBe(true);
    const fromStart = await start.evaluate((el) => {
      const texts: string[] = [];
      // A blank line's only text is what a screen reader says for it, hidden on screen.
      for (let li: Element | null = el; li && texts.length < 3; li = li.nextElementSibling) texts.push(li.classList.contains('blank') ? '' : (li.textContent ?? ''));
      return texts.join('').replace(/\s+/g, '');
    });
    expect(fromStart.startsWith(title), `lines from ${line} (“${fromStart}”) spell the title “${title}”`).toBe(true);
    await expect(page.getByRole('link', { name: '下载纯文本' })).toHaveAttribute('href', /\/sources\/[^/]+\.txt$/);
    // A blank line of the raw text is a line of its own, with a name in Chinese rather than a screen reader's "blank".
    const blank = page.locator('ol.raw > li.blank').first();
    await expect(blank).toHaveText('（空行）');
    expect((await blank.boundingBox())!.height).toBeGreaterThan(20);
  });
}

for (const b of briefings) {
  test(`briefing page ${b.id}: masthead, its practices in printed order`, async ({ page }) => {
    await page.goto(`/briefings/${b.id}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('台州共富工作简报');
    await expect(page.getByText(b.data.number ? `第${b.data.number}期` : '未注明').first()).toBeVisible();
    const titles = await page.locator('.practice-list > li .title').allInnerTexts();
    const expected = (b.data.practices as string[]).map((id) => practices.find((p) => p.id === id)!.data.title);
    expect(titles).toEqual(expected);
    // With a note: its heading and its opening words. Without: no such heading, and the field panel says why there is none.
    const note = page.getByRole('heading', { name: '编者按' });
    if (b.data.editorNote) {
      await expect(note).toBeVisible();
      await expect(page.getByText((b.data.editorNote as string).split('\n')[0]!.slice(0, 20)).first()).toBeVisible();
    } else {
      await expect(note).toHaveCount(0);
      await expect(page.locator('dd').filter({ hasText: /^(?:本期原文无编者按|原文未见报头，无法确认有无编者按)$/ })).toBeVisible();
    }
  });
}

test('a measure’s 责任单位 are bracketed as the plan prints them: 〔…〕 round a list with a unit in （）', async ({ page }) => {
  // seeds/003 line 237: “19.壮大村集体经济。…〔责任单位：县委组织部、农业农村局、自然资源局、经合中心（招商中心）〕”;
  // line 233: “18.深入实施“大搬快聚富民安居”工程。…（责任单位：大搬快聚指挥部、农业农村局）”.
  for (const path of ['/plans/qingtian-action-plan/', '/groups/low-income-farmers/']) {
    await page.goto(path);
    const list = page.locator('li[value="19"]').filter({ hasText: '壮大村集体经济' });
    await expect(list).toHaveText('壮大村集体经济〔责任单位：县委组织部、农业农村局、自然资源局、经合中心（招商中心）〕');
    await expect(page.locator('li[value="18"]').filter({ hasText: '大搬快聚' })).toHaveText('深入实施“大搬快聚富民安居”工程（责任单位：大搬快聚指挥部、农业农村局）');
  }
});

for (const p of plans) {
  test(`plan page ${p.id}: metadata, targets table, measures by group with 责任单位, full text`, async ({ page }) => {
    await page.goto(`/plans/${p.id}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.data.title as string);
    await expect(page.getByText(p.data.status as string).first()).toBeVisible();
    // 发文字号: the number the document prints, or 无 for one that prints none (both kinds are in content/plans/).
    const docNumber = page.locator('dl div').filter({ has: page.locator('dt', { hasText: '发文字号' }) }).locator('dd');
    await expect(docNumber).toHaveText((p.data.docNumber as string | undefined) ?? '无');
    const table = page.getByRole('table', { name: /量化目标/ });
    await expect(table.getByRole('row')).toHaveCount((p.data.targets as unknown[]).length + 1);
    const groups = p.data.groups as { heading: string; measures: { units: string[] }[] }[];
    for (const g of groups) await expect(page.getByRole('heading', { level: 3, name: g.heading, exact: true })).toBeVisible();
    const someUnits = groups.flatMap((g) => g.measures).find((m) => m.units.length > 0);
    // With 责任单位: the section says so and each measure names its units. Without any: the heading promises none.
    const groupsHeading = page.locator('#groups-h');
    if (!groups.length) await expect(groupsHeading).toHaveCount(0);
    else await expect(groupsHeading).toHaveText(someUnits ? '分群体举措与责任单位' : '分群体举措');
    if (someUnits) await expect(page.getByText(`责任单位：${someUnits.units.join('、')}`).first()).toBeVisible();
    else await expect(page.getByText('责任单位：')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: '全文' })).toBeVisible();
  });
}

test('footnotes render as GFM footnotes with Chinese labels (三门县)', async ({ page }) => {
  await page.goto('/practices/sanmen-five-helps/');
  const refs = page.locator('sup a[data-footnote-ref]');
  await expect(refs).toHaveCount(2);
  await refs.first().click();
  await expect(page.locator('section.footnotes li:target, .footnotes :target')).toBeVisible();
  await expect(page.getByRole('heading', { name: '注释' })).toBeAttached();
});

test('a footnote’s number and its way back (↩) take a tap of 24 px on a phone, and leave the lines where they were', async ({ page }) => {
  // The number is a superscript digit, 10 × 18 px: an older reader's finger missed it. WCAG 2.2 target size.
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of ['/practices/sanmen-five-helps/', '/plans/taizhou-action-plan/']) {
    await page.goto(path);
    const links = page.locator('a[data-footnote-ref], a[data-footnote-backref]');
    expect(await links.count(), path).toBeGreaterThan(1);
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      expect(box.width, `${path} ${await link.textContent()}`).toBeGreaterThanOrEqual(24);
      expect(box.height, `${path} ${await link.textContent()}`).toBeGreaterThanOrEqual(24);
      // The whole box takes the tap, not just the glyph: its corners are the link.
      const corner = await link.evaluate((a) => {
        a.scrollIntoView({ block: 'center' });
        const q = a.getBoundingClientRect();
        return a.contains(document.elementFromPoint(q.left + 2, q.top + 2)) && a.contains(document.elementFromPoint(q.right - 2, q.bottom - 2));
      });
      expect(corner, path).toBe(true);
      // Lines keep their height: the number's paragraph has no taller line than one without a footnote.
      const lines = await link.evaluate((a) => {
        const block = a.closest('p, li')!;
        const step = parseFloat(getComputedStyle(block).lineHeight);
        const range = document.createRange();
        range.selectNodeContents(block);
        const lineTops = [...new Set([...range.getClientRects()].map((r) => Math.round(r.bottom)))].sort((x, y) => x - y);
        const gaps = lineTops.slice(1).map((t, i) => t - lineTops[i]!);
        return { step, gaps };
      });
      for (const gap of lines.gaps) expect(gap, `${path}: a line taller than the others`).toBeLessThanOrEqual(lines.step + 1);
    }
  }
});

test('dates are written 2021年9月30日', async ({ page }) => {
  await page.goto('/briefings/taizhou-2021-09-30/');
  await expect(page.locator('time[datetime="2021-09-30"]').first()).toHaveText('2021年9月30日');
});

test('a briefing’s 期号 is written as its title and citation write it (第3期), not with the extraction’s spaces', async ({ page }) => {
  // seeds/002 line 7 prints “第 3 期”: the spaces are the typesetting’s, and 第3期 the one form used on every page.
  await page.goto('/briefings/taizhou-2021-09-30/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('第3期');
  await expect(page.locator('.masthead').getByRole('definition').nth(1)).toHaveText('第3期');
});

test('a plan’s 期限 is written as its title prints the period (2021-2025年), one form on the page', async ({ page }) => {
  // seeds/003 line 21: “青田县“扩中”“提低”行动方案 (2021-2025年)”; the title and the period field both say 2021-2025.
  await page.goto('/plans/qingtian-action-plan/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('（2021-2025年）');
  const period = page.locator('dt', { hasText: '期限' }).locator('xpath=following-sibling::dd');
  await expect(period).toHaveText('2021-2025年');
  // A period the text does not print is written the same way, with the editor's note.
  await page.goto('/plans/taizhou-action-plan/');
  await expect(page.locator('dt', { hasText: '期限' }).locator('xpath=following-sibling::dd')).toHaveText(/^2021-2025年（原文未写期限/);
});

test('a plan’s 主要目标 cards are the figures its own （三）主要目标 section prints, not targets of other sections', async ({ page }) => {
  // seeds/004 line 29, under （三）主要目标: 7.5 万元, 70%, 45% — and nothing else; 城镇新增就业40万人 (line 37) and the
  // 90万户 of 市场主体 are measures of 二、实施路径.
  await page.goto('/plans/taizhou-action-plan/');
  const cards = page.getByRole('region', { name: '主要目标' }).locator('.value');
  await expect(cards).toHaveText(['7.5万元', '70%', '45%']);
  // seeds/003 lines 45–65: 青田's section has more than six comparable figures; the first six are shown.
  await page.goto('/plans/qingtian-action-plan/');
  await expect(page.getByRole('region', { name: '主要目标' }).locator('.value')).toHaveText(['5.8万元', '70%', '30%', '15%', '4.4万元', '突破4万家']);
});

test('the 404 page answers in Chinese', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面未找到');
});
