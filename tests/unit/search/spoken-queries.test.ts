// Queries as they are spoken: figures in Chinese numerals, 了 after a verb, everyday questions, 提低, 效果怎样.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { doc, ranked, real } from '../../support/search-docs.ts';

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

test('了 after a verb (失业了, 村里没钱了) is no part of the term: the page with 失业 is found', () => {
  const ds = [
    doc('jobs', '某市就业', '对离校未就业高校毕业生、就业困难人员、失业人员等重点群体跟踪联系，实现就业 4856人。'),
    doc('villages', '某市山海协作', '园区租金全部用于两地经济薄弱村“消薄”工作，助推两地农村集体经济发展。'),
  ];
  assert.equal(ranked('失业了怎么找工作', ds)[0], 'jobs');
  assert.ok(parseQuery('失业了怎么办', real).terms.some((t) => t.text === '失业'));
  // After a single character 了 stays with it, a piece of the segmentation (来了 in 大学生来了), and 大学生 stays a name.
  assert.ok(parseQuery('大学生来了怎么留下来', real).terms.some((t) => t.text === '大学生' && t.entry));
});

test('a question said the way it is spoken finds the pages that say it in their words (老房子, 股民, 讨薪, 村里没钱, 先富带后富)', () => {
  const ds = [
    doc('houses', '某县和盈模式', '盘活片区内四村的闲置农房，探索实践农民持股模式，精准圈定持股对象。'),
    doc('union', '某市工会', '整合盘活企业、村社区等闲置场所，农民工技能培训。'),
    doc('wages', '某县方案', '深入实施“无欠薪”行动，基本消除拖欠职工工资现象。'),
    doc('villages', '某市山海协作', '园区租金全部用于两地经济薄弱村“消薄”工作，助推两地农村集体经济发展。'),
    doc('slogan', '某市三带', '以强扶弱结对发展，促进先富带动后富。'),
    doc('jobs', '某市就业', '开展送岗位下乡活动，实现就业 4856人。'),
  ];
  assert.equal(ranked('闲置的老房子怎么盘活', ds)[0], 'houses');
  assert.equal(ranked('怎么让农民变成股民', ds)[0], 'houses');
  assert.equal(ranked('工人讨薪', ds)[0], 'wages');
  assert.equal(ranked('村里没钱怎么办', ds)[0], 'villages');
  assert.equal(ranked('先富带后富', ds)[0], 'slogan');
  assert.equal(ranked('哪里找工作', ds)[0], 'jobs');
});

test('提低 is the short form of 提高低收入群体收入, as 扩中 is of 中等收入群体', () => {
  const ds = [
    doc('plan', '某县行动方案', '扩大中等收入群体，提高低收入群体收入，形成橄榄型社会结构。'),
    doc('practice', '某区人才', '大力培育中等收入群体后备军。'),
  ];
  assert.equal(parseQuery('提低', real).terms[0]?.entry?.value, '提高低收入群体收入');
  assert.deepEqual(ranked('扩中提低', ds), ['plan', 'practice']);
});

test('效果怎样 asks how it went, like 效果怎么样: 效果 is not named as a word the pages lack', () => {
  for (const q of ['谁给技术工人做了股权激励，效果怎样？', '股权激励成效怎样']) {
    const terms = parseQuery(q, real).terms.map((t) => t.text);
    assert.ok(!terms.some((t) => t.includes('效')), `${q}: ${terms.join(' ')}`);
  }
});
