// src/lib/quote-words.ts: where a metric's quote cuts a word (wordCutAt), and which comparable indicator a quote states
// by printing its name right before the figure (statedIndicator). The content check's metric rules use both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statedIndicator, wordCutAt } from '../../../src/lib/quote-words.ts';

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

const INDICATORS = [
  { id: 'per-capita-disposable-income', name: '居民人均可支配收入', units: ['元'] },
  { id: 'rural-per-capita-disposable-income', name: '农村居民人均可支配收入', units: ['元'] },
  { id: 'new-high-skilled-talents', name: '新增高技能人才', units: ['人'] },
  { id: 'skill-certification', name: '职业技能等级认定', units: ['人次'] },
];

test('statedIndicator: the indicator whose name a quote prints right before the figure, in its unit', () => {
  assert.equal(statedIndicator('企业职业技能等级认定 1.46万人次', 14600, '人次', INDICATORS), 'skill-certification');
  assert.equal(statedIndicator('该县新增高技能人才 2447名', 2447, '名', INDICATORS), 'new-high-skilled-talents');
  assert.equal(statedIndicator('农村居民人均可支配收入 25000 元', 25000, '元', INDICATORS), 'rural-per-capita-disposable-income');
  // Another unit, other words between the name and the figure, another figure: not stated.
  assert.equal(statedIndicator('通过职业技能等级认定4.7万人', 47000, '人', INDICATORS), undefined);
  assert.equal(statedIndicator('新增高技能人才中的技师 898人', 898, '人', INDICATORS), undefined);
  assert.equal(statedIndicator('新增高技能人才同比增长 68%', 68, '%', INDICATORS), undefined);
  assert.equal(statedIndicator('新增高技能人才 1605人，技师 300人', 300, '人', INDICATORS), undefined);
});

test('statedIndicator: a name inside a longer name of an urban or rural breakdown is not that indicator', () => {
  // 城镇居民人均可支配收入 is a figure for town residents only, not 居民人均可支配收入 (no indicator has its name).
  for (const q of ['城镇居民人均可支配收入 7万元', '全市农村居民人均可支配收入为 7万元', '城市居民人均可支配收入 7万元', '乡村居民人均可支配收入 7万元']) {
    assert.equal(statedIndicator(q, 70000, '元', INDICATORS), undefined, q);
  }
  // A subject or a verb before the name is no breakdown: 常住居民 are all residents, 该县 and 企业 do the counting.
  assert.equal(statedIndicator('常住居民人均可支配收入 61186元', 61186, '元', INDICATORS), 'per-capita-disposable-income');
  assert.equal(statedIndicator('全市居民人均可支配收入 7万元', 70000, '元', INDICATORS), 'per-capita-disposable-income');
  assert.equal(statedIndicator('该县新增高技能人才 2447名', 2447, '名', INDICATORS), 'new-high-skilled-talents');
});

test('statedIndicator: 为 right after the whole name states the figure, only where the name starts a word', () => {
  assert.equal(statedIndicator('居民人均可支配收入为 5.2万元', 52000, '元', INDICATORS), 'per-capita-disposable-income');
  assert.equal(statedIndicator('2021年，农村居民人均可支配收入为35000元', 35000, '元', INDICATORS), 'rural-per-capita-disposable-income');
  assert.equal(statedIndicator('全县的新增高技能人才为 898人', 898, '人', INDICATORS), 'new-high-skilled-talents');
  // 为 is common: the name may end a longer name no indicator has (城镇居民人均可支配收入), or 为 mean "for" (为 300家企业).
  assert.equal(statedIndicator('城镇居民人均可支配收入为 7万元', 70000, '元', INDICATORS), undefined);
  assert.equal(statedIndicator('开展职业技能等级认定为 300家企业', 300, '家', INDICATORS), undefined);
  assert.equal(statedIndicator('新增高技能人才为主的 300人', 300, '人', INDICATORS), undefined);
});

