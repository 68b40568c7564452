/**
 * Figures in a query: a number typed in digits, with 万/亿 or without, in Chinese numerals, rounded or "about", is
 * also searched in the forms the texts print it in (src/lib/search/query.ts makes it one term).
 */
import { chineseNumber } from '../numbers.ts';
import { squashText } from './normalize.ts';
import type { QueryPlan } from './query.ts';

/**
 * The other ways the texts write a number: 39200 is also 3.92万, 150000000 also 1.5亿, and 3.92万 also 39200 (the
 * briefings write large figures with 万 and 亿, the metric tables and a reader's notes often do not). A unit after
 * the number stays with it: 1.3万元 is also 13000元.
 */
export function numberForms(term: string): string[] {
  const m = /^(\d+(?:\.\d+)?)(万|亿)?(\p{Script=Han}{1,2})?$/u.exec(term);
  if (!m || m[3]?.startsWith('万') || m[3]?.startsWith('亿')) return [];
  const n = Number(m[1]) * (m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1);
  const unit = m[3] ?? '';
  const out: string[] = [];
  if (m[2]) out.push(plainNumber(n) + unit);
  for (const [word, size] of [['万', 1e4], ['亿', 1e8]] as const) {
    const scaled = n / size;
    // Only where the texts would write it so: at least 1, at most four decimals.
    if (scaled >= 1 && Math.abs(scaled * 1e4 - Math.round(scaled * 1e4)) < 1e-6) out.push(`${plainNumber(scaled)}${word}${unit}`);
  }
  return out.filter((f) => f !== term);
}

const plainNumber = (x: number) => String(Number(x.toPrecision(12)));

/** The counters of people, one figure whichever is printed: 新增高技能人才 4503人 and 新增技师数 898名. */
const PERSON_COUNTERS = ['人', '名', '位'] as const;
/** A figure counted in people (4503名, 3.92万人, 60余位), not a rank (第3名) nor a count of times (人次). */
const PERSON_COUNT = /^(?!第)(.*[\d万亿余多])([人名位])$/u;

/**
 * The same figure with the other counters of people: 4503名 is also 4503人 and 4503位 (the texts print 新增高技能人才
 * 4503人, a reader copies 4503名 from a table), 3.92万人 also 3.92万名. None for another unit, or 人次.
 */
export function counterForms(term: string): string[] {
  const m = PERSON_COUNT.exec(term);
  if (!m) return [];
  return PERSON_COUNTERS.filter((c) => c !== m[2]).map((c) => `${m[1]}${c}`);
}

const NUMERALS = '零一二三四五六七八九';
/** What a small count in Chinese numerals is counted in (三十七条, 五个帮, 三期, 十年, 四大举措). */
const SPELLED_UNIT = /^[个条项期年次名家位所户人大]$/u;

/**
 * A whole number from 1 to 99 before a counted thing, in Chinese numerals (37条 → 三十七条, 2个 → 两个 and 二个); none
 * for another number or unit: the texts print larger figures in digits.
 */
export function spelledOut(number: string, unit: string): string[] {
  if (!/^[1-9]\d?$/u.test(number) || !SPELLED_UNIT.test(unit)) return [];
  const n = Number(number);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const word = (tens ? `${tens > 1 ? NUMERALS[tens] : ''}十` : '') + (ones ? NUMERALS[ones] : '');
  return n === 2 ? [`两${unit}`, `二${unit}`] : [`${word}${unit}`];
}

/** A number in Chinese characters, with its decimals after 点 (四点六亿). */
const CN_NUMERAL = /[〇零一二两三四五六七八九十百千万亿]+(?:点[〇零一二三四五六七八九]+[万亿]?)?/gu;
/** Counters of more than one character a figure may end in (10万平方米, 3公里). */
const LONG_COUNTERS = '平方公里|平方米|公里';
/** What a figure in free text may be counted in: a counter of one character (元, 人, 个 …) or a longer one. */
const COUNTER = `(?:${LONG_COUNTERS}|[元人名户家所项期年月日次倍亩岁座条位个股套笔])`;
/** What may follow a number written in Chinese for it to be read as one (一亿元, 三期, 五个帮 is not: 个 is too loose). */
const CN_COUNTED = new RegExp(`^[多余]?(?:${LONG_COUNTERS}|[元人名户家所项期年月日次倍亩岁座条位股套笔万亿])`, 'u');

/**
 * A term with its numbers in Chinese characters written in digits, as the texts write figures: 一亿元 → 1亿元,
 * 四点六亿元 → 4.6亿元, 百分之九十八 → 98%, 第三期 → 第3期. Only a numeral after 第 or 百分之, or before a counted thing (元, 人, 期 …), is
 * read as a number: 一是 and 五个帮 stay as they are. Undefined when nothing changes.
 */
export function digitForm(term: string): string | undefined {
  let changed = false;
  const out = term.replace(/百分之([〇零一二两三四五六七八九十百千]+(?:点[〇零一二三四五六七八九]+)?)/gu, (all, num: string) => {
    const n = chineseNumber(num);
    if (n === undefined) return all;
    changed = true;
    return `${n}%`;
  }).replace(CN_NUMERAL, (num: string, at: number, whole: string) => {
    const after = whole.slice(at + num.length);
    // The number's own 万 or 亿 stays a word, as the texts write it (1亿元, 3.92万人).
    const big = /[万亿]$/u.exec(num)?.[0] ?? '';
    // A longer numeral that ends in 万 or 亿 is a number without a unit (两千五百六十八万); 千万 and 一万 are words. So is
    // one of four characters or more with a place in it (三万九千二百, 一千五百), as a reader says a figure aloud; a
    // word made of numerals (十四五, 六七八九) is no valid number and stays as it is.
    const long = Array.from(num).length >= 4 && /[十百千万亿]/u.test(num);
    const counted = whole[at - 1] === '第' || CN_COUNTED.test(after) || (big !== '' && Array.from(num).length >= 3) || long;
    const n = chineseNumber(big ? num.slice(0, -1) : num);
    if (!counted || n === undefined || (n === 0 && !big)) return num;
    changed = true;
    return `${n}${big}`;
  });
  return changed ? out : undefined;
}

/**
 * A figure with its unit (1.3万元, 4503人, 一亿元, 百分之九十八, 第三期) in free text, and the text around it: a
 * figure is a term of its own, kept whole, which the segmenter would cut (一亿 元, 13000 元).
 */
const FIGURE = new RegExp(
  // A percentage ends the figure: the word after it is no unit of it (15%股权 is 15% and 股权).
  String.raw`(?:百分之[〇零一二两三四五六七八九十百千]+(?:点[〇零一二三四五六七八九]+)?|\d+(?:\.\d+)?%)|` +
    String.raw`第?(?:\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百千万亿]+(?:点[〇零一二三四五六七八九]+)?)` +
    // 多 or 余 after the number or after its 万 (1.6万多人次, 一万六千多人次) qualifies it.
    String.raw`(?:[多余](?=[万亿]|${COUNTER}))?` +
    String.raw`(?:万元|亿元|[万亿]?[人户家]次|万人|[万亿][多余]?${COUNTER}|${COUNTER}|[万亿]|(?<=\d)大)?`,
  'gu',
);

/** 约, 大约, 将近 … right before a figure: typed “about” (not the 约 of a word: 合约, 节约, 签约). */
const ABOUT_BEFORE = /(?:大约|大概|将近|接近|差不多|(?<![合节签预公条契制履邀特践])约)$/u;
/** 左右, 上下 right after a figure: typed “about”. */
const ABOUT_AFTER = /^(?:左右|上下)/u;

/**
 * The parts of {@link numberParts} with the words that say a figure is “about” (约4500人, 4500人左右) taken off the
 * text beside it and marked on the figure (`about`), as 多 and 余 after the number are: the reader remembers 4500人
 * for the 4503人 printed.
 */
export function aboutFigures<P extends { text: string; number: boolean }>(parts: readonly P[]): (P & { about?: true })[] {
  const out: (P & { about?: true })[] = parts.map((p) => ({ ...p }));
  out.forEach((part, i) => {
    if (!part.number) return;
    const before = out[i - 1];
    const after = out[i + 1];
    const b = before && !before.number ? ABOUT_BEFORE.exec(before.text) : null;
    const a = after && !after.number ? ABOUT_AFTER.exec(after.text) : null;
    if (!b && !a) return;
    part.about = true;
    if (b) before!.text = before!.text.slice(0, b.index);
    if (a) after!.text = after!.text.slice(a[0].length);
  });
  return out.filter((p) => p.text);
}

const LATIN_LETTER = /[a-z]/iu;

export function numberParts(text: string): { text: string; number: boolean; cohort?: true }[] {
  const out: { text: string; number: boolean; cohort?: true }[] = [];
  let at = 0;
  for (const m of text.matchAll(FIGURE)) {
    const figure = m[0];
    // Digits always make a figure; Chinese numerals only where they count something (一是 and 十四五 are words).
    if (!/\d/.test(figure) && digitForm(figure) === undefined) continue;
    // Digits glued to a Latin letter are part of a word (o2o, 5g, mp4, 4k), as the segmenter and the index read them:
    // as a figure, 2 and the lone o of o2o were found on every page.
    if (LATIN_LETTER.test(text[m.index - 1] ?? '') || LATIN_LETTER.test(text[m.index + figure.length] ?? '')) continue;
    if (m.index > at) out.push({ text: text.slice(at, m.index), number: false });
    // An age cohort (90后, 00后, and 8090后 for two): one word with its 后, not the number 90 (of 90万户) and a 后.
    const cohort = text[m.index + figure.length] === '后' && /\d/.test(text[m.index - 1] ?? '') === false && cohortDecades(figure);
    if (cohort) {
      out.push({ text: `${figure}后`, number: false, cohort: true });
      at = m.index + figure.length + 1;
      continue;
    }
    out.push({ text: figure, number: true });
    at = m.index + figure.length;
  }
  if (at < text.length) out.push({ text: text.slice(at), number: false });
  return out;
}

/**
 * The plan with each figure typed in digits also matching the forms the texts print it in, where `texts` (page
 * texts) have one, the unit the reader typed following:
 * - with a qualifier after the number or after 万/亿 (22.9万 → 22.9余万人次, 2.7万人次 → 2.7万多人次);
 * - in another spelling (6万人次 → 60000 余人次, 60000人次 → 6万多人次);
 * - with more decimals, rounded to the places typed (2.6万人次 → 2.58万人次, 1.6万人次 → 16059人次, 2569万元 →
 *   2568.85万元) and, for a whole number of three digits or more, also cut (2568万元 → 2568.85万元);
 * - for a figure typed "about" (16000多人次): the numbers with its leading digits and as many digits (16059人次).
 * Returns the forms so added. Used only when nothing has the figure as typed: the reader who remembers 2568万 gets
 * the page of 2568.85万元, told so.
 */
export function widenRounded(plan: QueryPlan, texts: readonly string[]): { plan: QueryPlan; added: string[] } {
  const added: string[] = [];
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const SCALE: Record<string, number> = { '': 1, 万: 1e4, 亿: 1e8 };
  const terms = plan.terms.map((t) => {
    if (!t.rounded) return t;
    const { number, unit, decimals, approx } = t.rounded;
    const [, big = '', rest = ''] = /^([万亿]?)(.*)$/u.exec(unit) ?? [];
    const [int = '', frac] = number.split('.');
    const places = frac?.length ?? 0;
    const typed = Number(number);
    // Whether a number printed stands for the one typed, both in the unit typed (a printed 16059 is 1.6059 万).
    const accepts = (value: number): boolean => {
      const text = plainNumber(value);
      if (approx) {
        if (frac !== undefined) return text.startsWith(number);
        const lead = int.replace(/0+$/u, '') || '0';
        const whole = text.split('.')[0]!;
        return whole.length === int.length && whole.startsWith(lead);
      }
      if (Math.abs(value - typed) < 1e-9 * Math.max(1, typed)) return true;
      // More places than typed: only for a number with a decimal point, or a whole number of three digits or more
      // (5万 is not 5.4万).
      if (frac === undefined && !(decimals && /^\d{3,}$/u.test(int))) return false;
      const f = 10 ** places;
      const scaled = value * f;
      if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return false;
      const want = Math.round(typed * f);
      return Math.round(scaled + 1e-9) === want || (frac === undefined && Math.floor(scaled + 1e-9) === want);
    };
    // A bare number (2568) is compared as printed, whatever follows it; with a unit, the printed 万 or 亿 counts.
    // A counter of people stands for the others (4500名 is printed 4503人).
    // A counter that 次 would turn into another (人 of 人次) is not followed by it: 7155人次 is not 7155人.
    const counter = (PERSON_COUNTERS as readonly string[]).includes(rest) ? `[${PERSON_COUNTERS.join('')}]` : esc(rest);
    const restRe = rest && !rest.endsWith('次') ? `${counter}(?!\\s*次)` : counter;
    const re = unit
      ? new RegExp(`(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*[余多]?\\s*([万亿]?)[余多]?\\s*${restRe}`, 'gu')
      : /(?<![\d.])(\d+(?:\.\d+)?)\s*[余多]?(?![\d.])/gu;
    const found: string[] = [];
    for (const x of texts) {
      for (const m of x.matchAll(re)) {
        const value = (Number(m[1]) * SCALE[m[2] ?? '']!) / SCALE[big]!;
        if (accepts(value)) found.push(m[0].trim());
      }
    }
    const typedText = squashText(t.text);
    const kept = [...new Set(found)].filter((f) => squashText(f) !== typedText).sort().slice(0, 5);
    if (!kept.length) return t;
    added.push(...kept);
    return { ...t, forms: [...t.forms, ...kept.map(squashText)] };
  });
  return added.length ? { plan: { ...plan, terms }, added } : { plan, added };
}

/**
 * The decades of an age cohort as typed before 后 (90 → [90]; 8090 → [80, 90]), or undefined: two digits ending in 0,
 * or two such decades in a row (8090, 9000), not a year (2010后 is after 2010).
 */
export function cohortDecades(digits: string): string[] | undefined {
  const decades = /^(?:\d0){1,2}$/u.test(digits) ? digits.match(/\d0/gu)! : [];
  if (!decades.length) return undefined;
  if (decades.length === 2 && (Number(decades[0]![0]) + 1) % 10 !== Number(decades[1]![0])) return undefined;
  return decades;
}

/**
 * The forms of an age cohort (90后): as typed, and as the texts print it together with the decade before or after it
 * (8090后, 9000后); a cohort of two decades typed (8090后) also each decade alone (80后, 90后).
 */
export function cohortForms(text: string): string[] {
  const decades = cohortDecades(text.replace(/后$/u, '')) ?? [];
  if (decades.length !== 1) return [text, ...decades.map((d) => `${d}后`)];
  const d = Number(decades[0]![0]);
  return [text, `${(d + 9) % 10}0${d}0后`, `${d}0${(d + 1) % 10}0后`];
}
