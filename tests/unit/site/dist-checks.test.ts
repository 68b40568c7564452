// The scripts `npm test` runs over built sites (scripts/test.ts): each must fail on the fault it exists to find. On the
// real build they pass, so only a build with the fault shows that they look at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A folder holding `files` (relative path → content). */
function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dist-check-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [`scripts/${script}`, ...args], { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body>${body}</body></html>\n`;

test('compare-dirs: two builds differing in one byte of one page, or in one file, are told apart, and by name', () => {
  const files = { 'index.html': page('<p>2021年</p>'), 'practices/a/index.html': page('<p>甲</p>'), '_astro/x.css': 'p{color:#000}' };
  const a = site(files);
  const same = site(files);
  const byte = site({ ...files, 'practices/a/index.html': page('<p>乙</p>') });
  const extra = site({ ...files, '_astro/stale.js': '' });
  try {
    assert.equal(run('compare-dirs.ts', a, same).status, 0, 'identical builds compare equal');
    const changed = run('compare-dirs.ts', a, byte);
    assert.equal(changed.status, 1, changed.output);
    assert.match(changed.output, /differs: practices\/a\/index\.html\n/);
    const more = run('compare-dirs.ts', a, extra);
    assert.equal(more.status, 1, more.output);
    assert.match(more.output, /differs: _astro\/stale\.js \(only in b\)/);
  } finally {
    for (const d of [a, same, byte, extra]) rmSync(d, { recursive: true, force: true });
  }
});

test('check-links: a link to a missing page, file or #fragment of a built site fails the check and is named', () => {
  const good = {
    'index.html': page('<a href="/a/#x">a</a><a href="/feed.xml">feed</a><link rel="stylesheet" href="/_astro/s.css">'),
    'a/index.html': page('<h2 id="x">x</h2><a href="/">home</a>'),
    'feed.xml': '<rss/>',
    '_astro/s.css': '',
  };
  const ok = site(good);
  const missingPage = site({ ...good, 'a/index.html': page('<h2 id="x">x</h2><a href="/b/">b</a>') });
  const missingFile = site({ ...good, 'index.html': page('<a href="/a/#x">a</a><a href="/sources/none.txt">t</a>') });
  const missingId = site({ ...good, 'a/index.html': page('<h2 id="y">x</h2>') });
  try {
    const passed = run('check-links.ts', ok);
    assert.equal(passed.status, 0, passed.output);
    for (const [dir, named] of [
      [missingPage, /\/a\/: \/b\/: 目标不存在/],
      [missingFile, /\/: \/sources\/none\.txt: 目标不存在/],
      [missingId, /\/: \/a\/#x: 页面中没有 id="x"/],
    ] as const) {
      const r = run('check-links.ts', dir);
      assert.equal(r.status, 1, r.output);
      assert.match(r.output, named);
    }
  } finally {
    for (const d of [ok, missingPage, missingFile, missingId]) rmSync(d, { recursive: true, force: true });
  }
});

test('check-html: markup after </html> and a linter comment in a page fail the check and are named', () => {
  const ok = site({ 'index.html': page('<p>x</p>') });
  const after = site({ 'index.html': `${page('<p>x</p>')}<script>x()</script>` });
  const comment = site({ 'a/index.html': page('<!-- [html-validate-disable-next] --><p>x</p>') });
  try {
    assert.equal(run('check-html.ts', ok).status, 0);
    const r1 = run('check-html.ts', after);
    assert.equal(r1.status, 1, r1.output);
    assert.match(r1.output, /index\.html: markup after <\/html>: <script>x\(\)<\/script>/);
    const r2 = run('check-html.ts', comment);
    assert.equal(r2.status, 1, r2.output);
    assert.match(r2.output, /a\/index\.html: linter comment in the page/);
  } finally {
    for (const d of [ok, after, comment]) rmSync(d, { recursive: true, force: true });
  }
});
