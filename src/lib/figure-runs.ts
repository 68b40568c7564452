/**
 * Figures in running text, kept on one line. A browser may break a line between a number and the Chinese character
 * after it (2568.85|万元, 4.7万|人, 2021|年): on a phone the number ends one line and its unit starts the next, which
 * reads as two things. The runs below are wrapped (src/markdown/rehype-figures.ts, src/components/Figures.astro) in a
 * span the stylesheet keeps whole (.fig, src/styles/global.css).
 */
import { UNITS } from './numbers.ts';
import { escapeXml } from './xml.ts';

/** A piece of a text: a figure with its multiplier and unit, or the text between figures. */
export interface TextRun {
  text: string;
  figure: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NUMBER = '[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?';
const SPACE = '[ \\u3000]*';
/** A number, or a range of two (2021-2025, 10—50, 3～5, 5至8): a browser may break after the dash, 2021-|2025年. */
const DIGITS = `${NUMBER}(?:${SPACE}[-－—–~～至]${SPACE}${NUMBER})?`;
const UNIT = `(?:${[...UNITS, '％'].map(escape).join('|')})`;
/** A date, read as one thing: 2021年9月30日, 2022年1月, 9月30日 (a browser breaks 2021年9|月). */
const DATE = `(?:[0-9０-９]{4}${SPACE}年${SPACE})?[0-9０-９]{1,2}${SPACE}月(?:${SPACE}[0-9０-９]{1,2}${SPACE}日)?`;
/**
 * A number or a range, then what belongs to it on the line: 余/多, 万/亿, a unit (longest first), a rate's /月 or /人: 30 余万元,
 * 2.58 万人次, 5.8 万元/年. A figure of digits alone is one word to the browser already and is left as it is.
 */
const FIGURE = new RegExp(`${DATE}|${DIGITS}(?:${SPACE}(?:余|多))?(?:${SPACE}(?:万|亿))?(?:${SPACE}${UNIT}(?:/${UNIT}|/[月年天日])?)?`, 'g');
const DIGITS_ONLY = new RegExp(`^${NUMBER}$`);

/** `text` cut into runs: each figure that the browser could break (it has a multiplier or a unit) on its own. */
export function figureRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(FIGURE)) {
    if (DIGITS_ONLY.test(m[0])) continue;
    if (m.index > at) runs.push({ text: text.slice(at, m.index), figure: false });
    runs.push({ text: m[0], figure: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), figure: false });
  return runs;
}

/**
 * `text` as HTML, escaped, each figure in `<span class="fig">`: for `set:html` where a text is shown many times on a
 * page (titles in lists of thousands of practices), which a component per item would make slow to build.
 */
export function figuresHtml(text: string): string {
  return figureRuns(text).map((r) => (r.figure ? `<span class="fig">${escapeXml(r.text)}</span>` : escapeXml(r.text))).join('');
}
