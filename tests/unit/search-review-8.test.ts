// The eighth search review's fixes: each test failed before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, ranked } from '../support/search-docs.ts';

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
