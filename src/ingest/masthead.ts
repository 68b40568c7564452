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
  distributeTo?: string | undefined;
  /** Paragraphs separated by blank lines. */
  editorNote?: string | undefined;
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

/** `2021 年 9 月 30 日` → `2021-09-30`, or undefined when the text has no valid date. */
export function parseDate(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
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
    else if (ISSUE_NUMBER.test(s) && s.length <= 16 && m.number === undefined) m.number = parseIssueNumber(s.replace(/[（(]?总第.*$/, ''));
    else if (/^报\s*[：:]/.test(p)) m.reportTo = afterLabel(p);
    else if (/^送\s*[：:]/.test(p)) m.sendTo = afterLabel(p);
    else if (/^发\s*[：:]/.test(p)) m.distributeTo = afterLabel(p);
    else if (DATE.test(p) && !m.date) {
      m.date = parseDate(p);
      const issuer = p.slice(0, p.search(/\d{4}\s*年/)).trim();
      if (issuer.length >= 2) m.issuer = issuer;
    }
  }
  if (notes.length) m.editorNote = notes.join('\n\n');
  for (const p of tail) {
    if (/^报\s*[：:]/.test(p)) m.reportTo ??= afterLabel(p);
    else if (/^送\s*[：:]/.test(p) || /^抄送\s*[：:]/.test(p)) m.sendTo ??= afterLabel(p);
    else if (/^发\s*[：:]/.test(p)) m.distributeTo ??= afterLabel(p);
    else if (COLOPHON.test(p) || DATE.test(p)) {
      const printed = parseDate(p);
      if (m.date && printed && printed !== m.date) m.colophonDate ??= printed;
      m.date ??= printed;
      const issuer = p.slice(0, p.search(/\d{4}\s*年/)).trim();
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
