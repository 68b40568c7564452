/**
 * The masthead and colophon of a briefing issue: series (刊名), sub-series, 第N期, issuer and date, the 报/送/发
 * distribution lines and the 编者按, read from the paragraphs before the first practice and after the last one.
 */
import { chineseNumber } from '../lib/numbers.ts';
import { COLOPHON, DISTRIBUTION, EDITOR_NOTE, squeeze } from './clean.ts';
import type { Doubt } from './types.ts';

/** What the masthead and colophon print. Fields the text does not print stay undefined. */
export interface Masthead {
  series?: string | undefined;
  subseries?: string | undefined;
  number?: number | undefined;
  /** YYYY-MM-DD. */
  date?: string | undefined;
  issuer?: string | undefined;
  reportTo?: string | undefined;
  sendTo?: string | undefined;
  /** 抄送： line: its own field, not merged into 送. */
  copyTo?: string | undefined;
  distributeTo?: string | undefined;
  /** Paragraphs separated by blank lines. */
  editorNote?: string | undefined;
  /** A supplement's number line as printed (增刊第2期): the series' own 第N期 is not printed then. */
  special?: string | undefined;
  /** The supplement's own number (增刊第2期 → 2). */
  specialNumber?: number | undefined;
  /** The colophon's date (YYYY-MM-DD) when it differs from the masthead's, which `date` keeps. */
  colophonDate?: string | undefined;
}

/** A briefing already in content/briefings, used to fill a series the text does not print. */
export interface KnownBriefing {
  id: string;
  series: string;
  issuer: string;
}

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
const ISSUE_NUMBER = /第\s*([0-9０-９]+|[〇零一二两三四五六七八九十百]+)\s*期/;

/** `第三期` → 3, `第 12 期` → 12, or undefined when the text holds no issue number. */
export function parseIssueNumber(text: string): number | undefined {
  const m = ISSUE_NUMBER.exec(text);
  if (!m) return undefined;
  const digits = m[1]!.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
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
  const s = squeeze(p);
  return SERIES.test(s) || /^[（(].{1,12}[)）]$/.test(s) || /^(?:\d{4}年)?第(?:\d+|[〇零一二两三四五六七八九十百]+)期(?:[（(]?总第(?:\d+|[〇零一二两三四五六七八九十百]+)期[)）]?)?$/.test(s) || (DATE.test(p) && /^[\u4e00-\u9fff（）()、\s]{4,}\s*\d{4}\s*年/.test(p) && !/[，。；]/.test(p));
}

function afterLabel(p: string): string {
  return p.replace(/^[^：:]+[：:]\s*/, '').trim();
}

/**
 * Reads the masthead from `head` (paragraphs before the first practice, table of contents excluded) and the
 * colophon from `tail` (paragraphs after the last practice). The masthead's issuer and date win over the colophon's.
 */
export function parseMasthead(head: readonly string[], tail: readonly string[]): Masthead {
  const m: Masthead = {};
  const notes: string[] = [];
  let inNote = false;
  for (const p of head) {
    const s = squeeze(p);
    if (EDITOR_NOTE.test(p)) {
      inNote = true;
      notes.push(afterLabel(p));
      continue;
    }
    if (inNote && !DISTRIBUTION.test(p) && !isMastheadLine(p)) {
      notes.push(p.trim());
      continue;
    }
    inNote = false;
    const series = SERIES.exec(s);
    if (series && !m.series) m.series = series[1];
    else if (/^[（(].{1,12}[)）]$/.test(s) && !m.subseries) m.subseries = s.slice(1, -1);
    else if (ISSUE_NUMBER.test(s) && s.length <= 16 && m.number === undefined && m.special === undefined) {
      // A supplement (增刊第2期) is numbered apart from the series: its number is not the issue's 第N期.
      const special = /^(?:\d{4}年)?(增刊|专刊|特刊)/.exec(s);
      if (special) {
        m.special = s;
        m.specialNumber = parseIssueNumber(s.slice(special[0].length));
        m.subseries ??= special[1];
      } else m.number = parseIssueNumber(s.replace(/[（(]?总第.*$/, ''));
    }
    else if (/^报\s*[：:]/.test(p)) m.reportTo = afterLabel(p);
    else if (/^送\s*[：:]/.test(p)) m.sendTo = afterLabel(p);
    else if (/^抄送\s*[：:]/.test(p)) m.copyTo = afterLabel(p);
    else if (/^发\s*[：:]/.test(p)) m.distributeTo = afterLabel(p);
    else if (hasDate(p) && !m.date) {
      m.date = readDate(p);
      const issuer = p.slice(0, findDate(p)!.index).trim();
      if (issuer.length >= 2) m.issuer = issuer;
    }
  }
  if (notes.length) m.editorNote = notes.join('\n\n');
  for (const p of tail) {
    if (/^报\s*[：:]/.test(p)) m.reportTo ??= afterLabel(p);
    else if (/^送\s*[：:]/.test(p)) m.sendTo ??= afterLabel(p);
    else if (/^抄送\s*[：:]/.test(p)) m.copyTo ??= afterLabel(p);
    else if (/^发\s*[：:]/.test(p)) m.distributeTo ??= afterLabel(p);
    else if (isColophon(p) || hasDate(p)) {
      const printed = readDate(p);
      if (m.date && printed && printed !== m.date) m.colophonDate ??= printed;
      m.date ??= printed;
      const issuer = p.slice(0, findDate(p)!.index).trim();
      // 编 after the office in the masthead (…办公室编) says it compiled the issue, no part of its name: the colophon
      // prints the name alone.
      if (m.issuer && squeeze(m.issuer).replace(/(?:编印|主编|编)$/, '') === squeeze(issuer) && squeeze(m.issuer) !== squeeze(issuer)) m.issuer = issuer;
      if (issuer.length >= 2) m.issuer ??= issuer;
    }
  }
  return m;
}

/**
 * The series for an issue whose text does not print it: the series of an existing briefing from the same issuer.
 * Returns the series and a doubt for the editor, or undefined when no briefing of that issuer exists.
 */
export function inferSeries(issuer: string | undefined, known: readonly KnownBriefing[]): { series: string; doubt: Doubt } | undefined {
  if (!issuer) return undefined;
  const same = known.filter((b) => squeeze(b.issuer) === squeeze(issuer));
  const series = [...new Set(same.map((b) => b.series))];
  if (series.length !== 1) return undefined;
  return { series: series[0]!, doubt: { field: 'series', note: `原文未印刊名，沿用同一发文单位的简报 ${same[0]!.id} 的刊名，请核对` } };
}
