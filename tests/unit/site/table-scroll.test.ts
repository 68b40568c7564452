// A table an editor writes in a body (Markdown) scrolls sideways in its own named box on a phone, as the site's own
// tables do (WideTable.astro): src/markdown/rehype-table-scroll.ts, in astro.config.mjs's Markdown and MDX pipeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeTableScroll, { SCROLL_HINT } from '../../../src/markdown/rehype-table-scroll.ts';

const render = (md: string) =>
  String(unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeTableScroll).use(rehypeStringify).processSync(md));

const TABLE = '| 地区 | 低收入农户人均可支配收入 | 增长 |\n| --- | --- | --- |\n| 天台县 | 18000元 | 15% |\n';

test('a Markdown table in a body is put in a named scroll box on the keyboard’s path, after a line saying it scrolls', () => {
  const html = render(`正文第一段。\n\n${TABLE}\n正文第二段。\n`);
  const box = html.match(/<div class="table-scroll" role="group" aria-label="([^"]*)" tabindex="0">\s*<p class="scroll-hint"[^>]*>[^<]*<\/p>\s*<table>[\s\S]*?<\/table>\s*<\/div>/);
  assert.ok(box, html);
  assert.equal(box[1], '表格：地区、低收入农户人均可支配收入、增长');
  // The line is the box's first child (a scroll-state query in the box shows it where the table does not fit), and is
  // not searched.
  assert.ok(new RegExp(`<div class="table-scroll"[^>]*>\\s*<p class="scroll-hint" aria-hidden="true" data-pagefind-ignore="">${SCROLL_HINT}</p>\\s*<table>`).test(html), html);
  // The text around the table stays where it was, and the table's cells are as written.
  assert.ok(html.indexOf('正文第一段') < html.indexOf('table-scroll') && html.indexOf('</div>') < html.indexOf('正文第二段'), html);
  assert.match(html, /<td>天台县<\/td>\s*<td>18000元<\/td>/);
});

test('several tables are numbered in their names; a table already in a scroll box, or nested in a cell, is not boxed again', () => {
  const html = render(`${TABLE}\n段落。\n\n| 项目 | 数量 |\n| --- | --- |\n| 培训 | 1200 人次 |\n`);
  const names = [...html.matchAll(/<div class="table-scroll" role="group" aria-label="([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(names, ['表格 1：地区、低收入农户人均可支配收入、增长', '表格 2：项目、数量']);

  type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; value?: string; children?: Node[] };
  const el = (tagName: string, children: Node[], properties: Record<string, unknown> = {}): Node => ({ type: 'element', tagName, properties, children });
  const caption = el('caption', [{ type: 'text', value: '各地增收情况' }]);
  const boxed = el('div', [el('table', [])], { className: ['table-scroll'], role: 'group', ariaLabel: '已命名' });
  const tree: Node = { type: 'root', children: [el('table', [caption, el('tbody', [el('tr', [el('td', [el('table', [])])])])]), boxed] };
  rehypeTableScroll()(tree);
  const boxes = tree.children!.filter((n) => n.tagName === 'div');
  assert.equal(boxes.length, 2);
  // A caption, when the table has one, names the box.
  assert.equal(boxes[0]!.properties!['ariaLabel'], '各地增收情况');
  assert.equal(boxes[1], boxed);
});

test('a table with a link in a cell is scrolled from its links: its box is no Tab stop of its own; a table of text keeps one', () => {
  const html = render(`${TABLE}\n| 项目 | 出处 |\n| --- | --- |\n| 培训 | [台州方案](/plans/taizhou-action-plan/) |\n`);
  const boxes = [...html.matchAll(/<div class="table-scroll" role="group" aria-label="([^"]*)"( tabindex="0")?>/g)].map((m) => [m[1], Boolean(m[2])]);
  assert.deepEqual(boxes, [['表格 1：地区、低收入农户人均可支配收入、增长', true], ['表格 2：项目、出处', false]]);
});

test('the site’s Markdown pipeline runs the plugin', () => {
  const config = readFileSync('astro.config.mjs', 'utf8');
  assert.match(config, /rehypePlugins: \[[^;]*?\[rehypeTableScroll[,\s\]]/);
  assert.match(config, /'rehype-table-scroll\.ts'\]/, 'a change to the plugin re-renders the bodies');
});
