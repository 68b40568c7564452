// Small helpers of the content check's messages (src/check/text.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relativeYear } from '../../../src/check/text.ts';

test('上年, like 去年, is the year before the issue; 本年, like 今年, is the issue’s year', () => {
  assert.deepEqual(relativeYear('上年，全县新增技能人才', 2022), { word: '上年', year: 2021, asOf: false });
  assert.deepEqual(relativeYear('本年，全县新增技能人才', 2022), { word: '本年', year: 2022, asOf: false });
  // A year in digits wins: the word is not read.
  assert.equal(relativeYear('2021年，比上年增长', 2022), undefined);
});
