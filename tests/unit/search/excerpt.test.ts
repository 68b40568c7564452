// Result excerpts (src/lib/search/excerpt.ts): which part of a page a result shows (its text, not its field panel; the
// panel for a page found only by its tag) and how the marked words and the panel's labels are set in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { squashText } from '../../../src/lib/search/normalize.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { prepareDoc, rank, scoreDoc, type SearchDoc } from '../../../src/lib/search/rank.ts';
import { buildExcerpt, leadExcerpt, resultExcerpt } from '../../../src/lib/search/excerpt.ts';
import { bareDoc, doc, lex, real, seg } from '../../support/search-docs.ts';

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

test('buildExcerpt marks matches from the given start, and leadExcerpt opens the prose', () => {
  const content = '玉环市股权激励. 近年来，玉环市积极探索实施股权激励、绩效考核等机制，实现“技能”变“资金”。';
  const from = squashText('玉环市股权激励').length;
  const segs = buildExcerpt(content, from, ['股权激励', '玉环'], 30)!;
  assert.ok(segs.some((s) => s.mark && s.text === '股权激励'));
  assert.ok(!segs.map((s) => s.text).join('').startsWith('玉环市股权激励.'), 'the title is not repeated');
  const spaced = buildExcerpt('标题. 共发放资金 2568.85 万元。', 2, ['2568.85万元'], 40)!;
  assert.deepEqual(spaced.filter((s) => s.mark).map((s) => s.text), ['2568.85 万元']);
  assert.equal(buildExcerpt(content, from, ['飞柜']), undefined);
  assert.ok(leadExcerpt(content, from, 10)[0]!.text.startsWith('近年来'));
  const evil = buildExcerpt('标题. 文中有 <script>alert(1)</script> 字样', 2, ['script'], 60)!;
  assert.ok(evil.every((s) => typeof s.text === 'string'), 'markup in a page stays text');
});

test('an excerpt shows the passage with most of the query, and the word as typed before its other names', () => {
  const filler = '。推进各项工作，'.repeat(12);
  const content = `标题. 对困难群众及时救助${filler}帮助困难学生108名，发放助学金。`;
  const plan = parseQuery('怎么给困难学生发助学金', lex, seg);
  const s = scoreDoc(prepareDoc(bareDoc('x', '标题', content.slice(4)), lex), plan);
  const ex = buildExcerpt(content, 2, s.highlight, 40, undefined, s.focus)!;
  assert.ok(ex.map((x) => x.text).join('').includes('助学金'), ex.map((x) => x.text).join(''));
  const typed = `标题. 技术工人队伍壮大${filler}产业工人队伍建设。`;
  const p2 = parseQuery('产业工人', lex, seg);
  const s2 = scoreDoc(prepareDoc(bareDoc('y', '标题', typed.slice(4)), lex), p2);
  const ex2 = buildExcerpt(typed, 2, s2.highlight, 30, undefined, s2.focus)!;
  assert.deepEqual(ex2.filter((x) => x.mark).map((x) => x.text), ['产业工人']);
});

test('an excerpt shows the joins of blocks after Chinese text as a separator, not a full stop', () => {
  const content = '标题. 二、形成就业帮扶机制. 一是全面提低，助力低收入农户增收。共有 2.5 万人. 另有 3 人';
  const segs = buildExcerpt(content, 2, ['低收入农户'], 60)!;
  const text = segs.map((x) => x.text).join('');
  assert.ok(text.includes('机制 · 一是'), text);
  assert.ok(text.includes('2.5 万人 · 另有'), text);
  const marked = buildExcerpt('标题. 帮扶机制. 一是', 2, ['帮扶机制'], 30)!;
  assert.deepEqual(marked.map((x) => x.text), ['帮扶机制', ' · 一是']);
});

test('for a term found only as its words apart, the excerpt shows the passage with both words', () => {
  const page = bareDoc('p', '某地工作', '开展技能培训，覆盖各行业和各类企业的一线职工。另外，组织焊工等技能人员参加等级评价 300 人次。');
  const [r] = rank([prepareDoc(page, lex)], parseQuery('技能评价', lex, seg));
  assert.equal(r?.evidence, 'words');
  const segs = buildExcerpt(r!.doc.body, r!.page.proseFrom, r!.highlight, 24, r!.page.body, r!.focus)!;
  const marked = segs.filter((x) => x.mark).map((x) => x.text);
  assert.ok(marked.includes('技能') && marked.includes('评价'), JSON.stringify(segs));
});

test('an excerpt never starts or ends inside a figure, nor inside a highlighted word', () => {
  const body = '迁建学校 4 所，共投入 4.6 亿元，补贴 750-1000元，年平均工资 109601元，培训 10738人/次。';
  for (let pad = 0; pad < 40; pad++) {
    const content = `标题. ${'推进各项工作'.slice(0, pad % 6)}${'。'.repeat(pad)}${body}再次迁建学校。`;
    for (const length of [20, 24, 31]) {
      const segs = buildExcerpt(content, 2, ['迁建学校'], length)!;
      const text = segs.map((x) => x.text).join('');
      assert.doesNotMatch(text, /^…\s*[\d.,\-万亿元人次/]/u, `${pad}/${length}: ${text}`);
      assert.doesNotMatch(text, /[\d.\-]…$/u, `${pad}/${length}: ${text}`);
      for (const figure of ['4.6 亿元', '750-1000元', '109601元', '10738人/次']) {
        const head = figure.slice(0, 2);
        const tail = figure.slice(-2);
        if (text.includes(tail) && text.indexOf(tail) < 3) assert.ok(text.includes(figure), `${pad}/${length}: ${text}`);
        if (text.includes(head) && text.lastIndexOf(head) > text.length - 4) assert.ok(text.includes(figure), `${pad}/${length}: ${text}`);
      }
    }
  }
  // A highlighted word is never cut at an edge: 技能 shows whole or not at all.
  for (let pad = 0; pad < 30; pad++) {
    const content = `标题. ${'工'.repeat(pad)}股权激励改革，技能人才${'业'.repeat(30)}技能提升。`;
    const segs = buildExcerpt(content, 2, ['股权激励', '技能'], 20)!;
    for (const s of segs.filter((x) => x.mark)) assert.ok(['股权激励', '技能'].includes(s.text), `${pad}: ${JSON.stringify(segs)}`);
  }
  const lead = leadExcerpt('标题. 共引育高校毕业生 7155名，兑现补贴', 2, 14);
  assert.equal(lead.map((x) => x.text).join(''), '共引育高校毕业生 7155名…');
});

test('for a place and a topic, the excerpt shows the topic, not the opening that names the place', () => {
  const filler = '。推进各项工作，'.repeat(12);
  const page = bareDoc('p', '玉环市“三带”促共富', `近年来，玉环市坚持工业立市${filler}引导乡贤回归，投资家乡建设。`, { region: ['玉环市'] });
  const [r] = rank([prepareDoc(page, lex)], parseQuery('玉环 乡贤', lex, seg));
  const segs = buildExcerpt(r!.doc.body, r!.page.proseFrom, r!.highlight, 40, r!.page.body, r!.focus)!;
  assert.ok(segs.some((x) => x.mark && x.text === '乡贤'), JSON.stringify(segs));
  // A passage with both the place and the topic comes first.
  const other = bareDoc('o', '温岭市山海协作', `帮助三门发展${filler}与玉环乡贤合作。玉环${filler}乡贤`, { region: ['黄岩区'] });
  const [o] = rank([prepareDoc(other, lex)], parseQuery('玉环 乡贤', lex, seg));
  const both = buildExcerpt(o!.doc.body, o!.page.proseFrom, o!.highlight, 30, o!.page.body, o!.focus)!;
  assert.equal(both.find((x) => x.mark)?.text, '玉环乡贤', JSON.stringify(both));
});
