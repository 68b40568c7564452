/**
 * What a metric's quote says in words: where it starts in its sentence, and which comparable indicator it names.
 * Pure helpers for the content check's metric rules.
 */
import { findNumbers, sameUnit, tidy } from './numbers.ts';
import { TO_LEVEL } from './sentence-patterns.ts';

const HAN = /^\p{Script=Han}$/u;
/** How far around a quote's start its words are looked for. */
const WINDOW = 24;
let segmenter: Intl.Segmenter | undefined;

/** A word of the text that a quote cuts into: the word and the offset in the text where it starts. */
interface CutWord {
  word: string;
  start: number;
}

/**
 * The word of `text` that a quote starting at offset `at` cuts into, or undefined when the quote starts where a word
 * does. A page break in the raw text can split a word (…原材料、加 / 工配套企业 70 余家…), and a quote copied from
 * the line after the break starts in the middle of it (工配套企业 70 余家): the page then marks half a word. Only a
 * start between two Chinese characters is judged, with the platform's word segmenter (ICU's dictionary, as search
 * uses) over the line the quote is on.
 */
export function wordCutAt(text: string, at: number): CutWord | undefined {
  if (at <= 0 || !HAN.test(text[at - 1] ?? '') || !HAN.test(text[at] ?? '')) return undefined;
  // Only the run of text around the start is segmented, not the whole line: the content check asks this of every
  // figure, and a paragraph of 300 characters takes 0.15 ms. The run begins after the last character that is not
  // Chinese, or WINDOW characters back, and ends WINDOW characters on (a word is far shorter).
  const lineEnd = text.indexOf('\n', at);
  let lineStart = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - WINDOW);
  for (let i = at - 1; i > lineStart; i--) {
    if (!HAN.test(text[i - 1]!)) {
      lineStart = i;
      break;
    }
  }
  const line = text.slice(lineStart, Math.min(lineEnd < 0 ? text.length : lineEnd, at + WINDOW));
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  for (const { segment, index } of segmenter.segment(line)) {
    const start = lineStart + index;
    if (start >= at) break;
    if (start + segment.length > at) return { word: segment, start };
  }
  return undefined;
}

/** An indicator as the taxonomy defines it: its id, the name texts print it by, and its unit. */
export interface NamedIndicator {
  id: string;
  name: string;
  /** Its unit, then the other units the texts count the same thing in. */
  units: readonly string[];
}

/**
 * Whether an indicator's name at `at` of `quote` starts a word: the quote's start, or after a sign, a digit, 的 or 年.
 * `<name>为 N` states N only then: 为 is common, and 居民人均可支配收入为 inside 城镇居民人均可支配收入为 (a name no
 * indicator has) is not 居民人均可支配收入. A name after another Han character (全市居民…为) is left alone: a missed
 * hint costs less than a wrong one, which the check would require.
 */
function wordStart(quote: string, at: number): boolean {
  return at === 0 || !/\p{Script=Han}/u.test(quote[at - 1]!) || /[的年]/.test(quote[at - 1]!);
}

/**
 * An urban or rural breakdown right before a name that does not start a word ({@link wordStart}): 城镇居民人均可支配收入
 * counts town residents only, a longer name than 居民人均可支配收入 (all residents), which the taxonomy may not have.
 * 城乡 is left out: 城乡居民 often means all residents. A subject or verb before the name (该县, 企业, 常住, 完成) is
 * no breakdown.
 */
const BREAKDOWN = /(?:城镇|农村|城市|乡村)$/;

/** The indicators of a taxonomy, longest name first, worked out once per list. */
const longestFirst = new WeakMap<readonly NamedIndicator[], NamedIndicator[]>();

/**
 * The indicator a quote states its figure for: the quote prints the indicator's name right before the figure
 * (企业职业技能等级认定 1.46万人次 states 职业技能等级认定), or before a verb of the level it reaches
 * (每万老年人口拥有持证养老护理员数提高到25人以上, {@link TO_LEVEL}), or 为 where the name starts a word ({@link wordStart}:
 * 居民人均可支配收入为 5.2万元), and the metric has the indicator's unit. A name found
 * only inside a longer indicator's name does not count (居民人均可支配收入 in 农村居民人均可支配收入 61186 元), nor one
 * after an urban or rural breakdown ({@link BREAKDOWN}: 城镇居民人均可支配收入 7万元), nor a
 * name with other words between it and the figure (新增高技能人才中的技师 898人). Undefined when none is stated.
 */
export function statedIndicator(quote: string, value: number, unit: string, indicators: readonly NamedIndicator[]): string | undefined {
  let byLength = longestFirst.get(indicators);
  if (!byLength) longestFirst.set(indicators, (byLength = [...indicators].sort((a, b) => b.name.length - a.name.length)));
  // Most quotes name no indicator.
  if (!byLength.some((i) => quote.includes(i.name))) return undefined;
  const taken = new Uint8Array(quote.length);
  for (const i of byLength) {
    for (let at = quote.indexOf(i.name); at >= 0; at = quote.indexOf(i.name, at + 1)) {
      if (taken.subarray(at, at + i.name.length).some((x) => x)) continue;
      taken.fill(1, at, at + i.name.length);
      if (!wordStart(quote, at) && BREAKDOWN.test(quote.slice(0, at))) continue;
      const rest = quote.slice(at + i.name.length).replace(TO_LEVEL, '').replace(wordStart(quote, at) ? /^[ \u3000]*为/ : /^(?!)/, '');
      if (!/^[ \u3000]*[\d０-９]/.test(rest)) continue;
      const figure = findNumbers(rest)[0];
      if (figure && figure.value === tidy(value) && i.units.some((u) => sameUnit(u, unit))) return i.id;
    }
  }
  return undefined;
}
