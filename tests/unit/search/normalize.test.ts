// Comparison forms of the search (src/lib/search/normalize.ts): a figure typed is matched whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { occurrences } from '../../../src/lib/search/normalize.ts';

test('a whole number typed is not found as the integer part of a decimal the text prints (2568 in 2568.85万元)', () => {
  // The reader who types 2568 gets the page of 2568.85万元 only through the rounding search, which says so; an exact
  // match here would list it as if the text printed 2568.
  assert.deepEqual(occurrences('增收2568.85万元', '2568'), []);
  assert.deepEqual(occurrences('增收2568万元', '2568'), [2]);
  // A full stop after the number ends the sentence and is no decimal point.
  assert.deepEqual(occurrences('共2568.', '2568'), [1]);
});
