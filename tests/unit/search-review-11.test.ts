// The eleventh search review's fixes: each test failed before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gluedInQuery } from '../../src/lib/search/suggest.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { real } from '../support/search-docs.ts';

const phrases = (q: string) => parseQuery(q, real).phrases;

test('a term typed whole is a typo of the name one character away (工匠代 → 工匠贷); a piece cut from a longer part is a word and its neighbour', () => {
  assert.equal(gluedInQuery('工匠代', '工匠贷', phrases('工匠代')), false);
  assert.equal(gluedInQuery('工匠代', '工匠贷', phrases('黄岩 工匠代')), false);
  assert.equal(gluedInQuery('让工人', '打工人', phrases('有没有让工人持股的做法')), true);
  assert.equal(gluedInQuery('农民变', '农民工', phrases('农民变股民')), true);
});
