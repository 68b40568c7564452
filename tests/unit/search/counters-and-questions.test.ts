// A figure's counter (7155人 is not 7155人次), readers' words for what the texts print, spoken document numbers, and
// questions what a name is (什么是助共体).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { widenRounded } from '../../../src/lib/search/figures.ts';
import { occurrences } from '../../../src/lib/search/normalize.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { doc, ranked, real } from '../../support/search-docs.ts';

test('a figure with its counter is not found under another counter: 7155人 is not 7155人次, 30户 not 30户次', () => {
  const ds = [
    doc('times', '某县培训', '完成职业技能补贴性培训 7155人/次，走访 30户次。'),
    doc('people', '某区引才', '共引育高校毕业生 7155名，结对 30户。'),
  ];
  assert.deepEqual(ranked('7155人', ds), ['people']);
  assert.deepEqual(ranked('30户', ds), ['people']);
  assert.deepEqual(ranked('7155人次', ds), ['times']);
  assert.deepEqual(ranked('30户次', ds), ['times']);
  // The figure is still found before other words and punctuation, and with 万 or 余 in it.
  assert.deepEqual(occurrences('培训7155人|其中', '7155人'), [2]);
  assert.deepEqual(occurrences('帮扶6万余人次', '6万余人'), []);
  assert.deepEqual(occurrences('帮扶6万余人，', '6万余人'), [2]);
  // A figure typed about (7100多人) is not widened to a count of times either.
  const plan = parseQuery('7150多人', real);
  assert.deepEqual(widenRounded(plan, ['培训 7155人次']).added, []);
  assert.deepEqual(widenRounded(plan, ['引育 7155名']).added, ['7155名']);
});

test('孩子 and 上大学, as readers type them, find the 子女, 儿童 and 就学 the texts print (困难家庭孩子上大学资助)', () => {
  const ds = [
    doc('wenling', '温岭市念好新时代山海经', '组织公益助学活动，切实帮扶解决景宁贫困儿童就学问题，结对帮扶景宁县困难学生 106 人次。', { group: ['困难群体'] }),
    doc('jiaojiang', '椒江区盯才', '创新项目资助，人才子女入学。', { group: ['高校毕业生'] }),
    doc('sanmen', '三门县聚焦五个帮', '全面推进教育精准资助，提升困难家庭自我发展能力。', { group: ['困难群体'] }),
    doc('plan', '台州市方案', '保障困难群众基本生活，大学生创业扶持。', { kind: ['方案'], group: ['困难群体', '高校毕业生'] }),
    doc('wages', '某县就业', '大学生就业，困难群众。'),
    doc('other', '某区', '大学生来了。'),
  ];
  const order = ranked('困难家庭孩子上大学资助', ds);
  assert.ok(order.indexOf('wenling') >= 0 && order.indexOf('wenling') < 3, order.join(' '));
  const plan = parseQuery('小孩上学', real);
  assert.ok(plan.terms.some((t) => t.forms.includes('儿童') && t.forms.includes('子女')), JSON.stringify(plan.terms));
  assert.deepEqual(ranked('孩子', ds).sort(), ['jiaojiang', 'wenling']);
});

test('a document number said the spoken way (2022年14号文件) finds the plan with 〔2022〕14号', () => {
  const ds = [
    doc('qingtian', '青田县“扩中”“提低”行动方案', '中共青田县委办公室 青委办发〔2022〕14号 关于印发的通知。', { kind: ['方案'] }),
    doc('briefing', '台州共富工作简报', '2022年1月25日，第14期。2022年完成14号工程。', { kind: ['简报'] }),
  ];
  for (const q of ['2022年14号文件', '2022年第14号文', '2022年14号文件 青田']) assert.equal(ranked(q, ds)[0], 'qingtian', q);
  const plan = parseQuery('2022年14号文件', real);
  assert.deepEqual(plan.terms.map((t) => t.docNumber), [{ year: '2022', number: '14' }]);
  // A year and a count without 号文件 are no document number.
  assert.ok(!parseQuery('2022年14个村', real).terms.some((t) => t.docNumber));
});

test('a question what a name is (什么是助共体, 飞柜是什么, 啥叫和盈模式) searches the name, not the name with 是', () => {
  const ds = [doc('sanmen', '三门县聚焦“五个帮”', '以“助共体”改革为突破口。'), doc('plan', '台州市方案', '深化助共体改革。', { kind: ['方案'] }), doc('x', '某地', '共同体建设。')];
  for (const [q, name] of [['什么是助共体', '助共体'], ['助共体是什么', '助共体'], ['飞柜是什么', '飞柜'], ['啥叫和盈模式', '和盈模式'], ['什么叫助共体', '助共体']]) {
    assert.deepEqual(parseQuery(q!, real).terms.map((t) => t.text), [name], q);
  }
  // The page with the name, and only the pages with it, as for the name alone.
  assert.deepEqual(ranked('什么是助共体', ds), ranked('助共体', ds));
  assert.deepEqual(ranked('什么是助共体', ds), ['sanmen', 'plan']);
});
