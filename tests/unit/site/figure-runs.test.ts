// A figure and its unit stay on one line (a phone broke 2568.85|万元 and 4.7万|人): the runs that are kept whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureRuns, figuresHtml } from '../../../src/lib/figure-runs.ts';

const figures = (text: string) => figureRuns(text).filter((r) => r.figure).map((r) => r.text);

test('a figure with its multiplier and unit is one run, spaces and all', () => {
  assert.deepEqual(figures('累计发放2568.85万元，培训 2.58 万人次，新增4.7万人'), ['2568.85万元', '2.58 万人次', '4.7万人']);
  assert.deepEqual(figures('30 余万元、3.06亿元、到2025年、增长 12.5％、5.8 万元/年'), ['30 余万元', '3.06亿元', '2025年', '12.5％', '5.8 万元/年']);
});

test('the runs give back the text as it was, and digits alone are left in it', () => {
  const text = '第1期：共有 3 个村，2021 年增收109601元。';
  assert.equal(figureRuns(text).map((r) => r.text).join(''), text);
  assert.deepEqual(figures(text), ['1期', '3 个', '2021 年', '109601元']);
  assert.deepEqual(figures('编号 2021'), []);
});

test('the site’s Markdown pipeline wraps the figures of bodies, and a change to the plugin re-renders them', async () => {
  const { readFileSync } = await import('node:fs');
  const config = readFileSync('astro.config.mjs', 'utf8');
  assert.match(config, /rehypePlugins: \[[^;]*?\[rehypeFigures[,\s\]]/);
  assert.match(config, /'rehype-figures\.ts', '\.\.\/lib\/figure-runs\.ts', '\.\.\/lib\/numbers\.ts'/);
});

test('a range is one figure: a browser breaks after its dash (2021-|2025年, 10-|50 万元)', () => {
  assert.deepEqual(figures('行动方案（2021-2025年）'), ['2021-2025年']);
  assert.deepEqual(figures('年增收 10-50 万元，20—60万元，3～5 个，5至8年；2021-2025'), ['10-50 万元', '20—60万元', '3～5 个', '5至8年', '2021-2025']);
});

test('figuresHtml escapes the text and wraps each figure, for set:html', () => {
  assert.equal(figuresHtml('青田县行动方案（2021-2025年）'), '青田县行动方案（<span class="fig">2021-2025年</span>）');
  assert.equal(figuresHtml('<script>alert("x")</script> A&B 3 个 <b>'), '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; A&amp;B <span class="fig">3 个</span> &lt;b&gt;');
  assert.equal(figuresHtml("&amp; 'q' 1<2年"), '&amp;amp; &apos;q&apos; 1&lt;<span class="fig">2年</span>');
  assert.equal(figuresHtml(''), '');
});

test('a date is one figure: 2021年9月30日 is not broken after 9', () => {
  assert.deepEqual(figures('第3期（2021年9月30日）；2022年1月起，12月底前，12个月'), ['3期', '2021年9月30日', '2022年1月', '12月', '12个月']);
});
