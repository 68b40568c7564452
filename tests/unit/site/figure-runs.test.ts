// A figure and its unit stay on one line (a phone broke 2568.85|万元 and 4.7万|人): the runs that are kept whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureRuns } from '../../../src/lib/figure-runs.ts';

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
