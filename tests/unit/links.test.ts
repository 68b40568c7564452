import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLinks } from '../../src/lib/links.ts';

const pages = [
  { path: '/base/', html: '<a href="/base/a/">a</a><a href="/base/a/#x">x</a><a href="a/#y">y</a><link rel="stylesheet" href="/base/s.css">' },
  { path: '/base/a/', html: '<h2 id="x">x</h2><a href="https://other.example/">o</a><a href="/base/missing/">m</a><a href="https://site.example/base/a/">self</a>' },
];

test('internal links, files and fragments are resolved; broken and foreign ones reported', () => {
  const broken = checkLinks(pages, (p) => p === '/base/s.css', 'https://site.example');
  assert.deepEqual(
    broken.map((b) => `${b.page} ${b.href}`),
    ['/base/ a/#y', '/base/a/ https://other.example/', '/base/a/ /base/missing/'],
  );
});
