// Slips of the fifth editor review (a mutation pass over every content file, see the report): each was silent, unclear
// or a crash before its fix. Run: node --test tests/unit/editor-review-5.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { printedIssue } from '../../src/lib/seed-text.ts';
import { edit, problemsAfter } from '../support/content-copy.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/editor5/${name}`, import.meta.url), 'utf8');

test('a masthead’s sub-series is read from its own bracketed line, full-width or not, and not from a bracketed date', () => {
  assert.equal(printedIssue(fixture('subseries-masthead.txt')).subseries, '专题调研');
  assert.equal(printedIssue(readFileSync('seeds/002_d3d2b23bbdabca64.txt', 'utf8')).subseries, '实践创新');
  // The issues that print none.
  for (const seed of ['000_901b1eb27f07a258.txt', '001_87f722b323f69c9e.txt']) assert.equal(printedIssue(readFileSync(`seeds/${seed}`, 'utf8')).subseries, undefined, seed);
});

test('an issue whose masthead prints a sub-series is reported when subseries is left out: its citation would lack it', () => {
  const problems = problemsAfter((dir) => edit(dir, 'briefings/taizhou-2021-09-30.yaml', /^subseries: .*\n/m, ''));
  assert.deepEqual(problems, [
    'briefings/taizhou-2021-09-30.yaml: subseries: subseries 未填，原文 seeds/002_d3d2b23bbdabca64.txt 的报头在刊名下印有“（实践创新）”：subseries 应为 实践创新（不带括号；页面和引用写作《台州共富工作简报（实践创新）》）',
  ]);
});
