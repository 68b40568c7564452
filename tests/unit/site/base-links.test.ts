// Body links under a base path (BASE_PATH=/gongfu/): `/practices/x/` in a body must point to /gongfu/practices/x/,
// as the site's own links do (src/markdown/rehype-base-links.ts, in astro.config.mjs's Markdown and MDX pipeline).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compileSync } from '@mdx-js/mdx';
import rehypeBaseLinks from '../../../src/markdown/rehype-base-links.ts';

type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; value?: string; children?: Node[] };
const a = (href: string): Node => ({ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: '链接' }] });

test('root-relative links, images and raw HTML of a body get the base path; other links do not', () => {
  const tree: Node = {
    type: 'root',
    children: [
      a('/practices/jiaojiang-talent/'),
      a('/practices/jiaojiang-talent/#m-3'),
      a('/metrics/#i-new-urban-jobs'),
      a('https://www.example.gov.cn/a'),
      a('//cdn.example.org/x'),
      a('#m-1'),
      a('mailto:a@example.org'),
      { type: 'element', tagName: 'img', properties: { src: '/sources/a.png' }, children: [] },
      { type: 'raw', value: '<a href="/plans/qingtian-action-plan/">方案</a><a href="https://x.cn/">外</a>' },
    ],
  };
  rehypeBaseLinks({ base: '/gongfu/' })(tree);
  const links = tree.children!.map((n) => (n.type === 'raw' ? n.value : n.properties!.href ?? n.properties!.src));
  assert.deepEqual(links, [
    '/gongfu/practices/jiaojiang-talent/',
    '/gongfu/practices/jiaojiang-talent/#m-3',
    '/gongfu/metrics/#i-new-urban-jobs',
    'https://www.example.gov.cn/a',
    '//cdn.example.org/x',
    '#m-1',
    'mailto:a@example.org',
    '/gongfu/sources/a.png',
    '<a href="/gongfu/plans/qingtian-action-plan/">方案</a><a href="https://x.cn/">外</a>',
  ]);
});

test('at the domain root (base /), links are left as written', () => {
  const tree: Node = { type: 'root', children: [a('/practices/x/')] };
  rehypeBaseLinks({ base: '/' })(tree);
  rehypeBaseLinks()(tree);
  assert.equal(tree.children![0]!.properties!.href, '/practices/x/');
});

test('in an .mdx body, Markdown links and HTML tags both get the base path', () => {
  const js = String(compileSync('参见[椒江](/practices/jiaojiang-talent/)和<a href="/plans/qingtian-action-plan/">青田</a>。', { rehypePlugins: [[rehypeBaseLinks, { base: '/gongfu/' }]] }));
  assert.match(js, /"\/gongfu\/practices\/jiaojiang-talent\/"/);
  assert.match(js, /"\/gongfu\/plans\/qingtian-action-plan\/"/);
});

test('the site’s Markdown pipeline runs the plugin with the build’s base path', () => {
  const config = readFileSync('astro.config.mjs', 'utf8');
  assert.match(config, /rehypePlugins: \[[^;]*?\[rehypeBaseLinks, \{ base: basePath[,\s}]/);
});
