// Third outside-tools review: the site as crawlers, feed readers and link previews meet it, published under a
// sub-path of a host (as on an intranet or a department's part of a government portal) with its public address.
import { expect, test } from '@playwright/test';
import { fixtureSite } from '../support/fixture-site.ts';

test.describe.configure({ mode: 'serial' });

const SITE = 'https://example.gov.cn';
const BASE = '/sub/';
const site = fixtureSite('outside-tools-3');
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
