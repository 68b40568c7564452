import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLinks, sitemapProblems } from '../../../src/lib/links.ts';

const pages = [
  { path: '/base/', html: '<a href="/base/a/">a</a><a href="/base/a/#x">x</a><a href="a/#y">y</a><link rel="stylesheet" href="/base/s.css">' },
  { path: '/base/a/', html: '<h2 id="x">x</h2><a href="https://other.example/">o</a><a href="/base/missing/">m</a><a href="https://site.example/base/a/">self</a>' },
];

test('internal links, files and fragments are resolved; broken and foreign ones reported', () => {
  const broken = checkLinks(pages, (p) => p === '/base/s.css', 'https://site.example');
  assert.deepEqual(
    broken.map((b) => `${b.page} ${b.href} ${b.reason}`),
    [
      '/base/ a/#y 页面中没有 id="y"',
      '/base/a/ https://other.example/ 指向其他站点（本站不应请求外部主机）',
      '/base/a/ /base/missing/ 目标不存在',
    ],
  );
});

test('the sitemap lists every page that names a canonical address, and only such pages', () => {
  const o = 'https://site.example';
  const page = (path: string, canonical?: string) => ({ path, html: canonical ? `<link rel="canonical" href="${canonical}">` : '<meta name="robots" content="noindex">' });
  const built = [page('/base/', `${o}/base/`), page('/base/practices/', `${o}/base/practices/`), page('/base/practices/page/2/', `${o}/base/practices/page/2/`), page('/base/old/'), page('/base/404.html')];
  const sitemap = (paths: string[]) => `<urlset>${paths.map((p) => `<url><loc>${o}${p}</loc></url>`).join('')}</urlset>`;
  assert.deepEqual(sitemapProblems(built, sitemap(['/base/', '/base/practices/', '/base/practices/page/2/']), o), []);
  // A later page of a list left out (as the list of all practices' pages were), a moved address and a missing page listed.
  assert.deepEqual(
    sitemapProblems(built, sitemap(['/base/', '/base/practices/', '/base/old/', '/base/gone/']), o).map((p) => `${p.page} ${p.href}`),
    [`sitemap.xml ${o}/base/old/`, `sitemap.xml ${o}/base/gone/`, `/base/practices/page/2/ ${o}/base/practices/page/2/`],
  );
});

test('a link to a page without its closing / is reported with the address to write: static hosts 404 or redirect on it', () => {
  const site = [
    { path: '/base/', html: '<a href="/base/a">a</a><a href="/base/a#x">x</a><a href="/base/a/">ok</a><link rel="stylesheet" href="/base/s.css">' },
    { path: '/base/a/', html: '<h2 id="x">x</h2>' },
  ];
  const broken = checkLinks(site, (p) => p === '/base/s.css', 'https://site.example');
  assert.deepEqual(broken.map((b) => `${b.page} ${b.href} ${b.reason}`), [
    '/base/ /base/a 路径少了结尾的 /（静态主机上可能找不到或要先跳转）：应为 /base/a/',
    '/base/ /base/a#x 路径少了结尾的 /（静态主机上可能找不到或要先跳转）：应为 /base/a/#x',
  ]);
});
