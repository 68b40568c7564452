/**
 * Comparable figures: metrics of practices and plans that share an indicator id, grouped so counties can be compared.
 */
import { formatDate } from './format.ts';
import { KIND_LABEL, printedValue, labelDate, relativeDateNote, type MetricLike } from './metrics.ts';
import { sameUnit } from './numbers.ts';

export interface Sourced {
  /** Page kind, route and id of the page the figure comes from. */
  kind: 'practice' | 'plan';
  id: string;
  title: string;
  region: string;
  /** Publication date, when known: tells two figures of one region apart. */
  date?: Date | undefined;
  metrics: readonly MetricLike[];
}

interface IndicatorRow {
  metric: MetricLike;
  /** 1-based position of the metric on its page: its sentence anchor is #m-{n}. */
  n: number;
  source: Sourced;
}

/** Rows per indicator id, each list ordered by kind (results first), then value descending, then page id. */
export function groupByIndicator(sources: readonly Sourced[]): Map<string, IndicatorRow[]> {
  const out = new Map<string, IndicatorRow[]>();
  for (const source of sources) {
    source.metrics.forEach((metric, i) => {
      if (!metric.indicator) return;
      const list = out.get(metric.indicator) ?? [];
      list.push({ metric, n: i + 1, source });
      out.set(metric.indicator, list);
    });
  }
  for (const list of out.values()) {
    list.sort(
      (a, b) =>
        (a.metric.kind === b.metric.kind ? 0 : a.metric.kind === 'result' ? -1 : 1) ||
        b.metric.value - a.metric.value ||
        (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : a.n - b.n),
    );
  }
  return out;
}

/**
 * The sentences quoted for more than one figure among `rows` (one page's sentence giving two figures: 分别达到 70%、45%),
 * as `quoteKey`s. Elsewhere a quote's link names its figure by the quote's own words; for these the link must say
 * which of its figures it is, or two links of the page read alike and lead to different places.
 */
export function quotedForSeveral(rows: Iterable<IndicatorRow>): Set<string> {
  const seen = new Set<string>();
  const several = new Set<string>();
  for (const r of rows) {
    const key = quoteKey(r);
    if (seen.has(key)) several.add(key);
    seen.add(key);
  }
  return several;
}

/** A quoted sentence of one page: its kind, id and quote. */
export const quoteKey = (r: IndicatorRow): string => `${r.source.kind}/${r.source.id}\n${r.metric.quote}`;

/** The regions an indicator has figures from (a chart needs two or more). */
export function regionsOf(rows: readonly IndicatorRow[]): Set<string> {
  return new Set(rows.map((r) => r.source.region));
}

/**
 * Rows for one chart, comparing like with like: results (targets are not drawn against results) whose year is stated
 * (a running total or a figure “截至目前” has none, and is not drawn beside a year's figure), all of one year: the
 * latest year with figures from two or more regions. One bar per region: its newest published figure of that year
 * (then the larger). Empty when no year has two regions.
 */
export function chartRows(rows: readonly IndicatorRow[]): IndicatorRow[] {
  const byYear = new Map<number, Map<string, IndicatorRow>>();
  for (const r of rows) {
    const year = r.metric.year;
    if (r.metric.kind !== 'result' || year === undefined) continue;
    let latest = byYear.get(year);
    if (!latest) byYear.set(year, (latest = new Map()));
    const prev = latest.get(r.source.region);
    const t = r.source.date?.getTime() ?? 0;
    const pt = prev?.source.date?.getTime() ?? 0;
    if (!prev || t > pt || (t === pt && r.metric.value > prev.metric.value)) latest.set(r.source.region, r);
  }
  for (const year of [...byYear.keys()].sort((a, b) => b - a)) {
    const bars = [...byYear.get(year)!.values()];
    if (bars.length >= 2) return bars.sort((a, b) => b.metric.value - a.metric.value || (a.source.region < b.source.region ? -1 : 1));
  }
  return [];
}

/** Results of an indicator that no chart draws because their year is not stated. */
export function undatedResults(rows: readonly IndicatorRow[]): IndicatorRow[] {
  return rows.filter((r) => r.metric.kind === 'result' && r.metric.year === undefined);
}

/**
 * Bars that compare like with like: a region's figure is left out when another bar is for a region inside it (台州市's
 * total beside its counties' figures), and returned in `totals`, for the page to say so. `parentOf` gives a region's
 * parent region id. Fewer than two bars left: no chart.
 */
export function splitTotals(
  bars: readonly IndicatorRow[],
  parentOf: (region: string) => string | undefined,
): { bars: IndicatorRow[]; totals: IndicatorRow[] } {
  const inside = (outer: string, region: string): boolean => {
    for (let p = parentOf(region), n = 0; p !== undefined && n < 10; p = parentOf(p), n++) if (p === outer) return true;
    return false;
  };
  const totals = bars.filter((b) => bars.some((o) => o !== b && inside(b.source.region, o.source.region)));
  const kept = bars.filter((b) => !totals.includes(b));
  return { bars: kept.length >= 2 ? kept : [], totals };
}

/**
 * What an indicator's section on /metrics/ says about where its figures come from, and its table's name: “各地数据”
 * only when two or more regions report it. `regions` are the reporting regions' names.
 */
export function reachText(count: number, regions: readonly string[], indicator: string): { count: string; caption: string } {
  if (regions.length === 1) {
    return { count: `${count}项数据，目前只有${regions[0]}报告，暂无其他地区的同类数据可比较`, caption: `${indicator}：${regions[0]}的数据` };
  }
  return { count: `${count}项数据，来自${regions.length}个地区`, caption: `${indicator}：各地数据` };
}

/**
 * What an indicator's section on /metrics/ says when some of its figures are counted in another unit than the one its
 * heading gives (indicators.yaml `otherUnits`: 市场主体 in 家, 台州市's plan in 户), naming the regions whose texts
 * count in each: else a heading 市场主体（家） stood over 90万户 with no word of it. Empty when every figure is in the
 * indicator's unit or one counting the same (名 for 人: sameUnit). `regionName` gives a region id's name.
 */
export function otherUnitsText(rows: readonly IndicatorRow[], unit: string, regionName: (id: string) => string): string {
  const byUnit = new Map<string, string[]>();
  for (const r of rows) {
    if (sameUnit(r.metric.unit, unit)) continue;
    const names = byUnit.get(r.metric.unit) ?? [];
    const name = regionName(r.source.region);
    if (!names.includes(name)) names.push(name);
    byUnit.set(r.metric.unit, names);
  }
  if (byUnit.size === 0) return '';
  const others = [...byUnit].map(([u, names]) => `${names.join('、')}的原文以“${u}”计`);
  return `本指标以“${unit}”计；${others.join('，')}。`;
}

/**
 * The indicators that have figures, in the order /metrics/ shows them: figures from the most regions first (those are
 * the comparisons readers come for), then the most figures, then by id.
 */
export function indicatorsByReach<T extends { id: string }>(indicators: readonly T[], grouped: ReadonlyMap<string, readonly IndicatorRow[]>): T[] {
  const regions = (id: string) => regionsOf(grouped.get(id)!).size;
  const figures = (id: string) => grouped.get(id)!.length;
  return indicators
    .filter((i) => grouped.has(i.id))
    .sort((a, b) => regions(b.id) - regions(a.id) || figures(b.id) - figures(a.id) || (a.id < b.id ? -1 : 1));
}

/**
 * The figures of each source that no indicator groups, source by source in the order given (with sources newest
 * first, the newest first), sources without one left out.
 */
export function otherFigures(sources: readonly Sourced[]): { source: Sourced; rows: MetricLike[] }[] {
  return sources
    .map((source) => ({ source, rows: source.metrics.filter((m) => !m.indicator) }))
    .filter((x) => x.rows.length > 0);
}

/**
 * Targets of several plans aligned by indicator: for each indicator (in the order given) one cell per plan, holding
 * that plan's targets of the indicator with `n`, their 1-based position (anchor #m-{n}). Only indicators that two or
 * more plans state a target of.
 */
export function alignedTargets<I extends { id: string }>(
  indicators: readonly I[],
  targetsOfPlans: readonly (readonly MetricLike[])[],
): { ind: I; cells: { t: MetricLike; n: number }[][] }[] {
  return indicators
    .map((ind) => ({ ind, cells: targetsOfPlans.map((targets) => targets.map((t, i) => ({ t, n: i + 1 })).filter(({ t }) => t.indicator === ind.id)) }))
    .filter((row) => row.cells.filter((cell) => cell.length > 0).length >= 2);
}

/**
 * The year column of an indicator's table: the figure's year; for a result whose text gives none (截至目前), when its
 * page was published, `未注明（2022年1月发布）`; otherwise `—`. A result dated by a word relative to its issue, which its
 * label notes (引育高校毕业生（截至今年上半年）, as the content check asks), is dated as printed, with the year the
 * issue's printed date makes it: `截至今年上半年（今年即2021年：2021年12月1日印发）` (a total up to that date, not the
 * year's, so no bare 2021). A result whose label closes with a date (玉贸贷业务保函（截至2021年5月底）) shows that date.
 */
export function yearText(row: IndicatorRow): string {
  if (row.metric.year !== undefined) return String(row.metric.year);
  const date = row.source.date;
  if (!date || row.metric.kind !== 'result') return '—';
  const relative = relativeDateNote(row.metric.label);
  if (relative) {
    const year = date.getUTCFullYear() - (relative.word === '去年' || relative.word === '上年' ? 1 : 0);
    return `${relative.note}（${relative.word}即${year}年：${formatDate(date)}印发）`;
  }
  // A total up to a date its label prints (玉贸贷业务保函（截至2021年5月底）): that date, as printed.
  const printed = labelDate(row.metric.label);
  if (printed) return printed;
  return `未注明（${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月发布）`;
}

/** The columns of {@link figureTable}, as /metrics/data.csv heads them. */
export const FIGURE_COLUMNS = ['来源类型', '来源', '地区', '发布日期', '指标', '数据名称', '数值', '单位', '原文写法', '类型', '年份', '原文句子', '网址'] as const;

/**
 * Every figure of `sources`, one row each, in the order given (pages) and on each page in its own order, for
 * /metrics/data.csv: the page it comes from, its value and unit as a spreadsheet sums them (204000000, 元), as its
 * sentence prints it (2.04亿元, 10738人/次: {@link printedValue}), the sentence itself, and the address of that sentence on its page (#m-{n}).
 */
export function figureTable(
  sources: readonly Sourced[],
  look: { regionName(id: string): string; indicatorName(id: string): string | undefined; href(source: Sourced, n: number): string },
): (string | number | undefined)[][] {
  return sources.flatMap((source) =>
    source.metrics.map((m, i) => [
      source.kind === 'practice' ? '案例' : '方案',
      source.title,
      look.regionName(source.region),
      source.date?.toISOString().slice(0, 10),
      m.indicator ? look.indicatorName(m.indicator) : undefined,
      m.label,
      m.value,
      m.unit,
      printedValue(m),
      KIND_LABEL[m.kind],
      m.year,
      m.quote,
      look.href(source, i + 1),
    ]),
  );
}

/** A page figures come from, as /metrics/ dates it: its publication date (when known) and how it is cited. */
export interface DatedSource {
  date?: Date | undefined;
  /** The issue (《台州共富工作简报（实践创新）》第3期) or the plan (《…行动方案》). */
  cited: string;
}

/**
 * What date the figures of /metrics/ are as of, on screen and on paper: the newest dated source's date and what it is
 * (收录截至2022年1月25日，最新来源：《台州共富工作简报》（期号未注明））; every source of that date is named, once.
 * Undefined when no source is dated.
 */
export function asOfText(sources: readonly DatedSource[]): string | undefined {
  const dated = sources.filter((s): s is DatedSource & { date: Date } => s.date !== undefined);
  if (dated.length === 0) return undefined;
  const newest = Math.max(...dated.map((s) => s.date.getTime()));
  const named = [...new Set(dated.filter((s) => s.date.getTime() === newest).map((s) => s.cited))];
  return `收录截至${formatDate(new Date(newest))}，最新来源：${named.join('、')}`;
}
