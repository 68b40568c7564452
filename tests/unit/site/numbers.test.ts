import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chineseNumber, findNumbers, halfWidthDigits, parseNumber, quoteStates, sameUnit, toHalfWidth, writtenUnit } from '../../../src/lib/numbers.ts';

test('万 and 亿 are resolved', () => {
  assert.equal(parseNumber('3.92万人'), 39200);
  assert.equal(parseNumber('439.525万元'), 4395250);
  assert.equal(parseNumber('3.06亿元'), 306000000);
  assert.equal(parseNumber('0.6万元'), 6000);
});

test('full-width digits and spaces inside a figure', () => {
  assert.equal(toHalfWidth('２５６８．８５万元'), '2568.85万元');
  assert.equal(parseNumber('２５６８．８５万元'), 25688500);
  assert.equal(parseNumber('共有 609 个'), 609);
  assert.equal(parseNumber('1 万人'), 10000);
});

test('余/多 before or after the multiplier mark the figure approximate', () => {
  const [a] = findNumbers('价值 30 余万元的物资');
  assert.equal(a?.value, 300000);
  assert.equal(a?.approx, true);
  assert.ok(a?.after.startsWith('元'));
  const [b] = findNumbers('走访企业 3400余次');
  assert.equal(b?.value, 3400);
  assert.equal(b?.approx, true);
  assert.equal(findNumbers('完成 10738人')[0]?.approx, false);
});

test('余/多 after the unit (30%多, 1倍多) mark the figure approximate too, but not 多 opening a word (3人多次)', () => {
  assert.deepEqual(findNumbers('增长30%多，高出1倍多。').map((n) => n.approx), [true, true]);
  assert.deepEqual(findNumbers('提高了 2 个百分点多').map((n) => n.approx), [true]);
  assert.deepEqual(findNumbers('慰问3人多次').map((n) => n.approx), [false]);
  assert.deepEqual(findNumbers('增长30%，多措并举').map((n) => n.approx), [false]);
});

test('quoteStates checks value and unit together', () => {
  // A ratio named 倍差 is counted in 倍, which is not printed after it; another figure without 倍 is not.
  assert.ok(quoteStates('城乡居民收入倍差力争缩小到 1.7 以内', 1.7, '倍'));
  assert.ok(!quoteStates('城乡居民收入差距缩小到 1.7 以内', 1.7, '倍'));
  assert.ok(!quoteStates('城乡居民收入倍差从 2 倍缩小到 1.7 万元', 1.7, '倍'));
  assert.ok(quoteStates('新增高技能人才 4503人', 4503, '人'));
  assert.ok(quoteStates('其中高技能人才 3.92 万人', 39200, '人'));
  assert.ok(quoteStates('完成职业技能补贴性培训10738人/次', 10738, '人次'));
  assert.ok(quoteStates('比例分别达到 70%、45%', 45, '%'));
  assert.ok(!quoteStates('新增高技能人才 4503人', 4530, '人'), 'wrong value');
  assert.ok(!quoteStates('新增高技能人才 4503人', 4503, '元'), 'wrong unit');
  assert.ok(!quoteStates('其中高技能人才 3.92 万人', 3.92, '人'), '万 not resolved');
});

test('a list of bare numbers shares the unit after its last number (分别达到 35.5 万、3.8 万、12 万人)', () => {
  const quote = '分别达到 35.5 万、3.8 万、12 万人';
  assert.ok(quoteStates(quote, 355000, '人'));
  assert.ok(quoteStates(quote, 38000, '人'));
  assert.ok(quoteStates(quote, 120000, '人'));
  assert.ok(quoteStates('分别新建 10、20 和 30个', 10, '个'));
  assert.ok(!quoteStates(quote, 355000, '元'), 'another unit');
  assert.ok(!quoteStates(quote, 35.5, '人'), '万 not resolved');
  // The list's unit is the whole unit: 人次 is not 人.
  assert.ok(!quoteStates('分别培训 3万、5 万人次', 30000, '人'));
  assert.ok(quoteStates('分别培训 3万、5 万人次', 30000, '人次'));
  // A number with a unit of its own keeps it: 5 个 does not take the 元 after the list.
  assert.ok(!quoteStates('建成 5 个、投入 3 万元', 5, '元'));
});

test('a full-width thousands comma is part of the number: 共１２，３４５人 states 12345 人', () => {
  assert.deepEqual(findNumbers('共１２，３４５人').map((n) => n.value), [12345]);
  assert.equal(quoteStates('共１２，３４５人', 12345, '人'), true);
});

test('约 and 近 before a number make it approximate; 超, 超过, 逾 are bounds (docs/editing.md, approx), all alike', () => {
  assert.deepEqual(findNumbers('约3000户、近3000户').map((n) => n.approx), [true, true]);
  assert.deepEqual(findNumbers('贷款总规模超 2亿元').map((n) => n.approx), [false]);
  assert.deepEqual(findNumbers('比重超过 50%').map((n) => n.approx), [false]);
  assert.deepEqual(findNumbers('带动逾3000户增收').map((n) => n.approx), [false]);
  assert.deepEqual(findNumbers('带动3000户增收').map((n) => n.approx), [false]);
});

test('a Chinese number with 亿 and then 万 adds the 万 part: 三亿五千万 is 350000000', () => {
  assert.equal(chineseNumber('三亿五千万'), 350000000);
  assert.equal(chineseNumber('一亿二千万'), 120000000);
});

test('位 and 名 count persons as 人 does; a yearly amount (元/年) is counted in 元, a monthly one is a rate', () => {
  assert.equal(sameUnit('位', '人'), true);
  assert.equal(sameUnit('名', '人'), true);
  assert.equal(sameUnit('户', '人'), false);
  assert.equal(writtenUnit(findNumbers('补贴2000元/年')[0]!), '元');
  assert.equal(writtenUnit(findNumbers('补贴2000元/月')[0]!), '元/月');
});

test('halfWidthDigits makes full-width digits ASCII and changes nothing else', () => {
  assert.equal(halfWidthDigits('第１２期，３．９２万人，５０％'), '第12期，3．92万人，50％');
});
