// The place helpers of src/lib/place-names.ts: which region a text names first and whether it speaks as the city (我市),
// shared by the ingest and the check; and place names at the start of a title, which the region table knows or lacks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstPlaceNamed, isKnownPlace, leadingPlaceName, SPEAKS_AS_CITY, unknownPlaceMessage } from '../../../src/lib/place-names.ts';

const places = [
  { id: 'taizhou', names: ['台州市', '台州'] },
  { id: 'yuhuan', names: ['玉环市', '玉环'] },
  { id: 'wenling', names: ['温岭市', '温岭', '温'] },
];

test('firstPlaceNamed: the place whose name (two characters or more) comes first in the text', () => {
  assert.equal(firstPlaceNamed('近年来，玉环市联合台州技师学院…', places)?.id, 'yuhuan');
  assert.equal(firstPlaceNamed('台州、温岭两地', places)?.id, 'taizhou');
  // A one-character alias is no name to find (温 in 温度).
  assert.equal(firstPlaceNamed('提高温度', places), undefined);
  // At the same place, the table's first wins.
  assert.equal(firstPlaceNamed('温岭', [{ id: 'a', names: ['温岭'] }, { id: 'b', names: ['温岭'] }])?.id, 'a');
});

test('SPEAKS_AS_CITY: 我市, 全市, 本市 and 市本级, not a city’s name', () => {
  for (const s of ['近年来，我市深化…', '全市新增…', '本市户籍', '市本级财政']) assert.ok(SPEAKS_AS_CITY.test(s), s);
  for (const s of ['城市社区', '台州市人社局']) assert.ok(!SPEAKS_AS_CITY.test(s), s);
});

test('a title’s leading place is known when a region’s name or alias begins it (玉环县 is 玉环, renamed 玉环市)', () => {
  const names = ['玉环市', '玉环', '临海市'];
  assert.equal(leadingPlaceName('　玉环县推进技能培训'), '玉环县', 'spaces, full-width too, before the name are ignored');
  assert.equal(isKnownPlace('玉环县', names), true);
  assert.equal(isKnownPlace('玉环市', names), true);
  assert.equal(isKnownPlace('龙泉市', names), false);
  // A one-character name begins too much to tell a place by.
  assert.equal(isKnownPlace('龙泉市', ['龙']), false);
  assert.equal(unknownPlaceMessage('龙泉市'), '标题以“龙泉市”开头，但地区表里没有它：先在 content/taxonomy/regions.yaml 添加');
});

test('a title that begins with a word, not a place, has no leading place (萧山区 and 山区 are told apart)', () => {
  assert.equal(leadingPlaceName('聚焦山区海岛县'), undefined);
  assert.equal(leadingPlaceName('萧山区打造共富单元'), '萧山区');
});
