/**
 * Every figure of a body as a metric: its value with 万/亿 resolved (findNumbers), its unit, whether it is
 * approximate, the year and kind its sentence gives, and an exact quote — the clause of the body that states it, so
 * the content check can prove quote and value agree. Years, dates, ordinals and model numbers are not figures.
 */
import { findNumbers, quoteStates, toHalfWidth } from '../lib/numbers.ts';
import { sameUnit } from '../lib/validate.ts';
import type { Doubt } from './types.ts';

/** A metric as the practice and plan schemas take it. */
export interface DraftMetric {
  label: string;
  value: number;
  unit: string;
  year?: number | undefined;
  kind: 'result' | 'target';
  approx?: boolean | undefined;
  quote: string;
  indicator?: string | undefined;
}

/** Units a figure may carry, longest first so 人次 wins over 人 and 个月 over 个. */
export const UNITS = [
  '平方公里', '平方米', '个百分点', '百分点', '公里', '千米', '人次', '户次', '场次', '个月', '小时', '分钟', '千瓦', '基点',
  '人', '名', '位', '户', '家', '个', '元', '%', '亩', '项', '次', '场', '所', '套', '倍', '期', '股', '村', '台', '件',
  '条', '类', '种', '批', '岁', '年', '对', '起', '篇', '支', '座', '吨', '辆', '间', '张', '份', '枚', '届', '周', '天',
  '床', '处', '栋', '幢', '只', '头', '株', '棵', '本', '部',
].filter((u, i, a) => a.indexOf(u) === i);

/** The unit at the start of `after` (findNumbers' text after a number, `/` removed), or undefined. */
export function unitOf(after: string): string | undefined {
  return UNITS.find((u) => after.startsWith(u));
}

const TARGET_CUE = /力争|预计|目标|计划到|将(?:达|超|突破|实现|提高|增加)|到\s*20\d\d\s*年|20\d\d\s*年(?:末|底)|以上目标/;
const LABEL_FILLER = /^(?:其中|同时|并|共|累计|共计|已|目前|截至目前|截止目前|全年|分别|另|此外|如|有|达|为)+/;

/** Splits a paragraph into clauses at ，。；：！？ (the spans quotes are cut from). */
function clauses(p: string): { text: string; sentence: string }[] {
  const out: { text: string; sentence: string }[] = [];
  for (const sentence of p.split(/(?<=[。！？；])/)) {
    for (const c of sentence.split(/[，。；：！？,]/)) if (c.trim()) out.push({ text: c, sentence });
  }
  return out;
}

/** Options for extraction: plans state targets only; `yearHint` is the year a section's targets refer to. */
export interface MetricOptions {
  kind?: 'result' | 'target';
  yearHint?: number | undefined;
  indicators?: readonly { id: string; name: string; unit: string }[];
}

/** Extracts the metrics of one paragraph (body Markdown without heading marks). */
export function metricsOfParagraph(p: string, opts: MetricOptions = {}): DraftMetric[] {
  const out: DraftMetric[] = [];
  for (const { text: clause, sentence } of clauses(p)) {
    const half = toHalfWidth(clause);
    let cursor = 0;
    let prevStart = 0;
    for (const n of findNumbers(clause)) {
      const idx = half.indexOf(n.text, cursor);
      if (idx < 0) continue;
      cursor = idx + n.text.length;
      const unit = unitOf(n.after);
      const before = half.slice(0, idx);
      const isYear = unit === '年' && Number.isInteger(n.value) && n.value >= 1949 && n.value <= 2100 && !/[.万亿]/.test(n.text);
      if (!unit || isYear || /第\s*$|[+＋×xX*]\s*$|[A-Za-z]$/.test(before) || /^[+＋]/.test(n.after)) {
        prevStart = idx;
        continue;
      }
      // The quote runs from the clause start (or, in a long list, the previous figure) to the end of the unit.
      const unitRe = new RegExp(`^[ \\u3000]*(?:余|多)?[ \\u3000]*${[...unit].map((c) => c.replace(/[%]/, '%')).join('\\/?')}(?:左右|以上|以下|以内|多)?`);
      const tail = unitRe.exec(half.slice(cursor));
      if (!tail) continue;
      const end = cursor + tail[0].length;
      let start = clause.length - clause.trimStart().length;
      if (end - start > 40 && prevStart > start) start = prevStart;
      const quote = clause.slice(start, end).trim();
      prevStart = idx;
      const value = n.value;
      if (!quoteStates(quote, value, unit)) continue;
      const head = half.slice(0, idx).replace(/[“”"‘’《》（）()\s]/g, '').replace(LABEL_FILLER, '');
      const label = head.length >= 2 ? head.slice(-24) : quote;
      const yearM = [...sentence.slice(0, sentence.indexOf(clause) + idx).matchAll(/(20\d\d)\s*年(?!\s*[-—–－至])/g)].at(-1);
      const year = yearM ? Number(yearM[1]) : opts.yearHint;
      const kind = opts.kind ?? (TARGET_CUE.test(sentence) ? 'target' : 'result');
      const indicator = opts.indicators?.find((i) => clause.includes(i.name) && sameUnit(i.unit, unit))?.id;
      out.push({
        label,
        value,
        unit,
        ...(year !== undefined ? { year } : {}),
        kind,
        ...(n.approx ? { approx: true } : {}),
        quote,
        ...(indicator ? { indicator } : {}),
      });
    }
  }
  return out;
}

/** Metrics of a whole body, each checked against the body; with one doubt per metric for the editor. */
export function extractMetrics(body: string, opts: MetricOptions = {}): { metrics: DraftMetric[]; doubts: Doubt[] } {
  const metrics: DraftMetric[] = [];
  for (const block of body.split(/\n\s*\n/)) {
    if (/^\[\^/.test(block)) continue; // footnote texts explain a label, they state no figures
    const text = block.replace(/^#{1,6}\s+/, '');
    for (const m of metricsOfParagraph(text, opts)) if (body.includes(m.quote)) metrics.push(m);
  }
  const doubts = metrics.map((m, i) => ({ field: `metrics[${i}]`, note: `自动提取：label 需改写${m.indicator ? `，indicator ${m.indicator} 请核对` : ''}` }));
  return { metrics, doubts };
}
