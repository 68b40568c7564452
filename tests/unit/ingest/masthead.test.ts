// Reading an issue's masthead and colophon (src/ingest/masthead.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDate } from '../../../src/lib/masthead-lines.ts';

test('the first date of a line is its date, whether in Chinese numerals or in digits', () => {
  assert.equal(readDate('二〇二二年十一月八日印发（2021年3月1日修订）'), '2022-11-08');
  assert.equal(readDate('2021年3月1日起施行，二〇二二年十一月八日印发'), '2021-03-01');
});
