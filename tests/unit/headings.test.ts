import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shiftHeadings } from '../../src/lib/headings.ts';

test('shiftHeadings moves every heading down, keeps ids and attributes, and stops at h6', () => {
  const html = '<h2 id="一总体要求">一、总体要求</h2><p>正文<hr></p><h3>（一）指导思想</h3><h6>末级</h6><header>页头</header>';
  assert.equal(
    shiftHeadings(html, 1),
    '<h3 id="一总体要求">一、总体要求</h3><p>正文<hr></p><h4>（一）指导思想</h4><h6>末级</h6><header>页头</header>',
  );
  assert.equal(shiftHeadings(html, 0), html);
});
