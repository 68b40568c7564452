// The site as crawlers, feed readers and link previews meet it, published under a sub-path of a host (as on an
// intranet or a department's part of a government portal) with its public address.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fixtureSite } from '../../support/fixture-site.ts';

test.describe.configure({ mode: 'serial' });

const SITE = 'https://example.gov.cn';
const BASE = '/sub/';
const site = fixtureSite('crawlers-and-feeds');
let host = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  host = await site.build({ SITE_URL: SITE, BASE_PATH: BASE });
});

test.afterAll(() => site.close());

test('robots.txt under a sub-path speaks for the sub-path only, and says it belongs at the host root', async ({ request }) => {
  const res = await request.get(`${host}${BASE}robots.txt`);
  expect(res.status()).toBe(200);
  const lines = (await res.text()).split('\n');
  // A crawler reads robots.txt at the host root only; its rules there must not speak for the rest of the host.
  expect(lines).not.toContain('Allow: /');
  expect(lines).toContain(`Allow: ${BASE}`);
  expect(lines).toContain(`Sitemap: ${SITE}${BASE}sitemap.xml`);
  expect(lines.find((l) => l.startsWith('#'))).toContain('根目录');
});

/** When git says a file last changed on the main line of history (what the site was built from). */
const committed = (path: string) =>
  execFileSync('git', ['log', '-1', '--first-parent', '--diff-merges=first-parent', '--no-patch', '--format=%cI', '--', path], { encoding: 'utf8' }).trim();

test('the feed: each issue published on its date in China, updated when its page last changed', async ({ request }) => {
  const xml = await (await request.get('/feed.xml')).text();
  const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
  expect(entries.length).toBeGreaterThan(0);
  const tag = (s: string, name: string) => s.match(new RegExp(`<${name}>([^<]*)</${name}>`))?.[1];
  const updates: number[] = [];
  for (const e of entries) {
    const id = tag(e, 'id')!.match(/\/briefings\/([^/]+)\/$/)![1]!;
    const day = readFileSync(`content/briefings/${id}.yaml`, 'utf8').match(/^date:\s*'?(\d{4}-\d{2}-\d{2})/m)![1]!;
    expect(tag(e, 'published'), id).toBe(`${day}T00:00:00+08:00`);
    // Not the issue's date again: the day the site's page last changed, which is after the issue was printed.
    const updated = tag(e, 'updated')!;
    expect(Date.parse(updated), id).toBeGreaterThan(Date.parse(`${day}T00:00:00+08:00`));
    expect(Date.parse(updated), id).toBeGreaterThanOrEqual(Date.parse(committed(`content/briefings/${id}.yaml`)));
    updates.push(Date.parse(updated));
  }
  expect(Date.parse(tag(xml.split('<entry>')[0]!, 'updated')!)).toBe(Math.max(...updates));
});

test('the sitemap gives each document page the date its file last changed', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const urls = [...xml.matchAll(/<url><loc>([^<]*)<\/loc>(?:<lastmod>([^<]*)<\/lastmod>)?<\/url>/g)];
  expect(urls.length).toBe(xml.match(/<url>/g)!.length);
  const practices = urls.filter(([, loc]) => /\/practices\/(?!page\/)[^/]+\/$/.test(loc!));
  expect(practices.length).toBeGreaterThan(0);
  for (const [, loc, lastmod] of practices) {
    const id = loc!.match(/\/practices\/([^/]+)\/$/)![1]!;
    const file = readdirSync('content/practices').find((f) => f.replace(/\.mdx?$/, '') === id)!;
    expect(lastmod, loc).toBe(committed(`content/practices/${file}`));
  }
  // W3C datetime, as the sitemap schema allows.
  for (const [, loc, lastmod] of urls) if (lastmod) expect(lastmod, loc).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/);
});

/** The page's one JSON-LD block, parsed. */
async function structured(page: Page): Promise<Record<string, any>> {
  const blocks = page.locator('script[type="application/ld+json"]');
  await expect(blocks).toHaveCount(1);
  return JSON.parse((await blocks.textContent())!);
}
/** A day as the pages print it: 2022-01-25 → 2022年1月25日. */
const printedDay = (iso: string) => iso.replace(/^(\d{4})-0?(\d+)-0?(\d+).*$/, '$1年$2月$3日');

test('structured data: each document page says what it is, in the title, date and issuer the page prints', async ({ page }) => {
  const first = (dir: string) => readdirSync(`content/${dir}`).filter((f) => /\.(mdx?|yaml)$/.test(f)).sort()[0]!.replace(/\.(mdx?|yaml)$/, '');
  for (const [path, type] of [[`/practices/${first('practices')}/`, 'Article'], [`/plans/${first('plans')}/`, 'Report'], [`/briefings/${first('briefings')}/`, 'PublicationIssue']] as const) {
    await page.goto(path);
    const ld = await structured(page);
    expect(ld['@context'], path).toBe('https://schema.org');
    expect(ld['@type'], path).toBe(type);
    expect(ld.url, path).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
    expect(ld.headline ?? ld.name, path).toBe((await page.getByRole('heading', { level: 1 }).innerText()).trim());
    const main = await page.getByRole('main').innerText();
    if (ld.datePublished) {
      expect(ld.datePublished, path).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/);
      expect(main, path).toContain(printedDay(ld.datePublished));
    }
    for (const o of [ld.publisher ?? []].flat()) expect(main, path).toContain(o.name);
    if (type === 'Article') {
      // The issue it is printed in, at the address the page links to.
      const issue = page.getByRole('link', { name: ld.isPartOf.name.replace(/（[^）]*）$/, '') }).first();
      expect(new URL((await issue.getAttribute('href'))!, ld.url).pathname).toBe(new URL(ld.isPartOf.url).pathname);
    }
    if (type === 'PublicationIssue') {
      const listed = await page.getByRole('main').locator('.practice-list .title a').allInnerTexts();
      expect(ld.hasPart.map((p: { headline: string }) => p.headline), path).toEqual(listed.map((t) => t.trim()));
    }
  }
});

test("the home page's structured data names the site's search, which finds what a reader types", async ({ page }) => {
  await page.goto('/');
  const ld = await structured(page);
  expect(ld['@type']).toBe('WebSite');
  expect(ld.name).toBe('共富实践案例库');
  const target = new URL(ld.potentialAction.target.replace('{search_term_string}', encodeURIComponent('技术工人')));
  await page.goto(target.pathname + target.search);
  await expect(page.getByRole('region', { name: '搜索结果' }).getByRole('link').first()).toBeVisible();
});

test('under a sub-path, the structured data gives the public addresses', async ({ page }) => {
  await page.goto(`${host}${BASE}`);
  const ld = await structured(page);
  expect(ld.url).toBe(`${SITE}${BASE}`);
  expect(ld.potentialAction.target).toBe(`${SITE}${BASE}search/?q={search_term_string}`);
});

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (b: Buffer) => (b.subarray(1, 4).toString() === 'PNG' ? [b.readUInt32BE(16), b.readUInt32BE(20)] : undefined);

test('a link preview finds a picture, and a phone an icon: PNGs of the size the page states, at public addresses', async ({ page, request }) => {
  await page.goto(`${host}${BASE}practices/`);
  const meta = (p: string) => page.locator(`meta[property="${p}"]`).getAttribute('content');
  const image = (await meta('og:image'))!;
  expect(image).toBe(`${SITE}${BASE}og-image.png`);
  expect(await meta('og:image:alt')).toMatch(/富/);
  const res = await request.get(`${host}${new URL(image).pathname}`);
  expect(res.headers()['content-type']).toBe('image/png');
  expect(pngSize(await res.body())).toEqual([Number(await meta('og:image:width')), Number(await meta('og:image:height'))]);
  // iOS and browsers without SVG icons use the touch icon, a square PNG.
  const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  const icon = await request.get(new URL(touch!, page.url()).href);
  expect(icon.headers()['content-type']).toBe('image/png');
  expect(pngSize(await icon.body())).toEqual([180, 180]);
});

test('/favicon.ico, which search engines\' result lists and feed readers ask for, is the site icon', async ({ request }) => {
  const res = await request.get(`${host}${BASE}favicon.ico`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('image/x-icon');
  const ico = await res.body();
  // An ICO header (reserved 0, type 1, one image) whose image is a 48×48 PNG.
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
  expect(pngSize(ico.subarray(ico.readUInt32LE(18)))).toEqual([48, 48]);
});

/**
 * The 404 page is served at whatever address was missing, at any depth under the sub-path: its links, stylesheets,
 * icons and the header search's code must all resolve under the sub-path, on a phone and on a desktop. The header box
 * previews results there and Enter opens /sub/search/.
 */
for (const width of [320, 1280]) {
  test(`under a sub-path at ${width} px, the 404 page's links and assets resolve, and its header search works`, async ({ page, request }) => {
    await page.setViewportSize({ width, height: 800 });
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/no/such/page/')) failed.push(`${r.status()} ${r.url()}`);
    });
    const res = await page.goto(`${host}${BASE}no/such/page/`);
    expect(res!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面未找到');
    const refs = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[href], [src]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src')!));
    expect(refs.length).toBeGreaterThan(10);
    // A fragment (the skip link's #main) is on the page itself; a public address (og:image) is looked up on this host.
    for (const ref of new Set(refs.filter((r) => !r.startsWith('#')))) {
      const u = new URL(ref, page.url());
      expect(u.pathname, ref).toMatch(new RegExp(`^${BASE}`));
      expect((await request.get(`${host}${u.pathname}`)).status(), ref).toBe(200);
    }
    const box = page.getByRole('combobox', { name: '搜索案例、方案和简报' });
    await box.click();
    await box.pressSequentially('技术工人');
    const first = page.getByRole('dialog', { name: '搜索结果预览' }).locator(`a[href^="${BASE}practices/"]`).first();
    await expect(first).toBeVisible();
    await box.press('Enter');
    await expect(page).toHaveURL(`${host}${BASE}search/?q=${encodeURIComponent('技术工人')}`);
    const results = page.getByRole('region', { name: '搜索结果' }).locator('.result-title a');
    await expect(results.first()).toBeVisible();
    for (const href of await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) expect(href).toMatch(new RegExp(`^${BASE}`));
    expect(failed).toEqual([]);
  });
}
