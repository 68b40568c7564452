/**
 * Turns what a reader typed into what to search for and what to rank by.
 *
 * Officials type questions (怎么提高技术工人收入), short county names (玉环), other names for a target group
 * (产业工人), numbers with units (5000元) and fragments that cross a word boundary (术工). Pagefind ANDs every
 * piece of a query, so a single word that occurs nowhere (怎么) empties the result list; this module therefore
 * produces a *plan*: the exact phrases and terms the ranker scores, and Pagefind queries to run in order, from the
 * literal query to looser fallbacks.
 */
import { cleanQuery, squashText } from './normalize.ts';
import type { DictionaryEntry, Lexicon } from './dictionary.ts';
import { segmentWords } from './segment.ts';
import { aboutFigures, cohortForms, counterForms, digitForm, numberForms, numberParts, spelledOut } from './figures.ts';

/**
 * Words that carry the question, not its subject. They are dropped from the terms (but the literal query is still
 * searched, so a page that contains them verbatim is found). Longer forms first.
 */
const FILLER_WORDS = [
  '有什么好办法', '有什么办法', '什么好办法', '好办法', '好做法',
  // The way asked for (低收入农户增收的办法): the texts print 办法 only in the names of regulations (管理办法), never
  // after 的, so 办法 would rank the plans, which name the most regulations, above the practice of 增收.
  '的办法',
  '有哪些', '有什么', '有没有', '怎么样', '怎么办', '为什么', '如何做', '怎么做', '是不是', '能不能', '多少',
  '哪些地方', '什么地方', '哪个地方', '哪些地区',
  // Which county or district did it (哪个县是通过…, 哪些区县给技工发补贴): the place is what is asked, not a word to find.
  '哪个县市区', '哪些县市区', '哪个县市', '哪些县市', '哪个区县', '哪些区县', '哪个县区', '哪些县区',
  '哪个县', '哪些县', '哪个区', '哪些区', '哪个市', '哪些市',
  '怎么', '怎样', '如何', '什么', '哪些', '哪里', '哪个', '是否', '能否', '可以', '请问', '关于', '相关',
  '效果怎么样', '效果如何', '成效如何', '结果如何', '效果怎样', '成效怎样', '搞了', '做了', '在搞', '搞过', '在做', '做过',
  '提高', '我想', '想要', '需要', '一下', '方面', '情况', '问题',
  // Who asks and what for (我是县人社局的，想了解…), and what a comparison is asked with (温岭和玉环对比, 青田vs台州).
  '是什么意思', '什么意思', '有什么不同', '有何不同', '有什么区别', '想了解', '了解', '我们', '我是', '具体', '其他',
  // Asking what a name means (什么是助共体, 飞柜是什么, 啥叫和盈模式): 是 would stick to the name (是助共体), found nowhere.
  '什么是', '是什么', '什么叫', '叫什么', '啥是', '是啥', '啥叫',
  '对比', '比较', '相比', '区别', 'vs',
  // Verbs of the question, not its subject: 帮助 (怎样帮助低收入农户就业), getting a sum (拿到技师职称奖励多少钱).
  '帮助', '拿到', '能拿', '能领', '领到',
  // What an official asks for, not what about (想学习别的地方…增收的经验, 有哪些可以借鉴的做法): the texts print these
  // words everywhere (经验交流, 学习借鉴, 地方经济), so they would rank pages by how often they say them.
  '学习借鉴', '借鉴', '学习', '经验', '别的地方', '其他地方', '其它地方',
  '的', '吗', '呢', '吧', '啊', '谁',
  // 是 as a question puts it (玉环是怎么做的, 谁是技术工人, 哪个县是通过…): it would stick to the name before or after it
  // (玉环是, 是通过), found nowhere. The words the texts print with it (一是, 但是, 还是) are no subject to search for.
  '是',
  // 了 after a verb, as a question is spoken (失业了怎么找工作, 村里没钱了): 失业了 is found nowhere, 失业 is. 了解 is a
  // longer filler; after a single character 了 stays (see piecesOf).
  '了',
  // The hesitations of a query spoken to a phone (呃那个股权激励的事, 嗯玉环的技术工人): none is a word the texts print.
  // 的事 (the matter of) only ends a query; inside one it begins a word (的事业).
  '呃', '嗯', '哦', '噢', '诶', '欸', '嘛', '那个', '这个', '就是', '然后', '的事情', '的事儿', '的事',
  // What the asker wants or should do, and where they ask from (县里想搞共富工坊应该怎么做, 想跟发达地区结对): the
  // texts print none of 应该, 应当, 搞, 县里, 市里, and 想 only in words (思想, 梦想; see fillerAt); left in, they were
  // glued to the subject into four-character terms found nowhere (县里想搞, 工坊应该). 村里 stays: the texts print it.
  '应该', '应当', '搞', '县里', '市里', '想',
  // How many of what (温岭新增就业多少人, 补贴多少钱): the unit asked in is part of the question; left behind, a lone 人
  // or 钱 was a character typed that no term holds, and the status said only some words matched. Not 多少人才 (see
  // fillerAt), where 人 begins a word.
  '多少钱', '多少人次', '多少人', '多少元', '多少户', '多少个', '多少家', '多少万',
  // How many, said with a counter (温岭有几个共富工坊, 建了几家): left in, 有几个 was a term found nowhere. Not after 好
  // (好几个村: several villages, see fillerAt).
  '有几个', '有几家', '几个', '几家', '几户', '几名', '几位',
] as const;
const FILLERS = [...FILLER_WORDS].sort((a, b) => b.length - a.length);
/** A filler in Latin letters (vs) is one only as a word of its own, not inside one (cvs). */
const LATIN = /[a-z]/;
/**
 * A place asked for (哪个市, 哪些区) is no filler when its last character begins a word with the next one: 哪个市场主体,
 * 哪些区域, 哪个县城.
 */
const PLACE_WORD = /^(?:市[场民级委]|区[域级]|县[城域级委])/u;
/** 想 is a word of the texts after these characters (思想, 梦想, 理想, 设想, 构想, 联想) and before these (想法, 想象). */
const IN_WORD_BEFORE_XIANG = /[思梦理设构联感幻猜回畅空妄遐着]/u;
const IN_WORD_AFTER_XIANG = /[法象]/u;
/**
 * A superlative (最高, 最多, 最好, 最快, 最有效): what a question asks for (哪个地方技术工人工资最高), which no page can
 * be ranked by. Read as a filler where it ends the question or comes before another filler (工资最高的地方, 补贴最多是
 * 哪里): glued to the word before it (工资最高), it was a term found nowhere. Before a word it is a word of the texts
 * (最低工资标准, 最多跑一次, 最佳实践), and 最低生活保障 is a synonym's name, matched before any filler.
 */
const SUPERLATIVE = /^最(?:有效|成功|突出|有名|出名|厉害|先进|明显|显著|便宜|划算|[高低多少好快大小强早贵佳])/u;
function superlativeAt(run: string, i: number): string | undefined {
  const m = SUPERLATIVE.exec(run.slice(i))?.[0];
  if (!m) return undefined;
  const end = i + m.length;
  return end === run.length || fillerAt(run, end) ? m : undefined;
}
/**
 * A word that asks for a figure of what precedes it (三门低保对象人数: how many; 天台低收入农户收入增长多少: by how much;
 * 技术工人比例, which the texts print 占比 or 比重): the question, not a word the page must print, where it ends the
 * question or comes before another filler, after a subject. Left as a term, it was found on no page about the subject
 * (the texts print 低保对象226人, not 低保对象人数), and the status said only some words matched. The literal query is
 * still a phrase, so a page that prints the words together (参保人数) ranks first. Alone, or before a word (人数较多,
 * 比例分配), it is the reader's subject. A change (增长, 增加, 减少) is asked only before 多少 or the like (收入增长多少);
 * at the end (农民收入增长) it is the subject the texts print.
 */
const FIGURE_ASKED = /^(?:人数|人次数|户数|数量|比例|比重|增幅|增速|涨幅|降幅|增长率|(增长|增加|减少|下降|提高))/u;
function figureAskedAt(run: string, i: number): string | undefined {
  const m = i > 0 ? FIGURE_ASKED.exec(run.slice(i)) : null;
  if (!m) return undefined;
  const end = i + m[0].length;
  if (end === run.length) return m[1] ? undefined : m[0];
  return fillerAt(run, end) ? m[0] : undefined;
}
const fillerAt = (run: string, i: number): string | undefined =>
  superlativeAt(run, i) ??
  figureAskedAt(run, i) ??
  FILLERS.find(
    (f) =>
      run.startsWith(f, i) &&
      !(LATIN.test(f[0]!) && (LATIN.test(run[i - 1] ?? '') || LATIN.test(run[i + f.length] ?? ''))) &&
      !(/^哪[个些]/u.test(f) && PLACE_WORD.test(run.slice(i + f.length - 1))) &&
      !(f === '的事' && i + f.length < run.length) &&
      !(f.startsWith('几') && run[i - 1] === '好') &&
      !(/^多少[人个家万]$/u.test(f) && /[才员口群数]/u.test(run[i + f.length] ?? '')) &&
      !(f === '想' && (IN_WORD_BEFORE_XIANG.test(run[i - 1] ?? '') || IN_WORD_AFTER_XIANG.test(run[i + 1] ?? ''))),
  );

/** A term the ranker looks for, with the other forms that count as the same thing. */
export interface QueryTerm {
  /** Squashed text as typed (after filler removal), e.g. 产业工人. */
  text: string;
  /** Squashed forms that count fully: the text and, for a taxonomy term, its canonical name. */
  forms: string[];
  /** Squashed aliases of a taxonomy term that count partly (another name for the same group). */
  related: string[];
  /** The taxonomy value the term names, if any. */
  entry?: DictionaryEntry | undefined;
  /** A figure (1.3万元, 一亿元): matched whole in its forms, never by pieces. */
  figure?: boolean | undefined;
  /**
   * A figure in digits, which the texts may print otherwise: with a qualifier the reader left out (22.9万 printed
   * 22.9余万人次, 2.7万 printed 2.7万多人次) and, for a whole number of three digits or more (`decimals`), with
   * decimals (2568万元 printed 2568.85万元). Its number and what follows it, for {@link widenRounded}.
   */
  rounded?: { number: string; unit: string; decimals: boolean; approx?: boolean | undefined } | undefined;
  /**
   * A document number (发文字号) typed with its year and number in brackets (〔2022〕5号, [2022]5号, (2022)5号): its year
   * and number, which the index holds as separate words. The term's text is the squashed form (20225号), as a page's
   * squashed text prints it.
   */
  docNumber?: { year: string; number: string } | undefined;
  /**
   * A model named by a formula (“2+N”校地合作模式, “1+1+N”, “1+X”飞柜): its squashed text (2n, 11n, 1x), found whole, and
   * its parts, which the index holds as words of their own.
   */
  formula?: string[] | undefined;
  /**
   * A piece of the segmentation rather than a word the reader typed: single characters joined again (考了, 能高 in
   * 考了技师证工资能高多少), free text between dictionary words that is not one word (镇给, 发贷款 in 哪个镇给技工发贷款),
   * or a word after a character that was left out (运会 in 杭州亚运会, which the segmenter cuts 亚|运会). Searched and
   * ranked like any term, but not named to the reader.
   */
  fragment?: boolean | undefined;
  /**
   * The issuer's code before a document number (台政办发 in 台政办发〔2021〕20号): it names one document, so its pieces
   * (政办, 办发, in every other issuer's code) are neither searched nor counted as a near match.
   */
  issuer?: boolean | undefined;
  /**
   * For a free term that the segmenter splits into words of two characters or more (技能评价 → 技能, 评价), or a
   * reader's name for a search synonym (工资 of 涨工资, see typedWords), or a target group's other name made of words
   * (农村 and 孩子 of 农村孩子, see aliasWords): those words. A page with all of them, though not side by side, matches the
   * term less well than one with the term.
   */
  words?: string[] | undefined;
  /**
   * For {@link words}: each word's forms, the word first, then the names of the search synonym it is (孩子: 子女, 儿童):
   * a page has the word when it prints one of them. Absent when each word counts only as itself.
   */
  wordForms?: string[][] | undefined;
}

export interface QueryPlan {
  /** The cleaned query (NFKC, collapsed spaces), for display and for the URL. */
  text: string;
  /** Squashed phrases that should match exactly: each space-separated part, and the parts without filler words. */
  phrases: string[];
  /**
   * Two terms side by side as typed, in a run of three terms or more (技师职称 in 拿到技师职称奖励多少钱): a page that
   * has them together ranks above one that has each somewhere.
   */
  pairs: string[];
  terms: QueryTerm[];
  /**
   * Pagefind queries, in priority order (candidates from earlier queries are ranked first when there are more
   * than can be ranked). `exact`: each part in quotes, Pagefind's exact-phrase search. `primary`: the literal
   * query, the query without filler words, and with canonical names for taxonomy terms (产业工人 收入 → 技术工人
   * 收入). `singles`: each term alone, so that a word found nowhere (留住 in 如何留住高校毕业生) cannot empty the
   * list. `loose`: the character bigrams of each term (the characters of a two-character one), for when nothing
   * has a term exactly.
   */
  queries: { exact: string[]; primary: string[]; singles: string[]; loose: string[] };
  /** Some character typed is in no term (券 of 职业培训券, a lone character the terms leave out). */
  partial?: boolean | undefined;
  /**
   * The query is only words of the question (怎么办, 有什么好办法): its terms are those words themselves, and only a page
   * that prints one of them counts, not pages with pieces of them.
   */
  questionOnly?: boolean | undefined;
  /**
   * Phrases the reader put in quotes as a request for that exact wording (“技能变资金”, "和盈模式"是什么), squashed: see
   * {@link quotedPhrases}. A page that prints one is listed before those that do not, and the status says when none does.
   */
  quoted?: string[] | undefined;
}

/** A part of a query in quotes: “…”, "…" (also ＂…＂ after NFKC), 「…」 or 『…』. */
const QUOTED = /“([^“”]+)”|"([^"]+)"|「([^「」]+)」|『([^『』]+)』/gu;
/** Marks a quoted part while a query is split at its spaces (see quotedPhrases). */
const QUOTE_MARK = '\uE001';
const QUOTE_MARKED = new RegExp(`${QUOTE_MARK}(\\d+)${QUOTE_MARK}`, 'gu');

/** Whether `text` (squashed) is only filler words, or nothing. */
function onlyFillers(text: string): boolean {
  for (let i = 0; i < text.length; ) {
    const f = fillerAt(text, i);
    if (!f) return false;
    i += f.length;
  }
  return true;
}

/**
 * The phrases of `text` (NFKC) that the reader put in quotes to ask for that exact wording, squashed, of two characters
 * or more: a quoted part that stands alone, with at most words of the question beside it in its part of the query
 * (“技能变资金”, "和盈模式"是什么, 什么是“助共体”, 玉环 “技能变资金”). Quotes inside a sentence pasted from a text (变“人找政策”为
 * “政策找人”, 聚焦“扩中”“提低”改革) are the text's own: words stand beside them, and the sentence is what is sought.
 */
export function quotedPhrases(text: string): string[] {
  // Each quoted part is marked first, so that a space inside the quotes (“技能 变资金”) does not split it.
  const inside: string[] = [];
  const marked = text.replace(QUOTED, (_all: string, ...groups: (string | undefined)[]) => {
    inside.push(squashText(groups.slice(0, 4).find((g) => g !== undefined) ?? ''));
    return `${QUOTE_MARK}${inside.length - 1}${QUOTE_MARK}`;
  });
  const out: string[] = [];
  for (const part of marked.split(/\s+/u)) {
    const ids = [...part.matchAll(QUOTE_MARKED)].map((m) => Number(m[1]));
    // split with a capturing group gives the text between the marks at even places, the ids at odd ones.
    if (!ids.length || !part.split(QUOTE_MARKED).every((r, i) => i % 2 === 1 || onlyFillers(squashText(r)))) continue;
    for (const q of ids.map((id) => inside[id]!)) if (Array.from(q).length >= 2 && !out.includes(q)) out.push(q);
  }
  return out;
}

export type Segmenter = (text: string) => string[];

/**
 * Word segmentation as the index has it (src/lib/search/segment.ts: the platform's `Intl.Segmenter`, ICU dictionary for
 * Chinese, with its cuts of a few policy compounds corrected); characters if the platform has no segmenter.
 */
export const intlSegmenter: Segmenter = (() => {
  const Seg = (globalThis.Intl as { Segmenter?: typeof Intl.Segmenter } | undefined)?.Segmenter;
  if (!Seg) return (text: string) => Array.from(text);
  return (text: string) => segmentWords(text).filter((s) => s.trim());
})();

/** Whether the segmenter reads `text` (squashed) as one word: 温州 is one, 玉还 (玉|还) is not. */
export function isOneWord(text: string, segment: Segmenter = intlSegmenter): boolean {
  const words = segment(text).map(squashText).filter(Boolean);
  return words.length === 1 && words[0] === text;
}

/**
 * A document number's year and number (〔2022〕5号, and as typed on a keyboard: [2022]5号, (2022)5号, 【2022】5号),
 * after NFKC. The issuer's abbreviation before it (浙委办发) is searched as a word of its own.
 */
const DOC_NUMBER = /[〔\[(【]\s*(\d{4})\s*[〕\])】]\s*第?\s*(\d{1,5})\s*号/gu;
/**
 * A document number typed without brackets, right after the issuer's code (浙委办发2022第5号, 青委办发202214号,
 * 丽委发2021年21号): a year of this century or the last, then the number. Not a date (2022年5月).
 */
const DOC_NUMBER_BARE = /(?<=[发字])\s*((?:19|20)\d{2})\s*[年第]?\s*(\d{1,5})\s*号/gu;
/**
 * A document number said the spoken way, without the issuer's code: its year, 年, the number and 号文件 (2022年14号文件,
 * 2022年第14号文): what 号 is the number of is said by 文件, which the texts do not print beside it, so it goes too.
 */
const DOC_NUMBER_SPOKEN = /((?:19|20)\d{2})\s*年\s*第?\s*(\d{1,5})\s*号\s*(?:文件|文)/gu;
/** A formula that names a model (2+N, 1+1+N, 1+X): numbers and single letters joined by +, after NFKC. */
const FORMULA = /(?<![0-9a-z])(?:\d{1,3}|[a-z])(?:\s*\+\s*(?:\d{1,3}|[a-z]))+(?![0-9a-z])/giu;
/**
 * A date with its day, as typed (2021-12-01, 2021.9.30, 2021/9/30, 2021年9月30日), which the texts print 2021年12月1日.
 */
const DATE = /(?<![\d.])((?:19|20)\d{2})\s*(?:[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)(?![\d.])/gu;
/** Marks a part kept whole while the query is split: a private-use character, neither space nor punctuation. */
const KEEP_MARK = '\uE000';

/** Whitespace, symbols and punctuation separate parts of a query; a decimal point inside a number and % do not. */
const SPLIT = /(?:[\s\p{S}]|(?!%|(?<=\d)\.(?=\d))\p{P})+/u;

/**
 * Single characters that stand before a word as "for" or "to" (帮穷村, 给技工, 为农户), between words as "and" (工人和
 * 农民), or before a verb as "can" or "want to" (哪里能找工作, 我想找工作, 怎样才会增收). Not 让 or 把, which open a clause
 * (让技术工人持股分红 reads better word by word).
 */
const LINKING_CHARS = new Set(['帮', '给', '为', '替', '向', '和', '与', '及', '或', '跟', '能', '会', '要', '想']);

/** Parts of a squashed run: taxonomy terms, filler words (dropped) and the free text between them, with where each starts. */
type Piece = ({ kind: 'dict'; text: string; entry: DictionaryEntry } | { kind: 'free'; text: string }) & { at: number };

function piecesOf(run: string, lexicon: Lexicon): Piece[] {
  const out: Piece[] = [];
  let free = '';
  let freeAt = 0;
  const flush = () => {
    if (free) out.push({ kind: 'free', text: free, at: freeAt });
    free = '';
  };
  let i = 0;
  while (i < run.length) {
    const hit = lexicon.longestAt(run, i);
    if (hit) {
      flush();
      out.push({ kind: 'dict', text: hit.key, entry: hit.entry, at: i });
      i += hit.key.length;
      continue;
    }
    // 了 after a single character stays with it (来了 in 大学生来了, a piece of the segmentation): the character alone
    // beside a taxonomy name would read the name as part of a longer word.
    const filler = fillerAt(run, i);
    if (filler && !(filler === '了' && Array.from(free).length === 1)) {
      flush();
      i += filler.length;
      continue;
    }
    const cp = run.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (!free) freeAt = i;
    free += ch;
    i += ch.length;
  }
  flush();
  // A taxonomy name inside a longer word is not that name: 金蓝领 is not 金 + 蓝领 (技术工人), nor 县人社局 人社. When a
  // dictionary match leaves a single character of free text beside it, that match is read as free text, unless the
  // character is one that stands before or between words (帮 in 帮穷村增收, 和 in 技术工人和农民工), or the match is a
  // place with the character before it. The other names of
  // the run keep their meaning (技术工人 in 县人社局想了解技术工人…).
  const leftover = (p: Piece | undefined) => p?.kind === 'free' && Array.from(p.text).length === 1 && !LINKING_CHARS.has(p.text);
  const touch = (a: Piece | undefined, b: Piece | undefined) => !!a && !!b && a.at + a.text.length === b.at;
  // A place is a name of its own: a character before it is a verb or a preposition (选台州, 去青田, 在温岭), not part of a
  // longer word (one after it may be: 天台山).
  const place = (p: Piece) => p.kind === 'dict' && p.entry?.facet === 'region';
  const inWord = (k: number) =>
    (touch(out[k - 1], out[k]) && leftover(out[k - 1]) && !place(out[k]!)) || (touch(out[k], out[k + 1]) && leftover(out[k + 1]));
  const read = out.map((p, k): Piece => (p.kind === 'dict' && inWord(k) ? { kind: 'free', text: p.text, at: p.at } : p));
  // Free text side by side in the run (no filler word between) is one piece again.
  const joined: Piece[] = [];
  for (const p of read) {
    const last = joined[joined.length - 1];
    if (p.kind === 'free' && last?.kind === 'free' && touch(last, p)) joined[joined.length - 1] = { ...last, text: last.text + p.text };
    else joined.push(p);
  }
  return joined;
}

/** Words with each run of single characters joined into one (贴|息|贷款 → 贴息, 贷款). */
function joinSingles(words: readonly string[]): string[] {
  const out: string[] = [];
  let single = false;
  for (const w of words) {
    const one = Array.from(w).length === 1;
    if (one && single) out[out.length - 1] += w;
    else out.push(w);
    single = one;
  }
  return out;
}

/**
 * Splits free text into terms: up to four characters stay whole (助共体, 飞柜, 术工, 和盈模式 are names, and the
 * segmenter would cut them into single characters); longer text is segmented into words, consecutive single
 * characters are joined again, and a lone single character is dropped (变 in 技能变资金). Each term says whether it is
 * a {@link QueryTerm.fragment}: text the segmenter does not read as one word, joined single characters, or a word
 * right after a dropped character.
 */
function freeTerms(text: string, segment: Segmenter): { text: string; fragment: boolean }[] {
  const len = (s: string) => Array.from(s).length;
  const oneWord = (s: string) => isOneWord(s, segment);
  // A word after a character that links it to the word before (和海岛 in 山区和海岛, 与企业 in 学校与企业): the word, when
  // the text with the character is none (和盈模式 stays whole: 盈模式 is no word either).
  const [first, ...rest] = Array.from(text);
  const after = rest.join('');
  if (LINKING_CHARS.has(first!) && rest.length >= 2 && !oneWord(text) && oneWord(after)) return [{ text: after, fragment: false }];
  if (len(text) <= 4) return [{ text, fragment: !oneWord(text) }];
  const words = segment(text).map(squashText).filter(Boolean);
  const out: { text: string; fragment: boolean }[] = [];
  let singles = '';
  /** Ends a run of single characters; true when it was one character, dropped. */
  const flushSingles = () => {
    const n = len(singles);
    if (n >= 2) out.push({ text: singles, fragment: true });
    singles = '';
    return n === 1;
  };
  for (const w of words) {
    if (len(w) === 1) singles += w;
    else {
      const afterDropped = flushSingles();
      out.push({ text: w, fragment: afterDropped });
    }
  }
  flushSingles();
  return out.length ? out : [{ text, fragment: !oneWord(text) }];
}

/**
 * A department typed with its level before it (县农业农村局, 市总工会, 县医保局), as officials name it: the plans list
 * their responsible units without it (责任单位：人力社保局、农业农村局、妇联), and the segmenter cuts the name into
 * words found everywhere (县|农业|农村|局). The name without the level counts fully and is searched for. Not a word
 * that begins with the level's character (市场监管局, 县委组织部, 区域…: PLACE_WORD), which the texts print whole.
 */
const UNIT = /^[县市区](\p{Script=Han}{1,8}?(?:委员会|办公室|中心|局|委|办|部|联|会|院|行|社|署|所|团))$/u;
function unitTerm(text: string, lexicon: Lexicon): QueryTerm | undefined {
  const name = UNIT.exec(text)?.[1];
  if (!name || PLACE_WORD.test(text)) return undefined;
  // A unit by another of its names (县人社局, whose plan prints 人力社保局; 县发改委, printed 发改局): its search
  // synonym's names count fully too, the name the texts use first, so that Pagefind is asked for it.
  const entry = lexicon.get(name);
  if (entry && !entry.facet) {
    const forms = [text, squashText(entry.value), name, ...entry.aliases.map(squashText)];
    return { text, forms: [...new Set(forms)], related: [], entry };
  }
  return { text, forms: [text, name], related: [] };
}

/** How {@link termFor} reads a piece of the query. */
interface TermOptions {
  /** The dictionary entry (facet value or synonym) the text names; without one the text is a figure or a free word. */
  entry?: DictionaryEntry | undefined;
  /** Splits a free word of three or more characters into words (matched each, when every one has two or more). */
  segment?: Segmenter | undefined;
  /** A figure marked approximate by a word around it (约4500人, 4500人左右: aboutFigures). */
  about?: boolean | undefined;
  /** The dictionary, for the synonyms of a group alias's words (see aliasWords). */
  lexicon?: Lexicon | undefined;
}

/** The query term of `text`: a dictionary entry's names, a figure's written forms, or a free word (split into words). */
function termFor(text: string, { entry, segment, about = false, lexicon }: TermOptions = {}): QueryTerm {
  if (!entry) {
    const digits = digitForm(text);
    // 多 or 余 after the number or after its 万 (16000多人次, 1.6万余人): about that figure. The figure without the
    // qualifier counts too, and widenRounded takes in the figures it stands for (16059人次).
    const whole = /^(\d+(?:\.\d+)?)([多余]?)(?:([万亿]?)([多余]?)(\p{Script=Han}{0,2})|(%))?$/u.exec(digits ?? text);
    // So does 约 before it or 左右 after it (约4500人, 4500人左右), marked by aboutFigures.
    const approx = Boolean(whole && (whole[2] || whole[4] || about));
    const unit = whole ? (whole[6] ?? `${whole[3] ?? ''}${whole[5] ?? ''}`) : '';
    const core = whole ? `${whole[1]}${unit}` : (digits ?? text);
    // A small count the titles print in Chinese numerals (《…三十七条》, “五个帮”): typed in digits, found so too.
    const spelled = whole && !approx && !whole[3] && !digits ? spelledOut(whole[1]!, unit) : [];
    const written = [...(digits ? [digits] : []), ...(approx ? [core] : []), ...numberForms(core), ...spelled];
    // A count of people in any of its counters (4503名 → 4503人), in each of the forms above.
    const numbers = [...written, ...[text, ...written].flatMap((f) => counterForms(squashText(f)))];
    const decimals = Boolean(whole && /^\d{3,}$/.test(whole[1]!));
    const rounded = whole ? { rounded: { number: whole[1]!, unit, decimals, ...(approx ? { approx } : {}) } } : {};
    if (numbers.length) return { text, forms: [...new Set([text, ...numbers])], related: [], figure: true, ...rounded };
    // A figure with no other form (7155人次) is still a figure: matched whole, never by its pieces (人次 alone).
    if (whole) return { text, forms: [text], related: [], figure: true, ...rounded };
    // Single characters side by side are one word here, as freeTerms joins them: 贴息贷款 (贴|息|贷款) is 贴息 and 贷款.
    const words = segment && Array.from(text).length >= 3 ? joinSingles(segment(text).map(squashText).filter(Boolean)) : [];
    const split = words.length >= 2 && words.every((w) => Array.from(w).length >= 2);
    if (split) return { text, forms: [text], related: [], words };
    // A search synonym's name with one character beside it (上学难, 就业难: 上学|难): the name, in any of its forms, is
    // what a page about it prints (就学), though less well than the text typed. Not a facet value's name: 金蓝领 is no 蓝领.
    const named = words.length === 2 ? words.filter((w) => Array.from(w).length >= 2 && lexicon?.get(w) && !lexicon.get(w)!.facet) : [];
    if (named.length === 1 && words.some((w) => Array.from(w).length === 1)) {
      return { text, forms: [text], related: [], words: named, wordForms: named.map((w) => synonymForms(w, lexicon)) };
    }
    return { text, forms: [text], related: [] };
  }
  const canonical = squashText(entry.value);
  // A search synonym's names are the same word (电商, 电子商务); a facet value's other names are only close to it.
  const forms = [...new Set([text, canonical, ...(entry.facet ? [] : entry.aliases.map(squashText))])];
  const related = [...new Set(entry.aliases.map(squashText))].filter((a) => a.length >= 2 && !forms.includes(a));
  if (entry.facet === 'group' && entry.isAlias && segment) {
    const words = aliasWords(text, segment);
    if (words.length) return { text, forms, related, entry, words, wordForms: words.map((w) => synonymForms(w, lexicon)) };
  }
  const words = !entry.facet && entry.isAlias && segment ? typedWords(text, segment) : [];
  return { text, forms, related, entry, ...(words.length ? { words } : {}) };
}

/**
 * The words of a target group's other name as a reader types it (农村孩子: 农村, 孩子; 困难群众: 困难, 群众), when it
 * segments into two or more words of two characters or more. The name is the group's tag, which few pages carry: a
 * page that prints its words (农村 … 子女) still speaks of that group and is listed after the tagged pages, as it was
 * before the name was an alias (a longer query, 农村孩子读书, must not shrink to the pages tagged).
 */
function aliasWords(text: string, segment: Segmenter): string[] {
  const words = segment(text).map(squashText).filter(Boolean);
  return words.length >= 2 && words.every((w) => Array.from(w).length >= 2) ? words : [];
}

/** A word and, when it is a search synonym's name (孩子), the synonym's other names (子女, 小孩, 儿女, 儿童). */
function synonymForms(word: string, lexicon: Lexicon | undefined): string[] {
  const e = lexicon?.get(word);
  return e && !e.facet ? [...new Set([word, squashText(e.value), ...e.aliases.map(squashText)])] : [word];
}

/**
 * The words of a reader's name for a search synonym (涨工资 for 加薪, 欠工资 for 欠薪, 拖欠工资), which the texts may
 * print without any name of it (台州: 工资指导价位…工资正常增长机制): a page with them matches the synonym less well
 * than a page with a name of it (see QueryTerm.words; rank.ts lists it after those). Only when the name segments into
 * words of two characters or more, after at most one leading character (涨, 欠: the verb); a character left after a
 * word means the segmenter read another word (加工资: 加工|资, where 加工 is processing), and the name gets none.
 */
function typedWords(text: string, segment: Segmenter): string[] {
  const parts = segment(text).map(squashText).filter(Boolean);
  const words = Array.from(parts[0] ?? '').length === 1 ? parts.slice(1) : parts;
  if (!words.length || words.some((w) => Array.from(w).length < 2) || (words.length === 1 && words[0] === text)) return [];
  return words;
}

/**
 * Character bigrams of a longer term, or the characters of a two-character one (術工 → 术, 工). Pieces with a digit
 * or a Latin letter are left out: a piece of a number (39 of 39200) is not a piece of its meaning, nor gd of a word
 * typed in pinyin.
 */
function looseParts(term: string): string[] {
  const cps = Array.from(term);
  const out: string[] = [];
  if (cps.length <= 2) out.push(...cps);
  else for (let i = 0; i < cps.length - 1; i++) out.push(cps[i]! + cps[i + 1]!);
  return out.filter((p) => !/[\da-z]/.test(p));
}

/**
 * The search plan for `raw`. An empty or meaningless query (only punctuation, markup characters or emoji) gives a
 * plan with no terms and no queries.
 */
export function parseQuery(raw: string | null | undefined, lexicon: Lexicon, segment: Segmenter = intlSegmenter): QueryPlan {
  const text = cleanQuery(raw);
  // NFKC first, so that full-width digits and punctuation split and join as their ASCII forms (２５６８．８５). A
  // figure copied from a table keeps its thousands separators (4,503人): they join, rather than split, its digits.
  // A document number's brackets (浙委办发〔2022〕5号) would split it: each is kept as one part, marked.
  // Parts kept whole while the query is split, each one term: a document number (浙委办发〔2022〕5号, whose brackets
  // would split it), a model's formula (2+N, whose + would), a date (2021-12-01, whose dashes would). Each is marked
  // in the text, split as one part, and searched in the index as the words it holds there.
  const kept: { term: QueryTerm; indexed: string }[] = [];
  const keep = (term: QueryTerm, indexed: string) => {
    kept.push({ term, indexed });
    return ` ${KEEP_MARK}${kept.length - 1}${KEEP_MARK} `;
  };
  const docNumber = (_all: string, year: string, number: string) =>
    keep({ text: `${year}${number}号`, forms: [`${year}${number}号`], related: [], docNumber: { year, number } }, `${year} ${number}号`);
  const marked = text
    .normalize('NFKC')
    // Characters one by one with spaces between (技 术 工 人, pasted from a spaced PDF title) are one word.
    .replace(/(?<!\S)\p{Script=Han}(?:\s+\p{Script=Han}(?!\S))+/gu, (chars) => chars.replace(/\s+/gu, ''))
    .replace(/(\d),(?=\d{3}(?![\d]))/gu, '$1')
    // A sum said the spoken way: 7万5 is 7.5万, 1万2千人次 1.2万人次.
    .replace(/(?<![\d.])(\d+)万(\d)千?(?![\d.%千百])/gu, '$1.$2万')
    // 个 before 亿 as it is said (4.6个亿, 两个亿): the texts print 4.6亿.
    .replace(/(?<=[\d〇零一二两三四五六七八九十百千])个(?=亿)/gu, '')
    .replace(DOC_NUMBER, docNumber)
    .replace(DOC_NUMBER_BARE, docNumber)
    .replace(DOC_NUMBER_SPOKEN, docNumber)
    .replace(FORMULA, (all: string) => {
      const parts = all.split('+').map((x) => x.trim());
      const key = squashText(parts.join(''));
      return keep({ text: key, forms: [key], related: [], formula: parts }, parts.join(' '));
    })
    .replace(DATE, (all: string, y: string, m1?: string, d1?: string, m2?: string, d2?: string) => {
      const [month, day] = [Number(m1 ?? m2), Number(d1 ?? d2)];
      if (month < 1 || month > 12 || day < 1 || day > 31) return all;
      const key = `${y}年${month}月${day}日`;
      return keep({ text: key, forms: [key], related: [], figure: true }, `${y} 年 ${month} 月 ${day} 日`);
    });
  const keptAt = (part: string) => {
    const i = new RegExp(`^${KEEP_MARK}(\\d+)${KEEP_MARK}$`, 'u').exec(part)?.[1];
    return i === undefined ? undefined : kept[Number(i)];
  };
  const parts = marked.split(SPLIT).filter((r) => r && (keptAt(r) || squashText(r)));
  const keptTerm = new Map<string, { term: QueryTerm; indexed: string }>();
  const runs = parts.map((r) => {
    const k = keptAt(r);
    if (!k) return squashText(r);
    keptTerm.set(k.term.text, k);
    return k.term.text;
  });
  const phrases: string[] = [];
  const terms: QueryTerm[] = [];
  /** Each run without its filler words, and its terms. */
  const byRun: { stripped: string; terms: QueryTerm[] }[] = [];
  const seen = new Set<string>();
  const addTerm = (t: QueryTerm) => {
    if (seen.has(t.text)) return;
    seen.add(t.text);
    terms.push(t);
  };
  const addPhrase = (p: string) => {
    if (Array.from(p).length >= 2 && !phrases.includes(p)) phrases.push(p);
  };

  const fillerRuns: string[] = [];
  for (const run of runs) {
    addPhrase(run);
    const k = keptTerm.get(run);
    if (k) {
      addTerm(k.term);
      continue;
    }
    const pieces = piecesOf(run, lexicon);
    const stripped = pieces.map((p) => p.text).join('');
    addPhrase(stripped);
    const first = terms.length;
    for (const piece of pieces) {
      if (piece.kind === 'dict') addTerm(termFor(piece.text, { entry: piece.entry, segment, lexicon }));
      else {
        for (const part of aboutFigures(numberParts(piece.text))) {
          if (part.number) addTerm(termFor(part.text, { about: part.about }));
          // An age cohort is matched whole, never by its pieces (90 is in 90万户).
          else if (part.cohort) addTerm({ text: part.text, forms: cohortForms(part.text), related: [], figure: true });
          else {
            const unit = unitTerm(part.text, lexicon);
            if (unit) {
              addTerm(unit);
              continue;
            }
            for (const t of freeTerms(part.text, segment)) {
              const entry = lexicon.get(t.text);
              // A part typed on its own (火箭 in 技术工人 火箭) is a word the reader typed, however it segments.
              const fragment = t.fragment && !entry && t.text !== run;
              addTerm({ ...termFor(t.text, { entry, segment, lexicon }), ...(fragment ? { fragment } : {}) });
            }
          }
        }
      }
    }
    byRun.push({ stripped, terms: terms.slice(first) });
    // A run that was only filler words (怎么) still searches for itself, when the query has nothing else (not 效果怎么样
    // after 股权激励，).
    if (!pieces.length) fillerRuns.push(run);
  }
  const questionOnly = !terms.length && fillerRuns.length > 0;
  if (questionOnly) for (const run of fillerRuns) addTerm(termFor(run));
  // A single character left over between fillers (人 in 如何发现需要救助的人, 好 in 幼儿园怎么办好) would mark every 人
  // on a page: when the query has a word of two characters or more, a lone character that is not a number goes.
  // So does a lone digit beside words in Latin letters only (the 1 of alert(1), of ' OR 1=1): markup or code, whose
  // digit would list every page with a 1. Beside Chinese (5 人才) it stays.
  if (terms.some((t) => Array.from(t.text).length >= 2)) {
    const latinOnly = !terms.some((t) => /\p{Script=Han}/u.test(t.text));
    const lone = terms.filter((t) => Array.from(t.text).length < 2 && (!/\d/.test(t.text) || latinOnly));
    for (const t of lone) terms.splice(terms.indexOf(t), 1);
  }

  // Two terms of a run side by side, as typed (技师职称 in 拿到技师职称奖励多少钱), in a run of three terms or more.
  const pairs: string[] = [];
  for (const run of byRun) {
    const own = run.terms.filter((t) => terms.includes(t));
    for (let k = 0; own.length > 2 && k + 1 < own.length; k++) {
      const pair = own[k]!.text + own[k + 1]!.text;
      if (run.stripped.includes(pair) && !pairs.includes(pair)) pairs.push(pair);
    }
  }

  // The issuer's code before a document number (see QueryTerm.issuer).
  terms.forEach((t, i) => {
    if (terms[i + 1]?.docNumber && !t.entry && !t.figure && !t.formula) terms[i] = { ...t, issuer: true };
  });

  const queries: QueryPlan['queries'] = { exact: [], primary: [], singles: [], loose: [] };
  if (terms.length) {
    // The index holds a document number's year and number as words of their own (〔2022〕5号 is searched as 2022 5号),
    // and so a formula's parts (2 N) and a date's (2021 年 12 月 1 日).
    const indexed = (r: string) => keptTerm.get(r)?.indexed ?? r;
    queries.exact = runs.filter((r) => Array.from(r).length >= 2).map((r) => `"${indexed(r)}"`);
    const primary = [runs.map(indexed).join(' '), terms.map((t) => indexed(t.text)).join(' ')];
    for (const t of terms) {
      if (t.forms.length > 1) primary.push(terms.map((u) => (u === t ? t.forms[1]! : u.text)).join(' '));
    }
    queries.primary = [...new Set(primary)];
    // And the words of a synonym's other name (工资 of 涨工资): no other query finds a page with them but no name of it.
    // And the words of a group's other name, in each of their forms (农村, 孩子, 子女 of 农村孩子).
    const words = (t: QueryTerm) => (t.entry ? (t.wordForms?.flat() ?? t.words ?? []) : (t.wordForms?.flat() ?? []));
    queries.singles = [...new Set(terms.flatMap((t) => [...t.forms, ...words(t)]))].filter((q) => !queries.primary.includes(q));
    const before = new Set([...queries.primary, ...queries.singles]);
    // A whole number is also looked for as the start of a longer one (Pagefind matches words by their beginning):
    // 2568 finds 2568.85, which widenRounded then checks.
    // About a figure (16000多人次): its leading digits, as the start of the numbers widenRounded may take in.
    const loose = (t: QueryTerm): string[] => {
      if (t.docNumber || t.formula) return [];
      if (t.rounded?.approx) {
        const lead = t.rounded.number.split('.')[0]!.replace(/0+$/u, '');
        return lead.length >= 2 ? [lead] : [];
      }
      // A figure with decimals, or a whole number of three digits or more: the number itself and the one below it at
      // the same places, as the start of the longer numbers widenRounded may take in (2.6 finds 2.61, 2.5 finds 2.58).
      if (t.rounded && (t.rounded.decimals || t.rounded.number.includes('.'))) {
        const { number } = t.rounded;
        const places = number.split('.')[1]?.length ?? 0;
        const below = (Math.round(Number(number) * 10 ** places) - 1) / 10 ** places;
        return below > 0 ? [number, below.toFixed(places)] : [number];
      }
      return t.figure || t.rounded ? [] : looseParts(t.text);
    };
    queries.loose = [...new Set(terms.filter((t) => !t.issuer).flatMap(loose))].filter((q) => !before.has(q));
  }
  // A character typed that no term holds (券 of 职业培训券, dropped as a lone character): a page with every term does
  // not have everything typed.
  const partial = byRun.some((run) => {
    let rest = run.stripped;
    for (const t of run.terms) if (terms.includes(t)) rest = rest.replace(t.text, '');
    return [...rest].some((ch) => /\p{Script=Han}/u.test(ch) && !LINKING_CHARS.has(ch));
  });
  const quoted = terms.length ? quotedPhrases(text.normalize('NFKC')) : [];
  return {
    text,
    phrases,
    pairs,
    terms,
    queries,
    ...(partial ? { partial } : {}),
    ...(questionOnly ? { questionOnly } : {}),
    ...(quoted.length ? { quoted } : {}),
  };
}
