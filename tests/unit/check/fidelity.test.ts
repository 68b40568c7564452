import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropPageNumbers, markupIn, normalizeMarkdown, SourceIndex, stripInlineMarkup, unfaithful, type Correction } from '../../../src/lib/fidelity.ts';

const unfaithfulParagraphs = (body: string, source: string, corrections: readonly Correction[] = []) => unfaithful(body, new SourceIndex(source), corrections);
import { decodeEntities } from '../../../src/lib/xml.ts';
import { editDistance, suggestId } from '../../../src/lib/suggest.ts';

test('page numbers in every style are dropped', () => {
  assert.equal(dropPageNumbers('甲\n— 5—\n乙\n- 3 -\n丙\n第3页\n丁'), '甲\n乙\n丙\n丁');
});

test('markdown syntax is ignored when comparing', () => {
  assert.equal(normalizeMarkdown('## 一、标题\n\n正文[^1]，**加粗**。'), '一、标题正文，加粗。');
});

test('a reworded paragraph is caught; a rejoined one passes', () => {
  const source = '近年来，温岭市以高质量就业社区（村）为抓手，建立高\n\n质量就业服务体系。\n\n— 5—\n\n一是推进。';
  assert.deepEqual(unfaithfulParagraphs('近年来，温岭市以高质量就业社区（村）为抓手，建立高质量就业服务体系。\n\n一是推进。', source), []);
  assert.equal(unfaithfulParagraphs('近年来，温岭市以高质量就业为抓手。', source).length, 1);
});

test('a recorded correction is applied to the source', () => {
  const source = '玉环市中等职业技术学校 and 玉环市坎门成人技术学校';
  const body = '玉环市中等职业技术学校、玉环市坎门成人技术学校';
  assert.equal(unfaithfulParagraphs(body, source).length, 1);
  assert.deepEqual(unfaithfulParagraphs(body, source, [{ from: ' and ', to: '、' }]), []);
});

test('did-you-mean finds ids from names, aliases and near misses', () => {
  const regions = [
    { id: 'yuhuan', names: ['玉环市', '玉环'] },
    { id: 'huangyan', names: ['黄岩区', '黄岩'] },
  ];
  assert.equal(suggestId('玉环', regions), 'yuhuan');
  assert.equal(suggestId('玉环市', regions), 'yuhuan');
  assert.equal(suggestId('yuhan', regions), 'yuhuan');
  assert.equal(suggestId('zzzzzz', regions), undefined);
  assert.equal(editDistance('kitten', 'sitting'), 3);
});

test('a character reference is compared as the character it shows (&lt;b&gt; is the seed’s <b>)', () => {
  assert.equal(decodeEntities('&lt;b&gt; &amp; &#x1F389; &#134071; &nosuch;'), '<b> & 🎉 𠮷 &nosuch;');
  assert.equal(normalizeMarkdown('看似标记的文字 &lt;b&gt;。'), '看似标记的文字<b>。');
});

test('where a page starts in its raw text: its title above its first paragraph, not its table-of-contents entry', async () => {
  const { linedText, startLine } = await import('../../../src/lib/seed-text.ts');
  const raw = ['台州共富工作简报', '', '本期目录', '甲县创新“和盈模式”推动增收', '乙县做法', '', ' 甲县创新“和盈', '模式”推动增收', '', '甲县聚焦“扩中”“提低”改革，', '— 3—', '探索实践。'].join('\n');
  const src = linedText(raw);
  assert.equal(startLine(src, '甲县创新“和盈模式” 推动增收', ['甲县聚焦“扩中”“提低”改革，探索实践。']), 7);
  // A title printed only in the table of contents, far before the text: the first paragraph's line.
  const far = raw.replace(' 甲县创新“和盈\n模式”推动增收', '另一段'.repeat(80));
  assert.equal(startLine(linedText(far), '甲县创新“和盈模式” 推动增收', ['甲县聚焦“扩中”“提低”改革，探索实践。']), 9);
  // A first paragraph the text lacks (an editor's correction): the next one places the page.
  assert.equal(startLine(src, '丙县', ['甲县**聚焦扩中**提低改革，探索', '甲县聚焦“扩中”“提低”改革，探索实践。']), 10);
  assert.equal(startLine(src, '丁县的另一个标题', ['不在原文中的一段文字，足够长。']), undefined);
});

test('the line a page starts on is the line /sources/ numbers so, whatever the line ends', async () => {
  const { linedText, sourceLines, startLine } = await import('../../../src/lib/seed-text.ts');
  const lines = ['台州共富工作简报', '', '甲县创新“和盈模式”推动增收', '甲县聚焦“扩中”“提低”改革，', '— 3—', '探索实践。'];
  for (const end of ['\n', '\r\n', '\r']) {
    const raw = `${lines.join(end)}${end}`;
    assert.deepEqual(sourceLines(raw), lines, `lines ended by ${JSON.stringify(end)}; the last line break starts no line`);
    const at = startLine(linedText(raw), '甲县创新“和盈模式”推动增收', ['甲县聚焦“扩中”“提低”改革，探索实践。']);
    assert.equal(sourceLines(raw)[at! - 1], '甲县创新“和盈模式”推动增收');
  }
  assert.deepEqual(sourceLines(''), [], 'an empty text has no line');
});

test('a line reads as the page shows it: reference links and escapes are gone, and a quote’s marks are each named', () => {
  // What a metric quote is compared with: 见[说明][1] shows 见说明, \* shows *.
  assert.equal(stripInlineMarkup('见[人才新政][1]，补贴 3\\*2 万元[^2]'), '见人才新政，补贴 3*2 万元');
  // The check names every mark a quote has (含有 Markdown 标记（~~ `）).
  assert.deepEqual(markupIn('~~补贴~~ `5000元`'), ['~~', '`']);
  assert.deepEqual(markupIn('补贴 5000元'), []);
  // The fidelity check reads a reference link's words as text too: the body keeps the seed's words.
  assert.equal(normalizeMarkdown('见[人才新政][1]，补贴'), normalizeMarkdown('见人才新政，补贴'));
});

test('punctuation width is text: a page setting the extraction’s half-width , ) full-width needs a recorded correction', () => {
  // seeds/000 line 515 “1.7 亿多元,每村收益”, seeds/003 line 251 “侨联)”: the pages set “，” and “）”, each recorded in corrections.
  const source = '和盈公司鸡肉销售额近 1.7 亿多元,每村收益约 5-6 万元。（责任单位：县委统战部、\n\n民政局、华侨试验区中心、侨联)';
  const page = '和盈公司鸡肉销售额近 1.7 亿多元，每村收益约 5-6 万元。（责任单位：县委统战部、民政局、华侨试验区中心、侨联）';
  assert.equal(unfaithfulParagraphs(page, source).length, 1);
  assert.equal(unfaithfulParagraphs(page, source, [{ from: '亿多元,每村', to: '亿多元，每村' }]).length, 1);
  assert.deepEqual(unfaithfulParagraphs(page, source, [{ from: '亿多元,每村', to: '亿多元，每村' }, { from: ')', to: '）' }]), []);
});
