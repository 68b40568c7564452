// The message an editor reads for a YAML slip (src/lib/yaml-error.ts): the file's line, the line itself and what is
// wrong with it. Errors come from the `yaml` parser, as the check gets them; frontmatter starts after one line (---).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { explainYamlError } from '../../../src/lib/yaml-error.ts';

function message(source: string): string {
  try {
    parse(source);
  } catch (e) {
    return explainYamlError(e, source, 1);
  }
  throw new Error(`valid YAML: ${source}`);
}

test('each common slip is named on its own line of the file, with what to write instead', () => {
  const cases: [string, RegExp][] = [
    ['id: a\ntitle：某县做法\nregion: b\n', /^第 3 行 “title：某县做法”：字段名后用了全角冒号“：”，应为半角冒号加空格“: ”（解析器：/],
    ['id: a\nid: b\n', /^第 3 行 “id: b”：同一个字段写了两次，删去其中一个（解析器：/],
    ['id: a\ntitle: @某县\n', /^第 3 行 “title: @某县”：值不能以 @ 开头：请给整个值加引号（解析器：/],
    ['id: a\ntitle: 某县: 做法\n', /^第 3 行 “title: 某县: 做法”：值里有“: ”或“ #”，YAML 会把它当作格式：请给整个值加引号（解析器：/],
    ['id: a\ntitle: "某县" 做法\n', /^第 3 行 “title: "某县" 做法”：引号后还有文字：整个值都应放在引号里（解析器：/],
    ['id: a\ntitle\nregion: b\n', /^第 3 行 “title”：缺少冒号：每行应写成 字段: 值（解析器：/],
  ];
  for (const [source, expected] of cases) assert.match(message(source), expected);
});

test('an unclosed bracket is reported on the line that opened it, not where the parser noticed', () => {
  assert.match(message('id: a\ngroups: [a, b\nregion: c\n'), /^第 3 行 “groups: \[a, b”：方括号或花括号未闭合/);
  assert.match(message('id: a\ngroups: [a, b\nmeasures: [c]\nregion: d\nx: y\n'), /^第 3 行 “groups: \[a, b”：方括号或花括号未闭合/);
});

test('an error without a position still says it is a YAML error, with the parser’s text', () => {
  assert.equal(explainYamlError(new Error('bad'), 'x'), 'YAML 格式错误（解析器：bad）');
});

test('a Tab indenting a line is named as the Tab, also where the parser reports the structure it breaks', () => {
  // A line of a block text (编者按), a key of a list item, and a key after the Tab's line (reported on the next line).
  assert.match(message('editorNote: |-\n  第一段。\n\t第二段。\npractices: [a]\n'), /^第 4 行 “\t第二段。”：不能用 Tab 缩进，请改用空格（解析器：/);
  assert.match(message('- id: a\n\taliases: [x]\n'), /^第 3 行 “\taliases: \[x\]”：不能用 Tab 缩进，请改用空格（解析器：/);
  assert.match(message('- id: a\n\tname: x\n  name: y\n'), /^第 3 行 “\tname: x”：不能用 Tab 缩进，请改用空格（解析器：/);
});
