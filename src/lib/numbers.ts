/**
 * Numbers as Chinese government texts write them: Arabic digits, full- or half-width, with 万 (10^4) and 亿 (10^8)
 * multipliers and a unit after them (3.92万人, 439.525万元, 18.7%, 10738人/次).
 */

const MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Full-width digits (０-９, typed with a Chinese input method) to ASCII digits; nothing else changes. */
export function halfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Full-width digits and signs to half-width; spaces inside numbers and between numbers and units removed. */
export function toHalfWidth(s: string): string {
  return halfWidthDigits(s)
    .replace(/．/g, '.')
    .replace(/％/g, '%')
    .replace(/，(?=\d{3}(?!\d))/g, ',');
}

/** A number found in a text, with its multiplier resolved and the unit that follows it. */
export interface FoundNumber {
  /** The value with 万/亿 resolved (3.92万 → 39200). */
  value: number;
  /** The characters that follow the number (up to six, 余/多/左右 and "/" skipped): where its unit is. */
  after: string;
  /** The same with "/" kept and spaces removed: 元/月 is a rate, not 元. */
  afterRaw: string;
  /**
   * True when 余, 多, 约, 近, 左右 qualify it. 超, 超过, 逾 are bounds (more than), not approximations: a figure after
   * them is not approximate (docs/editing.md, approx).
   */
  approx: boolean;
  /** The number as written, e.g. `3.92 万`. */
  text: string;
  /**
   * For a number that opens or continues a list of bare numbers sharing one unit after the last (分别达到 35.5 万、3.8
   * 万、12 万人): what follows the list's last number, where the shared unit is. Undefined otherwise.
   */
  listAfter?: string;
}

/** The rest of a list of bare numbers after one of them: `、3.8 万、12 万` (with 、 or 和/及 between the items). */
const LIST_REST = /^(?:[ \u3000]*[、和及][ \u3000]*\d+(?:\.\d+)?[ \u3000]*(?:万|亿)?)+[ \u3000]*/;

/**
 * 余/多 right after a figure's unit (30%多, 1倍多, 2个百分点多): the figure is approximate, as with 余/多 before the
 * unit (30多%). Not 多 that opens a word of its own (慰问3人多次, 30%，多措并举 has a comma anyway).
 */
export const TRAIL_AFTER_UNIT = /^[ \u3000]*([余多])(?![次个家种项元样方措层渠部名位户件批类重岗村地点条所])/u;

/** Rounds away binary floating-point noise (0.6 * 1e4 = 6000.000000000001). */
export function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

/** Every number in `text`, in order. */
export function findNumbers(text: string): FoundNumber[] {
  const s = toHalfWidth(text);
  const out: FoundNumber[] = [];
  // 余/多 may stand before the multiplier too: 30 余万元, 22.9余万人次.
  const re = /(\d+(?:,\d{3})*(?:\.\d+)?)[ \u3000]*(余|多)?[ \u3000]*(万|亿)?/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const digits = m[1]!.replace(/,/g, '');
    const mult = m[3] ? MULTIPLIER[m[3]]! : 1;
    const rest = s.slice(m.index + m[0].length);
    const qualifier = m[2] ? m : /^[ \u3000]*(余|多|左右)/.exec(rest);
    const afterRaw = rest.slice(qualifier && !m[2] ? qualifier[0].length : 0).replace(/^[ \u3000]+/, '');
    const before = s.slice(Math.max(0, m.index - 2), m.index);
    const list = qualifier ? null : LIST_REST.exec(rest);
    const unit = unitOf(afterRaw.replace(/\//g, ''));
    const trailsUnit = unit !== undefined && TRAIL_AFTER_UNIT.test(afterRaw.slice(unit.length));
    out.push({
      value: tidy(Number(digits) * mult),
      after: afterRaw.replace(/\//g, '').slice(0, 6),
      afterRaw: afterRaw.replace(/[ \u3000]/g, '').slice(0, 8),
      approx: Boolean(qualifier) || trailsUnit || /[约近]$/.test(before.trim()) || /^[ \u3000]*左右/.test(afterRaw),
      text: m[0].trim(),
      ...(list ? { listAfter: rest.slice(list[0].length).replace(/\//g, '').slice(0, 6) } : {}),
    });
  }
  return out;
}

/**
 * Whether `quote` states `value` in `unit`: some number of the quote, with 万/亿 resolved, equals the value and is
 * followed by the unit (`%` for percentages; `人次` also matches `人/次`), or is a bare number of a list whose last
 * number has the unit (35.5 万、3.8 万、12 万人 states 35500 人).
 */
export function quoteStates(quote: string, value: number, unit: string, numbers: readonly FoundNumber[] = findNumbers(quote)): boolean {
  const raw = toHalfWidth(unit);
  const u = raw.replace(/\//g, '');
  const v = tidy(value);
  const shares = (n: FoundNumber) => {
    if (n.listAfter === undefined || !n.listAfter.startsWith(u)) return false;
    const known = unitOf(n.listAfter);
    return !(known && known.length > u.length && known.startsWith(u));
  };
  // A ratio named 倍差 (城乡居民收入倍差力争缩小到 1.7 以内) is counted in 倍, which the text does not print after it.
  const ratio = u === '倍' && quote.includes('倍差');
  return numbers.some((n) => n.value === v && ((n.after.startsWith(u) && !unitContinues(n, raw)) || (!unitOf(n.after) && (shares(n) || ratio))));
}

/**
 * Whether the quote's unit goes on past `unit`: 人 of 3.6万人次 (the unit is 人次), 元 of 200 元/月 (a monthly
 * rate). A unit must be the quote's whole unit, or the figure reads as another one.
 */
function unitContinues(n: FoundNumber, unit: string): boolean {
  const u = unit.replace(/\//g, '');
  const known = unitOf(n.after);
  if (known && known.length > u.length && known.startsWith(u)) return true;
  // A yearly rate counts in its base unit with 每年 in the label (医疗支出超2万元/年 is 20000 元), as the ingest writes it.
  return !unit.includes('/') && n.afterRaw.startsWith(`${unit}/`) && !n.afterRaw.startsWith(`${unit}/年`);
}

/** The unit a number of a text has as written: the rate 元/月 whole, else the longest known unit (人次 before 人). */
export function writtenUnit(n: FoundNumber): string | undefined {
  const rate = /^([^\s\d/，。、；：,.;:（）()“”"'的及和与]{1,3})\/(小时|[月年日天周季次人户亩])/.exec(n.afterRaw);
  // 人/次 is 人次, a unit of its own; 元/月 is a rate.
  if (rate && UNITS.includes(`${rate[1]}${rate[2]}`)) return `${rate[1]}${rate[2]}`;
  if (rate && rate[1]!.length <= 2 && rate[2] !== '年') return `${rate[1]}/${rate[2]}`;
  return unitOf(n.after);
}

/** The first number of `text` with 万/亿 resolved, or undefined: `3.92万` → 39200, `２５６８．８５万` → 25688500. */
export function parseNumber(text: string): number | undefined {
  return findNumbers(text)[0]?.value;
}

/**
 * Units a figure may carry, longest first so 人次 wins over 人 and 个月 over 个: the units ingest recognises after a
 * number, and the content check names when a metric's unit is not the one its quote has. Not a closed list: a metric
 * may use any unit its quote states.
 */
export const UNITS = [
  '平方公里', '平方米', '个百分点', '百分点', '个基点', '公里', '千米', '人次', '户次', '场次', '个月', '小时', '分钟', '千瓦', '基点', '大类',
  '人', '名', '位', '户', '家', '个', '元', '%', '亩', '项', '次', '场', '所', '套', '倍', '期', '股', '村', '台', '件',
  '条', '类', '种', '批', '岁', '年', '对', '起', '篇', '支', '座', '吨', '辆', '间', '张', '份', '枚', '届', '周', '天',
  '床', '处', '栋', '幢', '只', '头', '株', '棵', '本', '部', '笔', '大',
].filter((u, i, a) => a.indexOf(u) === i);

/** The unit at the start of `after` (findNumbers' text after a number, `/` removed), or undefined. */
export function unitOf(after: string): string | undefined {
  return UNITS.find((u) => after.startsWith(u));
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/**
 * The value of a number written in Chinese characters (一亿 → 100000000, 九十八 → 98, 二〇二五 → 2025), if it is one.
 * A decimal reads its digits after 点 one by one, and may end in 万 or 亿: 四点六 → 4.6, 零点二五 → 0.25, 三点五亿 →
 * 350000000.
 */
export function chineseNumber(s: string): number | undefined {
  const dot = s.indexOf('点');
  if (dot !== -1) {
    const whole = chineseNumber(s.slice(0, dot));
    const m = /^([〇零一二三四五六七八九]+)([万亿]?)$/u.exec(s.slice(dot + 1));
    if (whole === undefined || !m) return undefined;
    const value = Number(`${whole}.${Array.from(m[1]!, (c) => CN_DIGITS[c]).join('')}`);
    return tidy(value * (m[2] ? MULTIPLIER[m[2]]! : 1));
  }
  if (!s || /[^〇零一二两三四五六七八九十百千万亿]/u.test(s)) return undefined;
  // Digit by digit, without units: 二〇二五.
  if (!/[十百千万亿]/u.test(s)) return [...s].length > 1 ? Number([...s].map((c) => CN_DIGITS[c]).join('')) : CN_DIGITS[s];
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of s) {
    if (c in CN_DIGITS) {
      // 零 only holds a place (一千零五).
      if (CN_DIGITS[c] === 0) continue;
      if (digit !== undefined) return undefined;
      digit = CN_DIGITS[c]!;
    } else if (c in CN_UNITS) {
      section += (digit ?? 1) * CN_UNITS[c]!;
      digit = undefined;
    } else {
      const big = c === '万' ? 1e4 : 1e8;
      const value = (section + (digit ?? 0)) || 1;
      total = c === '亿' ? (total + value) * big : total + value * big;
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/**
 * What joins the two ends of a range (5000元到1万元, 3000 元至 5000 元, 5-6 万元, 10—50 万元, 10～20人), as a regex
 * source: the ingest leaves such figures out, and the content check refuses a metric that keeps one end.
 */
export const RANGE_JOIN = '(?:到|至|-|－|–|—{1,2}|~|～)';

/** Units that count the same thing: 名 and 人 are both persons; 人/次 is 人次. */
export function sameUnit(a: string, b: string): boolean {
  const norm = (u: string) => u.replace(/\//g, '').replace(/^名/, '人').replace(/^位/, '人');
  return norm(a) === norm(b);
}
