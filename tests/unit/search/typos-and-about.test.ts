// Typos of a name typed whole, words the texts print that are no typos, and 约/左右 around a figure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gluedInQuery } from '../../../src/lib/search/suggest.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { real } from '../../support/search-docs.ts';

const phrases = (q: string) => parseQuery(q, real).phrases;

test('a term typed whole is a typo of the name one character away (工匠代 → 工匠贷); a piece cut from a longer part is a word and its neighbour', () => {
  assert.equal(gluedInQuery('工匠代', '工匠贷', phrases('工匠代')), false);
  assert.equal(gluedInQuery('工匠代', '工匠贷', phrases('黄岩 工匠代')), false);
  assert.equal(gluedInQuery('让工人', '打工人', phrases('有没有让工人持股的做法')), true);
  assert.equal(gluedInQuery('农民变', '农民工', phrases('农民变股民')), true);
});

test('a word the texts print is no typo of another word: 人均收入 is not searched as 人员收入; 安家补帖 still is 安家补贴', async () => {
  const { nearInTexts } = await import('../../../src/lib/search/suggest.ts');
  const texts = ['规上企业技术工人年平均工资上涨，人均年工资性收入增长约1万元，人均每年分红增收4万元左右', '提高科研人员收入', '给予1万元安家补贴'];
  assert.deepEqual(nearInTexts('人均收入', texts), []);
  assert.deepEqual(nearInTexts('安家补帖', texts), ['安家补贴']);
});

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
