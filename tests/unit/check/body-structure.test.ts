// The body rules of src/check/body-structure.ts, called directly on a practice's body as an editor would write it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyStructure } from '../../../src/check/body-structure.ts';

const messages = (body: string) => bodyStructure(body, 1, 'practices', true).map((p) => p.message);

test('a reference-style link ([文字][id]) is reported: the page would show the brackets', () => {
  const body = '玉环市开展技能培训，见[玉环市的做法][yh]。\n';
  assert.deepEqual(
    messages(body).filter((m) => m.includes('引用式链接')),
    ['第 1 行的“[玉环市的做法][yh]”是引用式链接，不支持：写成 [文字](/practices/…/)'],
  );
  assert.deepEqual(messages('玉环市开展技能培训，见[玉环市的做法](/practices/yuhuan-three-drives/)。\n').filter((m) => m.includes('引用式链接')), []);
});

test('a table row of four cells, two of them figures, run into one paragraph is reported as a table without its <br>', () => {
  const body = '玉环市开展技能培训。\n\n培训人数\u30002021\u3000120\u3000万人\n\n此后继续推进。\n';
  assert.deepEqual(messages(body).filter((m) => m.includes('表格')), [
    '第 3 行像是原文的表格（“培训人数\u30002021\u3000120\u3000万人”），行与行之间少了 <br>：表格写在一段里，表头和每一行之间用 <br> 分开，单元格之间用一个全角空格“　”（导入就是这样写的）；表头和各行都不能删',
  ]);
});

test('a line opening with 1. or 1) and a space is an ordered list on the page: said so, with how to write the number', () => {
  const found = messages('近年来，缙云县开展技能培训。\n\n2. 二是聚焦“改革提升”，推进混合所有制办学。\n');
  assert.deepEqual(found.filter((m) => m.includes('有序列表')), [
    '第 3 行以“2. ”开头，页面会把它显示成有序列表：编号由页面生成（从列表第一项起依次加一，不一定是写的数），不是原文的字：原文印着“2.”时写成“2\\.”，印着“2)”时写成“2\\)”，印着全角的“2）”“2．”时照原文写（全角的符号不会变成列表），是多余的就删去“2. ”（“2. 二是聚焦“改革提升”，推进…”）',
  ]);
  // In a plan too; 1) as well; and not a figure (1.5万人) or an escaped number.
  assert.equal(bodyStructure('1) 扩大就业容量。\n', 1, 'plans', true).filter((p) => p.message.includes('有序列表')).length, 1);
  assert.deepEqual(messages('1.5万人参加培训。\n\n1\\. 扩大就业容量。\n\n1.扩大就业容量。\n').filter((m) => m.includes('有序列表')), []);
});

test('a numbered line is told what to write from what its source prints there: 2\\. for 2., the full-width 2） or 2． as printed, nothing for none', () => {
  const advice = (printed: string | undefined, line = '2) 二是聚焦“改革提升”。') =>
    bodyStructure(`近年来。\n\n${line}\n`, 1, 'practices', true, () => printed).map((p) => p.message).filter((m) => m.includes('有序列表'));
  assert.match(advice('2.')[0]!, /：原文印着“2\.”：写成“2\\\.”（加反斜杠，如 2\\\. 二是聚焦…）$/);
  assert.match(advice('2)')[0]!, /：原文印着“2\)”：写成“2\\\)”/);
  assert.match(advice('2）')[0]!, /：原文印着“2）”：照原文写成“2）”（全角的符号不会变成列表，如 2）二是聚焦…）$/);
  assert.match(advice('2．', '2. 二是聚焦。')[0]!, /：原文印着“2．”：照原文写成“2．”/);
  assert.match(advice('')[0]!, /：原文在这里没有编号，是多余的就删去“2\) ”（“2\) 二是聚焦“改革提升”。”）$/);
  // No source to look in: every form the source may print, each with what to write.
  assert.match(advice(undefined)[0]!, /原文印着“2\.”时写成“2\\\.”，印着“2\)”时写成“2\\\)”，印着全角的“2）”“2．”时照原文写（全角的符号不会变成列表），是多余的就删去“2\) ”/);
});

test('a paragraph written as a heading of a skipped level (#### 一是…。) is one message, to delete the marks, not also “写成 ##”', () => {
  const found = messages('近年来，临海市聚焦技术工人困难需求。\n\n#### 一是深化维权保障服务，织牢“兜底网”。加强协调劳动关系三方机制，创新建立“巡回维权调解室”。\n');
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /像是一段正文被写成了标题：是正文就删去行首的 #### 和空格/);
  // A real heading that skips a level is still told so.
  assert.match(messages('近年来。\n\n#### 一、深化维权保障服务\n\n正文。\n').join('\n'), /标题不能跳级.*写成 ##/);
});
