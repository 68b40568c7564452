import { z } from 'astro/zod';

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * The day a date field names, as a Date at 00:00 UTC; undefined when `value` is not a real calendar date written
 * YYYY-MM-DD. Accepts the string the content check's YAML parser gives for `date: 2022-01-25` (quoted or not), and the
 * Date at 00:00 UTC that Astro's loader (js-yaml) makes of an unquoted one. Never read in the local time zone:
 * `new Date('2022/1/25')` is local midnight, which is the day before in UTC east of Greenwich.
 */
export function calendarDate(value: unknown): Date | undefined {
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isFinite(t) && t % DAY_MS === 0 ? value : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const m = YMD.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC rolls over (2022-13-01 is 2023-01-01, 2022-02-30 is 2022-03-02): only a day that exists comes back unchanged.
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

/**
 * Why a value written YYYY-MM-DD is no day of the calendar (`2022-02-30` → 2022 年 2 月只有 28 天), or undefined
 * when it is one, or not written YYYY-MM-DD.
 */
function missingDay(value: unknown): string | undefined {
  const m = typeof value === 'string' ? YMD.exec(value) : null;
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return '月份应为 01 至 12';
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) return d < 1 ? '日应为 01 起' : `${y} 年 ${mo} 月只有 ${days} 天`;
  return undefined;
}

/** How a value an editor wrote is shown in a message. */
function shown(value: unknown): string {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.toISOString() : String(value);
  return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
}

/**
 * A date field: a real calendar day written YYYY-MM-DD (2022-01-25), read as that day at 00:00 UTC. Anything else
 * is refused with a message saying what was found: another format (2022/1/25, 2022年1月25日, 2022-1-5), or a day the
 * calendar does not have (2022-13-01, 2022-02-30).
 */
export const dateSchema = z.any().transform((value, ctx): Date => {
  const date = calendarDate(value);
  if (date) return date;
  const missing = missingDay(value);
  ctx.issues.push({
    code: 'custom',
    input: value,
    message:
      value === undefined || value === null
        ? '缺少必填字段（日期，写成 YYYY-MM-DD，例如 2022-01-25）'
        : missing
          ? `日期 ${String(value)} 不存在：${missing}`
          : `日期应写成 YYYY-MM-DD（例如 2022-01-25），收到 “${shown(value)}”`,
  });
  return z.NEVER;
});
