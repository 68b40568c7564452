import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingIds, linksOf, pageAnchors, slugOf, unsafeHtml } from '../../../src/lib/body-links.ts';

test('links of a body: inline, autolinks and HTML attributes, with their lines; none in code', () => {
  const body = '见[玉环](/regions/yuhuan/)。\n\n<https://example.org/>\n\n```\n[不是](/x/)\n```\n\n<a href="/plans/p/">方案</a>';
  assert.deepEqual(linksOf(body).map((l) => [l.href, l.line]), [['/regions/yuhuan/', 1], ['https://example.org/', 3], ['/plans/p/', 9]]);
});

test('heading ids as Astro gives them: a repeated heading gets -1', () => {
  assert.deepEqual(headingIds('## 一、总体要求\n\n正文\n\n## 一、总体要求\n\n### （一）指导思想'), ['一总体要求', '一总体要求-1', '一指导思想']);
  assert.equal(slugOf('二、实施路径'), '二实施路径');
});

test('a page’s anchors: headings, metrics, footnotes and the template’s fixed ids', () => {
  const { ids, metrics } = pageAnchors('plans', { targets: [{}, {}], groups: [{ group: 'graduates' }] }, '## 一、总体要求\n\n文[^1]。\n\n[^1]: 注。');
  assert.equal(metrics, 2);
  for (const id of ['一总体要求', 'm-1', 'm-2', 'footnote-label', 'user-content-fn-1', 'targets-h', 'groups-h', 'text-h', 'g-graduates', 'main']) assert.ok(ids.has(id), id);
  assert.ok(!ids.has('m-3'));
  assert.ok(pageAnchors('practices', { metrics: [] }, '').ids.has('related-h'));
});

test('unsafe HTML is reported; <br>, <sub> and <sup> without attributes are not', () => {
  assert.deepEqual(unsafeHtml('甲<br>乙<sub>2</sub><sup>3</sup>'), []);
  const bad = unsafeHtml('甲\n\n<script>alert(1)</script>\n\n<img src="x.png">\n\n<sup class="x">1</sup>');
  assert.deepEqual(bad.map((b) => b.line), [3, 5, 7]);
});
