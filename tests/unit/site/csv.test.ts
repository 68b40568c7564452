import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, toCsv } from '../../../src/lib/csv.ts';
import { FIGURE_COLUMNS, figureTable, type Sourced } from '../../../src/lib/indicators.ts';

test('a CSV field is quoted only when it holds a comma, a quote or a line break, quotes doubled', () => {
  assert.equal(csvField('新增高技能人才'), '新增高技能人才');
  assert.equal(csvField('年收入10-50万元'), '年收入10-50万元');
  assert.equal(csvField('统一建设、统一管理，统一销售'), '统一建设、统一管理，统一销售'); // a full-width comma is text
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('“爱心驿站” "x"'), '"“爱心驿站” ""x"""');
  assert.equal(csvField('第一行\n第二行'), '"第一行\n第二行"');
  assert.equal(csvField(undefined), '');
  assert.equal(csvField(''), '');
});

test('a number is written whole, without grouping; a text that a spreadsheet would compute is kept as text', () => {
  assert.equal(csvField(204000000), '204000000');
  assert.equal(csvField(0.035), '0.035');
  assert.equal(csvField(Number.NaN), '');
  assert.equal(csvField('=1+1'), "'=1+1");
  assert.equal(csvField('+N'), "'+N");
  assert.equal(csvField('-5'), "'-5");
  assert.equal(csvField('@x,y'), `"'@x,y"`);
  assert.equal(csvField('2+N 模式'), '2+N 模式');
});

test('the file starts with a byte-order mark (Excel reads UTF-8 Chinese by it) and ends every line with CRLF', () => {
  const csv = toCsv([['地区', '数值'], ['玉环市', 4503]]);
  assert.equal(csv, '\uFEFF地区,数值\r\n玉环市,4503\r\n');
});

test('every figure of every page is one row, in page order, with its sentence and the address of that sentence', () => {
  const sources: Sourced[] = [
    {
      kind: 'practice', id: 'yuhuan', title: '玉环市“技能”变“资金”', region: 'yuhuan', date: new Date('2022-01-25T00:00:00Z'),
      metrics: [
        { label: '新增高技能人才', value: 4503, unit: '人', kind: 'result', year: 2021, quote: '新增高技能人才 4503 人', indicator: 'new-high-skilled' },
        { label: '玉贸贷担保金额', value: 204000000, unit: '元', kind: 'result', quote: '担保金额2.04亿元' },
        { label: '职业技能补贴性培训', value: 10738, unit: '人次', kind: 'result', quote: '完成职业技能补贴性培训10738人/次' },
      ],
    },
    { kind: 'plan', id: 'qingtian', title: '青田县行动方案', region: 'qingtian', metrics: [{ label: '城镇新增就业', value: 15000, unit: '人', kind: 'target', year: 2025, quote: '城镇新增就业 1.5 万人' }] },
  ];
  const rows = figureTable(sources, {
    regionName: (id) => ({ yuhuan: '玉环市', qingtian: '青田县' })[id]!,
    indicatorName: (id) => (id === 'new-high-skilled' ? '新增高技能人才' : undefined),
    href: (s, n) => `/${s.kind}s/${s.id}/#m-${n}`,
  });
  assert.equal(FIGURE_COLUMNS.length, rows[0]!.length);
  assert.deepEqual(rows, [
    ['案例', '玉环市“技能”变“资金”', '玉环市', '2022-01-25', '新增高技能人才', '新增高技能人才', 4503, '人', '4503人', '成效', 2021, '新增高技能人才 4503 人', '/practices/yuhuan/#m-1'],
    ['案例', '玉环市“技能”变“资金”', '玉环市', '2022-01-25', undefined, '玉贸贷担保金额', 204000000, '元', '2.04亿元', '成效', undefined, '担保金额2.04亿元', '/practices/yuhuan/#m-2'],
    // 原文写法 is what the sentence prints (人/次), 单位 the field a spreadsheet groups by (人次).
    ['案例', '玉环市“技能”变“资金”', '玉环市', '2022-01-25', undefined, '职业技能补贴性培训', 10738, '人次', '10738人/次', '成效', undefined, '完成职业技能补贴性培训10738人/次', '/practices/yuhuan/#m-3'],
    ['方案', '青田县行动方案', '青田县', undefined, undefined, '城镇新增就业', 15000, '人', '1.5万人', '目标', 2025, '城镇新增就业 1.5 万人', '/plans/qingtian/#m-1'],
  ]);
});
