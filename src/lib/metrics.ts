/** Metric helpers: how a figure is shown, and which figures a card list leads with. Pure; unit-tested. */
import { findNumbers, tidy, toHalfWidth, TRAIL_AFTER_UNIT, type FoundNumber } from './numbers.ts';
import { formatValue } from './format.ts';
import { withoutSpaces } from './whitespace.ts';

type MetricKind = 'result' | 'target' | 'baseline' | 'standard';

/** What each kind of figure is called on the pages. */
export const KIND_LABEL: Record<MetricKind, string> = { result: '成效', target: '目标', baseline: '基数', standard: '标准' };

export interface MetricLike {
  label: string;
  value: number;
  unit: string;
  kind: MetricKind;
  quote: string;
  approx?: boolean | undefined;
  year?: number | undefined;
  indicator?: string | undefined;
}

/**
 * The figure as its sentence writes it (3.92 万人 → 3.92万人, 30 余万元 → 30余万元), with every word that qualifies
 * it: 约42万人, 近1000人, 3400余次, the bound after its unit (82%以上, 3.5%以内, 4万元左右) or before its number
 * (不足5万元, 最高5000元, 不低于…的 50% is 不低于50%). A figure the sentence prints without its unit, right before its
 * bound (倍差…缩小到 1.7 以内), is shown as printed (1.7以内): the unit is the metric's field (the CSV's 单位 column),
 * not the text's. A formatted value when the quote does not contain the figure.
 */
export function displayValue(m: MetricLike): string {
  const q = qualifiers(m);
  if (!q) return formatValue(m.value, m.unit, m.approx);
  // The field's unit, unless the sentence prints the figure bare right before its bound (1.7 以内): a figure of a list
  // whose unit follows the last one (35.5 万、3.8 万、12 万人) shares that unit.
  const unit = q.unitText !== undefined || !q.bound ? m.unit : '';
  return `${shownLead(q.lead)}${q.number}${q.trail}${unit}${q.bound}`;
}

/**
 * The figure exactly as its sentence prints it, for a column that claims to be the original (/metrics/data.csv's
 * 原文写法): as {@link displayValue}, but with the unit in the form the sentence prints it (10738人/次, where the
 * pages show the field's 人次), the words before it as printed (约为124万人, where the pages show 约124万人), and no unit
 * where the sentence prints none after it (3.8万 of 35.5 万、3.8 万、12 万人: the unit is the 单位 column's). A formatted
 * value when the quote does not contain the figure.
 */
export function printedValue(m: MetricLike): string {
  const q = qualifiers(m);
  if (!q) return formatValue(m.value, m.unit, m.approx);
  return `${q.lead}${q.number}${q.trail}${q.unitText ?? ''}${q.bound}`;
}

/** Marks a sentence may print between the characters of a unit: 人/次, 人·次 for 人次. */
const UNIT_SEPARATORS = new Set(['/', '·', '・']);

/**
 * The unit at the start of `text` as it is printed there: `unit` itself, or `unit` with separators between its
 * characters (人/次 for 人次). Undefined when `text` does not start with the unit in either form.
 */
function printedUnit(text: string, unit: string): string | undefined {
  if (text.startsWith(unit)) return unit;
  let i = 0;
  for (const [k, ch] of [...unit].entries()) {
    if (k > 0) while (UNIT_SEPARATORS.has(text[i] ?? '')) i++;
    if (text[i] !== ch) return undefined;
    i++;
  }
  return text.slice(0, i);
}

/**
 * Characters after a 余 or 多 that make it a word of its own (余额, 多次, 多个, 多种, 多项, 多措, 多元, 多方, 多家 …), not
 * the 余/多 of a figure written after its unit (1万元多, 30%多): the ingest and the check read a figure's end alike.
 */
export const WORD_AFTER_APPROX = '额次个种项措元方家样位条批年名处轮';

/**
 * The words of a metric's quote that qualify its figure, as printed: `lead` before the number (约, 约为, 近, 超, 不足,
 * 最高, 不低于 …; the pages show it as {@link shownLead} gives it), `trail` right after it (余, 多), `unitText` the unit as
 * printed right after it (人/次 for 人次; undefined when none is), `bound` after the unit (以上, 以下, 以内, 左右);
 * `approximate` when one of them makes the figure approximate (约, 近, 余, 多, 左右; 超, 超过, 逾 are bounds). Undefined when the quote
 * does not contain the figure.
 */
export function qualifiers(
  m: MetricLike,
  numbers: readonly FoundNumber[] = findNumbers(m.quote),
): { number: string; lead: string; trail: string; bound: string; approximate: boolean; unitText: string | undefined } | undefined {
  const value = tidy(m.value);
  const n = numbers.find((f) => f.value === value);
  if (!n) return undefined;
  const number = withoutSpaces(toHalfWidth(n.text));
  const { before, after } = textBesideNumber(m.quote, n.text);
  const approxLead = APPROX_BEFORE.exec(before)?.[1];
  const lead = boundBefore(before) ?? approxLead ?? '';
  const trail = /^[余多]/.test(after) ? after[0]! : '';
  const rest = after.slice(trail.length);
  // The unit as printed (人次, or 人/次 for the unit 人次), or none (a ratio in 倍: 倍差…1.7 以内), before the bound.
  const unitText = printedUnit(rest, m.unit);
  const tail = unitText !== undefined ? rest.slice(unitText.length) : /^(?:以上|以下|以内|左右)/.test(rest) ? rest : undefined;
  // Only the bound printed after this figure: in 分别达到 80%、92%以上 the 以上 follows 92% alone, and reading it as
  // 80%以上 too would assert more than the text prints (the quote, shown beside the figure, keeps the whole list).
  const bound = tail === undefined ? '' : (/^(?:以上|以下|以内|左右)/.exec(tail)?.[0] ?? '');
  // 余/多 after the unit (30%多) shows and counts as 左右 does.
  const unitTrail = !bound && unitText !== undefined ? TRAIL_AFTER_UNIT.exec(tail!)?.[1] : undefined;
  const approximate = Boolean(approxLead) || Boolean(trail) || Boolean(unitTrail) || /[余多]/.test(number) || bound === '左右';
  return { number, lead, trail, bound: bound || (unitTrail ?? ''), approximate, unitText };
}

/** A lead as the pages show it beside a figure: 约为 as 约 (约为124万人 → 约124万人); any other as printed. */
export function shownLead(lead: string): string {
  return lead === '约为' ? '约' : lead;
}

/** Words right before a number that make it a bound, not the figure itself: 不足5万元, 最高5000元, 至少3人, 突破4万家. */
const BOUND_ADJACENT = /(不低于|不少于|不超过|不高于|不足|低于|高于|少于|多于|至少|至多|最高|最低|最多|最少|超过|突破|超|逾)$/u;
/** Bounds that govern a number further on in their clause: 按不低于上年度人均消费支出的 50% 确定. */
const BOUND_IN_CLAUSE = /(不低于|不少于|不超过|不高于)[^\d，。；、：,;:]*$/u;

/** The bound a sentence puts before its number, right before it or earlier in its clause with no number between. */
function boundBefore(before: string): string | undefined {
  return BOUND_ADJACENT.exec(before)?.[1] ?? BOUND_IN_CLAUSE.exec(before)?.[1];
}

/** Words right before a number that make it approximate (with `approx` set). */
const APPROX_BEFORE = /(约为|大约|约|将近|接近|(?<![最附])近)$/u;

/** The quote's text right before and right after the number, without spaces. */
function textBesideNumber(quote: string, numberText: string): { before: string; after: string } {
  const q = toHalfWidth(quote);
  const at = q.indexOf(numberText);
  if (at < 0) return { before: '', after: '' };
  return { before: withoutSpaces(q.slice(0, at)), after: withoutSpaces(q.slice(at + numberText.length)) };
}

/** What a page shows where a figure's year goes, for a result whose text gives none ({@link undatedResult}). */
export const UNDATED_NOTE = '未注明年份';

/**
 * A result whose text gives no year (截至目前, a running total): wherever a page shows a figure with its year (a list's
 * note, {@link figureNote}; a practice's cards and its table of figures), it says {@link UNDATED_NOTE}, or a reader
 * comparing places takes it for a result of the text's own year. Not when its label closes with when, as printed: by
 * a word relative to its issue (引育高校毕业生（截至今年上半年）) or by a date (玉贸贷业务保函（截至2021年5月底）, as the
 * content check asks of a total up to a date).
 */
export function undatedResult(m: Pick<MetricLike, 'label' | 'kind' | 'year'>): boolean {
  return m.kind === 'result' && m.year === undefined && !relativeDateNote(m.label) && labelDate(m.label) === undefined;
}

/** The date a label closes with, as printed, in its brackets: 截至2021年5月底 of 玉贸贷业务保函（截至2021年5月底）. */
export function labelDate(label: string): string | undefined {
  return /（([^（）]*\d{4}年[^（）]*)）$/u.exec(label)?.[1];
}

/**
 * What a figure in a list of practices says after its label: its year when it is not the text's own (`asOf`), and,
 * for a figure that is not an achievement, what it is, so that a target or an allowance is not read as a result:
 * （2020年）, （2025年目标）, （目标）, （标准）, （2013年基数）. A result whose text gives no year says so, （未注明年份）,
 * as /metrics/' 年份 column says 未注明 (yearText in src/lib/indicators.ts): with no note it read as a result of the
 * text's year; no year is guessed for it. Not when its label says when ({@link undatedResult}). Empty for a result of
 * the text's own year.
 */
export function figureNote(m: Pick<MetricLike, 'label' | 'kind' | 'year'>, asOf: number): string {
  if (m.kind === 'result' && m.year === undefined) return undatedResult(m) ? `（${UNDATED_NOTE}）` : '';
  const year = m.year !== undefined && (m.year !== asOf || m.kind !== 'result') ? `${m.year}年` : '';
  const kind = m.kind === 'result' ? '' : KIND_LABEL[m.kind];
  return year || kind ? `（${year}${kind}）` : '';
}

/**
 * The note closing a label that dates its figure by a word relative to the issue (（截至今年上半年）, （去年至今）),
 * and that word. Only a closing note: 送去年货礼包 names no year.
 */
export function relativeDateNote(label: string): { note: string; word: string } | undefined {
  const note = /（([^（）]*?(今年|本年|去年|上年)(?!度)[^（）]*)）$/u.exec(label);
  return note ? { note: note[1]!, word: note[2]! } : undefined;
}

/** Figures in the cards at the top of a practice or plan page (主要数据, 主要目标); the rest are in its full table. */
export const SUMMARY_CARDS = 6;

/** Results lead a summary; a starting point or a rule (津贴, 补贴标准) says least about what was achieved. */
const KIND_SCORE: Record<MetricKind, number> = { result: 1, target: 0, baseline: -2, standard: -2 };

/**
 * The metrics a summary shows first: those with a comparable indicator, then results, then targets, keeping the
 * text's order among equals; starting points and rules, and a figure of a year well before `asOf` (the year of the
 * text: 2013年的 42654户), come after the others. Deterministic.
 */
export function headlineMetrics<T extends MetricLike>(metrics: readonly T[], n: number, asOf?: number): T[] {
  const past = (m: T) => asOf !== undefined && m.year !== undefined && m.year < asOf - 1;
  return metrics
    .map((m, i) => ({ m, i, score: (m.indicator ? 2 : 0) + KIND_SCORE[m.kind] - (past(m) ? 4 : 0) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, n)
    .map((x) => x.m);
}

/**
 * The metrics whose label or quote names one of `words` (a measure's name and keywords): on a measure's page, the
 * figures of a practice that are about that measure, not its headline figures about something else.
 */
export function metricsAbout<T extends MetricLike>(metrics: readonly T[], words: readonly string[]): T[] {
  const named = words.filter((w) => w.length > 0);
  return metrics.filter((m) => named.some((w) => m.label.includes(w) || m.quote.includes(w)));
}

/**
 * The `n` figures a list of practices shows under one practice of `year`: those about `prefer` first (a group's
 * words), then its headline figures ({@link headlineMetrics}), of those about `about` only when given (a measure's
 * words, on that measure's page).
 */
export function listedFigures<T extends MetricLike>(metrics: readonly T[], n: number, year: number, about?: readonly string[], prefer?: readonly string[]): T[] {
  const first = prefer ? headlineMetrics(metricsAbout(metrics, prefer), n, year) : [];
  const others = (about ? metricsAbout(metrics, about) : metrics).filter((m) => !first.includes(m));
  return [...first, ...headlineMetrics(others, n - first.length, year)];
}
