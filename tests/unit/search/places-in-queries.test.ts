// A place typed in a query and where it stands (为什么选台州, 去青田打工), and 能/想 before a word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { doc, ranked, real } from '../../support/search-docs.ts';

test('a place typed in the query weighs: the page of that region comes before one with more of the other words', () => {
  const ds = [
    doc('city-plan', '某市行动方案', '保障进城农民工权益，深化欠薪治理，实施根治欠薪行动。', { kind: ['方案'], region: ['台州市'], city: ['台州市'] }),
    doc('county-plan', '某县行动方案', '深入实施“无欠薪”行动。', { kind: ['方案'], region: ['青田县'], city: ['丽水市'] }),
    doc('other', '某区人才', '农民工技能培训。', { region: ['椒江区'], city: ['台州市'] }),
  ];
  assert.equal(ranked('农民工欠薪怎么治理 青田', ds)[0], 'county-plan');
  // A city takes in its counties: 台州 lists the county page of 台州市 before 青田's.
  assert.deepEqual(ranked('台州 农民工', ds).slice(0, 2).sort(), ['city-plan', 'other']);
  // Without a place the page with more of the words still comes first.
  assert.equal(ranked('农民工欠薪怎么治理', ds)[0], 'city-plan');
});

test('a place after a verb or preposition (为什么选台州, 去青田打工) is the place, not a piece of a longer word', () => {
  assert.deepEqual(parseQuery('为什么选台州', real).terms.map((t) => [t.text, t.entry?.value]), [['台州', '台州市']]);
  assert.deepEqual(parseQuery('去青田打工', real).terms.map((t) => t.text), ['青田', '打工']);
  // A character after a place may make a longer word of it: 天台山 is a mountain, not 天台县.
  assert.equal(parseQuery('天台山', real).terms[0]?.entry, undefined);
  const ds = [
    doc('note', '《台州共富工作简报》', '编者按：台州作为制造业大市，技术工人总数多。', { kind: ['简报'] }),
    doc('other', '某县做法', '推进技术工人“扩中”。', { region: ['椒江区'], city: ['台州市'] }),
    doc('ballot', '某县选举', '选举村委会。', { region: ['青田县'], city: ['丽水市'] }),
  ];
  assert.equal(ranked('为什么选台州', ds)[0], 'note');
});

test('能, 会, 要 or 想 before a word (哪里能找工作) leave the word its meaning: 找工作 is 就业', () => {
  assert.deepEqual(parseQuery('哪里能找工作', real).terms.map((t) => [t.text, t.entry?.value]), [['找工作', '就业']]);
  assert.deepEqual(parseQuery('技术工人会持股吗', real).terms.map((t) => t.text), ['技术工人', '持股']);
  const ds = [
    doc('jobs', '某市就业', '开展送岗位下乡活动，实现就业 4856人。'),
    doc('other', '某县人才', '引进人才，提供工作岗位。'),
  ];
  assert.equal(ranked('哪里能找工作', ds)[0], 'jobs');
});

