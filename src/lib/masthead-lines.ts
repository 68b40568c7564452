/**
 * The lines of a briefing's masthead and colophon as both the ingest and the content check read them: the series
 * title, the issue number, the date (in digits or Chinese numerals) and the 印发 line.
 */
import { chineseNumber, halfWidthDigits } from './numbers.ts';
import { COLOPHON } from './raw-text.ts';
import { withoutWhitespace } from './whitespace.ts';

/** A date in digits: 2022年11月8日. */
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
/**
 * A date in Chinese numerals, as official documents print it: 二〇二二年十一月八日 (〇 is often extracted as ○ or 零).
 * The content check's reading of mastheads (src/lib/seed-text.ts) knows digits only; the ingest reads both.
 */
const DATE_CN = /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;
const CN_YEAR_DIGIT: Record<string, string> = { '〇': '0', '○': '0', '零': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' };

/** The first date of `text`, in digits or in Chinese numerals: where it starts and its parts (not yet validated). */
export function findDate(text: string): { index: number; y: number; mo: number; d: number; chinese: boolean } | undefined {
  const digits = DATE.exec(text);
  const cn = DATE_CN.exec(text);
  if (cn && (!digits || cn.index < digits.index)) {
    const [mo, d] = [chineseNumber(cn[2]!), chineseNumber(cn[3]!)];
    if (mo === undefined || d === undefined) return undefined;
    return { index: cn.index, y: Number([...cn[1]!].map((c) => CN_YEAR_DIGIT[c]).join('')), mo, d, chinese: true };
  }
  return digits ? { index: digits.index, y: Number(digits[1]), mo: Number(digits[2]), d: Number(digits[3]), chinese: false } : undefined;
}

/** Whether `text` holds a date (digits or Chinese numerals). */
export function hasDate(text: string): boolean {
  return findDate(text) !== undefined;
}

/** A colophon: an issuer, a date (digits or Chinese numerals) and 印发 at the end. */
export function isColophon(p: string): boolean {
  return COLOPHON.test(p) || (/印发\s*$/.test(p) && DATE_CN.test(p) && /日\s*印发\s*$/.test(p));
}
/** The issue number as printed, in digits or Chinese numerals: 第5期, 第 12 期, 第三期, 第十二期. */
export const ISSUE_NUMBER = /第\s*([0-9０-９]+|[〇零一二两三四五六七八九十百]+)\s*期/;

/** `第三期` → 3, `第 12 期` → 12, or undefined when the text holds no issue number. */
export function parseIssueNumber(text: string): number | undefined {
  const m = ISSUE_NUMBER.exec(text);
  if (!m) return undefined;
  const digits = halfWidthDigits(m[1]!);
  const n = /^\d+$/.test(digits) ? Number(digits) : chineseNumber(digits);
  return n !== undefined && n > 0 ? n : undefined;
}
/** A series title (刊名), with or without book-title marks: 台州共富工作简报. */
export const SERIES = /^《?([\u4e00-\u9fff]{2,20}(?:简报|快报|专报|动态|通讯|信息|情况))》?$/;

/**
 * The first date of `text` as YYYY-MM-DD, in digits or in Chinese numerals (二〇二二年十一月八日); undefined if none is
 * valid. The ingest and the content check (src/lib/seed-text.ts) read mastheads and colophons with it.
 */
export function readDate(text: string): string | undefined {
  const m = findDate(text);
  return m ? isoDate(m) : undefined;
}

function isoDate(m: { y: number; mo: number; d: number }): string | undefined {
  const { y, mo, d } = m;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whether a paragraph belongs to the masthead (series, sub-series, issue number, issuer-and-date line). */
export function isMastheadLine(p: string): boolean {
  const s = withoutWhitespace(p);
  return SERIES.test(s) || /^[（(].{1,12}[)）]$/.test(s) || /^(?:\d{4}年)?第(?:\d+|[〇零一二两三四五六七八九十百]+)期(?:[（(]?总第(?:\d+|[〇零一二两三四五六七八九十百]+)期[)）]?)?$/.test(s) || (DATE.test(p) && /^[\u4e00-\u9fff（）()、\s]{4,}\s*\d{4}\s*年/.test(p) && !/[，。；]/.test(p));
}
