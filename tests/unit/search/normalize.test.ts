// Comparison forms of the search (src/lib/search/normalize.ts): a query as typed and cleaned, the squashed text with
// its map back, a figure matched whole, two-character pieces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bigrams, cleanQuery, MAX_QUERY_LENGTH, occurrences, squash, squashText } from '../../../src/lib/search/normalize.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { buildExcerpt } from '../../../src/lib/search/excerpt.ts';
import { lex, seg } from '../../support/search-docs.ts';

test('a whole number typed is not found as the integer part of a decimal the text prints (2568 in 2568.85万元)', () => {
  // The reader who types 2568 gets the page of 2568.85万元 only through the rounding search, which says so; an exact
  // match here would list it as if the text printed 2568.
  assert.deepEqual(occurrences('增收2568.85万元', '2568'), []);
  assert.deepEqual(occurrences('增收2568万元', '2568'), [2]);
  // A full stop after the number ends the sentence and is no decimal point.
  assert.deepEqual(occurrences('共2568.', '2568'), [1]);
});

test('cleanQuery keeps what was typed, collapses spaces and drops invisible characters', () => {
  assert.equal(cleanQuery('２５６８．８５万元'), '２５６８．８５万元');
  assert.equal(cleanQuery('玉环，股权激励？'), '玉环，股权激励？', 'full-width punctuation stays as typed');
  assert.equal(cleanQuery('  玉环\u3000\u3000股权激励 \n'), '玉环 股权激励');
  assert.equal(cleanQuery('助\u200b共体'), '助共体');
  assert.equal(cleanQuery(null), '');
  assert.equal(Array.from(cleanQuery('技'.repeat(500))).length, MAX_QUERY_LENGTH);
  assert.equal(cleanQuery('😀'.repeat(100)).length, MAX_QUERY_LENGTH * 2, 'never cuts a surrogate pair');
});

test('squash keeps letters, digits, percent and decimal points, with a map back to the original', () => {
  assert.equal(squashText('玉环市“技能”变“资金” 探索'), '玉环市技能变资金探索');
  assert.equal(squashText('发放 2568.85万元。共 5%'), '发放2568.85万元共5%');
  assert.equal(squashText('ＡＢＣ 全角'), 'abc全角');
  assert.equal(squashText('<script>alert(1)</script>'), 'scriptalert1script');
  const s = '“术 工”人';
  const sq = squash(s);
  assert.equal(sq.text, '术工人');
  assert.deepEqual([sq.map[0], sq.map[1]], [1, 3]);
});

test('numbers match whole: no piece of a number, and not inside a longer one', () => {
  assert.deepEqual(occurrences('共1.54亿元和1.5万人', '1.5'), [8]);
  assert.deepEqual(occurrences('153906元，3.92万', '39'), []);
  assert.deepEqual(occurrences('2025年和12025年', '2025年'), [0]);
  assert.deepEqual(bigrams('工坊39200元'), ['工坊']);
  assert.deepEqual(parseQuery('39200', lex, seg).queries.loose, ['39199'], 'a number has no loose pieces; the number below starts the ones that round to it');
  const segs = buildExcerpt('标题. 从失业保险基金中提取 1.54 亿元，另有 1.5 亿元用于补贴。', 2, ['1.5'], 60)!;
  assert.deepEqual(segs.filter((x) => x.mark).map((x) => x.text), ['1.5']);
});

test('a word typed in pinyin or English has no two-letter pieces', () => {
  assert.deepEqual(parseQuery('gongjiangdai', lex, seg).queries.loose, []);
  assert.deepEqual(bigrams('gongjiang工匠'), ['工匠']);
});
