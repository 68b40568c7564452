// The place helpers the ingest and the check share (src/lib/place-names.ts): which region a text names first, and
// whether it speaks as the city (我市), so that the ingest's guess and the check's rule read a text alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstPlaceNamed, SPEAKS_AS_CITY } from '../../../src/lib/place-names.ts';

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
