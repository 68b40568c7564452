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
