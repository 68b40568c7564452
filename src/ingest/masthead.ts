/**
 * The masthead and colophon of a briefing issue: series (刊名), sub-series, 第N期, issuer and date, the 报/送/发
 * distribution lines and the 编者按, read from the paragraphs before the first practice and after the last one.
 */
import { findDate, hasDate, isColophon, ISSUE_NUMBER, isMastheadLine, parseIssueNumber, readDate, SERIES } from '../lib/masthead-lines.ts';
import { withoutWhitespace } from '../lib/whitespace.ts';
import { DISTRIBUTION, EDITOR_NOTE } from './clean.ts';
import type { Doubt } from './types.ts';

/** What the masthead and colophon print. Fields the text does not print stay undefined. */
interface Masthead {
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
    const s = withoutWhitespace(p);
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
      if (m.issuer && withoutWhitespace(m.issuer).replace(/(?:编印|主编|编)$/, '') === withoutWhitespace(issuer) && withoutWhitespace(m.issuer) !== withoutWhitespace(issuer)) m.issuer = issuer;
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
  const same = known.filter((b) => withoutWhitespace(b.issuer) === withoutWhitespace(issuer));
  const series = [...new Set(same.map((b) => b.series))];
  if (series.length !== 1) return undefined;
  return { series: series[0]!, doubt: { field: 'series', note: `原文未印刊名，沿用同一发文单位的简报 ${same[0]!.id} 的刊名，请核对` } };
}
