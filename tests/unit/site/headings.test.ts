import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionHeadings, shiftHeadings } from '../../../src/lib/headings.ts';

test('shiftHeadings moves every heading down, keeps ids and attributes, and stops at h6', () => {
  const html = '<h2 id="一总体要求">一、总体要求</h2><p>正文<hr></p><h3>（一）指导思想</h3><h6>末级</h6><header>页头</header>';
  assert.equal(
    shiftHeadings(html, 1),
    '<h3 id="一总体要求">一、总体要求</h3><p>正文<hr></p><h4>（一）指导思想</h4><h6>末级</h6><header>页头</header>',
  );
  assert.equal(shiftHeadings(html, 0), html);
});

test('sectionHeadings: a body’s top-level headings with their ids and text, for a contents list', () => {
  const html = '<p>前言</p><h2 id="一总体要求">一、总体要求</h2><h3 id="x">（一）指导思想</h3><h2 id="a&amp;b">二、<a href="#n">实施</a>路径&amp;措施</h2><h2 id="empty"></h2>';
  assert.deepEqual(sectionHeadings(html), [
    { id: '一总体要求', text: '一、总体要求' },
    { id: 'a&b', text: '二、实施路径&措施' },
  ]);
});
