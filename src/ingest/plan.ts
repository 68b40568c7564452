/**
 * Plan documents (行动方案 such as seeds 003 and 004): metadata from the document's head (title, 发文字号, issuing
 * organs and date from the signature block, 征求意见稿 status, region, period), targets with their figures, and the
 * measures set for each target group with their 责任单位.
 */
import { readDate } from '../lib/masthead-lines.ts';
import { COLOPHON, NUMBERED } from '../lib/raw-text.ts';
import { withoutWhitespace } from '../lib/whitespace.ts';
import { SECTION, SUBSECTION, isStandalone } from './clean.ts';
import { toMarkdown } from './markdown.ts';
import { isTitleLine } from './split.ts';
import { extractMetrics, rangeNote, type DraftMetric } from './metrics.ts';
import { countHits } from './tag.ts';
import { isKnownPlace, leadingPlaceName, unknownPlaceMessage } from '../lib/place-names.ts';
import { readMeasure } from '../lib/plan-sections.ts';
import { IngestError, type Doubt, type Taxonomy } from './types.ts';

/** What a plan sets out for one target group. */
interface DraftPlanGroup {
  group: string;
  heading: string;
  measures: { no: number; title: string; units: string[]; lead?: number }[];
}

/** The frontmatter of a plan draft (src/schemas/plan.ts). */
interface DraftPlanData {
  title: string;
  docNumber?: string | undefined;
  issuers: string[];
  date?: string | undefined;
  status: '正式印发' | '征求意见稿';
  region: string;
  period: string;
  /** How the period was inferred when the text does not state it. */
  periodNote?: string | undefined;
  /** The id of the site's earlier plan this one revises or repeals (see {@link revisedPlan}). */
  supersedes?: string | undefined;
  targets: DraftMetric[];
  groups: DraftPlanGroup[];
  corrections: never[];
  source: string;
  sourceSha256?: string | undefined;
}

/** A plan ready to be written: id, frontmatter, body and what the editor should check. */
export interface DraftPlan {
  id: string;
  data: DraftPlanData;
  body: string;
  doubts: Doubt[];
}

/** What a revised or trial plan's title ends with after its period: （修订）, （修订版）, （试行）. */
const EDITION = /[（(]\s*(?:修订|修订版|修订稿|试行|暂行)\s*[)）]/;
const PLAN_TITLE = new RegExp(`(?:方案|规划|计划|意见|办法|纲要)\\s*(?:[（(]\\s*\\d{4}\\s*[-—–－至]\\s*\\d{4}\\s*年?\\s*[)）])?\\s*(?:${EDITION.source})?$`);
const ORGAN = /^(?:中共)?[\u4e00-\u9fff（）()]{2,30}(?:办公室|委员会|人民政府|政府|局|厅|部|委|中心|办)$/;
/** What makes a sentence of a plan set a goal. */
const GOAL = /力争|到\s*20\d\d|20\d\d\s*年(?:末|底)|达到|突破|提高到|提升到|控制在|超过|不低于|降至|以上|以下|以内|新增|累计|每年/;
const DOC_NUMBER = /^([\u4e00-\u9fff]{2,12})\s*[〔[［【(（]\s*(\d{4})\s*[〕\]］】)）]\s*(\d+)\s*号$/;

/** Index of the plan's title paragraph among the first paragraphs, or -1. */
function planTitleIndex(paras: readonly string[]): number {
  return paras.slice(0, 15).findIndex((p) => isStandalone(p) && PLAN_TITLE.test(p) && !/^关于|通知$|^《/.test(p) && /[\u4e00-\u9fff]{4}/.test(p));
}

/**
 * Whether the text is a plan document rather than a briefing issue: a plan title near the top, and a first-level
 * section such as 一、总体要求 (a briefing's practice may well be titled …方案, but its sections are its own).
 */
export function isPlan(paras: readonly string[]): boolean {
  const ti = planTitleIndex(paras);
  if (ti < 0 || ti > 10) return false;
  return paras.some((p) => SECTION.test(p) && isStandalone(p) && /总体要求|指导思想|主要目标|工作目标|总体目标/.test(p));
}

/** `行动方案 (2021-2025年)` → `行动方案（2021-2025年）`: the period in full-width brackets, no space before. */
export function normalizeTitle(t: string): string {
  return t.trim().replace(/\s*[(（]\s*(\d{4})\s*[-—–－至]\s*(\d{4})\s*(年?)\s*[)）]\s*((?:[（(]\s*(?:修订|修订版|修订稿|试行|暂行)\s*[)）])?)\s*$/, (_, a: string, b: string, y: string, ed: string) => `（${a}-${b}${y}）${ed.replace(/\s/g, '').replace('(', '（').replace(')', '）')}`);
}

function matchGroup(heading: string, groups: Taxonomy['groups']): string | undefined {
  const name = withoutWhitespace(heading).replace(/激励计划$|计划$/, '');
  const exact = groups.find((g) => g.names.some((n) => withoutWhitespace(n) === name));
  if (exact) return exact.id;
  const hits = [...countHits(name, groups)].sort((a, b) => b[1].count - a[1].count);
  return hits[0]?.[0];
}

/** Reads a plan from its paragraphs. `source` is the raw file's name. */
export function parsePlan(paras: readonly string[], taxonomy: Taxonomy, source: string): DraftPlan {
  const doubts: Doubt[] = [];
  const ti = planTitleIndex(paras);
  // A title the layout broke: its first part on the line before, its period on the line after.
  let first = ti;
  if (ti > 0 && isTitleLine(paras[ti - 1]!) && !/文件$|通知$/.test(paras[ti - 1]!) && !ORGAN.test(paras[ti - 1]!.trim())) first = ti - 1;
  let lastLine = ti;
  if (/^[(（]\s*\d{4}\s*[-—–－至]\s*\d{4}\s*年?\s*[)）]$/.test(paras[ti + 1]?.trim() ?? '')) lastLine = ti + 1;
  const title = normalizeTitle(paras.slice(first, lastLine + 1).map((p) => p.trim()).join(''));
  const front = paras.slice(0, lastLine + 3);

  const status: DraftPlanData['status'] = front.some((p) => /征求意见稿|送审稿|讨论稿/.test(p)) ? '征求意见稿' : '正式印发';
  // Before the title (a red-header document) or just under it.
  const docM = [...paras.slice(0, ti), ...paras.slice(lastLine + 1, lastLine + 3)].map((p) => DOC_NUMBER.exec(withoutWhitespace(p))).find(Boolean);
  const docNumber = docM ? `${docM[1]}〔${docM[2]}〕${docM[3]}号` : undefined;

  // Signature block: organ names on their own lines, then the date.
  let issuers: string[] = [];
  let date: string | undefined;
  // Organs set side by side on one line (中共湖州市委办公室      湖州市人民政府办公室) are one organ each.
  const organs = (p: string) => p.trim().split(/[ \u3000]{2,}/);
  const isOrganLine = (p: string) => organs(p).every((o) => ORGAN.test(o));
  const signature = (i: number) => {
    const d = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(paras[i]!.trim()) ? readDate(paras[i]!) : undefined;
    if (!d) return false;
    let k = i - 1;
    while (k >= 0 && isOrganLine(paras[k]!)) k--;
    issuers = paras.slice(k + 1, i).flatMap(organs);
    date = d;
    return true;
  };
  for (let i = 0; i < ti; i++) signature(i);
  // The signature at the end of the document (organs, then the date), when there is none before the title.
  if (!date) for (let i = paras.length - 1; i > ti && i >= paras.length - 4; i--) if (signature(i)) break;
  const colophon = [...paras].reverse().find((p) => COLOPHON.test(p));
  if (colophon) {
    date ??= readDate(colophon);
    const organ = colophon.slice(0, colophon.search(/\d{4}\s*年/)).trim();
    if (!issuers.length && organ.length >= 2) issuers = [organ];
  }
  if (!issuers.length) doubts.push({ field: 'issuers', note: '原文未印发文机关（征求意见稿常见），页面显示“未注明”' });

  const regionHit = taxonomy.regions
    .flatMap((r) => r.names.map((n) => ({ id: r.id, at: n.length >= 2 ? title.indexOf(n) : -1 })))
    .filter((h) => h.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  // A title beginning with a place the table lacks (缙云县…) would get the table's first region: the region comes first.
  const place = leadingPlaceName(title);
  if (!regionHit && place && !isKnownPlace(place, taxonomy.regions.flatMap((r) => r.names))) {
    throw new IngestError(`${unknownPlaceMessage(place)}这个地区（id、name、level、parent），再重新导入（方案“${title}”）`);
  }
  const region = regionHit?.id ?? taxonomy.regions[0]!.id;
  if (!regionHit) doubts.push({ field: 'region', note: '标题中没有地区名，请填写' });

  const text = paras.join('\n');
  let period = /(\d{4})\s*[-—–－至]\s*(\d{4})/.exec(title)?.slice(1, 3).join('-');
  let periodNote: string | undefined;
  if (!period) {
    const lead = paras.slice(lastLine + 1, lastLine + 4).join('\n');
    const m = /(\d{4})\s*[-—–－至]\s*(\d{4})\s*年/.exec(lead);
    if (m) period = `${m[1]}-${m[2]}`;
    else if (/十四五/.test(text)) {
      period = '2021-2025';
      periodNote = '原文未写期限，按正文中的“十四五”填写';
      doubts.push({ field: 'period', note: '标题未写期限：正文以“十四五”为期，按 2021-2025 填写，请核对' });
    } else {
      const years = [...text.matchAll(/到\s*(20\d\d)\s*年/g)].map((m) => Number(m[1]));
      const end = years.length ? Math.max(...years) : Number((date ?? '2025').slice(0, 4));
      period = `${Number((date ?? `${end - 4}`).slice(0, 4))}-${end}`;
      periodNote = '原文未写期限，按发文日期和目标年份推断';
      doubts.push({ field: 'period', note: '原文未写期限，按日期和目标年份推断，请核对' });
    }
  }

  // The body: the whole text, without the title and status lines when the document opens with them.
  const skip = first === 0 ? lastLine + 1 + (/^[（(]?\s*(?:征求意见稿|送审稿|讨论稿)\s*[)）]?$/.test(withoutWhitespace(paras[lastLine + 1] ?? '')) ? 1 : 0) : 0;
  const bodyParas = paras.slice(skip);
  const body = toMarkdown(bodyParas);

  // Targets: every figure of the 主要目标 section, and elsewhere the figures a sentence sets as a goal.
  const targets: DraftMetric[] = [];
  const blocks = body.split(/\n\s*\n/);
  let inGoals = false;
  let goalYear: number | undefined;
  const ranges: string[] = [];
  for (const block of blocks) {
    const heading = /^#{2,3}\s+(.*)$/.exec(block)?.[1];
    if (heading !== undefined) {
      inGoals = /目标/.test(heading);
      goalYear = undefined;
      continue;
    }
    if (/^\[\^/.test(block)) continue;
    // A heading the extraction glued to its text (（一）全面拓宽…以扩大就业为根本，…) opens a section all the same.
    if (SECTION.test(block) || SUBSECTION.test(block)) {
      inGoals = /目标/.test(block.slice(0, 16));
      goalYear = undefined;
    }
    if (inGoals) goalYear ??= Number(/(20\d\d)\s*年/.exec(block)?.[1]) || undefined;
    const { metrics: found, ranges: left } = extractMetrics(block, { targetCue: GOAL, yearHint: inGoals ? goalYear : undefined, indicators: taxonomy.indicators });
    ranges.push(...left);
    for (const m of found) {
      // A plan's figures are its targets; one whose sentence has no goal word is flagged rather than dropped.
      if (m.kind === 'baseline') doubts.push({ field: `targets[${targets.length}]`, note: '“由/从…提高到…”的起点数字（基数），不是目标：方案的 targets 只收目标，请确认是否删去' });
      else if (!inGoals && m.kind !== 'target') doubts.push({ field: `targets[${targets.length}]`, note: '句中没有“达到、力争、到20xx年”等目标用语，请确认是否为目标' });
      targets.push({ ...m, kind: 'target' });
    }
    // A heading glued to the end of a paragraph (…做大侨乡农产品城。二、主要实施路径) opens a section for the blocks after it.
    const next = /[。；！？]\s*((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]).*)$/.exec(block)?.[1];
    if (next !== undefined) {
      inGoals = /目标/.test(next.slice(0, 16));
      goalYear = undefined;
    }
  }
  if (ranges.length) doubts.push({ field: 'targets', note: rangeNote(ranges) });
  // What to check on each target is its unverified line (src/ingest/write.ts), which the check enforces: no comment
  // repeats it.
  doubts.sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));

  // Groups: the subsections of the section on target groups (三、实施八大群体激励计划).
  const groups: DraftPlanGroup[] = [];
  let leadNoted = false;
  const gs = paras.findIndex((p) => SECTION.test(p) && isStandalone(p) && /激励计划|群体/.test(p));
  if (gs >= 0) {
    let cur: DraftPlanGroup | undefined;
    for (let i = gs + 1; i < paras.length && !(SECTION.test(paras[i]!) && isStandalone(paras[i]!)); i++) {
      const p = paras[i]!;
      if (SUBSECTION.test(p) && isStandalone(p)) {
        const heading = p.replace(SUBSECTION, '').trim();
        const id = matchGroup(heading, taxonomy.groups);
        if (!id) {
          doubts.push({ field: 'groups', note: `“${heading}”对应不到 groups.yaml 中的群体，未收录：请先在分类中添加` });
          cur = undefined;
          continue;
        }
        cur = { group: id, heading, measures: [] };
        groups.push(cur);
      } else if (cur && NUMBERED.test(p)) {
        const { no, title, units = [], lead, leads } = readMeasure(p)!;
        if (lead && !leadNoted) {
          leadNoted = true;
          doubts.push({ field: 'groups', note: '原文按“牵头单位”“配合单位”分列：units 依次收录牵头单位和配合单位（牵头单位在前），lead 是牵头单位的个数，请核对' });
        }
        cur.measures.push({ no, title, units, ...(lead ? { lead: leads } : {}) });
      }
    }
  }
  if (!groups.length) doubts.push({ field: 'groups', note: '未找到“群体激励计划”一节，groups 为空' });

  const id = `${region}-${/行动/.test(title) ? 'action-plan' : 'plan'}`;
  return {
    id,
    data: { title, ...(docNumber ? { docNumber } : {}), issuers, ...(date ? { date } : {}), status, region, period, ...(periodNote ? { periodNote } : {}), targets, groups, corrections: [], source },
    body,
    doubts,
  };
}

/** A plan already in the content folder, as {@link revisedPlan} matches against it. */
export interface KnownPlan {
  id: string;
  title: string;
  region: string;
}

/**
 * The earlier plan of the site that a plan revises or repeals: the plan its title names without （修订） (…（2022-2025年）
 * （修订） of …（2022-2025年）), or one its text repeals (原《…》同时废止, 《…》同时停止执行), of the same region. The ingest
 * fills `supersedes` with it for the editor to confirm.
 */
export function revisedPlan(plan: Pick<DraftPlan, 'data' | 'body'>, known: readonly KnownPlan[]): KnownPlan | undefined {
  const flat = withoutWhitespace(plan.body);
  const repealed = [...flat.matchAll(/《([^《》]{4,80})》(?:等文件)?(?:同时|即行|予以)?(?:废止|停止执行|不再执行)/g)].map((m) => m[1]!);
  const unrevised = withoutWhitespace(plan.data.title).replace(new RegExp(`${EDITION.source}$`), '');
  const names = new Set([...(unrevised !== withoutWhitespace(plan.data.title) ? [unrevised] : []), ...repealed]);
  return known.find((k) => k.region === plan.data.region && names.has(withoutWhitespace(k.title)) && withoutWhitespace(k.title) !== withoutWhitespace(plan.data.title));
}
