// Traditional characters read as simplified ones (src/lib/search/t2s.ts), from OpenCC's tables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildT2s, t2sMap, toSimplified } from '../../../src/lib/search/t2s.ts';

test('traditional characters are read as simplified ones, from OpenCC’s tables', () => {
  const table = buildT2s('溫 温|嶺 岭|乾 干 乾|術 术|簡體 简体', ['裡 裏']);
  assert.equal(table.pairs.includes('簡'), false, 'only single characters');
  const map = t2sMap(buildT2s('溫 温|嶺 岭|乾 干 乾|術 术|裏 里', ['裡 裏']));
  assert.equal(toSimplified('溫嶺 技術工人', map), '温岭 技术工人');
  assert.equal(toSimplified('乾', map), '干', 'the first simplified form');
  assert.equal(toSimplified('裡', map), '里', 'a regional variant through its standard form');
  assert.equal(toSimplified('玉环 2025', map), '玉环 2025');
});
