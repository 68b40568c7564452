// Sixth content audit: slips in metrics that passed the content check, and the rules that now catch them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContent } from '../../src/check/check.ts';
import { formatProblem } from '../../src/check/types.ts';
import { wordCutAt } from '../../src/lib/quote-words.ts';
import { edit, problemsAfter } from '../support/content-copy.ts';

/** The curated content's problems of one rule (what `npm run check` reports for it). */
function curatedProblems(pattern: RegExp): string[] {
  return checkContent('content', 'seeds')
    .map(formatProblem)
    .filter((p) => pattern.test(p));
}

test('wordCutAt: a quote starting inside a word is told apart from one starting where a word does', () => {
  const text = '如阀门行业龙头企业万得凯公司拥有各类原材料、加工配套企业 70 余家，2020 年带动产业链上企业实现产值 3 亿元。';
  const at = text.indexOf('工配套企业');
  assert.deepEqual(wordCutAt(text, at), { word: '加工', start: at - 1 });
  // At a word's start, after punctuation or a space, before a digit: no cut.
  for (const start of ['加工配套企业', '各类原材料', '70 余家', '带动产业链', '2020 年']) assert.equal(wordCutAt(text, text.indexOf(start)), undefined, start);
  assert.equal(wordCutAt(text, 0), undefined);
  // Only the quote's own line is segmented: a word cannot run across a paragraph break.
  const twoLines = '促成合作。\n\n成立公司。';
  assert.equal(wordCutAt(twoLines, twoLines.indexOf('成立')), undefined);
});

test('metrics: a quote that starts inside a word is reported with the whole word; none of the curated quotes does', () => {
  assert.deepEqual(curatedProblems(/的中间开始/), []);
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/jiaojiang-talent.md', "quote: '促成 5家本地企业与浙工大建立长期校企合作关系'", "quote: '成 5家本地企业与浙工大建立长期校企合作关系'");
  });
  assert.deepEqual(problems, [
    'practices/jiaojiang-talent.md: metrics[12].quote: 引文“成 5家本地企业与浙工大建立长期校企合作关系”从词“促成”的中间开始：页面会从半个词起标出这句话。引文要从完整的词开始，写成“促成 5家本地企业与浙工大建立长期校企合作关系”',
  ]);
});
