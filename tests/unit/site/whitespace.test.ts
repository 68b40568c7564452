import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutSpaces, withoutWhitespace } from '../../../src/lib/whitespace.ts';

test('withoutWhitespace removes every blank; withoutSpaces keeps line breaks and tabs', () => {
  const text = '新增 就业\u30003.2 万人\n\t同比增长';
  assert.equal(withoutWhitespace(text), '新增就业3.2万人同比增长');
  assert.equal(withoutSpaces(text), '新增就业3.2万人\n\t同比增长');
});
