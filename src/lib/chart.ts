/**
 * Horizontal bar charts drawn at build time as SVG: pure layout maths, unit-tested. Bars are proportional to their
 * values from a zero baseline; zero and single values are handled; long Chinese labels wrap instead of being clipped.
 */

export interface Bar {
  label: string;
  value: number;
  /** Text printed at the end of the bar, e.g. 4503人. */
  valueText: string;
}

export interface BarLayout {
  label: string[];
  valueText: string;
  /** Bar rectangle. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the value text starts. */
  textX: number;
  textY: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  labelWidth: number;
  bars: BarLayout[];
}

const CHAR = 16; // px per CJK character at the chart's font size
const LINE = 20;
const BAR = 24;
const GAP = 14;

/** Splits a label into lines of at most `perLine` characters (code points), never dropping any. */
export function wrapLabel(label: string, perLine: number): string[] {
  const chars = [...label];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += perLine) lines.push(chars.slice(i, i + perLine).join(''));
  return lines.length ? lines : [''];
}

/** Lays out bars for a chart `width` px wide: lengths proportional to value / max, labels wrapped to fit. */
export function layoutBars(bars: readonly Bar[], width = 640, labelChars = 8): ChartLayout {
  const labelWidth = labelChars * CHAR + 8;
  const valueRoom = Math.max(...bars.map((b) => [...b.valueText].length * 10), 60) + 8;
  const plot = Math.max(40, width - labelWidth - valueRoom);
  const max = Math.max(0, ...bars.map((b) => b.value));
  let y = GAP / 2;
  const out: BarLayout[] = bars.map((b) => {
    const label = wrapLabel(b.label, labelChars);
    const rowHeight = Math.max(BAR, label.length * LINE);
    const w = max > 0 ? Math.max(0, (b.value / max) * plot) : 0;
    const top = y + (rowHeight - BAR) / 2;
    const layout = { label, valueText: b.valueText, x: labelWidth, y: top, width: w, height: BAR, textX: labelWidth + w + 6, textY: top + BAR / 2 + 5 };
    y += rowHeight + GAP;
    return layout;
  });
  return { width, height: Math.ceil(y - GAP / 2), labelWidth, bars: out };
}
