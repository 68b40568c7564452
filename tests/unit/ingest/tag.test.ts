// The ingest's tag suggestions (src/ingest/tag.ts): what the draft's region and partners say, and the note beside them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectRegion } from '../../../src/ingest/tag.ts';

const regions = [
  { id: 'taizhou', names: ['台州市', '台州'] },
  { id: 'yuhuan', names: ['玉环市', '玉环'], parent: '台州市' },
  { id: 'wenling', names: ['温岭市', '温岭'], parent: '台州市' },
  { id: 'qingtian', names: ['青田县', '青田'], parent: '丽水市' },
];

test('another region is suggested as a partner when the text names it three times, not twice', () => {
  const twice = detectRegion('玉环市推进山海协作', '玉环市与青田县结对。青田县的企业来玉环考察。', regions);
  assert.deepEqual(twice.partners, []);
  assert.deepEqual(twice.doubts.filter((d) => d.field === 'partners'), []);
  const thrice = detectRegion('玉环市推进山海协作', '玉环市与青田县结对。青田县的企业来玉环考察，青田的农产品进入玉环市场。', regions);
  assert.deepEqual(thrice.partners, ['qingtian']);
  assert.deepEqual(thrice.doubts.filter((d) => d.field === 'partners').map((d) => d.note), ['正文多次提到其他地区（qingtian: 青田县×2、青田×1），是否为协作地区请核对']);
});

test('the region’s own city is not suggested as its partner, however often the text names it', () => {
  const g = detectRegion('玉环市推进技能培训', '台州市部署，台州各地响应，玉环市落实台州市的要求。', regions);
  assert.equal(g.region, 'yuhuan');
  assert.deepEqual(g.partners, []);
});
