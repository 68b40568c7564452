// The site built with SITE_URL, as it is published: a citation gives the page's public address after 网址：, a
// printed page gives it once, and /metrics/data.csv gives each figure's sentence by its public address. (The other
// browser tests use dist/, built without SITE_URL, where no address is known.)
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { fixtureSite } from '../../support/fixture-site.ts';

test.describe.configure({ mode: 'serial' });

const SITE = 'https://cases.example.gov.cn';
const site = fixtureSite('site-url');
let base = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  base = await site.build({ SITE_URL: SITE });
});

test.afterAll(() => site.close());

const first = (dir: string) => readdirSync(`content/${dir}`).filter((f) => /\.mdx?$/.test(f)).sort()[0]!.replace(/\.mdx?$/, '');

for (const [kind, path] of [['practice', `/practices/${first('practices')}/`], ['plan', `/plans/${first('plans')}/`]] as const) {
  test(`a ${kind}'s citation ends with 网址： and its public address, which a printed page gives once`, async ({ page }) => {
    await page.goto(base + path);
    const address = `${SITE}${path}`;
    const cite = page.locator('p').filter({ hasText: /^引用：/ });
    await expect(cite).toHaveText(new RegExp(`^引用：.+》.*。网址：${address.replace(/[.?*+^$[\]\\(){}|-]/g, '\\$&')}$`));
    await page.emulateMedia({ media: 'print' });
    const text = await page.locator('body').innerText();
    expect(text.split(address).length - 1, 'the address on paper').toBe(1);
  });
}

test('the spreadsheet of every figure gives each sentence’s public address, which opens that sentence', async ({ page, request }) => {
  const csv = await (await request.get(`${base}/metrics/data.csv`)).text();
  const addresses = csv.split('\r\n').slice(1, -1).map((line) => line.slice(line.lastIndexOf(',') + 1));
  expect(addresses.length).toBeGreaterThan(100);
  for (const a of addresses) expect(a, 'a public address of a sentence').toMatch(new RegExp(`^${SITE.replace(/\./g, '\\.')}/(practices|plans)/[^/]+/#m-\\d+$`));
  // The same address on this test's own server.
  await page.goto(addresses[0]!.replace(SITE, base));
  await expect(page.locator(':target')).toHaveClass(/metric-quote/);
});
