/**
 * Horizontal bar charts, built as HTML at build time: pure maths, unit-tested. Bars are proportional to their values
 * from a zero baseline; zero and single values are handled.
 */

export interface Bar {
  label: string;
  value: number;
  /** Text printed at the end of the bar, e.g. 4503人. */
  valueText: string;
}

interface SharedBar extends Bar {
  /** The bar's length as a share of the longest, 0–1 (0 for a value of zero or below, or when all are zero). */
  share: number;
}

/** Each bar's length as a share of the longest bar. */
export function barShares(bars: readonly Bar[]): SharedBar[] {
  const max = Math.max(0, ...bars.map((b) => b.value));
  return bars.map((b) => ({ ...b, share: max > 0 ? Math.max(0, Math.round((b.value / max) * 10000) / 10000) : 0 }));
}
