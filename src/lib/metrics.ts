/** Metric helpers: how a figure is shown, and which figures a card list leads with. Pure; unit-tested. */
import { findNumbers, tidy, toHalfWidth } from './numbers.ts';
import { formatValue } from './format.ts';

export interface MetricLike {
  label: string;
  value: number;
  unit: string;
  kind: 'result' | 'target';
  quote: string;
  approx?: boolean | undefined;
  year?: number | undefined;
  indicator?: string | undefined;
}

/**
 * The figure as its sentence writes it (3.92 万人 → 3.92万人, 30 余万元 → 30余万元), with the bound the sentence
 * puts after its unit (82%以上, 3.5%以内, 1%以下), falling back to a formatted value when the quote does not
 * contain it.
 */
export function displayValue(m: MetricLike): string {
  const n = findNumbers(m.quote).find((f) => f.value === tidy(m.value));
  if (!n) return formatValue(m.value, m.unit, m.approx);
  const text = toHalfWidth(n.text).replace(/[ \u3000]/g, '');
  const after = quoteAfter(m.quote, n.text).replace(/[ \u3000]/g, '');
  const approx = m.approx && /^[余多]/.test(after) ? after[0]! : '';
  const rest = after.slice(approx.length);
  const bound = rest.startsWith(m.unit) ? (/^(?:以上|以下|以内)/.exec(rest.slice(m.unit.length))?.[0] ?? '') : '';
  return `${text}${approx}${m.unit}${bound}`;
}

function quoteAfter(quote: string, numberText: string): string {
  const q = toHalfWidth(quote);
  const at = q.indexOf(numberText);
  return at < 0 ? '' : q.slice(at + numberText.length).replace(/^[ \u3000]+/, '');
}

/**
 * The metrics a summary shows first: those with a comparable indicator, then results, keeping the text's order among
 * equals; a figure of a year well before `asOf` (the year of the text: a starting point such as 2013年的 42654户) comes
 * after all others. Deterministic.
 */
export function headlineMetrics<T extends MetricLike>(metrics: readonly T[], n: number, asOf?: number): T[] {
  const past = (m: T) => asOf !== undefined && m.year !== undefined && m.year < asOf - 1;
  return metrics
    .map((m, i) => ({ m, i, score: (m.indicator ? 2 : 0) + (m.kind === 'result' ? 1 : 0) - (past(m) ? 4 : 0) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, n)
    .map((x) => x.m);
}
