// Where a problem's field is in its file, for the report an editor reads (`file:line: field（第 n 项）: message`),
// and the YAML reader the content check uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, YAMLError } from 'yaml';
import { fieldAtLine, fieldLine, fieldOrdinals, parseFieldPath } from '../../../src/check/field-line.ts';
import { readYamlText } from '../../../src/lib/yaml.ts';
import { report } from '../../../src/check/check.ts';

const practice = [
  '---',
  'title: 标题',
  'region: yuhuan',
  'metrics:',
  '  - quote: 新增高技能人才4503人',
  '    value: 4503',
  '    unit: 人',
  '  - quote: 2.7万多人次',
  '    value: 27000',
  '---',
  '正文',
].join('\n');

test('field paths: names and list indices; anything else is not a path', () => {
  assert.deepEqual(parseFieldPath('metrics[1].unit'), ['metrics', 1, 'unit']);
  assert.deepEqual(parseFieldPath('[3].parent'), [3, 'parent']);
  assert.deepEqual(parseFieldPath('.aliases'), ['aliases']);
  assert.equal(parseFieldPath('id（文件名）'), undefined);
  assert.equal(parseFieldPath(''), undefined);
});

test("a field's line in a Markdown file's frontmatter, or of the nearest part present", () => {
  assert.equal(fieldLine(practice, 'region'), 3);
  assert.equal(fieldLine(practice, 'metrics[0].unit'), 7);
  assert.equal(fieldLine(practice, 'metrics[1].quote'), 8);
  // A missing field: the line of the item it belongs to.
  assert.equal(fieldLine(practice, 'metrics[1].unit'), 8);
  assert.equal(fieldLine(practice, 'groups'), undefined);
  assert.equal(fieldLine(practice.replace(/\n/g, '\r\n'), 'metrics[0].unit'), 7);
});

test("a field's line in a YAML list (the taxonomy), and none when the YAML is broken", () => {
  const regions = '- id: taizhou\n  name: 台州市\n- id: yuhuan\n  name: 玉环市\n  parent: taizho\n';
  assert.equal(fieldLine(regions, '[1].parent'), 5);
  assert.equal(fieldLine(regions, '[1]'), 3);
  assert.equal(fieldLine('a: [1,\n', 'a'), undefined);
});

test('list indices are also given as editors count them, from 1', () => {
  assert.equal(fieldOrdinals('metrics[0].quote'), 'metrics 第 1 项');
  assert.equal(fieldOrdinals('groups[1].measures[0].no'), 'groups 第 2 项，measures 第 1 项');
  assert.equal(fieldOrdinals('[3].parent'), '第 4 项');
  assert.equal(fieldOrdinals('region'), '');
});

test('YAML is read as the yaml package reads it, and its errors are the yaml package’s (with their positions)', () => {
  const files = ['practices', 'briefings', 'plans'].flatMap((dir) => readdirSync(join('content', dir)).map((f) => join('content', dir, f)));
  const texts = [
    ...files.map((f) => {
      const text = readFileSync(f, 'utf8');
      return f.endsWith('.yaml') ? text : /^---\n([\s\S]*?)\n---/.exec(text)![1]!;
    }),
    ...['a: 2021-12-01', 'a: Yes', 'a: 0x1F', 'a: ~', '', 'a: &x 1\nb: *x', '? a\n: b', 'a: |\n  x\n  y', 'a: 1e3', "a: 'it''s'"],
  ];
  assert.ok(files.length > 10);
  for (const t of texts) assert.deepEqual(readYamlText(t), parse(t), t.slice(0, 80));
  for (const bad of ['title: a\n  region: x', 'a: [1,2', 'a: "x', 'a: 1\na: 2']) {
    assert.throws(() => readYamlText(bad), (e: unknown) => e instanceof YAMLError && Array.isArray(e.linePos), bad);
  }
});

test('the check report names the line of each field and counts list items from 1', () => {
  const files: Record<string, string> = { 'content/practices/x.md': practice };
  const text = report(
    [
      { file: 'content/practices/x.md', field: 'metrics[0].unit', message: '单位应为 “人”' },
      { file: 'content/practices/x.md', field: 'body', message: '第 12 行：正文为空' },
      { file: 'content/practices/gone.md', field: 'region', message: '未知地区' },
    ],
    (f) => files[f],
  );
  assert.equal(
    text,
    [
      'content/practices/x.md:7: metrics[0].unit（metrics 第 1 项）: 单位应为 “人”',
      'content/practices/x.md: body: 第 12 行：正文为空',
      'content/practices/gone.md: region: 未知地区',
      '内容检查：发现 3 个问题。',
    ].join('\n'),
  );
});

test('fieldAtLine: the field a line of a YAML file that does not parse belongs to, Tabs read as indent', () => {
  const briefing = 'series: 简报\n\tissuer: 单位\neditorNote: |-\n  第一段\n\t第二段\npractices:\n  - a\n\t- b\n';
  assert.deepEqual([1, 2, 4, 5, 7, 8].map((n) => fieldAtLine(briefing, n)), ['series', 'issuer', 'editorNote', 'editorNote', 'practices[0]', 'practices[1]']);
  const list = '- id: a\n  name: 甲\n- id: b\n\tname: 乙\n  aliases: [x,\n\ty]\n';
  assert.deepEqual([1, 2, 4, 6].map((n) => fieldAtLine(list, n)), ['[0].id', '[0].name', '[1].name', '[1].aliases']);
  assert.equal(fieldAtLine('# 注释\n', 1), undefined);
});

test('fieldAtLine in a practice’s frontmatter: a key of a list item is named with its item, indented too far or too little', () => {
  const yaml = [
    'title: 标题',
    'metrics:',
    '  - label: 甲',
    '    quote: 一',
    '  - label: 乙',
    '  - label: 丙',
    '     quote: 三',
    '    value: 3',
    '  quote: 四',
    'groups:',
    '- graduates',
    'region yuhuan',
    'date：2022-01-25',
    'kind:x',
  ].join('\n');
  const at = (n: number) => fieldAtLine(yaml, n);
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map(at), ['title', 'metrics', 'metrics[0].label', 'metrics[0].quote', 'metrics[1].label', 'metrics[2].label', 'metrics[2].quote', 'metrics[2].value', 'metrics[2].quote']);
  // A list written at its key's column ends at the next key.
  assert.equal(at(11), 'groups[0]');
  // The line the parser stops at names its field without its colon, or with a mistyped one.
  assert.deepEqual([12, 13, 14].map(at), ['region', 'date', 'kind']);
  // A block text's lines are its own, whatever they look like; a long value run on below its key is the key's.
  const block = 'editorNote: |-\n  - 第一条\n  title: 不是字段\nsummary: 很长的\n  摘要\n';
  assert.deepEqual([2, 3, 5].map((n) => fieldAtLine(block, n)), ['editorNote', 'editorNote', 'summary']);
});
