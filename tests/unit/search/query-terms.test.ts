// How a query is read into terms (src/lib/search/query.ts) and ranked: percentages, places typed together, kinds of
// document, words of asking, everyday shorthand, document numbers, counts, formulas (2+N), spaced characters, dates and
// spoken sums, as officials, readers and journalists type them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { prepareDoc, rank } from '../../../src/lib/search/rank.ts';
import { doc, ranked, real } from '../../support/search-docs.ts';

const terms = (q: string) => parseQuery(q, real).terms.map((t) => t.text);

test('a percentage is a figure of its own: the word after it is not its unit (15%股权 is 15% and 股权)', () => {
  assert.deepEqual(terms('15%股权'), ['15%', '股权']);
  assert.deepEqual(terms('98%学生'), ['98%', '学生']);
  assert.deepEqual(terms('占比75%'), ['占比', '75%']);
  assert.deepEqual(
    ranked('15%股权', [doc('yuhuan', '玉环市技能变资金', '拿出 15%的股权分两期分配至技术工人。'), doc('other', '某地', '股权激励。')]),
    ['yuhuan', 'other'],
  );
});

test('places typed together are alternatives: a page about one of them with the topic beats a list naming both', () => {
  const ds = [
    doc('toc', '台州共富工作简报', '本期案例：温岭市以高质量就业扎实推动共同富裕 · 温岭市。玉环市以“三带”策略力促全域共富 · 玉环市。', { kind: ['简报'] }),
    doc('wenling', '温岭市以高质量就业扎实推动共同富裕', '温岭市建立就业服务平台，实现就业 4856人，带动就业 300 余人。', { region: ['温岭市'] }),
    doc('yuhuan', '玉环市以“三带”策略力促全域共富', '玉环市拓宽就业渠道，新增城镇就业 14462 人。', { region: ['玉环市'] }),
  ];
  assert.deepEqual(ranked('温岭和玉环的就业', ds).slice(0, 2).sort(), ['wenling', 'yuhuan']);
  assert.deepEqual(ranked('玉环 温岭 就业', ds).at(-1), 'toc');
  // A page with both places still comes first among equals.
  const both = doc('pair', '温岭市山海协作', '温岭与玉环结对，推进就业协作。', { region: ['温岭市', '玉环市'] });
  assert.equal(ranked('温岭和玉环的就业', [...ds, both])[0], 'pair');
  // Every page listed about one place and the topic counts as having the whole query.
  const plan = parseQuery('温岭和玉环的就业', real);
  const r = rank(ds.map((d) => prepareDoc(d, real)), plan);
  assert.equal(r.find((x) => x.doc.id === 'wenling')!.matched, plan.terms.length);
});

test('a kind of document typed (做法, 案例, 方案) is matched by the page’s kind, not by the word in its text', () => {
  const ds = [
    doc('plan', '台州市行动实施方案', '探索技术工人以工会入股等形式参与企业分红。总结可复制可推广的经验做法。', { kind: ['方案'] }),
    doc('yuhuan', '玉环市技能变资金', '技术工人人均每年分红增收 4万元。'),
    doc('tiantai', '天台县和盈模式', '低收入农户入股，年底分红。'),
  ];
  assert.notEqual(ranked('技术工人入股分红的做法', ds)[0], 'plan', 'the practices come first');
  const plan = parseQuery('技术工人入股分红的做法', real);
  const kindTerm = plan.terms.find((t) => t.entry?.facet === 'kind')!;
  const onPlan = rank([prepareDoc(ds[0]!, real)], plan)[0]!;
  assert.equal(onPlan.exactTerms.includes(kindTerm.text), false, 'a plan that says 经验做法 is no practice');
  assert.ok(!onPlan.highlight.includes('做法'), 'nor is the word marked in its excerpt');
  // A query for a kind alone still lists its pages.
  assert.deepEqual(ranked('行动方案', ds), ['plan']);
});

test('a name inside a longer word is read as free text there only: the other names of a long question keep their meaning', () => {
  const entries = (q: string) => parseQuery(q, real).terms.filter((t) => t.entry).map((t) => [t.text, t.entry!.value]);
  // 县人社局: 人社 with a character on either side is part of a longer word; 技术工人 and 职业技能等级认定 are still names.
  assert.deepEqual(entries('县人社局想了解其他县在技术工人职业技能等级认定方面有哪些好的做法'), [
    ['技术工人', '技术工人'],
    ['职业技能等级认定', '职业技能等级认定'],
    ['做法', '案例'],
  ]);
  // 好 between two filler words (方面有哪些好的) stands beside no name.
  // As before: a name with a stray character beside it, alone in its run, is read without the dictionary.
  assert.deepEqual(entries('金蓝领'), []);
  assert.deepEqual(terms('金蓝领'), ['金蓝领']);
  assert.deepEqual(entries('帮穷村增加收入'), [['穷村', '薄弱村'], ['增加收入', '增收']]);
});

test('the words of asking and comparing are no terms: 是什么意思, 对比, vs, 我们, 具体, 帮助, 拿到', () => {
  const has = (q: string, w: string) => terms(q).some((t) => t.includes(w));
  assert.equal(has('扩中提低是什么意思', '意思'), false);
  assert.equal(has('椒江 仙居 高技能人才对比', '对比'), false);
  assert.equal(has('青田vs台州 人均可支配收入目标', 'vs'), false);
  assert.deepEqual(terms('青田VS台州'), ['青田', '台州']);
  assert.equal(has('我们县想学玉环的技能变资金具体怎么做的', '我们'), false);
  assert.equal(has('我们县想学玉环的技能变资金具体怎么做的', '具体'), false);
  assert.equal(has('怎样帮助低收入农户就业', '帮助'), false);
  assert.deepEqual(terms('拿到技师职称奖励多少钱'), ['技师', '职称', '奖励']);
  assert.deepEqual(terms('我想了解一下高校毕业生'), ['高校毕业生']);
  // vs inside a word in Latin letters is part of it.
  assert.deepEqual(terms('cvs'), ['cvs']);
});

test('the words of a term are taken with its single characters joined: 贴息贷款 is 贴息 and 贷款 apart, not only pieces', () => {
  // The platform's segmenter cuts 贴息贷款 贴|息|贷款 and 保底分红 保|底|分红.
  assert.deepEqual(parseQuery('贴息贷款', real).terms[0]!.words, ['贴息', '贷款']);
  assert.deepEqual(parseQuery('保底分红', real).terms[0]!.words, ['保底', '分红']);
  const ds = [
    doc('qingtian', '青田县方案', '按规定享受扶贫贴息贷款等政策。', { kind: ['方案'] }),
    doc('wenling', '温岭市高质量就业', '加大创业担保贷款发放和贴息力度。'),
    doc('other', '某地', '发放贷款。'),
  ];
  const r = rank(ds.map((d) => prepareDoc(d, real)), parseQuery('贴息贷款', real));
  assert.deepEqual(r.map((x) => [x.doc.id, x.evidence]), [['qingtian', 'exact'], ['wenling', 'words']]);
});

test('everyday shorthand finds what the texts print: 农商行 农商银行, 人社局 人力社保局, 消除薄弱村 消薄', () => {
  const one = (q: string) => {
    const ts = parseQuery(q, real).terms;
    assert.equal(ts.length, 1, `${q}: ${ts.map((t) => t.text).join(' ')}`);
    return ts[0]!.forms;
  };
  assert.ok(one('农商行').includes('农商银行'));
  assert.ok(one('人社局').includes('人力社保局'));
  const weak = one('消除薄弱村');
  assert.ok(weak.includes('消薄') && weak.includes('薄弱村'), weak.join(' '));
  // 人力社保 (no 局) keeps its own meaning: the department.
  assert.equal(parseQuery('人力社保', real).terms[0]!.entry?.value, '人力资源和社会保障');
});

test('a document number typed without brackets, after its issuer’s code, is a document number too', () => {
  for (const [q, year, number] of [
    ['浙委办发2022第5号', '2022', '5'],
    ['浙委办发2022 5号', '2022', '5'],
    ['青委办发202214号', '2022', '14'],
    ['丽委发2021年21号', '2021', '21'],
  ] as const) {
    const plan = parseQuery(q, real);
    assert.deepEqual(plan.terms.map((t) => t.text), [q.replace(/\d.*$/u, ''), `${year}${number}号`], q);
    assert.deepEqual(plan.terms[1]!.docNumber, { year, number }, q);
  }
  // A date is no document number, nor a year and a count.
  assert.equal(parseQuery('印发2022年5月', real).terms.some((t) => t.docNumber), false);
  assert.equal(parseQuery('2022年5号', real).terms.some((t) => t.docNumber), false);
  const page = prepareDoc(doc('qingtian', '青田县方案', '为全面贯彻落实《浙江省“扩中”“提低”行动方案(2021-2025年)》(浙委办发〔2022〕5号)精神。'), real);
  assert.deepEqual(rank([page], parseQuery('浙委办发2022第5号', real))[0]!.exactTerms, ['浙委办发', '20225号']);
});

test('a small count typed in digits also finds it spelled out, as titles print it: 37条 三十七条, 5个帮 五个帮', () => {
  const forms = (q: string) => parseQuery(q, real).terms.find((t) => /\d/.test(t.text))!.forms;
  assert.ok(forms('人才发展37条').includes('三十七条'));
  assert.ok(forms('5个帮').includes('五个'));
  assert.ok(forms('2个项目').includes('两个') && forms('2个项目').includes('二个'));
  assert.ok(forms('10年').includes('十年'));
  assert.deepEqual(forms('1200元'), ['1200元'], 'a larger sum the texts print in digits');
  const ds = [doc('jiaojiang', '椒江区盯才“扩中”', '先后出台《椒江区社会事业人才发展三十七条》等一系列人才政策。'), doc('other', '某地', '人才发展规划。')];
  const r = rank(ds.map((d) => prepareDoc(d, real)), parseQuery('人才发展37条', real));
  assert.equal(r[0]!.doc.id, 'jiaojiang');
  assert.equal(r[0]!.matched, 2, 'both terms found: 人才发展 and 37条 as 三十七条');
});

test('a model named by a formula (2+N, 1+1+N, 1+X) is one term, found whole, not as its digits and letters', () => {
  const plan = parseQuery('2+N', real);
  assert.deepEqual(plan.terms.map((t) => t.text), ['2n']);
  assert.deepEqual(parseQuery('１＋Ｘ飞柜', real).terms.map((t) => t.text), ['1x', '飞柜']);
  assert.deepEqual(parseQuery('1 + 1 + N', real).terms.map((t) => t.text), ['11n']);
  assert.deepEqual(plan.queries.loose, [], 'no pieces of a formula');
  const ds = [
    doc('xianju', '仙居县政校企', '创新“1+1+N”（仙居职业中专+台州科技职业技术学院+N家企业）培养机制，2个试点班。'),
    doc('jiaojiang', '椒江区人才', '探索政府、高校、飞地研发平台的“2+N”校地合作模式，2个项目入驻。'),
    doc('wenling', '温岭市就业', '打造“1+3+N”乡村合作创业组织模式。'),
  ];
  assert.deepEqual(ranked('2+N', ds), ['jiaojiang']);
  assert.deepEqual(ranked('1+1+N', ds), ['xianju']);
  const r = rank(ds.map((d) => prepareDoc(d, real)), plan);
  assert.ok(r[0]!.highlight.includes('2n'));
  // Not a formula: a word and a word (技能+薪酬), a sum inside a longer word.
  assert.deepEqual(parseQuery('技能+薪酬', real).terms.map((t) => t.text), ['技能', '薪酬']);
});

test('two terms of a longer question side by side as typed (技师职称) rank the page that has them together first', () => {
  const plan = parseQuery('拿到技师职称奖励多少钱', real);
  assert.deepEqual(plan.pairs, ['技师职称', '职称奖励']);
  assert.deepEqual(parseQuery('技师职称', real).pairs, [], 'two terms are the phrase already');
  const ds = [
    doc('yuhuan', '玉环市技能变资金', '新增技师数 898名。引导企业加大技术创新奖励力度，给予奖励。初级职称每月发放职称津贴，中级职称、高级职称津贴。颁发奖励。'),
    doc('huangyan', '黄岩区四大举措', '对新取得技师职称的在职职工，给予每人 1200元的奖励。'),
  ];
  assert.deepEqual(ranked('拿到技师职称奖励多少钱', ds), ['huangyan', 'yuhuan']);
  const r = rank(ds.map((d) => prepareDoc(d, real)), plan);
  assert.ok(r[0]!.highlight.includes('技师职称'));
});

test('characters typed or pasted one by one with spaces between (技 术 工 人, from a spaced PDF title) are one word', () => {
  assert.deepEqual(terms('技 术 工 人'), ['技术工人']);
  assert.deepEqual(parseQuery('技 术 工 人', real).terms[0]!.entry?.value, '技术工人');
  assert.deepEqual(terms('玉环 股 权 激 励'), ['玉环', '股权激励']);
  assert.deepEqual(parseQuery('扩　中　提　低', real).queries.exact, ['"扩中提低"']);
  // Words of two characters or more stay apart, and so does one character beside them.
  assert.deepEqual(terms('三门 救助'), ['三门', '救助']);
  assert.deepEqual(terms('5 人才'), ['5', '人才']);
});

test('a date typed with its day, in any of the usual ways, is one term as the texts print it (2021年12月1日)', () => {
  for (const q of ['2021-12-01', '2021.12.1', '2021/12/01', '2021年12月1日', '２０２１－１２－０１']) {
    const plan = parseQuery(q, real);
    assert.deepEqual(plan.terms.map((t) => t.text), ['2021年12月1日'], q);
    assert.ok(plan.terms[0]!.figure, q);
    assert.deepEqual(plan.queries.exact, ['"2021 年 12 月 1 日"'], q);
    assert.deepEqual(plan.queries.loose, [], `${q}: no pieces, no 1 to widen`);
  }
  assert.deepEqual(terms('2021.9.30简报'), ['2021年9月30日', '简报']);
  assert.deepEqual(terms('2568.85万元'), ['2568.85万元'], 'a figure with decimals is no date');
  assert.deepEqual(terms('2021-13-01').includes('2021年13月1日'), false, 'no 13th month');
  const ds = [
    doc('dec', '台州共富工作简报', '日期2021年12月1日。本期案例（4 篇）。', { kind: ['简报'] }),
    doc('plan', '青田县方案', '到 2021年，12 个乡镇，1 家。', { kind: ['方案'] }),
  ];
  assert.deepEqual(ranked('2021-12-01', ds), ['dec']);
});

test('a sum said the spoken way (7万5, 1万2千人次) is the figure with its decimal (7.5万, 1.2万人次)', () => {
  assert.deepEqual(terms('7万5'), ['7.5万']);
  assert.equal(terms('人均可支配收入7万5').at(-1), '7.5万');
  assert.deepEqual(terms('1万2千人次'), ['1.2万人次']);
  assert.ok(parseQuery('7万5', real).terms[0]!.forms.includes('75000'));
  assert.deepEqual(terms('3万5000'), ['3万', '5000'], 'digits after 万 that are no tenth stay as typed');
  const ds = [doc('tz', '台州市方案', '全市居民人均可支配收入达到 7.5 万元。', { kind: ['方案'] }), doc('other', '某地', '补贴 7 万元，5 人。')];
  assert.deepEqual(ranked('7万5', ds), ['tz']);
});

test('a count of 大 typed in digits (4大举措, 9大群体) also finds it spelled out (四大举措, 九大群体)', () => {
  const plan = parseQuery('4大举措', real);
  assert.deepEqual(plan.terms.map((t) => t.text), ['4大', '举措']);
  assert.deepEqual(plan.terms[0]!.forms, ['4大', '四大']);
  assert.deepEqual(terms('四大举措'), ['四大举措'], 'typed in Chinese it is a word, as before');
  const ds = [
    doc('huangyan', '黄岩区“四大举措”深入推进技术工人助工扶工解忧工作', '一是深化维权保障服务。'),
    doc('toc', '台州共富工作简报', '本期案例（4 篇）：深化集成改革的举措。', { kind: ['简报'] }),
  ];
  assert.deepEqual(ranked('4大举措', ds)[0], 'huangyan');
});

test('约, 大约, 将近 before a figure and 左右 after it say “about”: 约4500人 and 4500人左右 are searched as about 4500 people', () => {
  for (const q of ['约4500人', '大约4500人', '4500人左右', '技术工人约4500人']) {
    const figure = parseQuery(q, real).terms.find((t) => t.figure);
    assert.equal(figure?.rounded?.approx, true, q);
    assert.equal(figure?.rounded?.number, '4500', q);
    assert.ok(!parseQuery(q, real).terms.some((t) => /约|左右/u.test(t.text)), q);
  }
  assert.equal(parseQuery('4500人', real).terms[0]!.rounded?.approx, undefined);
  // 约 inside a word is no qualifier (合约 2份 is no figure typed “about”).
  assert.equal(parseQuery('合约2份', real).terms.find((t) => t.figure)?.rounded?.approx, undefined);
});
