// The body rules of src/check/body-structure.ts, called directly on a practice's body as an editor would write it, and
// as the whole check reports them on a copy of content/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bodyStructure, headingProblems } from '../../../src/check/body-structure.ts';
import { edit, problemsAfter } from '../../support/content-copy.ts';

function expectLines(problems: string[], lines: string[]): void {
  for (const line of lines) assert.ok(problems.includes(line), `expected\n  ${line}\ngot\n  ${problems.join('\n  ')}`);
}

/** The line number (from 1) of the first line of content/practices/tiantai-heying.md that begins with `start`: the tests
 * below edit lines of that file, and its frontmatter may grow. */
function heyingLine(start: string): number {
  const i = readFileSync('content/practices/tiantai-heying.md', 'utf8').split('\n').findIndex((l) => l.startsWith(start));
  assert.ok(i >= 0, start);
  return i + 1;
}

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

test('code blocks: an indented body line outside a list, or a ``` fence, is reported with its line', () => {
  // (The list items here are told as bullets too, in a plan as in a practice: not what this test is about.)
  const at = (body: string) => bodyStructure(body, 1, 'plans').map((p) => p.message).filter((m) => !m.includes('列表的圆点'));
  assert.deepEqual(at('甲。\n\n    乙。\n\n\t丙。\n'), [
    '第 3 行：这一行缩进了（行首有 4 个空格），会显示成代码块；删除行首空格（“乙。…”）',
    '第 5 行：这一行缩进了（行首有 Tab），会显示成代码块；删除行首空格（“丙。…”）',
  ]);
  // A list item's or a footnote's indented paragraph, a line continuing a paragraph: not code.
  assert.deepEqual(at('- 甲[^1]。\n\n    乙。\n\n[^1]: 注。\n\n    续。\n\n丁\n    戊。\n'), []);
  // A full-width indent is no code either: it is told as the source's first-line indent (check-rules-bodies.test.ts).
  assert.deepEqual(at('甲。\n\n\u3000\u3000己。\n').map((m) => m.slice(0, 21)), ['第 3 行以 2 个全角空格“　　”开头（']);
  assert.deepEqual(at('甲。\n\n    乙。\n'.replace('甲。', '- 甲。\n\n庚。')), ['第 5 行：这一行缩进了（行首有 4 个空格），会显示成代码块；删除行首空格（“乙。…”）'], 'a paragraph after the list ends it');
  assert.deepEqual(bodyStructure('甲。\n\n    乙。\n', 1, 'plans', false), [], 'MDX has no indented code');
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/tiantai-heying.md', /^(一是精准识别扶持对象。)/m, '    $1');
    edit(dir, 'practices/tiantai-heying.md', /^(二是构建村企利益联结机制。.*)$/m, '```\n$1\n```');
  });
  expectLines(problems, [
    `practices/tiantai-heying.md: body: 第 ${heyingLine('一是精准识别扶持对象。')} 行：这一行缩进了（行首有 4 个空格），会显示成代码块；删除行首空格（“一是精准识别扶持对象。探索实践农…”）`,
    `practices/tiantai-heying.md: body: 第 ${heyingLine('二是构建村企利益联结机制。')} 行的 \`\`\` 会把后面的文字显示成代码块（等宽字体的灰框，不分段）：正文来自原文，不会有代码。删除 \`\`\` 这一行（和它后面配对的那一行）`,
  ]);
  // Only these two: the fence is not also a paragraph “not in the source” or a line broken mid-sentence.
  assert.equal(problems.length, 2, problems.join('\n'));
});

test('headings: ## with no space after it (or a full-width one) is told to add the space, not that the text is not in the source', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/tiantai-heying.md', /^## 一、/m, '##一、');
    edit(dir, 'practices/tiantai-heying.md', /^## 二、/m, '##\u3000二、');
  });
  assert.deepEqual(problems, [
    `practices/tiantai-heying.md: body: 第 ${heyingLine('## 一、')} 行：# 号后要有一个空格：“##一、聚焦“提低”，精准帮促有路子”不会成为标题，页面上会显示 # 号。写成“## 一、聚焦“提低”，精准帮促有路子”`,
    `practices/tiantai-heying.md: body: 第 ${heyingLine('## 二、')} 行：# 号后要有一个空格（半角空格，这里是全角空格“　”）：“##\u3000二、聚力“增收”，多形式持股有方法”不会成为标题，页面上会显示 # 号。写成“## 二、聚力“增收”，多形式持股有方法”`,
  ]);
});

test('headings: numbered alike, at one level; a heading of over 40 characters or ending with 。 is a paragraph', () => {
  const at = (body: string) => headingProblems(body.split('\n'), (i) => i + 1).map((p) => p.message);
  assert.deepEqual(at('## 一、甲\n\n### （一）乙\n\n### (二)丙\n\n## 二、丁\n\n## 三、戊\n'), []);
  assert.deepEqual(at('## 一、甲\n\n## 二、乙\n\n### 三、丙\n'), [
    '第 5 行：标题“### 三、丙”与同一正文中其他“一、二、”式的标题级别不同（它们是 ##）：同一种编号的标题应同级，写成“## 三、丙”',
  ]);
  assert.deepEqual(at('### （一）甲\n\n## （二）乙\n'), [
    '第 3 行：标题“## （二）乙”与同一正文中其他“（一）（二）”式的标题级别不同（它们是 ###）：同一种编号的标题应同级，写成“### （二）乙”',
  ], 'on a tie, the first heading’s level');
  assert.deepEqual(at('```\n## 一、甲\n```\n## 一、乙\n'), [], 'not in a code block');
  assert.deepEqual(at('## 一、加强技能培训。\n'), ['第 1 行：标题“一、加强技能培训。”以句号“。”结尾，像是一段正文被写成了标题：是正文就删去行首的 ## 和空格；是标题就照原文核对']);
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/tiantai-heying.md', /^## 二、/m, '### 二、');
    edit(dir, 'practices/tiantai-heying.md', /^(一是精准识别扶持对象。)/m, '## $1');
    edit(dir, 'practices/tiantai-heying.md', /^(二是构建村企利益联结机制。)/m, '### $1');
  });
  expectLines(problems, [
    `practices/tiantai-heying.md: body: 第 ${heyingLine('一是精准识别扶持对象。')} 行：标题“一是精准识别扶持对象。探索实践农民持股模…”有 176 个字，像是一段正文被写成了标题：是正文就删去行首的 ## 和空格；是标题就照原文核对`,
    `practices/tiantai-heying.md: body: 第 ${heyingLine('## 二、')} 行：标题“### 二、聚力“增收”，多形式持股有方法”与同一正文中其他“一、二、”式的标题级别不同（它们是 ##）：同一种编号的标题应同级，写成“## 二、聚力“增收”，多形式持股有方法”`,
  ]);
  expectLines(problems, [`practices/tiantai-heying.md: body: 第 ${heyingLine('二是构建村企利益联结机制。')} 行：标题“二是构建村企利益联结机制。采用“公司+村…”有 227 个字，像是一段正文被写成了标题：是正文就删去行首的 ### 和空格；是标题就照原文核对`]);
});
