/**
 * Every figure of a body as a metric: its value with 万/亿 resolved (findNumbers), its unit, whether it is
 * approximate, the year and kind its sentence gives, and an exact quote — the clause of the body that states it, so
 * the content check can prove quote and value agree. Years, dates, ordinals and model numbers are not figures.
 */
import { qualifiers, WORD_AFTER_APPROX } from '../lib/metrics.ts';
import { findNumbers, quoteStates, RANGE_JOIN, toHalfWidth, UNITS, unitOf } from '../lib/numbers.ts';
import { asOfPartYear, CHANGE, CHANGE_VERB } from '../lib/sentence-patterns.ts';
import { sameUnit } from '../lib/numbers.ts';
import type { Doubt } from './types.ts';

/** A metric as the practice and plan schemas take it. */
export interface DraftMetric {
  label: string;
  value: number;
  unit: string;
  year?: number | undefined;
  kind: 'result' | 'target' | 'baseline' | 'standard';
  approx?: boolean | undefined;
  quote: string;
  indicator?: string | undefined;
}

const TARGET_CUE = /力争|预计|目标|计划到|将(?:达|超|突破|实现|提高|增加)|到\s*20\d\d\s*年|20\d\d\s*年(?:末|底)|以上目标/;
/** A year as the sentences write it (2021年), not one that opens or closes a span (2016年-2020年, 2018-2020 年). */
const YEAR = /(?<!20\d\d\s*年?\s*[-—–－至到~～]\s*)(20\d\d)\s*年(?!\s*[-—–－至])/g;
/** What joins the two ends of a range: 5000元到1万元, 3000 元至 5000 元, 5-6 万元, 10—50 万元, 10～20人. */
const RANGE_SEP = new RegExp(`^[ \\u3000]*${RANGE_JOIN}[ \\u3000]*$`);
/** A range whose start has no unit of its own (5-6 万元, 750-1000元): the number and the separator before a figure. */
const RANGE_START = new RegExp(`\\d(?:\\.\\d+)?[ \\u3000]*[万亿千百]?[ \\u3000]*${RANGE_JOIN}[ \\u3000]*$`);
const LABEL_FILLER = /^(?:其中|同时|并|共|累计|共计|已|目前|截至目前|截止目前|全年|分别|另|此外|如|有|达|为)+/;

/** Splits a paragraph into clauses at ，。；：！？ (the spans quotes are cut from). */
function clauses(p: string): { text: string; sentence: string }[] {
  const out: { text: string; sentence: string }[] = [];
  for (const sentence of p.split(/(?<=[。！？])/)) {
    for (const c of sentence.split(/[，。；：！？,]/)) if (c.trim()) out.push({ text: c, sentence });
  }
  return out;
}

/** Options for extraction: plans state targets only; `yearHint` is the year a section's targets refer to. */
interface MetricOptions {
  kind?: 'result' | 'target';
  /** What makes a sentence state a target (default: 力争, 预计, 到 2025 年 …). */
  targetCue?: RegExp;
  yearHint?: number | undefined;
  /**
   * The date the text was issued (YYYY-MM-DD), when known. A year that had ended by then is looked back on: 到 2021 年
   * in a 2022 issue cues no target, and a figure of that year is a result.
   */
  issued?: string | undefined;
  indicators?: readonly Indicator[];
}

/** A comparable indicator as the ingest matches it: its name and any aliases, and the unit its figures must have. */
interface Indicator {
  id: string;
  name: string;
  aliases?: readonly string[] | undefined;
  unit: string;
}

/**
 * The indicator a clause names for a figure of `unit`: the longest name found whose unit fits. A name
 * found only inside a longer one does not count (居民人均可支配收入 in 农村居民人均可支配收入), whatever its unit.
 */
function indicatorOf(clause: string, unit: string, indicators: readonly Indicator[]): string | undefined {
  const names = [...indicators].sort((a, b) => b.name.length - a.name.length).map((i) => ({ i, name: i.name }));
  const taken = new Uint8Array(clause.length);
  for (const { i, name } of names) {
    for (let at = clause.indexOf(name); at >= 0; at = clause.indexOf(name, at + 1)) {
      if (taken.subarray(at, at + name.length).some((x) => x)) continue;
      taken.fill(1, at, at + name.length);
      if (sameUnit(i.unit, unit)) return i.id;
    }
  }
  return undefined;
}

const SEPARATORS = /[、和及与,\s]+$/;
const HEAD_FILLER = /(?:分别为|分别是|分别达|分别|为|达到|达|共计|合计|约为|约|超过|超|近|逾|有)$/;

/** A figure located in a clause: where its number starts and where its unit (and qualifier) ends. */
interface Located {
  at: number;
  end: number;
  value: number;
  unit: string;
  approx: boolean;
}

/** The figures of one clause, in order; years, ordinals, model numbers and unitless numbers are left out. */
function locate(clause: string): Located[] {
  const half = toHalfWidth(clause);
  const out: Located[] = [];
  let cursor = 0;
  for (const n of findNumbers(clause)) {
    const at = half.indexOf(n.text, cursor);
    if (at < 0) continue;
    cursor = at + n.text.length;
    const base = unitOf(n.after);
    // A monthly rate keeps its period (200 元/月); other rates count in the base unit (2万元/年 → 元).
    const monthly = base && new RegExp(`^[ \\u3000]*(?:余|多)?[ \\u3000]*${base}/月`).test(half.slice(cursor));
    // An alternative unit in brackets belongs to the unit: 10万套（间）.
    const alt = base && new RegExp(`^[ \\u3000]*(?:余|多)?[ \\u3000]*${base}(（[\\u4e00-\\u9fff]）)`).exec(half.slice(cursor));
    const unit = monthly ? `${base}/月` : alt && UNITS.includes(alt[1]!.slice(1, -1)) ? `${base}${alt[1]}` : base;
    const before = half.slice(0, at);
    const isYear = unit === '年' && Number.isInteger(n.value) && n.value >= 1949 && n.value <= 2100 && !/[.万亿]/.test(n.text);
    if (!unit || isYear || /第\s*$|[+＋×xX*]\s*$|[A-Za-z]$/.test(before) || /^[+＋]/.test(n.after)) continue;
    const pattern = /[/（]/.test(unit) ? unit.replace('/', '\\/') : [...unit].join('\\/?');
    // 余/多 after the unit is the figure's too (1万元多, 50万元余以上), not a word it starts (多次, 余额).
    const unitRe = new RegExp(`^[ \\u3000]*(?:余|多)?[ \\u3000]*${pattern}(?:(?:余|多)(?![${WORD_AFTER_APPROX}]))?(?:左右|以上|以下|以内)?`);
    const tail = unitRe.exec(half.slice(cursor));
    if (!tail) continue;
    out.push({ at, end: cursor + tail[0].length, value: n.value, unit, approx: n.approx });
  }
  return out;
}

/** Whether year `y` had ended by the date `issued` (YYYY-MM-DD). */
function yearEnded(y: number, issued: string | undefined): boolean {
  return issued !== undefined && `${y}-12-31` <= issued;
}

/** Whether the year at `at` in `text` (`length` long) is one a figure is compared with (比2020年, 较2020年, 与2020年相比). */
function compared(text: string, at: number, length: number): boolean {
  const before = text.slice(0, at);
  return /(?:比|较)[ \u3000]*$/.test(before) || (/(?:与|和|同)[ \u3000]*$/.test(before) && /^[ \u3000]*(?:同期)?相比/.test(text.slice(at + length)));
}

/** The last year `text` writes before `end` (from `start`), or undefined; a year compared with is not one. */
function lastYear(text: string, start: number, end: number): number | undefined {
  const from = Math.max(0, start);
  const m = [...text.slice(from, Math.max(0, end)).matchAll(YEAR)].filter((y) => !compared(text, from + y.index, y[0].length)).at(-1);
  return m ? Number(m[1]) : undefined;
}

/**
 * Where a clause states a change from one figure to another: the span of 由/从 … and the end of its 到/至 (由 2020 年的
 * 45% 提高到 2021 年的 71%, 从 2013年的 42654户减少到当前的 6537户, 从收入不足5万元到100余万元转变). The figures between
 * 由/从 and the verb (or 到/至) are the baseline; those after it are where the change got (or is to get).
 */
function changesOf(clause: string): { from: number; verb: number; to: number }[] {
  const half = toHalfWidth(clause);
  return [...half.matchAll(CHANGE)].map((m) => {
    const verb = m.index + (CHANGE_VERB.exec(m[0])?.index ?? m[0].length - 1);
    return { from: m.index, verb, to: m.index + m[0].length };
  });
}

/** Units of a span of time or a count of times. */
const TIME_UNIT = /^(?:年|个月|月|周|天|日|小时|个工作日|工作日|次|轮)$/;

/**
 * Whether a range in `unit`, with `before` and `after` it in its clause, is a span of time given as how often (每 2到 3
 * 年, 每隔1至2个月, 每年组织2至3次) or how long something takes (用3至5年时间, 力争3到5年内, 经过5到8年努力): it says
 * when, not what was achieved, so it is no range of data for the editor to weigh. A duration that is itself the
 * subject (培训时间为3至5天) is kept.
 */
export function isTimeSpan(unit: string, before: string, after: string): boolean {
  if (!TIME_UNIT.test(unit)) return false;
  const often = /每(?:隔)?[ \u3000]*$/.test(before) || (/^(?:次|轮)$/.test(unit) && /每(?:年|月|季度?|周|天|日)/.test(before));
  const long = /(?:用|经过|通过|花|历时|力争|争取|计划)[ \u3000]*$/.test(before) || /^[ \u3000]*(?:以?内|的?时间|的?努力)/.test(after);
  return often || long;
}

/** What a standard pays or sets: a subsidy, an allowance, an award, a loan ceiling. */
const STANDARD_WHAT = /补贴|津贴|补助|奖励|奖补|资助|贴息|生活费|安家费|可贷|贷款额度|授信额度/;
/** How a standard is put: per person, month, year or household, once, at most, or a rate in 元/月. */
const STANDARD_RATE = /每(?:人|名|户|家|月|年|天|日|位|次|亩|个)|一次性|最高|按月|[元]\/[月年天日]/;

/**
 * Whether a figure of `clause` is a standard a measure sets (kind `standard`): the clause speaks of a subsidy,
 * allowance, award or loan, and puts the figure as a rate (每人每月, 一次性, 最高, 元/月) before it or in its unit.
 */
function isStandard(clause: string, f: Located): boolean {
  const half = toHalfWidth(clause);
  if (!STANDARD_WHAT.test(half)) return false;
  return STANDARD_RATE.test(half.slice(0, f.end)) || /\//.test(f.unit);
}

/**
 * A drafted label kept to about `max` characters without cutting a word: a longer one ends at the last clause mark
 * (，；：。) or before the last opening bracket within `max`, keeping at least a third of it; with neither it is kept
 * whole (the editor shortens it when checking the label). A list's 、 is no place to cut: the thing counted comes
 * after the list (…、人力社保局等·机关事业单位).
 */
export function labelOf(words: string, max = 30): string {
  const chars = [...words];
  if (chars.length <= max) return words;
  for (let k = max; k >= Math.ceil(max / 3); k--) {
    if (/[，；：。,;:（(]/.test(chars[k]!)) return chars.slice(0, k).join('');
  }
  return words;
}

/** Extracts the metrics of one paragraph (body Markdown without heading marks). */
export function metricsOfParagraph(p: string, opts: MetricOptions = {}): DraftMetric[] {
  return scanParagraph(p, opts).metrics;
}

/**
 * The metrics of one paragraph, and the ranges it states (5000元到1万元, 5-6 万元), each as the phrase that states
 * it. A range is no metric: a metric has one value, and a range given as either end would say what the text does not.
 */
export function scanParagraph(p: string, opts: MetricOptions = {}): { metrics: DraftMetric[]; ranges: string[] } {
  const out: DraftMetric[] = [];
  const ranges: string[] = [];
  // The figures already taken, with their sentence and whether their clause calls them a running total (累计).
  const taken: { sentence: string; unit: string; year: number | undefined; kind: DraftMetric['kind']; total: boolean }[] = [];
  // Years that had ended when the text was issued cue no target (到 2021 年 in a 2022 issue looks back).
  const cue = opts.targetCue ?? TARGET_CUE;
  const cuesTarget = (sentence: string) => cue.test(sentence.replace(/20\d\d(?=\s*年)/g, (y) => (yearEnded(Number(y), opts.issued) ? '＿＿＿＿' : y)));
  for (const { text: clause, sentence } of clauses(p)) {
    const figures = locate(clause);
    const changes = changesOf(clause);
    const lead = clause.length - clause.trimStart().length;
    const inSentence = sentence.indexOf(clause);
    // The figures of a range, and the phrase stating it: from the figure before it (or the clause start) to its end.
    const half = toHalfWidth(clause);
    const inRange = new Set<Located>();
    // The last figures of spans of time given as how often or how long (每 2到 3 年, 用3至5年时间): no data.
    const spans = new Set<Located>();
    const phrase = (first: number, last: Located) => clause.slice(figures[first - 1]?.end ?? lead, last.end).replace(/^[、，,和及与\s]+/, '').trim();
    figures.forEach((f, k) => {
      const next = figures[k + 1];
      if (inRange.has(f)) return;
      // 从 A 到 B is a change, unless B 不等 (从 5000 元到 1 万元不等).
      const change = next && changes.some((c) => c.from < f.at && f.end <= c.verb && next.at >= c.to) && !/^[ \u3000]*不等/.test(half.slice(next.end));
      const before = half.slice(figures[k - 1]?.end ?? 0, f.at);
      if (next && !change && RANGE_SEP.test(half.slice(f.end, next.at)) && sameUnit(f.unit, next.unit)) {
        inRange.add(f).add(next);
        if (isTimeSpan(next.unit, before, half.slice(next.end))) spans.add(next);
        else ranges.push(phrase(k, next));
      } else if (RANGE_START.test(before)) {
        inRange.add(f);
        if (isTimeSpan(f.unit, before.replace(RANGE_START, ''), half.slice(f.end))) spans.add(f);
        else ranges.push(phrase(k, f));
      }
    });
    figures.forEach((f, k) => {
      if (inRange.has(f)) return;
      // A figure between 由/从 and the verb of a change is its baseline; one after the 到/至, the change's end.
      const change = changes.find((c) => f.at > c.from && f.end <= c.verb && figures.some((g) => g.at >= c.to));
      const end = change ? undefined : changes.find((c) => f.at >= c.to && figures.some((g) => g.at > c.from && g.end <= c.verb));
      const prev = figures[k - 1];
      const next = figures[k + 1];
      // The quote: from the clause start (or, in a long list, the previous figure) to just before the next figure.
      const start = prev && f.end - lead > 40 ? prev.at : lead;
      let stop = next && !change ? next.at : change ? f.end : clause.length;
      while (stop > f.end && SEPARATORS.test(clause.slice(f.end, stop))) stop--;
      if (stop - f.end > 20) stop = f.end;
      const quote = clause.slice(start, stop).trim();
      if (!quoteStates(quote, f.value, f.unit)) return;
      const head = (prev ? clause.slice(prev.end, f.at).split('、').at(-1)! : clause.slice(lead, f.at))
        .replace(/[“”"‘’《》\s]/g, '')
        .replace(/^[、和及与]+/, '')
        .replace(prev && spans.has(prev) ? /^(?:以?内|的?时间)/ : /(?!)/, '')
        .replace(LABEL_FILLER, '')
        .replace(HEAD_FILLER, '');
      const tail = clause.slice(f.end, stop).replace(/[“”"‘’《》\s]/g, '').replace(/^[的]/, '');
      const words = `${head}${head && tail ? '·' : ''}${tail}`;
      const label = words.length >= 2 ? labelOf(words) : quote;
      const upTo = inSentence + f.at;
      // The year written for the figure: for a baseline, after 由/从 (由 2020 年的 45%); for a change's end, after the
      // verb (提高到 2021 年的 71%) or else before the change (到 2025 年，…由…提高到…); otherwise the last one before it.
      const written = change
        ? lastYear(sentence, inSentence + change.from, upTo)
        : end
          ? (lastYear(sentence, inSentence + end.to, upTo) ?? lastYear(sentence, 0, inSentence + end.from))
          : lastYear(sentence, 0, upTo);
      // A figure its sentence gives for every year (每年组织职业技能培训 5000 人次以上, 低收入农户收入年均增长 15%) is no one
      // year's: the year of its section (主要目标: 力争到 2025 年) is not written for it, and the page would show it as that
      // year's target. Only a year its own sentence writes before it is its year (the check: yearOfSentence).
      const yearly = /每年|年均/.test(sentence.slice(0, upTo)) || /每年|年均/.test(quote);
      let year = written ?? (change || yearly ? undefined : opts.yearHint);
      let kind: DraftMetric['kind'] = change ? 'baseline' : cuesTarget(sentence) ? 'target' : 'result';
      // A figure of a year that had ended when the text was issued is no target, whatever else the sentence says
      // (2021年以来 opens a span that has not ended).
      const since = written !== undefined && !change && !end && new RegExp(`${written}\\s*年\\s*(?:以来|起|开始)`).test(sentence.slice(0, upTo));
      if (kind === 'target' && written !== undefined && yearEnded(written, opts.issued) && !since) kind = 'result';
      // A rate a measure pays or sets (每人每月1000元生活补贴, 200元/月技能津贴, 最高可贷50万元) is a standard, not an outcome.
      if (kind === 'result' && isStandard(clause, f)) kind = 'standard';
      if (opts.kind) kind = opts.kind;
      // A running total after the period's own figure in its sentence (2021年1-7月，…完成投资3.06亿元，累计完成投资
      // 96.4亿元) is the total since the start: the sentence's year is the other figure's, not the total's.
      const total = clause.slice(lead, f.at).includes('累计');
      if (total && kind === 'result' && year !== undefined && taken.some((t) => t.sentence === sentence && !t.total && t.kind === 'result' && t.year === year && sameUnit(t.unit, f.unit))) year = undefined;
      // A total up to a date within the year (截至2021年5月底，共开出…45笔) is not the year's figure either.
      if (kind === 'result' && year !== undefined && asOfPartYear(sentence.slice(0, upTo))?.year === year) year = undefined;
      taken.push({ sentence, unit: f.unit, year, kind, total });
      const indicator = opts.indicators && indicatorOf(clause, f.unit, opts.indicators);
      out.push({
        label,
        value: f.value,
        unit: f.unit,
        ...(year !== undefined ? { year } : {}),
        kind,
        ...((qualifiers({ label, value: f.value, unit: f.unit, kind, quote })?.approximate ?? f.approx) ? { approx: true } : {}),
        quote,
        ...(indicator ? { indicator } : {}),
      });
    });
  }
  return { metrics: out, ranges };
}

/**
 * Metrics of a whole body, each checked against the body; with one doubt per metric for the editor, and one on the
 * metrics list naming the ranges left out (`ranges`, the phrases stating them).
 */
export function extractMetrics(body: string, opts: MetricOptions = {}): { metrics: DraftMetric[]; doubts: Doubt[]; ranges: string[] } {
  const metrics: DraftMetric[] = [];
  const ranges: string[] = [];
  for (const block of body.split(/\n\s*\n/)) {
    if (/^\[\^/.test(block)) continue; // footnote texts explain a label, they state no figures
    // A footnote mark ends a quote (the check refuses a quote across one): it is read as a clause break.
    const text = block.replace(/^#{1,6}\s+/, '').replace(/\[\^[^\]]+\]/g, '，');
    const found = scanParagraph(text, opts);
    for (const m of found.metrics) if (body.includes(m.quote)) metrics.push(m);
    ranges.push(...found.ranges);
  }
  // What to check on each figure is its unverified line (src/ingest/write.ts), which the check enforces: no comment
  // repeats it.
  const doubts: Doubt[] = ranges.length ? [{ field: 'metrics', note: rangeNote(ranges) }] : [];
  return { metrics, doubts, ranges };
}

/** The editor's note on ranges left out of the metrics. */
export function rangeNote(ranges: readonly string[]): string {
  return `正文中的范围未提取为数据（一条数据只有一个 value，范围的哪一端都不等于原文）：${ranges.map((r) => `“${r}”`).join('、')}；确认无需收录后删除本注释`;
}
