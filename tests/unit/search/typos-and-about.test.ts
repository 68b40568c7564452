// Typos of a name typed whole, words the texts print that are no typos, and 约/左右 around a figure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { real } from '../../support/search-docs.ts';

test('约, 大约, 将近 before a figure and 左右 after it say “about”: 约4500人 and 4500人左右 are searched as about 4500 people', () => {
  for (const q of ['约4500人', '大约4500人', '4500人左右', '技术工人约4500人']) {
    const figure = parseQuery(q, real).terms.find((t) => t.figure);
    assert.equal(figure?.rounded?.approx, true, q);
    assert.equal(figure?.rounded?.number, '4500', q);
    assert.ok(!parseQuery(q, real).terms.some((t) => /约|左右/u.test(t.text)), q);
  }
  assert.equal(parseQuery('4500人', real).terms[0]!.rounded?.approx, undefined);
  // 约 inside a word is no qualifier (合约 2份 is no figure typed “about”).
  assert.equal(parseQuery('合约2份', real).terms.find((t) => t.figure)?.rounded?.approx, undefined);
});
