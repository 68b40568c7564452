// Result excerpts (src/lib/search/excerpt.ts): which part of a page a result shows (its text, not its field panel; the
// panel for a page found only by its tag) and how the marked words and the panel's labels are set in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { squashText } from '../../../src/lib/search/normalize.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { prepareDoc, rank, type SearchDoc } from '../../../src/lib/search/rank.ts';
import { buildExcerpt, resultExcerpt } from '../../../src/lib/search/excerpt.ts';
import { doc, real } from '../../support/search-docs.ts';

test('a plan or briefing found by a word of its field panel shows its text, not the panel (刊名：… 期号：… 报：…)', () => {
  const briefing = doc('briefing', '《台州共富工作简报》（期号未注明，2021年12月1日）', '', { kind: ['简报'] });
  briefing.body =
    '《台州共富工作简报》（期号未注明，2021年12月1日） 刊名：台州共富工作简报. 期号：未注明. 日期：2021年12月1日. ' +
    '编发单位：台州市领导小组办公室. 送：市委、市政府领导。发：各县（市、区）党委、政府，市级有关单位。 本期案例（4个） 椒江区盯才“扩中”大力培育“中收”后备军.';
  const plan = doc('plan', '青田县“扩中”“提低”行动方案（2021-2025年）', '', { kind: ['方案'] });
  plan.body =
    '青田县“扩中”“提低”行动方案（2021-2025年） 发文字号：青委办发〔2022〕14号. 发文单位：中共青田县委办公室. 日期：2022年6月30日. ' +
    '状态：正式印发. 地区：青田县. 期限：2021—2025年. 分群体举措与责任单位. 技术工人激励计划（技术工人）大力培育新时代工匠';
  const excerpt = (q: string, d: SearchDoc) => {
    const p = prepareDoc(d, real);
    const r = rank([p], parseQuery(q, real))[0];
    return resultExcerpt(d.body, p.body, p.title, p.proseFrom, p.textFrom, r).map((s) => s.text).join('');
  };
  // The word is in the title and the panel: the excerpt opens the text.
  assert.match(excerpt('台州共富工作简报', briefing), /^本期案例/);
  assert.doesNotMatch(excerpt('台州共富工作简报', briefing), /刊名|期号|送：/);
  assert.match(excerpt('扩中 方案', plan), /^分群体举措/);
  // A word only the panel holds (the document number, the issuer) is shown where it is.
  assert.match(excerpt('青委办发〔2022〕14号', plan), /发文字号：青委办发〔2022〕14号/);
  // The words of the text are shown in it.
  assert.match(excerpt('工匠', plan), /新时代工匠/);
});

test('a page found only by its tag shows the tag in its excerpt: 快递小哥 finds 新就业形态从业人员 in the panel', () => {
  const d = doc(
    'yuhuan',
    '玉环市以“三带”策略力促全域共富',
    '地区：玉环市. 目标群体：技术工人. 新就业形态从业人员. 举措类型：产业带动. 来源：《台州共富工作简报》第3期. 近年来，玉环市以城乡一体化发展为导向，实施“三带”策略。',
    { region: ['玉环市'], group: ['技术工人', '新就业形态从业人员'], measure: ['产业带动'] },
  );
  const p = prepareDoc(d, real);
  const r = rank([p], parseQuery('快递小哥', real))[0]!;
  const segments = resultExcerpt(d.body, p.body, p.title, p.proseFrom, p.textFrom, r);
  assert.deepEqual(segments.filter((s) => s.mark).map((s) => s.text), ['新就业形态从业人员']);
  assert.match(segments.map((s) => s.text).join(''), /^目标群体：技术工人 · 新就业形态从业人员 · 举措类型/);
  // A page whose text has the words shows its text, as before.
  const byText = resultExcerpt(d.body, p.body, p.title, p.proseFrom, p.textFrom, rank([p], parseQuery('玉环 三带', real))[0]!);
  assert.deepEqual(byText.filter((s) => s.mark).map((s) => s.text), ['玉环市', '三带']);
});

test('a highlighted name that opens a bracket closes it: 高素质农民（渔民） is marked whole', () => {
  const segments = buildExcerpt('目标群体：技术工人. 高素质农民（渔民）. 举措类型：产业带动', 0, [squashText('高素质农民（渔民）')]);
  assert.deepEqual(segments?.filter((s) => s.mark).map((s) => s.text), ['高素质农民（渔民）']);
});

test('a panel label right after a closing bracket is set apart: 高素质农民（渔民） · 举措类型：', () => {
  // The index joins a block that ends in a bracket to the next one with ". ", as any other (see indexer.test.ts).
  const segments = buildExcerpt('目标群体：技术工人. 高素质农民（渔民）. 举措类型：产业带动. 来源：简报', 0, [squashText('技术工人')]);
  assert.match(segments!.map((s) => s.text).join(''), /高素质农民（渔民） · 举措类型：产业带动/);
});
