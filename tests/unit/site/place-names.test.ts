// The place helpers of src/lib/place-names.ts: which region a text names first and whether it speaks as the city (我市),
// shared by the ingest and the check; and place names at the start of a title, which the region table knows or lacks.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstPlaceNamed, isKnownPlace, leadingPlaceName, SPEAKS_AS_CITY, unknownPlaceMessage } from '../../../src/lib/place-names.ts';
import { IngestError } from '../../../src/ingest/types.ts';
import { runIngest } from '../../../src/ingest/run.ts';
import { edit, problemsAfter } from '../../support/content-copy.ts';

function expectLines(problems: string[], lines: string[]): void {
  for (const line of lines) assert.ok(problems.includes(line), `expected\n  ${line}\ngot\n  ${problems.join('\n  ')}`);
}

const work = mkdtempSync(join(tmpdir(), 'place-names-'));
after(() => rmSync(work, { recursive: true, force: true }));

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

test('place names: a title beginning with a place the region table lacks is refused by the ingest and reported by the check', () => {
  for (const [title, place] of [['龙泉市以“三带”策略', '龙泉市'], ['鹿城区探索', '鹿城区'], ['台州市本级', '台州市'], ['深化集成改革 破解', undefined], ['推进全市', undefined], ['城乡区域协调', undefined], ['山区26县', undefined], ['县域经济', undefined], ['老城区改造', undefined], ['聚焦山区26县', undefined], ['打造城区“15分钟”服务圈', undefined], ['萧山区“共富工坊”', '萧山区'], ['景宁畲族自治县', '景宁畲族自治县']] as const) {
    assert.equal(leadingPlaceName(title), place, title);
  }
  // None of the real practices is flagged: each title begins with a place of the table, or with none.
  const regionNames = [...readFileSync('content/taxonomy/regions.yaml', 'utf8').matchAll(/^\s+(?:name: (\S+)|aliases: \[(.*)\])$/gm)].flatMap((m) => (m[1] ? [m[1]] : m[2]!.split(/,\s*/)));
  for (const f of readdirSync('content/practices')) {
    const title = /^title: '?(.*?)'?$/m.exec(readFileSync(join('content/practices', f), 'utf8'))![1]!;
    const place = leadingPlaceName(title);
    assert.ok(place === undefined || isKnownPlace(place, regionNames), `${f}: ${title}`);
  }
  // The ingest stops rather than give the practice another region (from the body, or the issuing city).
  const seed = join(work, '000-longquan.txt');
  writeFileSync(seed, readFileSync('seeds/000_901b1eb27f07a258.txt', 'utf8').replace(' 天台县创新“和盈模式”', ' 龙泉市创新“和盈模式”'));
  assert.throws(
    () => runIngest(seed, { out: join(work, 'out-longquan'), content: 'content' }),
    (e: unknown) => e instanceof IngestError && e.message.startsWith('标题以“龙泉市”开头，但地区表里没有它：先在 content/taxonomy/regions.yaml 添加这个地区'),
  );
  const problems = problemsAfter((dir) => edit(dir, 'practices/tiantai-heying.md', /^title: 天台县/m, 'title: 龙泉市'));
  expectLines(problems, [
    'practices/tiantai-heying.md: region: 标题以“龙泉市”开头，但地区表里没有它：先在 content/taxonomy/regions.yaml 添加这个地区，再把 region 改成它（现在 region 是 tiantai（天台县））；若标题里的地名写错了，照原文改正',
  ]);
});
