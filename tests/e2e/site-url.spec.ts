// The site built with SITE_URL, as it is published: a citation gives the page's public address after 网址：, and a
// printed page gives it once. (The other browser tests use dist/, built without SITE_URL, where no address is known.)
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { cacheDirFor } from '../../src/lib/paths.ts';

test.describe.configure({ mode: 'serial' });

const SITE = 'https://cases.example.gov.cn';
let root = '';
let server: Server;
let base = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // Under .bench/ inside the project (the build resolves its packages from its output folder), with a copy of the
  // content, so that its build cache is its own and not dist/'s.
  mkdirSync('.bench', { recursive: true });
  root = mkdtempSync(join('.bench', 'site-url-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  const out = join(root, 'dist');
  const r = spawnSync('npx', ['astro', 'build', '--outDir', out], { env: { ...process.env, CONTENT_DIR: join(root, 'content'), SITE_URL: SITE }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build with SITE_URL failed:\n${r.stdout}\n${r.stderr}`);
  const s = await serveStatic(out);
  server = s.server;
  base = `http://127.0.0.1:${s.port}`;
});

test.afterAll(() => {
  server?.close();
  if (root) for (const dir of [root, cacheDirFor(join(root, 'content'))]) rmSync(dir, { recursive: true, force: true });
});

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
