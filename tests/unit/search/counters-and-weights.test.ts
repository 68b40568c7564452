// Counters of a figure typed otherwise (4503名 for 4503人), and how much a piece of the segmentation, a part found on a
// plan, an unknown document number or an official's request words weigh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { counterForms } from '../../../src/lib/search/figures.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { prepareDoc, rank } from '../../../src/lib/search/rank.ts';
import { doc, ranked, real } from '../../support/search-docs.ts';

test('a count of people typed with another counter (4503名, 7155人) finds the figure as printed (4503人, 7155名)', () => {
  const ds = [
    doc('yuhuan', '玉环市探索“三个三”工作法', '截至目前，该市新增高技能人才 4503人，其中技师 898人。'),
    doc('jiaojiang', '椒江区盯才“扩中”', '共引育高校毕业生 7155名，审核兑现 253名高校毕业生安家补贴。'),
    doc('other', '某地', '新增技能人才 4503家企业，走访 7155家。'),
  ];
  assert.deepEqual(ranked('4503名', ds), ['yuhuan']);
  assert.deepEqual(ranked('7155人', ds), ['jiaojiang']);
  assert.deepEqual(ranked('898位', ds), ['yuhuan']);
  assert.deepEqual(ranked('3.92万名', [doc('tz', '台州', '其中高技能人才 3.92 万人。'), doc('x', '某地', '3.92万元')]), ['tz']);
  // Only counters of people: not a rank (第3名), not another unit, not 人次 into 人.
  assert.deepEqual(counterForms('第3名'), []);
  assert.deepEqual(counterForms('4503家'), []);
  assert.deepEqual(counterForms('4503人次'), []);
  assert.deepEqual(counterForms('60余名'), ['60余人', '60余位']);
});

test('a piece of the segmentation counts less than a word typed: a page with 大学生 before one with only 带来了', () => {
  // 大学生 is on most pages, 来了 on one: by rarity alone, the page with 来了 would come first.
  const ds = [
    doc('tiantai', '天台县创新“和盈模式”', '和盈公司为合作村带来了稳定收益。龙溪文旅项目带来了收益，农户年底分红。'),
    doc('jiaojiang', '椒江区盯才“扩中”', '开展人才新政和大学生新政集中宣传月活动，引育高校毕业生 7155名。', { group: ['高校毕业生'] }),
    doc('wenling', '温岭市以高质量就业扎实推动共同富裕', '以汇富春天大学生创业园为例。', { group: ['高校毕业生'] }),
    doc('plan', '台州市方案', '支持大学生创业。', { kind: ['方案'] }),
  ];
  const plan = parseQuery('大学生来了怎么留下来', real);
  assert.ok(plan.terms.some((t) => t.text === '来了' && t.fragment), '来了 is a piece of the segmentation');
  const order = ranked('大学生来了怎么留下来', ds);
  assert.ok(order.indexOf('jiaojiang') < order.indexOf('tiantai'), order.join(' '));
  // A short name the segmenter does not know is such a piece too (飞柜 in 台州飞柜): its page still comes first.
  const taizhou = [
    doc('wenling', '温岭市念好新时代山海经', '创新“1+X”飞柜模式，发展“飞柜经济”。', { region: ['温岭市'], city: ['台州市'] }),
    doc('plan', '台州市方案', '台州市重点群体行动，台州经验。', { kind: ['方案'], region: ['台州市'] }),
    doc('reform', '深化集成改革', '台州技工星级评价，台州职业培训券。', { region: ['台州市'] }),
    // As on the site, most pages name 台州.
    ...['椒江', '黄岩', '玉环', '三门'].map((c) => doc(c, `${c}的做法`, `${c}是台州的县（市、区）。`)),
  ];
  assert.ok(parseQuery('台州飞柜', real).terms.some((t) => t.text === '飞柜' && t.fragment));
  assert.equal(ranked('台州飞柜', taizhou)[0], 'wenling');
  // Where the page with the piece also has the word, it still comes first.
  const both = doc('both', '某地', '大学生来了就有房住。');
  assert.equal(ranked('大学生来了怎么留下来', [...ds, both])[0], 'both');
});

test('a part typed as terms side by side (技术工人股权激励) found together on a plan does not put the plan before the practices', () => {
  const ds = [
    doc('plan', '台州市重点群体“扩中”“提低”行动实施方案', '引导企业加大技术工人股权激励力度。推进技能评价。', { kind: ['方案'], group: ['技术工人', '困难群体', '高校毕业生'] }),
    doc(
      'yuhuan',
      '玉环市“技能”变“资金” 探索技术工人提薪增酬共富新机制',
      '积极探索实施股权激励、绩效考核等机制，全力助推技术工人提薪增酬。将技术工人纳入红利分配体系，作为企业股权激励的重要对象。6家企业实施股权激励计划。',
      { group: ['技术工人'], measure: ['股权激励', '薪酬分配'] },
    ),
    doc('huangyan', '黄岩区助工扶工', '帮扶技术工人 60000 余人次。', { group: ['技术工人'] }),
  ];
  // Typed together or apart, each page covers the query as much: the scores decide, as for the query typed apart.
  const covered = (q: string) => rank(ds.map((d) => prepareDoc(d, real)), parseQuery(q, real)).map((r) => [r.doc.id, r.covered]).sort();
  assert.deepEqual(covered('技术工人股权激励'), covered('技术工人 股权激励'));
  assert.equal(ranked('技术工人 股权激励', ds)[0], 'yuhuan');
  // A part with a word that is no term (券 of 职业培训券) still counts, found whole.
  const tickets = [
    doc('reform', '深化集成改革', '在市本级和 3 个县市（玉环、仙居、三门）开展台州职业培训券试点。'),
    doc('xianju', '仙居县创新“政校企”联动改革', '仙居县开展职业技能培训，发放培训补贴。', { region: ['仙居县'] }),
  ];
  assert.equal(ranked('仙居 职业培训券', tickets)[0], 'reform');
});

test('a document number whose issuer the texts never print finds nothing, not another issuer’s document by pieces', () => {
  const plan = parseQuery('台政办发〔2021〕20号', real);
  assert.deepEqual(plan.terms.map((t) => t.text), ['台政办发', '202120号']);
  for (const piece of ['台政', '政办', '办发']) assert.ok(!plan.queries.loose.includes(piece), `no piece ${piece}`);
  // The issuer is still searched whole, and a mistyped word elsewhere still has its pieces.
  assert.ok(plan.queries.singles.includes('台政办发'));
  assert.ok(parseQuery('股权激历 台政办发〔2021〕20号', real).queries.loose.includes('股权'));
  // Nor is a page with another issuer's code listed by the pieces it shares (Pagefind finds it by 政, 办, 发).
  const qingtian = doc('qingtian', '青田县“扩中”“提低”行动方案', '青委办发〔2022〕14号。根据丽委发〔2021〕21号精神。', { kind: ['方案'] });
  assert.deepEqual(ranked('台政办发〔2021〕20号', [qingtian]), []);
  assert.deepEqual(ranked('青委办发〔2022〕14号', [qingtian]), ['qingtian']);
});

test('what an official asks for (学习, 借鉴, 经验, 别的地方) is no term: the practice comes before a plan that says it often', () => {
  const q = '我们县想学习别的地方怎么帮低收入农户增收的经验';
  const terms = parseQuery(q, real).terms.map((t) => t.text);
  for (const w of ['学习', '地方', '经验']) assert.ok(!terms.includes(w), `${w} in ${terms.join(' ')}`);
  assert.ok(terms.includes('低收入农户') && terms.includes('增收'));
  const ds = [
    doc('plan', '青田县“扩中”“提低”行动方案', '学习借鉴先进地方经验，总结推广典型经验。地方财政支持低收入农户，促进农民增收。', { kind: ['方案'], group: ['低收入农户', '技术工人', '困难群体'] }),
    doc('tiantai', '天台县创新“和盈模式” 推动低收入人群持续增收', '低收入农户人均可支配收入 11658元，增速 15%。低收入农户每户收益约 750-1000元。', { group: ['低收入农户'] }),
  ];
  assert.deepEqual(ranked(q, ds), ['tiantai', 'plan']);
  // Typed with the rest of a phrase, such a word is still found as typed: 经验交流 lists the page that says it first.
  const talk = [doc('huangyan', '黄岩区四大举措', '在全省工会系统进行经验交流。'), doc('other', '某地', '开展校际交流。')];
  assert.equal(ranked('经验交流', talk)[0], 'huangyan');
});
