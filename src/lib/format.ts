/** Formatting for Chinese readers: dates, figures, citations and texts cut short. Pure functions; unit-tested. */
import { tidy } from './numbers.ts';
import { decodeEntities } from './xml.ts';
import { figureRuns } from './figure-runs.ts';

/** 2021年9月30日 (the date as written in the documents; UTC parts, since content dates carry no time zone). */
export function formatDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** YYYY-MM-DD for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A figure as Chinese texts write it: large values with 万 or 亿 when that reads exactly (39200 人 → 3.92万人,
 * 4395250 元 → 439.525万元), small ones as they are (4503人); percentages with %.
 */
export function formatValue(value: number, unit: string, approx = false): string {
  const tail = approx ? '余' : '';
  const abs = Math.abs(value);
  let text: string;
  if (abs >= 1e8 && Number.isInteger(tidy(value / 1e4))) text = `${trim(tidy(value / 1e8))}亿`;
  else if (abs >= 1e5 || (abs >= 1e4 && value % 1000 === 0)) text = `${trim(tidy(value / 1e4))}万`;
  else text = trim(value);
  return `${text}${tail}${unit}`;
}

function trim(n: number): string {
  return String(tidy(n));
}

/**
 * What a citation needs of an issue: its sub-series (实践创新), which is part of the publication's name, or, for a
 * supplement (增刊第2期), the supplement and its own number instead of 第N期.
 */
interface CitedIssue {
  series: string;
  subseries?: string | undefined;
  number?: number | undefined;
  specialNumber?: number | undefined;
}

/** A sub-series that names a supplement or special issue rather than a column of the series. */
const SUPPLEMENT = /^(?:增刊|专刊|特刊)$/;

/**
 * The supplement an issue is (增刊), when it is one with a number of its own (增刊第2期): numbered apart from the series,
 * cited after the series' name. A supplement that printed no number is named like a sub-series: 《…简报（增刊）》.
 */
function supplementOf(briefing: CitedIssue): string | undefined {
  const sub = briefing.subseries;
  if (sub === undefined) return undefined;
  return briefing.specialNumber !== undefined || (SUPPLEMENT.test(sub) && briefing.number !== undefined) ? sub : undefined;
}

/**
 * The issue's number as every page writes it (the masthead's 期号, the title, citations): 第3期, 增刊第2期, or
 * undefined when the text printed none. The spaces an extraction shows about the digits (第 3 期) are typesetting.
 */
export function issueNumberText(briefing: CitedIssue): string | undefined {
  const supplement = supplementOf(briefing);
  if (supplement !== undefined) return `${supplement}第${briefing.specialNumber ?? briefing.number}期`;
  return briefing.number ? `第${briefing.number}期` : undefined;
}

/** An issue's number as machine readers expect it: 第3期 → 3; a supplement's as printed (增刊第2期); none when unnumbered. */
export function issueNumberPlain(briefing: CitedIssue): string | undefined {
  return issueNumberText(briefing)?.replace(/^第(\d+)期$/, '$1');
}

/**
 * The publication's name as cited, without book-title marks: a sub-series printed under the masthead is part of it,
 * in full-width brackets, as 《人民日报（海外版）》 is cited: 台州共富工作简报（实践创新）. A supplement with its own number
 * is not part of the name: it is cited after it, 《瑞安共富简报》增刊第2期.
 */
export function seriesName(briefing: CitedIssue): string {
  return supplementOf(briefing) === undefined && briefing.subseries ? `${briefing.series}（${briefing.subseries}）` : briefing.series;
}

/**
 * The issue as cited without its date: 《台州共富工作简报（实践创新）》第3期, 《瑞安共富简报》增刊第2期, or
 * 《台州共富工作简报》（期号未注明） when the text printed no number.
 */
export function issueLabel(briefing: CitedIssue): string {
  return `《${seriesName(briefing)}》${issueNumberText(briefing) ?? '（期号未注明）'}`;
}

/**
 * Citation of a briefing issue, the form every page, list and the feed use: 《台州共富工作简报（实践创新）》第3期（2021年9月30日）,
 * a supplement's 《瑞安共富简报》增刊第2期（2022年11月8日）, or, for an issue that printed no number,
 * 《台州共富工作简报》（期号未注明，2022年1月25日）.
 */
export function citation(briefing: CitedIssue & { date: Date }): string {
  const date = formatDate(briefing.date);
  return issueNumberText(briefing) ? `${issueLabel(briefing)}（${date}）` : `《${seriesName(briefing)}》（期号未注明，${date}）`;
}

/**
 * Citation of a practice as a report cites an article, 作者：《篇名》，载《刊名》…: the region first, unless the title
 * already begins with its name or an alias (玉环市“技能”变“资金”…). With the page's public address (known only when the
 * site is built with SITE_URL), the address follows with its label: 。网址：https://….
 */
export function practiceCitation(
  practice: { title: string; region: { name: string; aliases: readonly string[] }; briefing: CitedIssue & { date: Date } },
  address?: string,
): string {
  const { title, region, briefing } = practice;
  const by = [region.name, ...region.aliases].some((n) => n && title.startsWith(n)) ? '' : `${region.name}：`;
  return withAddress(`${by}《${title}》，载${citation(briefing)}`, address);
}

/** A citation ended with 。, then, when the page's public address is known, 网址：<address>. */
function withAddress(text: string, address?: string): string {
  return address ? `${text}。网址：${address}` : `${text}。`;
}

/**
 * The first sentence of `text` (up to and including 。), at most `max` characters: a longer one is cut, with …, never
 * inside a figure with its unit (共投入 4.6 亿元 is not 共投入 4.…, which would misstate it) nor inside a character
 * outside the BMP; the cut moves back before it.
 */
function sentenceOf(text: string, max: number): string {
  const end = text.indexOf('。');
  const sentence = end >= 0 ? text.slice(0, end + 1) : text;
  if (sentence.length <= max) return sentence;
  let at = max - 1;
  let pos = 0;
  for (const run of figureRuns(sentence)) {
    if (pos >= at) break;
    if (run.figure && at < pos + run.text.length) at = pos;
    pos += run.text.length;
  }
  if (/[\uD800-\uDBFF]/.test(sentence.charAt(at - 1))) at--;
  return `${sentence.slice(0, at).trimEnd()}…`;
}

/**
 * The first sentence of a body rendered to HTML, for descriptions: the first paragraph's text without footnote
 * marks or markup, at most `max` characters. Practice bodies are kept in the content store only as HTML (their
 * Markdown source is not retained: it made the store 50 % larger at 10,000 practices).
 */
export function firstSentenceOfHtml(html: string, max = 120): string {
  const [first] = htmlParagraphs(html, 1);
  return first ? sentenceOf(first, max) : '';
}

/** The text of the first `max` paragraphs of a body rendered to HTML (footnote marks and markup dropped). */
export function htmlParagraphs(html: string, max = 3): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/g)) {
    const text = decodeEntities(m[1]!.replace(/<sup\b[^>]*>[\s\S]*?<\/sup>/g, '').replace(/<[^>]+>/g, '')).trim();
    if (text) out.push(text);
    if (out.length >= max) break;
  }
  return out;
}

/** The first sentence of a Markdown body (headings, footnotes and syntax dropped), for descriptions; at most `max` chars. */
export function firstSentence(body: string, max = 120): string {
  const para = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p && !p.startsWith('#') && !p.startsWith('[^') && !p.startsWith('import'));
  if (!para) return '';
  const plain = para.replace(/\[\^[^\]]+\]/g, '').replace(/[*_`]/g, '');
  return sentenceOf(plain, max);
}

/**
 * Other names of a taxonomy value as a reader sees them: an alias that lists several names (个体工商户、小微创业者, as
 * a plan calls the group) is shown as those names, each once.
 */
export function aliasList(aliases: readonly string[]): string[] {
  return [...new Set(aliases.flatMap((a) => a.split('、')).map((a) => a.trim()).filter(Boolean))];
}

/** 2 个案例, or 0 个案例（协作 1 个） for a region that took part in others' practices (see regionPracticeCounts). */
export function regionPracticeText(counts: { own: number; partner: number }): string {
  return `${counts.own}个案例${counts.partner > 0 ? `（协作${counts.partner}个）` : ''}`;
}

/** A region's practices and, when it has any, plans: 0 个案例、1 份方案, 1 个案例（协作 1 个）. */
export function regionSummaryText(counts: { own: number; partner: number }, plans: number): string {
  return `${regionPracticeText(counts)}${plans > 0 ? `、${plans}份方案` : ''}`;
}

/** A plan page's description: its region, status and title (台州市征求意见稿：…实施方案). */
export function planDescription(region: string, plan: { title: string; status: string }): string {
  return `${region}${plan.status}：${plan.title}`;
}

/**
 * Citation of a plan as a report cites a document: its issuers, its title in book-title marks, then its 发文字号 and
 * date, and its status when it is not the issued text: 中共青田县委办公室、青田县人民政府办公室《…》（青委办发〔2022〕14号，
 * 2022年6月30日）, or 《…》（征求意见稿） for a draft that printed neither; ended with 。 and, when known, the page's address
 * (see {@link withAddress}).
 */
export function planCitation(
  plan: { title: string; issuers: readonly string[]; docNumber?: string | undefined; date?: Date | undefined; status: string },
  address?: string,
): string {
  const notes = [plan.docNumber, plan.date && formatDate(plan.date), plan.status === '正式印发' ? undefined : plan.status].filter(Boolean);
  return withAddress(`${plan.issuers.join('、')}《${plan.title}》${notes.length > 0 ? `（${notes.join('，')}）` : ''}`, address);
}

/** `text`, cut to `n` characters with “…” when longer. */
export function cutText(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n)}…` : text;
}
