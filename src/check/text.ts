/** Small pure helpers over a text, for the check's rules and messages. */
import { RANGE_JOIN, tidy, toHalfWidth } from '../lib/numbers.ts';
import { CHANGE } from '../lib/sentence-patterns.ts';
import { withoutWhitespace } from '../lib/whitespace.ts';

/**
 * Whether the sentence of `quote` in `body` states its figure as where a change starts: the quote lies between a
 * 由/从 and the 到/至 of a change (从 2013年的 42654户…减少到…), or the sentence names the figure a 基数 or 起点.
 */
export function statesBaseline(body: string, quote: string): boolean {
  const sentence = sentenceAround(body, quote);
  if (sentence === undefined) return true;
  const half = toHalfWidth(sentence);
  const at = sentence.indexOf(quote);
  const end = at + quote.length;
  if ([...half.matchAll(CHANGE)].some((c) => c.index <= at + quote.search(/\d/) && c.index + c[0].length >= end - 1)) return true;
  return /基数|基期|起点|原来|原先|此前|之前|以前/.test(sentence.slice(0, end));
}

/**
 * For a `quote` whose sentence names no year up to its figure, the nearest sentence before it in its paragraph that
 * names a year (to the last figure it states), with the years it names; undefined when the quote's own sentence
 * names one, when no earlier sentence of the paragraph does, or when the quote is under a heading of targets
 * (主要目标: a year opening that section is every target's of it).
 */
export function earlierSentenceYears(body: string, quote: string): { years: number[]; sentence: string } | undefined {
  const at = body.indexOf(quote);
  if (at < 0) return undefined;
  const YEARS = /(?:19|20)\d\d(?=\s*年)|[今明去本上]年/;
  const own = sentenceAround(body, quote)!;
  if (YEARS.test(toHalfWidth(own.slice(0, own.indexOf(quote) + quote.length)))) return undefined;
  const heading = [...body.slice(0, at).matchAll(/^#{1,6}[ \t]+(.*)$/gm)].at(-1)?.[1] ?? '';
  if (/目标/.test(heading)) return undefined;
  const paragraphStart = Math.max(0, body.lastIndexOf('\n\n', at));
  let sentenceStart = at;
  while (sentenceStart > 0 && !/[。；！？\n]/.test(body[sentenceStart - 1]!)) sentenceStart--;
  const before = body.slice(paragraphStart, Math.max(paragraphStart, sentenceStart)).trim();
  for (const sentence of before.split(/(?<=[。；！？])/).reverse()) {
    const years = [...toHalfWidth(sentence).matchAll(/((?:19|20)\d\d)\s*年/g)].map((y) => Number(y[1]));
    if (years.length) return { years, sentence: sentence.trim() };
  }
  return undefined;
}

/**
 * The fewest characters (spaces aside) of a paragraph that the check reports as pasted twice: a shorter one may
 * recur in a real text. The rules that leave a repeat's consequences to that report (a quote found twice, a paragraph
 * out of order) go by the same length, lest a short repeat go unreported by all of them.
 */
export const PASTED_MIN_CHARS = 15;

/** A paragraph's text compared for a repeat (spaces aside), or undefined for a heading or one too short to report. */
export function pastedKey(paragraph: string): string | undefined {
  const key = withoutWhitespace(paragraph);
  return key.length < PASTED_MIN_CHARS || key.startsWith('#') ? undefined : key;
}

/**
 * Whether every paragraph of `body` that holds `quote` is one text pasted more than once: the repeat is reported as
 * such (src/check/body-structure.ts), and a quote found twice only because of it needs no change.
 */
export function onlyInRepeatedParagraph(body: string, quote: string): boolean {
  const sought = withoutWhitespace(quote);
  const holding = body.split(/\n\s*\n/).filter((p) => withoutWhitespace(p).includes(sought)).map(pastedKey);
  return holding.length > 1 && holding[0] !== undefined && holding.every((p) => p === holding[0]);
}

/** How many of the distinct Han characters of `name` occur in `text`, of how many, and the share. */
export function sharedHan(name: string, text: string): { found: number; total: number; share: number } {
  const chars = new Set(Array.from(name).filter((c) => /\p{Script=Han}/u.test(c)));
  const found = [...chars].filter((c) => text.includes(c)).length;
  return { found, total: chars.size, share: chars.size ? found / chars.size : 1 };
}

/** The sentence of `body` that holds `quote` (between 。；！？ or line breaks), or undefined when it is not there. */
export function sentenceAround(body: string, quote: string): string | undefined {
  const at = body.indexOf(quote);
  if (at < 0) return undefined;
  let start = at;
  while (start > 0 && !/[。；！？\n]/.test(body[start - 1]!)) start--;
  let end = at + quote.length;
  while (end < body.length && !/[。；！？\n]/.test(body[end]!)) end++;
  return body.slice(start, end).trim();
}

/**
 * The one year the sentence of `quote` names before the figure or in the quote (到2025年，…), with the sentence;
 * undefined when it names none, several, or a span (2019—2020年, 2021年以来). With `opening`, only a year that opens a
 * clause counts (2021年，该市…), not one that qualifies another figure (从 2013年的 42654户 减少到当前的 6537户).
 */
export function sentenceYear(body: string, quote: string, opening = false): { year: number; sentence: string } | undefined {
  const sentence = sentenceAround(body, quote);
  if (!sentence) return undefined;
  const upTo = sentence.slice(0, sentence.indexOf(quote) + quote.length);
  // An opening year may be followed by a part of it (2021年1-7月，2021年上半年，2021年5月，): the figure is of that year.
  // Not after 截至 or 截止 (截至2021年5月底，): that is a total up to a date (see asOfPartYear).
  const pattern = opening
    ? /(?<![\d—–\-~～至到止])((?:19|20)\d\d)\s*年(?:度|底|末|[上下]半年|前?[一二三四]季度|第[一二三四]季度|前三季度|\d{1,2}\s*(?:[-—–~～至到]\s*\d{1,2}\s*)?月(?:份|底|末)?)?\s*[，,]/g
    : // 到/至 before a year ends a span only after another year (2020年到2025年); otherwise 到2025年 (spaced or not)
      // names the target's year.
      /(?<![\d—–\-~～])(?<!(?:19|20)\d\d\s*年?\s*[至到]\s*)((?:19|20)\d\d)\s*年(?!\s*(?:以来|至今|起|[—–\-~～至到]))/g;
  const spans = /(?:19|20)\d\d\s*年?\s*[—–\-~～至到]\s*(?:19|20)\d\d|(?:19|20)\d\d\s*年\s*(?:以来|至今|起)/.test(upTo);
  const years = [...new Set(Array.from(upTo.matchAll(pattern), (y) => y[1]!))];
  return years.length === 1 && !spans ? { year: Number(years[0]), sentence } : undefined;
}

/**
 * The span of years `text` (a sentence up to a figure) opens a clause with (2016年-2020年，, 2018-2020 年，), as
 * written, when no single year follows it there: the figure is of those years together, not of one of them.
 */
export function openingYearSpan(text: string): string | undefined {
  const half = toHalfWidth(text);
  const span = /((?:19|20)\d\d)\s*年?\s*[—–\-~～至到]\s*((?:19|20)\d\d)\s*年(?:间)?\s*[，,]/.exec(half);
  if (!span || /(?:19|20)\d\d\s*年/.test(half.slice(span.index + span[0].length))) return undefined;
  return span[0].replace(/\s*[，,]$/, '');
}

/**
 * The year `text` (a sentence up to a figure) names by a word relative to the issue (今年, 本年: `issueYear`; 去年,
 * 上年: the year before), when it names no year in digits; `asOf` when it is a total up to a date within that year
 * (截至今年上半年, 截至今年6月底), not the year's. Undefined for none.
 */
export function relativeYear(text: string, issueYear: number): { word: string; year: number; asOf: boolean } | undefined {
  const half = toHalfWidth(text);
  if (/(?:19|20)\d\d\s*年/.test(half)) return undefined;
  const last = [...half.matchAll(/(截至|截止)?到?\s*(今年|本年|去年|上年)(?!度)([^，,。；]{0,8})/g)].at(-1);
  if (!last) return undefined;
  const year = last[2] === '去年' || last[2] === '上年' ? issueYear - 1 : issueYear;
  const asOf = Boolean(last[1]) && !/^\s*(?:底|末|12\s*月|年底|年末)/.test(last[3]!);
  return { word: `${last[1] ?? ''}${last[2]}${asOf ? last[3]!.replace(/[，,].*$/, '').trim() : ''}`, year, asOf };
}

/** Whether the clause of `quote` (from the comma before it) calls its figure a running total (累计). */
export function runningTotal(body: string, quote: string): boolean {
  const at = body.indexOf(quote);
  if (at < 0) return false;
  const before = body.slice(0, at);
  const from = Math.max(...['，', ',', '；', '。', '\n'].map((c) => before.lastIndexOf(c)));
  return body.slice(from + 1, at + quote.length).includes('累计');
}

/** Where `text` has spaces before or after it, in words (`开头有 1 个全角空格`), or '' when it has none. */
export function edgeSpaces(text: string): string {
  const describe = (spaces: string) => {
    const wide = [...spaces].filter((c) => c === '\u3000').length;
    const narrow = spaces.length - wide;
    return [wide ? `${wide} 个全角空格` : '', narrow ? `${narrow} 个${/^[ ]*$/.test(spaces.replace(/\u3000/g, '')) ? '半角空格' : '空白字符'}` : ''].filter(Boolean).join('和 ');
  };
  const lead = /^\s*/.exec(text)![0];
  const trail = text.trim() === '' ? '' : /\s*$/.exec(text)![0];
  return [lead ? `开头有 ${describe(lead)}` : '', trail ? `结尾有 ${describe(trail)}` : ''].filter(Boolean).join('，');
}

/** Characters that do not show in an editor, with their names. */
const INVISIBLE_NAMES: Record<string, string> = {
  '\u200b': '零宽空格',
  '\u200c': '零宽不连字',
  '\u200d': '零宽连字',
  '\u200e': '从左到右标记',
  '\u200f': '从右到左标记',
  '\u2060': '词连接符',
  '\ufeff': '零宽不换行空格（BOM）',
  '\u00a0': '不换行空格',
  '\u00ad': '软连字符',
  '\t': 'Tab 制表符，多半是从表格粘贴来的',
  '\u000b': '垂直制表符',
  '\u000c': '换页符',
  '\u2028': '行分隔符',
  '\u2029': '段分隔符',
};
const INVISIBLE = new RegExp(`[${Object.keys(INVISIBLE_NAMES).join('')}]`, 'u');

/** The first invisible character of `text` as U+XXXX and its name, e.g. `U+200B（零宽空格）`; undefined when none. */
export function invisibleIn(text: string): string | undefined {
  const ch = INVISIBLE.exec(text)?.[0];
  return ch ? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}（${INVISIBLE_NAMES[ch]}）` : undefined;
}

/** A footnote mark in a body ([^1]); the marks, for removing. */
export const FOOTNOTE_REF = /\[\^[^\]]+\](?!:)/;
export const FOOTNOTE_REFS = /\[\^[^\]]+\](?!:)/g;

/** How often `quote` is written in `body` (or, when only found without markup, in `visible()`, the text a reader sees). */
export function occurrencesOf(body: string, quote: string, visible: () => string): number {
  const count = (text: string) => (quote ? text.split(quote).length - 1 : 0);
  return count(body) || count(visible());
}

/**
 * The range a quote gives around a figure (5000元到1万元, 3—5个, 10至20家), when `value` is one of its ends; undefined
 * otherwise. The first end's unit, if written, must be the second's (2020年的45%提高到2021年 is no range).
 */
export function rangeIn(quote: string, value: number): string | undefined {
  const s = toHalfWidth(quote);
  const re = new RegExp(`(\\d+(?:\\.\\d+)?)[ \\u3000]*([万亿]?)([^\\d\\s到至～~—–－\\-]{0,2})[ \\u3000]*${RANGE_JOIN}[ \\u3000]*(\\d+(?:\\.\\d+)?)[ \\u3000]*([万亿]?)(\\S{0,2})`, 'gu');
  const scale = (big: string) => (big === '万' ? 1e4 : big === '亿' ? 1e8 : 1);
  for (const m of s.matchAll(re)) {
    const [all, a, bigA = '', unitA = '', b, bigB = '', after = ''] = m;
    if (unitA && !after.startsWith(unitA)) continue;
    const ends = [tidy(Number(a) * scale(bigA || (unitA ? '' : bigB))), tidy(Number(b) * scale(bigB))];
    // Shown up to the second end's unit (3—5个, not 3—5个工).
    if (ends.includes(tidy(value))) return (all.slice(0, all.length - after.length) + after.slice(0, unitA ? unitA.length : /^[^\p{P}\s]/u.test(after) ? 1 : 0)).trim();
  }
  return undefined;
}
