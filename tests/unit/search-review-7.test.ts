// The seventh search review's fixes (colloquial queries of county officials and older readers): each test failed
// before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from '../../src/lib/search/query.ts';
import { doc, ranked, real } from '../support/search-docs.ts';

test('a figure said in Chinese numerals (三万九千二百) or with 个 before 亿 (4.6个亿) is the figure the texts print', () => {
  const ds = [
    doc('skills', '某市技术工人', '全市新增技能人才 8.63万人，其中高技能人才 3.92 万人。'),
    doc('schools', '某县乡村教育', '新增教育用地 166 亩，投入 4.6 亿元，迁建学校 4 所。'),
    doc('other', '某区人才', '共引育高校毕业生 7155名，亿元以上项目 九个。'),
  ];
  assert.deepEqual(ranked('三万九千二百', ds), ['skills']);
  assert.deepEqual(ranked('三万九千二百人', ds), ['skills']);
  assert.deepEqual(ranked('4.6个亿', ds), ['schools']);
  assert.deepEqual(ranked('投入4.6个亿元', ds)[0], 'schools');
  // Words made of numerals stay words: 十四五 and 六七八九 are no figures.
  assert.ok(!parseQuery('十四五', real).terms.some((t) => t.figure));
  assert.ok(!parseQuery('六七八九集团', real).terms.some((t) => t.figure));
});
