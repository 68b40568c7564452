// 您是不是要找 offers (src/lib/search/suggest.ts): what counts as a name a text quotes, what of a query may be a typo,
// and the word it stands for: a name one character away, or a word of the texts (nearInTexts, in the texts textsNear
// loads); a character glued to a word is no typo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectNames, gluedInQuery, gluedToWord, meantAsTyped, nameTypoCandidates, nearInTexts, nearWords, quotedNames, textsNear, typoCandidates, wordReplaced } from '../../../src/lib/search/suggest.ts';
import { squash } from '../../../src/lib/search/normalize.ts';
import { isOneWord, parseQuery } from '../../../src/lib/search/query.ts';
import { real } from '../../support/search-docs.ts';

const phrases = (q: string) => parseQuery(q, real).phrases;

test('a quoted name is two to eight characters: a quoted slogan or sentence is not offered as a name', () => {
  assert.deepEqual(quotedNames('实施“扩中”“提低”行动，推广“共富工坊”，奋力打造“高质量发展建设共同富裕示范区”'), ['扩中', '提低', '共富工坊']);
});

test('typoCandidates: terms that are no word in themselves, then parts typed whole made of words (共富工房); not figures or names', () => {
  const plan = (q: string) => parseQuery(q, real);
  assert.deepEqual(typoCandidates(plan('玉还 技术工人')), ['玉还']);
  assert.deepEqual(typoCandidates(plan('玉还 技术工人'), ['技术工人']), []);
  assert.deepEqual(typoCandidates(plan('共富工房')), ['共富工房']);
  assert.deepEqual(typoCandidates(plan('技术工人 3.92万人')), []);
});

test('nameTypoCandidates: the parts typed with the term in them, then the term (黄严技工, 黄严)', () => {
  const plan = parseQuery('黄严技工', real);
  const piece = plan.terms.find((t) => t.text === '黄严')!;
  assert.deepEqual(nameTypoCandidates(plan, piece), ['黄严技工', '黄严']);
});

test('textsNear: the pages with most two-character pieces of the typos, then those found, up to the cap; a page that fails to load is left out', async () => {
  type R = { id: string };
  const pages: Record<string, string> = { a: '低收入农户', b: '低收入家庭', c: '收入分配', d: '技能津贴', e: '高校毕业生' };
  // 低收 finds a and b, 收人 none, 收入-like pieces nothing else: a and b have one piece each; c none.
  const byPiece: Record<string, string[]> = { 低收: ['a', 'b'], 收人: [], 技能: ['d'], 能津: ['d'], 津帖: [] };
  const queried: string[] = [];
  const search = async (q: string) => {
    queried.push(q);
    return { results: (byPiece[q] ?? []).map((id) => ({ id })) };
  };
  const load = async (r: R) => {
    if (r.id === 'b') throw new Error('fragment failed');
    return { title: r.id, prose: pages[r.id]! };
  };
  const texts = await textsNear(['低收人', '技能津帖'], [{ id: 'e' }], search, load, 24);
  assert.deepEqual(queried.sort(), ['低收', '技能', '收人', '津帖', '能津']);
  // d has two pieces, a one; b failed to load; e was found already and comes last.
  assert.deepEqual(texts, ['d|技能津贴', 'a|低收入农户', 'e|高校毕业生']);
  // At most max − found/2 pages beyond those found are loaded.
  const capped = await textsNear(['低收人', '技能津帖'], [{ id: 'e' }, { id: 'c' }], search, load, 2);
  assert.deepEqual(capped, ['d|技能津贴', 'e|高校毕业生', 'c|收入分配']);
});

test('a term typed whole is a typo of the name one character away (工匠代 → 工匠贷); a piece cut from a longer part is a word and its neighbour', () => {
  assert.equal(gluedInQuery('工匠代', '工匠贷', phrases('工匠代')), false);
  assert.equal(gluedInQuery('工匠代', '工匠贷', phrases('黄岩 工匠代')), false);
  assert.equal(gluedInQuery('让工人', '打工人', phrases('有没有让工人持股的做法')), true);
  assert.equal(gluedInQuery('农民变', '农民工', phrases('农民变股民')), true);
});

test('a word the texts print is no typo of another word: 人均收入 is not searched as 人员收入; 安家补帖 still is 安家补贴', async () => {
  const { nearInTexts } = await import('../../../src/lib/search/suggest.ts');
  const texts = ['规上企业技术工人年平均工资上涨，人均年工资性收入增长约1万元，人均每年分红增收4万元左右', '提高科研人员收入', '给予1万元安家补贴'];
  assert.deepEqual(nearInTexts('人均收入', texts), []);
  assert.deepEqual(nearInTexts('安家补帖', texts), ['安家补贴']);
});

test('of two names one character from a typo, the one the texts quote more is offered first (工匠代 → 工匠贷, not 工匠班)', () => {
  const huangyan = '开设“工匠班”。“工匠贷”做法得到肯定。推出“工匠贷”为技工提供金融服务。“工匠贷”贴息。';
  const names = collectNames([huangyan, '评选“企业工匠”。']);
  assert.deepEqual(nearWords('工匠代', names), ['工匠贷', '工匠班']);
  // Pages still come first: a name on two pages before one quoted often on one.
  assert.deepEqual(collectNames(['“甲乙”“甲乙”“甲乙”', '“丙丁”', '“丙丁”']).slice(0, 2), ['丙丁', '甲乙']);
});

test('a typo one character from a word the texts use, which no list of names holds, finds that word in the texts', () => {
  const texts = [
    '一级发放200元/月技能津贴，二级发放300元/月技能津贴。分别享受一次性技能津贴1900元。',
    '低收入农户从2013年的42654户减少到6537户，低收入农户人均可支配收入11658元。共引育高校毕业生7155名。',
    '带动62户低收入农户每户年增收，增收人数。',
  ].map((t) => squash(t, true).text);
  assert.equal(nearInTexts('技能津帖', texts)[0], '技能津贴');
  assert.equal(nearInTexts('低收人', texts)[0], '低收入');
  assert.equal(nearInTexts('低收人农户', texts)[0], '低收入农户');
  assert.equal(nearInTexts('高校必业生', texts)[0], '高校毕业生');
  // Not across a clause break, not where a digit differs, and not for two characters (津帖: any 津X would do).
  assert.deepEqual(nearInTexts('津贴二', texts), []);
  assert.deepEqual(nearInTexts('200元', texts), []);
  assert.deepEqual(nearInTexts('津帖', texts), []);
  // A term that is a word and a character (才能涨: 才能|涨) is no typo of a string no more a word (才能的), nor 号文件 of 室文件.
  const prose = ['技术工人工资怎么才能的问题。', '见2022年14室文件。'].map((t) => squash(t, true).text);
  assert.deepEqual(nearInTexts('才能涨', prose), []);
  assert.deepEqual(nearInTexts('号文件', prose), []);
  // The word as typed is no typo of itself.
  assert.ok(!nearInTexts('技能津贴', texts).includes('技能津贴'));
});

test('a typo that is itself a word (安家补帖: 补帖 for 补贴) is offered the word of the texts', () => {
  const texts = ['给予安家补贴共计 1000万元|安家补贴的发放'];
  assert.deepEqual(nearInTexts('安家补帖', texts), ['安家补贴']);
  // Not a character of its own: 才能涨 is no typo of 才能的; nor a short term (温州市 is no typo of 温岭市).
  assert.deepEqual(nearInTexts('才能涨', ['提升才能的']), []);
  assert.deepEqual(nearInTexts('温州市', ['温岭市就业']), []);
});

test('a character glued to a whole word is no typo (让工人 is not 打工人, 农民变 not 农民工); a typo inside a word still is', () => {
  assert.equal(gluedToWord('让工人', '打工人'), true);
  assert.equal(gluedToWord('农民变', '农民工'), true);
  for (const [typo, word] of [['金兰领', '金蓝领'], ['低收人', '低收入'], ['共富工房', '共富工坊'], ['山海协做', '山海协作'], ['技能津帖', '技能津贴'], ['高校必业生', '高校毕业生'], ['玉还', '玉环']]) {
    assert.equal(gluedToWord(typo!, word!), false, `${typo} → ${word}`);
  }
});

test('did you mean: quoted names of the texts, and the words one character away from a mistyped term', () => {
  assert.deepEqual(quotedNames('探索“政校企”联动，实现“技能”变“资金”，深化“金蓝领”行动，“AI工会·爱玉环”，“1+X”'), ['政校企', '技能', '资金', '金蓝领', 'ai工会爱玉环']);
  assert.deepEqual(collectNames(['“金蓝领”和“政校企”', '“政校企”', '“政校企”再提“政校企”']), ['政校企', '金蓝领']);
  assert.deepEqual(collectNames(['“甲乙”“丙丁”“戊己”'], 2), ['丙丁', '戊己']);
  assert.deepEqual(nearWords('政效企', ['政校企', '政企', '政校企业', '效企政']), ['政校企']);
  assert.deepEqual(nearWords('金兰领', ['金蓝领', '蓝领']), ['金蓝领']);
  assert.deepEqual(nearWords('玉还', ['玉环', '玉环市', '温岭']), ['玉环']);
  assert.deepEqual(nearWords('玉', ['王']), [], 'one character is no word to correct');
  assert.equal(isOneWord('温州'), true, 'a word of its own is not mistyped');
  assert.equal(isOneWord('玉还'), false);
});

test('wordReplaced: the reader\'s whole word that a name one character away turns into another (医生 of 乡村医生 → 乡村学生); none in a typo with a character on its own', () => {
  assert.equal(wordReplaced('乡村医生', '乡村学生'), '医生');
  assert.equal(wordReplaced('农村医生', '农村学生'), '医生');
  assert.equal(wordReplaced('农村教师', '乡村教师'), '农村');
  // A wrong homophone can be a word too; meantAsTyped asks the site.
  assert.equal(wordReplaced('山海写作', '山海协作'), '写作');
  for (const [typo, name] of [['黄严', '黄岩'], ['新就业型态', '新就业形态'], ['共富工房', '共富工坊'], ['金兰领', '金蓝领'], ['工匠代', '工匠贷'], ['低收人农户', '低收入农户'], ['玉还', '玉环']]) {
    assert.equal(wordReplaced(typo!, name!), undefined, `${typo} → ${name}`);
  }
});

test('meantAsTyped: words the reader typed that the site prints as often as the name are no typo (乡村医生 is not 乡村学生); a word printed nowhere is', async () => {
  // As on the seed site: 医生 on two plans (家庭医生), 乡村学生 on 天台's practice; 写作, 公人, 求助 nowhere.
  const pages: Record<string, number> = { 医生: 2, 乡村学生: 1, 农村学生: 1, 写作: 0, 山海协作: 2, 公人: 0, 技术工人: 11, 求助: 0, 社会救助: 4, 考生: 0, 岩: 3 };
  const count = (w: string) => pages[w] ?? 0;
  assert.equal(await meantAsTyped('乡村医生', '乡村学生', count), true);
  assert.equal(await meantAsTyped('农村医生', '农村学生', count), true);
  for (const [typo, name] of [['山海写作', '山海协作'], ['技术公人', '技术工人'], ['社会求助', '社会救助'], ['黄严', '黄岩'], ['新就业型态', '新就业形态']]) {
    assert.equal(await meantAsTyped(typo!, name!, count), false, `${typo} → ${name}`);
  }
  // A word the site prints less often than the name it is one character from is taken for the slip.
  assert.equal(await meantAsTyped('乡村医生', '乡村学生', (w) => (w === '医生' ? 1 : 5)), false);
  // Pages are counted only for a whole word the name replaces.
  const asked: string[] = [];
  await meantAsTyped('黄严', '黄岩', (w) => (asked.push(w), 1));
  assert.deepEqual(asked, []);
});
