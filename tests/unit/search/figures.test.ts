// Figures in a query (src/lib/search/figures.ts): Chinese numerals and decimals in digits, spoken figures, the 万 and
// 亿 forms of a number, a figure typed rounded or about (余, 多) widened to the figures the texts print, counters
// (4503名 for 4503人; 7155人 is not 7155人次), words of letters and digits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chineseNumber } from '../../../src/lib/numbers.ts';
import { counterForms, digitForm, numberForms, numberParts, widenRounded } from '../../../src/lib/search/figures.ts';
import { intlSegmenter, parseQuery } from '../../../src/lib/search/query.ts';
import { prepareDoc, rank, scoreDoc } from '../../../src/lib/search/rank.ts';
import { bareDoc, doc, lex, ranked, real, seg } from '../../support/search-docs.ts';
import { occurrences } from '../../../src/lib/search/normalize.ts';

test('a whole number of three digits or more also finds the number with the decimals a text prints, same unit only', () => {
  const plan = parseQuery('2568万元', lex, seg);
  assert.deepEqual(plan.terms[0]!.rounded, { number: '2568', unit: '万元', decimals: true });
  assert.ok(plan.queries.loose.includes('2568'), 'the number is looked for as the start of a longer one');
  assert.equal(parseQuery('11家', lex, seg).terms[0]!.rounded?.decimals, false, 'two digits: too many numbers start so');
  assert.deepEqual(parseQuery('11家', lex, seg).queries.loose, [], 'nor is it looked for as the start of longer ones');
  assert.equal(parseQuery('2568.85万元', lex, seg).terms[0]!.rounded?.decimals, false, 'decimals typed: no others added');
  assert.deepEqual(parseQuery('2568万', lex, seg).terms.map((t) => [t.text, t.figure, t.rounded?.unit]), [['2568万', true, '万']]);

  const texts = ['共发放资金2568.85万元，另有12568.5万元、2568.5亿元和25689.1万元', '标题. 2568.10万元'];
  const widened = widenRounded(plan, texts);
  assert.deepEqual(widened.added, ['2568.10万元', '2568.85万元']);
  assert.deepEqual(widened.plan.terms[0]!.forms.slice(-2), ['2568.10万元', '2568.85万元']);
  assert.deepEqual(widenRounded(plan, ['2568万元整']).added, [], 'nothing with decimals: the plan as it was');
  // The number alone: not the start of a longer number (2568.851 is 2568.851, but 25688 is not 2568).
  assert.deepEqual(widenRounded(parseQuery('2568', lex, seg), ['25688人，2568.85万元']).added, ['2568.85']);
  const page = prepareDoc(bareDoc('/p/', '技能', '共发放职业技能提升行动资金 2568.85万元。'), lex);
  assert.equal(scoreDoc(page, plan).evidence, 'none', 'as typed, 2568万元 is not 2568.85万元');
  assert.equal(scoreDoc(page, widened.plan).evidence, 'exact');
});

test('a figure also finds the text that prints it with 余 or 多, after the number or after 万, the unit typed only', () => {
  const texts = ['截止目前，全市共有 22.9余万人次考取职业资格证', '共开展职业技能认定 2.7万多人次，另有 22.95万人次、122.9余万人次'];
  assert.deepEqual(widenRounded(parseQuery('22.9万', lex, seg), texts).added, ['22.9余万']);
  assert.deepEqual(widenRounded(parseQuery('22.9万人次', lex, seg), texts).added, ['22.9余万人次']);
  assert.deepEqual(widenRounded(parseQuery('2.7万人次', lex, seg), texts).added, ['2.7万多人次']);
  assert.deepEqual(widenRounded(parseQuery('22.9万元', lex, seg), texts).added, [], 'another unit: not the same figure');
  assert.deepEqual(widenRounded(parseQuery('3400次', lex, seg), ['开展服务3400余次']).added, ['3400余次']);
  assert.ok(parseQuery('22.9万', lex, seg).queries.loose.includes('22.9'), 'the number is looked up alone, where the qualifier splits it from its unit');
  const widened = widenRounded(parseQuery('22.9万人次', lex, seg), texts);
  const page = prepareDoc(bareDoc('/p/', '技能', texts[0]!), lex);
  assert.equal(scoreDoc(page, widened.plan).evidence, 'exact');
});

test('a figure typed in 万 finds it printed in full digits, and the other way round', () => {
  const texts = ['累计帮扶技术工人 60000 余人次，另有 160000人次', '共 6万多人次参加'];
  assert.deepEqual(widenRounded(parseQuery('6万人次', lex, seg), texts).added, ['60000 余人次', '6万多人次']);
  assert.deepEqual(widenRounded(parseQuery('60000人次', lex, seg), texts).added, ['60000 余人次', '6万多人次']);
});

test('a figure typed rounded finds the figure printed with more decimals: rounded, and a whole number also cut', () => {
  const texts = ['累计培训 2.58万人次，另有 2.54万人次、2.65万人次、2.6万元，资金 2568.85万元'];
  assert.deepEqual(widenRounded(parseQuery('2.6万人次', lex, seg), texts).added, ['2.58万人次']);
  assert.deepEqual(widenRounded(parseQuery('2569万元', lex, seg), texts).added, ['2568.85万元'], 'rounded');
  assert.deepEqual(widenRounded(parseQuery('2568万元', lex, seg), texts).added, ['2568.85万元'], 'cut');
  assert.deepEqual(widenRounded(parseQuery('2570万元', lex, seg), texts).added, []);
  assert.deepEqual(widenRounded(parseQuery('3万人次', lex, seg), texts).added, [], 'a whole number under three digits is not widened');
  assert.deepEqual(parseQuery('2.6万人次', lex, seg).queries.loose, ['2.6', '2.5']);
  assert.deepEqual(widenRounded(parseQuery('1.6万人次', lex, seg), ['培训 16059人次，另有 16600人次']).added, ['16059人次'], 'in another spelling too');
});

test('about a figure (多, 余): the numbers with its leading digits and as many digits, in Chinese numerals too', () => {
  assert.equal(digitForm('一万六千多人次'), '16000多人次');
  assert.equal(digitForm('两千五百六十八万'), '2568万', 'a longer numeral ending in 万 is a number without a unit');
  assert.equal(digitForm('千万'), undefined, '千万 is a word');
  const plan = parseQuery('一万六千多人次', lex, seg);
  assert.deepEqual(plan.terms.map((t) => t.rounded), [{ number: '16000', unit: '人次', decimals: true, approx: true }]);
  assert.ok(plan.queries.loose.includes('16'), 'its leading digits are looked for as the start of a number');
  const texts = ['培训 16059人次，另有 160590人次、17000人次、1.6万人次和 16059人'];
  assert.deepEqual(widenRounded(plan, texts).added, ['1.6万人次', '16059人次']);
});

test('a figure copied with thousands separators is one number; a list of numbers is not joined', () => {
  assert.deepEqual(parseQuery('4,503人', lex, seg).terms.map((t) => t.text), ['4503人']);
  assert.deepEqual(parseQuery('１２，５００元', lex, seg).terms.map((t) => t.text), ['12500元']);
  assert.deepEqual(parseQuery('2021,2022', lex, seg).terms.map((t) => t.text), ['2021', '2022']);
});

test('a number is also searched as the texts write it with 万 and 亿, and back', () => {
  assert.deepEqual(numberForms('39200'), ['3.92万']);
  assert.deepEqual(numberForms('150000000'), ['15000万', '1.5亿']);
  assert.deepEqual(numberForms('1.5万'), ['15000']);
  assert.deepEqual(numberForms('4503'), [], 'below 10000 there is no 万 form');
  assert.deepEqual(numberForms('12345'), ['1.2345万']);
  assert.deepEqual(numberForms('12345.6'), [], 'five decimals: not how a text writes it');
  assert.deepEqual(numberForms('技能'), []);
  const p = parseQuery('39200', lex, seg);
  assert.deepEqual(p.terms[0]!.forms, ['39200', '3.92万']);
  const ds = [bareDoc('wan', '台州', '新增高技能人才 3.92 万人。'), bareDoc('other', '某地', '共 139200 人，13.92万元。')];
  assert.deepEqual(rank(ds.map((x) => prepareDoc(x, lex)), p).map((r) => r.doc.id), ['wan']);
});

test('figures in a query stay whole, in digits too: 一亿元 → 1亿元, 百分之九十八 → 98%, 第三期 → 第3期, 1.3万元 ↔ 13000元', () => {
  assert.equal(chineseNumber('九十八'), 98);
  assert.equal(chineseNumber('十二万三千'), 123000);
  assert.equal(chineseNumber('一千零五'), 1005);
  assert.equal(chineseNumber('二〇二五'), 2025);
  assert.equal(digitForm('一是'), undefined, 'a numeral that counts nothing stays');
  assert.equal(digitForm('五个帮'), undefined);
  assert.equal(digitForm('十四五'), undefined);
  const terms = (q: string) => parseQuery(q, lex, seg).terms.map((t) => [t.text, t.forms]);
  assert.deepEqual(terms('一亿元信贷资金')[0], ['一亿元', ['一亿元', '1亿元', '100000000元', '10000万元']]);
  assert.deepEqual(terms('百分之九十八'), [['百分之九十八', ['百分之九十八', '98%']]]);
  assert.deepEqual(terms('第三期').at(-1), ['第三期', ['第三期', '第3期']]);
  assert.deepEqual(terms('1.3万元'), [['1.3万元', ['1.3万元', '13000元']]]);
  // A figure has no pieces; its number is looked up alone (the last resort, when nothing has the figure), for a text
  // that prints 1.3余万元, and widenRounded then wants the unit; so is the number below it, for 1.26万元.
  assert.deepEqual(parseQuery('1.3万元', lex, seg).queries.loose, ['1.3', '1.2']);
  const ds = [bareDoc('qt', '青田', '低保标准提高到 13000 元/年。'), bareDoc('other', '某地', '补助 1.3 万人。')];
  assert.deepEqual(rank(ds.map((x) => prepareDoc(x, lex)), parseQuery('1.3万元', lex, seg)).map((r) => r.doc.id), ['qt']);
});

test('Chinese decimals are read as figures: 四点六亿元 → 4.6亿元, 三点五亿股 → 3.5亿股, 百分之四点五 → 4.5%', () => {
  assert.equal(chineseNumber('四点六'), 4.6);
  assert.equal(chineseNumber('零点二五'), 0.25);
  assert.equal(chineseNumber('十二点五'), 12.5);
  assert.equal(chineseNumber('三点五亿'), 350000000);
  assert.equal(chineseNumber('点五'), undefined);
  assert.equal(chineseNumber('四点'), undefined);
  assert.equal(chineseNumber('四点十'), undefined, 'decimals are digits one by one');
  assert.equal(digitForm('四点六亿元'), '4.6亿元');
  assert.equal(digitForm('三点五亿股'), '3.5亿股');
  assert.equal(digitForm('百分之四点五'), '4.5%');
  assert.equal(digitForm('重点人群'), undefined, '点 of a word is no decimal point');
  assert.equal(digitForm('三点一线'), undefined, 'a numeral that counts nothing stays');
  const terms = (q: string) => parseQuery(q, lex, seg).terms.map((t) => [t.text, t.forms]);
  assert.deepEqual(terms('四点六亿元'), [['四点六亿元', ['四点六亿元', '4.6亿元', '460000000元', '46000万元']]]);
  assert.deepEqual(terms('三点五亿股')[0]![1], ['三点五亿股', '3.5亿股', '350000000股', '35000万股']);
  assert.deepEqual(terms('3.5亿股'), [['3.5亿股', ['3.5亿股', '350000000股', '35000万股']]]);
  const ds = [bareDoc('edu', '天台', '累计投入 4.6 亿元，迁建学校 4 所。'), bareDoc('other', '某地', '投入 0.6 亿元，6 亿元。')];
  assert.deepEqual(rank(ds.map((x) => prepareDoc(x, lex)), parseQuery('四点六亿元', lex, seg)).map((r) => r.doc.id), ['edu']);
});

test('a word of Latin letters and digits (O2O, 5G, MP4) is one word, not a letter and a number found everywhere', () => {
  assert.deepEqual(numberParts('o2o'), [{ text: 'o2o', number: false }]);
  assert.deepEqual(numberParts('5g网络'), [{ text: '5g网络', number: false }]);
  assert.deepEqual(numberParts('4503人'), [{ text: '4503人', number: true }], 'a figure with its unit is still one');
  const terms = (q: string) => parseQuery(q, lex, intlSegmenter).terms.map((t) => t.text);
  assert.deepEqual(terms('O2O'), ['o2o']);
  assert.deepEqual(terms('5G'), ['5g']);
  assert.deepEqual(terms('玉环 5G'), ['玉环', '5g']);
  // A page that prints 2 and an o somewhere does not have O2O.
  const ds = [bareDoc('p', '某地', '推进 2 个项目，open 平台。')];
  assert.deepEqual(rank(ds.map((x) => prepareDoc(x, lex)), parseQuery('O2O', lex, intlSegmenter)), []);
});

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

test('a spoken figure with 平方米, 公里, 套 or 笔 is a figure, in digits as the texts print it', () => {
  assert.deepEqual(numberParts('孵化面积十万平方米'), [{ text: '孵化面积', number: false }, { text: '十万平方米', number: true }]);
  assert.equal(digitForm('十万平方米'), '10万平方米');
  assert.equal(digitForm('四百二十平方米'), '420平方米');
  assert.equal(digitForm('两套'), '2套');
  assert.equal(digitForm('五个帮'), undefined);
});
