// A table's scroll box is a Tab stop only when nothing in the table is: src/lib/focusable.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlHasFocusable, isFocusableElement } from '../../../src/lib/focusable.ts';

test('links with an address, controls, summaries and tabindex ≥ 0 are reached by the keyboard; the rest is not', () => {
  assert.equal(isFocusableElement('a', { href: '/metrics/' }), true);
  assert.equal(isFocusableElement('A', { href: '' }), true);
  assert.equal(isFocusableElement('a', { id: 'x' }), false);
  assert.equal(isFocusableElement('button', {}), true);
  assert.equal(isFocusableElement('input', { type: 'hidden' }), false);
  assert.equal(isFocusableElement('input', {}), true);
  assert.equal(isFocusableElement('span', { tabIndex: 0 }), true);
  assert.equal(isFocusableElement('a', { href: '#', tabindex: '-1' }), false);
  assert.equal(isFocusableElement('td', {}), false);
});

test('rendered HTML: a table with a link in a cell has something the keyboard reaches; a table of text has not', () => {
  assert.equal(htmlHasFocusable('<table><tr><td><a class="num" href="/plans/x/#m-3">100%</a></td></tr></table>'), true);
  assert.equal(htmlHasFocusable('<table data-x="<a href>"><caption>各地</caption><tr><th scope="row">天台县</th><td>18000元</td></tr></table>'), false);
  assert.equal(htmlHasFocusable('<table><tr><td><a id="m-1">锚点</a></td></tr></table>'), false);
  assert.equal(htmlHasFocusable("<td><a\n  data-astro-cid-x href='/regions/'>地区</a></td>"), true);
  assert.equal(htmlHasFocusable('<td><span tabindex="0">说明</span></td>'), true);
});
