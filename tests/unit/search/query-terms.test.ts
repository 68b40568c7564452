// How a query is read into terms (src/lib/search/query.ts) and ranked: fillers, hesitations and question words,
// percentages, places typed together or after a verb, kinds of document, everyday and spoken words (了, 孩子, 看病贵),
// document numbers however written, counts, formulas (2+N), spaced characters, dates, years ending a span and spoken
// sums, the 64-character cap, as officials, readers and journalists type them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { intlSegmenter, parseQuery, quotedPhrases, type Segmenter } from '../../../src/lib/search/query.ts';
import { prepareDoc, rank, scoreDoc } from '../../../src/lib/search/rank.ts';
import { bareDoc, doc, lex, ranked, real, seg } from '../../support/search-docs.ts';
import { buildDictionary, createLexicon } from '../../../src/lib/search/dictionary.ts';
import { MAX_QUERY_LENGTH, squash, squashText } from '../../../src/lib/search/normalize.ts';

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
  // 县人社局: 人社 with a character on either side is part of a longer word, the bureau (人力社保局), not 人社;
  // 技术工人 and 职业技能等级认定 are still names.
  assert.deepEqual(entries('县人社局想了解其他县在技术工人职业技能等级认定方面有哪些好的做法'), [
    ['县人社局', '人力社保局'],
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

test('parseQuery drops filler words but keeps the terms and the literal query', () => {
  const p = parseQuery('怎么提高技术工人收入', lex, seg);
  assert.deepEqual(p.terms.map((t) => t.text), ['技术工人', '收入']);
  assert.deepEqual(p.phrases, ['怎么提高技术工人收入', '技术工人收入']);
  assert.ok(p.queries.primary.includes('技术工人 收入'));
  assert.ok(p.queries.primary.includes('怎么提高技术工人收入'));
  assert.deepEqual(p.queries.singles, ['技术工人', '收入']);

  const q = parseQuery('如何帮扶困难群众', lex, seg);
  assert.deepEqual(q.terms.map((t) => t.text), ['帮扶', '困难群众']);
  assert.deepEqual(q.terms[1]!.forms, ['困难群众', '困难群体']);

  const r = parseQuery('低收入农户怎么增收', lex, seg);
  assert.deepEqual(r.terms.map((t) => t.text), ['低收入农户', '增收']);
});

test('parseQuery expands aliases and short names to the canonical value', () => {
  const p = parseQuery('产业工人', lex, seg);
  assert.equal(p.terms.length, 1);
  assert.deepEqual(p.terms[0]!.forms, ['产业工人', '技术工人']);
  assert.ok(p.terms[0]!.related.includes('高技能人才'));
  assert.deepEqual(p.queries.primary, ['产业工人', '技术工人'], 'the canonical name is searched too');
  assert.deepEqual(p.queries.exact, ['"产业工人"']);
  assert.deepEqual(parseQuery('玉环', lex, seg).terms[0]!.forms, ['玉环', '玉环市']);
  assert.deepEqual(parseQuery('新业态', lex, seg).terms[0]!.forms, ['新业态', '新就业形态从业人员']);
});

test('parseQuery keeps short free text whole and segments long text', () => {
  assert.deepEqual(parseQuery('助共体', lex, seg).terms.map((t) => t.text), ['助共体']);
  assert.deepEqual(parseQuery('术工', lex, seg).terms.map((t) => t.text), ['术工']);
  assert.deepEqual(parseQuery('共同富裕示范区', lex, seg).terms.map((t) => t.text), ['共同', '富裕', '示范区']);
  assert.deepEqual(parseQuery('职业技能提升行动', lex, seg).phrases, ['职业技能提升行动']);
  assert.deepEqual(parseQuery('２５６８．８５万元', lex, seg).phrases, ['2568.85万元']);
  assert.deepEqual(parseQuery('占比 18.7%', lex, seg).phrases, ['占比', '18.7%']);
  assert.deepEqual(parseQuery('玉环  股权激励', lex, seg).terms.map((t) => t.text), ['玉环', '股权激励']);
  assert.deepEqual(parseQuery('术工', lex, seg).queries.loose, ['术', '工'], 'the last resort tries the pieces');
});

test('parseQuery survives bad input without terms', () => {
  for (const bad of ['', '   ', '<>"\'&', '.*+?^${}()|[]\\', '😀😀', '\u0000\u200b']) {
    const p = parseQuery(bad, lex, seg);
    assert.equal(p.terms.length, 0, JSON.stringify(bad));
    assert.deepEqual(Object.values(p.queries).flat(), []);
  }
  const s = parseQuery('<script>alert(1)</script>', lex, seg);
  assert.ok(s.terms.every((t) => /^[a-z0-9]+$/.test(t.text)));
  const long = parseQuery('技术工人'.repeat(125), lex, seg);
  assert.ok(long.text.length <= MAX_QUERY_LENGTH);
});

test('a document number is one term, searched in the index as its year and number, whatever its brackets', () => {
  for (const q of ['浙委办发〔2022〕5号', '浙委办发[2022]5号', '浙委办发（2022）5号', '浙委办发【2022】第5号']) {
    const plan = parseQuery(q, lex, seg);
    assert.deepEqual(plan.terms.map((t) => t.text), ['浙委办发', '20225号'], q);
    assert.deepEqual(plan.terms[1]!.docNumber, { year: '2022', number: '5' }, q);
    assert.ok(plan.queries.exact.includes('"2022 5号"'), q);
    assert.deepEqual(plan.queries.loose.filter((l) => /\d/.test(l)), [], 'no pieces of the number');
  }
  const page = prepareDoc(bareDoc('/plan/', '方案', '根据《意见》（浙委办发〔2022〕5号）精神，2022年5月制定。'), lex);
  assert.equal(scoreDoc(page, parseQuery('浙委办发〔2022〕5号', lex, seg)).matched, 2);
  const other = prepareDoc(bareDoc('/other/', '简报', '2022年，5个县（浙委办发〔2022〕25号）。'), lex);
  assert.equal(scoreDoc(other, parseQuery('〔2022〕5号', lex, seg)).evidence, 'none', '〔2022〕25号 is another document');
});

test('question words around the subject are dropped; a query of question words alone is still searched', () => {
  assert.deepEqual(parseQuery('谁给技术工人搞了股权激励，效果怎么样', lex, seg).terms.map((t) => t.text), ['技术工人', '股权激励']);
  // 在搞, 做过: how a question is spoken (哪些县在搞股权激励), not words a page prints with the subject.
  assert.deepEqual(parseQuery('哪些县在搞股权激励', lex, seg).terms.map((t) => t.text), ['股权激励']);
  assert.deepEqual(parseQuery('谁做过技能人才评价', lex, seg).terms.map((t) => t.text), parseQuery('技能人才评价', lex, seg).terms.map((t) => t.text));
  assert.deepEqual(parseQuery('怎么', lex, seg).terms.map((t) => t.text), ['怎么']);
  assert.deepEqual(parseQuery('<script>alert(1)</script>', lex, seg).terms.map((t) => t.text), ['script', 'alert'], 'the 1 of markup goes');
  assert.deepEqual(parseQuery("' OR 1=1 --", lex, seg).terms.map((t) => t.text), ['or']);
});

test('parseQuery folds full-width forms and drops 哪些地方 as a filler', () => {
  const p = parseQuery('２５６８．８５万元', lex, seg);
  assert.equal(p.text, '２５６８．８５万元', 'the query is shown as typed');
  assert.ok(p.phrases.includes('2568.85万元'));
  assert.deepEqual(parseQuery('哪些地方有人才公寓', lex, seg).terms.map((t) => t.text).includes('地方'), false);
});

test('a lone character left between filler words is not a term when the query has a word', () => {
  assert.deepEqual(parseQuery('如何发现需要救助的人', lex, seg).terms.map((t) => t.text).includes('人'), false);
  assert.deepEqual(parseQuery('人', lex, seg).terms.map((t) => t.text), ['人'], 'a query of one character is searched');
  assert.ok(parseQuery('5 人才', lex, seg).terms.some((t) => t.text === '5'), 'a number stays');
  assert.equal(parseQuery('低收入农户增收有什么好办法', lex, seg).terms.some((t) => t.text.includes('办法')), false);
});

test('a question\'s wish and "should" (想搞, 想跟, 应该, 县里) are no words of the subject, nor glued to it', () => {
  const words = (q: string) => parseQuery(q, lex, intlSegmenter).terms.map((t) => t.text);
  // 县里想搞共富工坊应该怎么做: 县里想搞 and 工坊应该 were kept whole as four-character terms found nowhere.
  assert.deepEqual(words('县里想搞共富工坊应该怎么做'), words('共富工坊'));
  assert.deepEqual(words('我们是山区县，想跟发达地区结对，有什么经验'), ['山区县', '发达', '地区', '结对']);
  assert.deepEqual(words('应当怎样帮助低收入农户'), ['低收入农户']);
  // 想 in a word the texts print stays: 思想, 梦想, 想法.
  assert.deepEqual(words('指导思想'), ['指导思想']);
  assert.ok(words('技术工人梦想').join().includes('梦想'));
});

test('a responsible unit typed with its level (县农业农村局, 市总工会) counts as the plans print it (农业农村局, 总工会)', () => {
  const forms = (q: string) => parseQuery(q, lex, intlSegmenter).terms.map((t) => t.forms);
  assert.deepEqual(forms('县农业农村局'), [['县农业农村局', '农业农村局']]);
  assert.deepEqual(forms('市总工会'), [['市总工会', '总工会']]);
  assert.ok(parseQuery('市总工会', lex, intlSegmenter).queries.primary.includes('总工会'), 'Pagefind is asked for the name as printed');
  // Not a word that begins with the level's character (市场监管局, 县委组织部: the plans print them so).
  assert.equal(forms('市场监管局').flat().includes('场监管局'), false);
  assert.equal(forms('县委组织部').flat().includes('委组织部'), false);
  // Nor anything that is no unit's name.
  assert.equal(forms('县城学校').flat().includes('城学校'), false);
  const ds = [
    bareDoc('plan', '青田县行动方案', '建立健全帮扶机制。（责任单位：民政局、农业农村局、妇联）'),
    bareDoc('edu', '天台县乡村教育', '县农业科技园区建设，推动农村学校发展，县局统筹。'),
  ];
  assert.deepEqual(rank(ds.map((x) => prepareDoc(x, lex)), parseQuery('县农业农村局', lex, intlSegmenter)).map((r) => r.doc.id)[0], 'plan');
});

test('everyday words find what the texts say: 老师 教师, 穷村 薄弱村, 空房子 闲置农房, 贫困户 低收入农户, 孩子上学 子女教育', () => {
  const yaml = (name: string) => parseYaml(readFileSync(`content/taxonomy/${name}.yaml`, 'utf8'));
  const real = createLexicon(buildDictionary({ regions: yaml('regions'), groups: yaml('groups'), measures: yaml('measures'), synonyms: yaml('synonyms') }));
  const reads = (q: string) => parseQuery(q, real).terms.map((t) => [t.text, t.entry?.value]);
  assert.deepEqual(reads('老师'), [['老师', '教师']]);
  assert.deepEqual(reads('打工人'), [['打工人', '打工者']]);
  assert.deepEqual(reads('农村空房子出租'), [['农村', undefined], ['空房子', '闲置农房'], ['出租', undefined]]);
  assert.deepEqual(reads('贫困户'), [['贫困户', '低收入农户']]);
  assert.deepEqual(reads('穷人'), [['穷人', '困难群体']]);
  // 外地打工人孩子 is one name of 随迁子女 (the children of workers from elsewhere), longer than the group's 外地打工人.
  assert.deepEqual(reads('外地打工人孩子上学'), [['外地打工人孩子', '随迁子女'], ['上学', '子女教育']]);
  assert.deepEqual(reads('外地打工人子女'), [['外地打工人', '进城农民工'], ['子女', '子女']]);
  // 帮 before a dictionary word is a verb, not part of a longer word (as 金 is in 金蓝领).
  assert.deepEqual(reads('帮穷村增加收入'), [['穷村', '薄弱村'], ['增加收入', '增收']]);
  assert.deepEqual(reads('金蓝领'), [['金蓝领', undefined]]);
  // 和 between a dictionary word and a plain one links them (山区和海岛): 海岛 is the word, not 和海岛, found nowhere. A name
  // that begins with such a character stays whole (和盈模式: 盈模式 is no word).
  assert.deepEqual(reads('山区和海岛'), [['山区', '山区'], ['海岛', undefined]]);
  assert.deepEqual(reads('天台和盈模式'), [['天台', '天台县'], ['和盈模式', undefined]]);
  assert.ok(parseQuery('穷村', real).terms[0]!.forms.includes('消薄'));
  // Every synonym says something the texts say: one of its names is in the raw sources.
  const seeds = readdirSync('seeds').map((f) => squashText(readFileSync(`seeds/${f}`, 'utf8'))).join(' ');
  for (const s of yaml('synonyms') as { name: string; aliases: string[] }[]) {
    assert.ok([s.name, ...s.aliases].some((n) => seeds.includes(squashText(n))), `${s.name}: no name of it is in seeds/`);
  }
});

test('a term that is a piece of the segmentation, not a word the reader typed, is marked as such', () => {
  const words = ['杭州', '运会', '技师', '工资', '贷款', '股东', '打工', '留住'];
  const segWith: Segmenter = (text) => {
    const out: string[] = [];
    for (let i = 0; i < text.length; ) {
      const w = words.find((x) => text.startsWith(x, i)) ?? text[i]!;
      out.push(w);
      i += w.length;
    }
    return out;
  };
  const pieces = (q: string) => parseQuery(q, lex, segWith).terms.map((t) => [t.text, Boolean(t.fragment)]);
  assert.deepEqual(pieces('哪个镇给技工发贷款'), [['镇给', true], ['技工', false], ['发贷款', true]]);
  assert.deepEqual(pieces('杭州亚运会'), [['杭州', false], ['运会', true]], '亚 was left out: 运会 is not what was typed');
  assert.deepEqual(pieces('考了技师证工资能高多少').filter(([, f]) => !f).map(([t]) => t), ['技师']);
  assert.deepEqual(pieces('如何留住技工'), [['留住', false], ['技工', false]]);
  assert.deepEqual(pieces('技工 火箭'), [['技工', false], ['火箭', false]], 'a part typed on its own is a word');
  assert.deepEqual(pieces('4856人火箭发射'), [['4856人', false], ['火箭发射', true]]);
});

test('a query of question words only (怎么办) is marked so; one with a subject is not', async () => {
  const { real } = await import('../../support/search-docs.ts');
  assert.equal(parseQuery('怎么办', real).questionOnly, true);
  assert.equal(parseQuery('有什么好办法', real).questionOnly, true);
  assert.equal(parseQuery('低收入农户增收怎么办', real).questionOnly, undefined);
});

test('“的办法” asks for a way, no word to find: 低收入农户增收的办法 searches 低收入农户 and 增收; 管理办法 stays a word', async () => {
  const { real } = await import('../../support/search-docs.ts');
  assert.deepEqual(parseQuery('低收入农户增收的办法', real).terms.map((t) => t.text), ['低收入农户', '增收']);
  assert.deepEqual(parseQuery('慈善捐助管理办法', real).terms.map((t) => t.text).includes('办法') || parseQuery('慈善捐助管理办法', real).terms.some((t) => t.text.includes('办法')), true);
});

test('quotedPhrases: a part in quotes standing alone (question words beside it at most) asks for that wording; quotes of a pasted sentence do not', () => {
  const cases: [string, string[]][] = [
    ['“技能变资金”', ['技能变资金']],
    ['"和盈模式"', ['和盈模式']],
    ['「助共体」', ['助共体']],
    ['“和盈模式”是什么', ['和盈模式']],
    ['什么是“助共体”', ['助共体']],
    ['玉环 “技能 变资金”', ['技能变资金']],
    ['“扩中”“提低”', ['扩中', '提低']],
    ['变“人找政策”为“政策找人”', []],
    ['聚焦“扩中”“提低”改革', []],
    ['温岭-景宁“1+X”飞柜', []],
    ['技能变资金', []],
    ['"和', []],
  ];
  for (const [q, want] of cases) assert.deepEqual(quotedPhrases(q), want, q);
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

test('a place after a verb or preposition (为什么选台州, 去青田打工) is the place, not a piece of a longer word', () => {
  assert.deepEqual(parseQuery('为什么选台州', real).terms.map((t) => [t.text, t.entry?.value]), [['台州', '台州市']]);
  assert.deepEqual(parseQuery('去青田打工', real).terms.map((t) => t.text), ['青田', '打工']);
  // A character after a place may make a longer word of it: 天台山 is a mountain, not 天台县.
  assert.equal(parseQuery('天台山', real).terms[0]?.entry, undefined);
  const ds = [
    doc('note', '《台州共富工作简报》', '编者按：台州作为制造业大市，技术工人总数多。', { kind: ['简报'] }),
    doc('other', '某县做法', '推进技术工人“扩中”。', { region: ['椒江区'], city: ['台州市'] }),
    doc('ballot', '某县选举', '选举村委会。', { region: ['青田县'], city: ['丽水市'] }),
  ];
  assert.equal(ranked('为什么选台州', ds)[0], 'note');
});

test('能, 会, 要 or 想 before a word (哪里能找工作) leave the word its meaning: 找工作 is 就业', () => {
  assert.deepEqual(parseQuery('哪里能找工作', real).terms.map((t) => [t.text, t.entry?.value]), [['找工作', '就业']]);
  assert.deepEqual(parseQuery('技术工人会持股吗', real).terms.map((t) => t.text), ['技术工人', '持股']);
  const ds = [
    doc('jobs', '某市就业', '开展送岗位下乡活动，实现就业 4856人。'),
    doc('other', '某县人才', '引进人才，提供工作岗位。'),
  ];
  assert.equal(ranked('哪里能找工作', ds)[0], 'jobs');
});

test('是 and 哪个县 as a question puts them are no words to find: the place or the group beside them keeps its meaning', () => {
  // 玉环是 and 是通过 were searched as words, found nowhere, and 县是通过 was “corrected” to 都是通过.
  assert.deepEqual(terms('玉环是怎么做的'), ['玉环']);
  assert.equal(parseQuery('玉环是怎么做的', real).terms[0]!.entry?.facet, 'region');
  assert.deepEqual(terms('谁是技术工人'), ['技术工人']);
  const long = terms('有没有哪个县是通过职业学校和企业联合办学来培养技术工人的');
  assert.ok(!long.some((t) => t.includes('县') || t.includes('是')), long.join(' '));
  assert.ok(long.includes('职业学校') && long.includes('技术工人'), long.join(' '));
  assert.deepEqual(terms('哪些区县给技术工人发补贴').filter((t) => t.includes('县')), []);
});

test('what readers call a 职业中专 (职高, 职业高中) and the cost of seeing a doctor (看病贵) find what the texts print', () => {
  const ds = [
    doc('xianju', '仙居县“政校企”联动育才', '该县职业中专已与 45家企业开展联合办学。'),
    doc('plan', '某市行动方案', '推进普通高中与职业教育融通。'),
  ];
  assert.equal(ranked('职高', ds)[0], 'xianju');
  assert.equal(ranked('职业高中', ds)[0], 'xianju');
  const plans = [doc('plan', '某县行动方案', '22.减轻群众就医负担。实施县域医疗补短板工程。', { kind: ['方案'] }), doc('other', '某县人才', '人才公寓建设。')];
  assert.equal(ranked('看病贵', plans)[0], 'plan');
});

test('a year at the end of a span (2021—2023年, 2020-2035) is found whole: the dash is no part of a longer number', () => {
  // 台州's plan prints 《…三年行动计划（2021—2023年）》 and 《…布局专项规划（2020-2035）》: 2023 and 2035 found nothing,
  // since without its dash the text read 20212023 and 20202035. The index holds each year as a word.
  assert.equal(squash('计划 （ 2021 — 2023 年 ） 》', true).text, '计划2021|2023年');
  assert.equal(squash('规划 （ 2020-2035 ）', true).text, '规划2020|2035');
  const plan = [doc('plan', '某市行动方案', '推进《随迁子女义务教育工作提升三年行动计划（2021—2023年）》。实施《布局专项规划（2020-2035）》。', { kind: ['方案'] })];
  for (const q of ['2023', '2023年', '2035', '2021—2023年', '2020-2035']) assert.deepEqual(ranked(q, plan), ['plan'], q);
  // Names joined by a dash (温岭-景宁) are still found as typed together.
  assert.equal(squash('温岭-景宁 山海', true).text, '温岭景宁山海');
});

test('哪个市 and 哪些区 are the question only where they end a word: 哪个市场主体, 哪些区域 and 哪个县城 keep their words', () => {
  assert.deepEqual(terms('哪个市场主体最多'), ['市场主体']);
  assert.deepEqual(terms('哪些区域'), ['区域']);
  assert.deepEqual(terms('哪个县城'), ['县城']);
  assert.deepEqual(terms('哪个县是通过股权激励的'), ['通过', '股权激励']);
});

test('the hesitations of a spoken query are no terms: 呃, 嗯, 那个, 这个, 就是, 然后, and 的事 at its end', () => {
  assert.deepEqual(terms('呃那个股权激励的事'), ['股权激励']);
  assert.deepEqual(terms('我想看一下三门那个救助码'), ['三门', '救助码']);
  assert.deepEqual(terms('那个就是低收入农户怎么增收啊'), ['低收入农户', '增收']);
  assert.deepEqual(terms('嗯嗯然后玉环的技术工人这个'), ['玉环', '技术工人']);
  assert.deepEqual(terms('呃呃高校毕业生安家补贴有多少'), ['高校毕业生', '安家', '补贴']);
  for (const q of ['呃那个股权激励的事', '嗯玉环的技术工人', '那个就是低收入农户怎么增收啊']) assert.equal(parseQuery(q, real).partial, undefined, q);
  // 的事 inside a text is part of its words (机关的事业单位), only a spoken query ends with it.
  assert.ok(terms('机关的事业单位').some((t) => t.includes('事业')));
});

test('a query is cut after its 64th character, spaces not counted, so a cut beside a space is still a cut of 64', async () => {
  const { cleanQuery, queryLength, MAX_QUERY_LENGTH } = await import('../../../src/lib/search/normalize.ts');
  const pasted = `${'技'.repeat(63)}训 2.58 万人次`;
  assert.equal(cleanQuery(pasted), `${'技'.repeat(63)}训`);
  assert.equal(queryLength(cleanQuery(pasted)), MAX_QUERY_LENGTH);
  // Spaces typed between words do not use up the cap.
  const spaced = Array.from({ length: 40 }, () => '技术').join(' ');
  assert.equal(queryLength(cleanQuery(spaced)), MAX_QUERY_LENGTH);
  assert.ok(cleanQuery(spaced).endsWith('技术'));
  assert.equal(queryLength('玉环 股权激励'), 6);
});

test('a department by its usual short or long name (县人社局, 发改委, 市场监督管理局) counts as the plans print it', () => {
  const plan = (q: string) => parseQuery(q, real);
  const forms = (q: string) => plan(q).terms.flatMap((t) => t.forms);
  // 县人社局: the level before another name of the bureau; the plan prints 人力社保局. Before, only 人社局 counted, which
  // no page prints: the status said only some words matched.
  assert.ok(forms('县人社局').includes('人力社保局'));
  assert.equal(plan('县人社局').partial, undefined);
  assert.ok(plan('县人社局').queries.primary.includes('人力社保局'), 'Pagefind is asked for the name as printed');
  for (const [typed, printed] of [
    ['县发改委', '发改局'],
    ['发展和改革局', '发改局'],
    ['市住建局', '建设局'],
    ['县市场监督管理局', '市场监管局'],
    ['残疾人联合会', '残联'],
    ['卫生健康局', '卫健局'],
    ['县医疗保障局', '医保局'],
    ['人民银行', '人行'],
  ] as const) {
    assert.ok(forms(typed).includes(printed), `${typed} counts ${printed}`);
  }
  // 医保局 is the bureau, not 医保 (medical insurance) and a stray 局.
  assert.deepEqual(plan('医保局').terms.map((t) => t.text), ['医保局']);
  const ds = [
    doc('plan', '青田县行动方案', '完善就业帮扶机制。（责任单位：人力社保局、财政局）'),
    doc('other', '天台县乡村教育', '县里统筹人才社区服务，局部试点。'),
  ];
  assert.deepEqual(ranked('县人社局', ds)[0], 'plan');
});

test('an age cohort (90后, 00后, 8090后) is one term, not the number 90 of 90万户 and a 后', () => {
  const plan = (q: string) => parseQuery(q, real);
  assert.deepEqual(plan('90后').terms.map((t) => t.text), ['90后']);
  assert.ok(plan('90后').terms[0]!.forms.includes('8090后'), 'printed with the decade before it');
  assert.deepEqual(plan('00后大学生就业').terms.map((t) => t.text), ['00后', '大学生', '就业']);
  assert.ok(plan('8090后').terms[0]!.forms.includes('90后'));
  // 90后生活: 生活 is a word of its own.
  assert.deepEqual(plan('90后生活').terms.map((t) => t.text), ['90后', '生活']);
  // Not a year (2010后), nor a figure with its unit (90万户), nor a number inside a longer one (190后).
  assert.ok(!plan('2010后').terms.some((t) => t.text.endsWith('后')));
  assert.deepEqual(plan('90万户').terms.map((t) => t.text), ['90万户']);
  assert.ok(!plan('190后').terms.some((t) => t.text === '90后'));
  const ds = [
    doc('taizhou', '台州市行动实施方案', '培育家庭年收入 10-50 万元群体 90万户，青年创业。'),
    doc('qingtian', '青田县行动方案', '组建新生代华侨 8090 后青田海外宣传“青骑兵”队伍。'),
  ];
  assert.deepEqual(ranked('90后', ds), ['qingtian']);
});

test('a superlative a question asks for (工资最高, 效果最好, 增收最快) is no term; before a word it is one (最低工资标准)', () => {
  const plan = (q: string) => parseQuery(q, real);
  const words = (q: string) => plan(q).terms.map((t) => t.text);
  // Before, 最高 was glued to the word before it: 工资最高 was a term found nowhere, and the status said so.
  assert.deepEqual(words('哪个地方技术工人工资最高'), ['技术工人', '工资']);
  assert.equal(plan('哪个地方技术工人工资最高').partial, undefined);
  assert.deepEqual(words('哪个县低收入农户增收最快'), ['低收入农户', '增收']);
  assert.deepEqual(words('哪里的共富工坊效果最好'), words('共富工坊效果'));
  assert.deepEqual(words('技工补贴最高的是哪个县'), ['技工', '补贴']);
  assert.deepEqual(words('哪个县新增高技能人才最多'), words('新增高技能人才'));
  // Before a word, the texts' own words: 最低工资标准, 最多跑一次, 最佳实践, and the synonym 最低生活保障.
  assert.ok(words('最低工资标准').join('').includes('最低'));
  assert.ok(words('最多跑一次').join('').includes('最多'));
  assert.ok(words('最佳实践案例').join('').includes('最佳'));
  assert.equal(plan('最低生活保障标准').terms[0]!.entry?.value, '最低生活保障');
  assert.ok(words('低保标准最高的县').includes('低保'));
});

test('a group as readers call it by the work they do (送外卖的, 开网约车的, 小老板, 打鱼的) is that group, fully matched', () => {
  const plan = (q: string) => parseQuery(q, real);
  for (const [q, group] of [
    ['送外卖的', '新就业形态从业人员'],
    ['送快递的有什么保障', '新就业形态从业人员'],
    ['开网约车的', '新就业形态从业人员'],
    ['小老板贷款', '中小企业主和个体工商户'],
    ['开小店的个体户', '中小企业主和个体工商户'],
    ['打鱼的', '高素质农民（渔民）'],
  ] as const) {
    // Before, 送外卖 was a term found nowhere (only its piece 外卖): the status said only some words matched.
    assert.equal(plan(q).terms[0]!.entry?.value, group, q);
    assert.equal(plan(q).partial, undefined, q);
  }
  const ds = [
    doc('huangyan', '黄岩区四大举措', '指导黄岩美团外卖员联合工会建立户外劳动者“爱心驿站”。', { group: ['新就业形态从业人员'] }),
    doc('other', '玉环市三带', '送货上门，卖出去。'),
  ];
  assert.deepEqual(ranked('送外卖的', ds), ['huangyan']);
});

test('how many of what (多少人, 多少钱, 多少人次) is the question: its unit is no character left out of the terms', () => {
  const plan = (q: string) => parseQuery(q, real);
  // Before, the lone 人 of 多少人 was a character no term held: the status said only some words matched.
  assert.deepEqual(plan('温岭新增就业多少人').terms.map((t) => t.text), ['温岭', '新增', '就业']);
  assert.equal(plan('温岭新增就业多少人').partial, undefined);
  assert.equal(plan('椒江大学生补贴多少钱').partial, undefined);
  assert.deepEqual(plan('黄岩培训了多少人次').terms.map((t) => t.text), ['黄岩', '培训']);
  // 人 that begins a word stays: 多少人才 asks for 人才.
  assert.ok(plan('新增多少人才').terms.some((t) => t.text === '人才'));
});

test('a word that asks for a figure of what precedes it (人数, 数量, 增长多少, 增幅, 比例) is the question, not a term', () => {
  const plan = (q: string) => parseQuery(q, real);
  const words = (q: string) => plan(q).terms.map((t) => t.text);
  // Before, 人数 and 收入增长 were terms that no page about them prints (低保对象226人, 收入年均增长15%): the status said
  // only some words matched.
  assert.deepEqual(words('三门低保对象人数'), ['三门', '低保对象']);
  assert.deepEqual(words('天台低收入农户收入增长多少'), ['天台', '低收入农户', '收入']);
  assert.deepEqual(words('天台低收入农户收入增长了多少'), ['天台', '低收入农户', '收入']);
  assert.deepEqual(words('天台低收入农户收入增幅'), ['天台', '低收入农户', '收入']);
  assert.deepEqual(words('技术工人比例是多少'), ['技术工人']);
  assert.deepEqual(words('仙居职业中专合作企业数量'), words('仙居职业中专合作企业'));
  assert.deepEqual(words('温岭有几个共富工坊'), words('温岭共富工坊'));
  for (const q of ['三门低保对象人数', '天台低收入农户收入增长多少', '技术工人比例']) assert.equal(plan(q).partial, undefined, q);
  // The query as typed is still a phrase: a page that prints it (参保人数) ranks first.
  assert.ok(plan('三门低保对象人数').phrases.includes('三门低保对象人数'));
  // A word really missing is still one: 火箭 stays a term, found nowhere.
  assert.deepEqual(words('三门火箭人数'), ['三门', '火箭']);
  // Alone, or before a word, it is the reader's subject: 人数, 比例分配, 就业人数较多.
  assert.deepEqual(words('人数'), ['人数']);
  assert.ok(words('比例分配').join('').includes('比例'));
  assert.ok(words('就业人数较多').join('').includes('人数'));
  // A change is asked only before 多少 (收入增长多少); at the end it is the subject the texts print (农民收入增长).
  assert.ok(words('农民收入增长').includes('增长'));
  // 好几个 is several, no question.
  assert.deepEqual(words('好几个村'), ['好几个村']);
});
