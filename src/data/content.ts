/**
 * Every collection query of the site, in one place: drafts are hidden here and nowhere else, and every list comes back
 * in a fixed order (getCollection's order is not deterministic).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readRedirects } from '../lib/redirects';
import type { Redirect } from '../schemas/redirect';
import { decodeChecked } from '../lib/decode';
import { citation, htmlParagraphs, issueLabel, seriesName } from '../lib/format';
import { briefingUrl, planUrl } from '../lib/urls';
import { contentDir, seedsDir } from '../lib/paths';
import { createRelatedFinder } from '../lib/related';
import { asOfText, type Sourced } from '../lib/indicators';
import { revisionChain } from '../lib/revisions';
import { targetsOfGroup } from '../lib/plan-sections';
import { issuePublished } from '../lib/published';
import { bodiesDir, bodyFileOf } from './lean-glob';
import { linedText, printedIssue, startLine, type LinedText } from '../lib/seed-text';

export type PracticeEntry = CollectionEntry<'practices'>;
export type BriefingEntry = CollectionEntry<'briefings'>;
export type PlanEntry = CollectionEntry<'plans'>;
export type RegionEntry = CollectionEntry<'regions'>;
type GroupEntry = CollectionEntry<'groups'>;
type MeasureEntry = CollectionEntry<'measures'>;
type IndicatorEntry = CollectionEntry<'indicators'>;
type SynonymEntry = CollectionEntry<'synonyms'>;

const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const newestFirst = (a: { data: { date?: Date | undefined }; id: string }, b: { data: { date?: Date | undefined }; id: string }) =>
  (b.data.date?.getTime() ?? 0) - (a.data.date?.getTime() ?? 0) || byId(a, b);

/** Practices per page of a long list. */
export const PAGE_SIZE = 50;

/** Related practices a practice page lists: the page and its cache key (./cache-keys.ts) must ask for as many. */
export const RELATED_SHOWN = 5;

let cache: Promise<Corpus> | undefined;

/** The whole published corpus, loaded once per build. */
export interface Corpus {
  regions: RegionEntry[];
  groups: GroupEntry[];
  measures: MeasureEntry[];
  indicators: IndicatorEntry[];
  /** Search synonyms, in file order. */
  synonyms: SynonymEntry[];
  /** Newest first; within a briefing, in printed order. */
  practices: PracticeEntry[];
  /** Newest first. */
  briefings: BriefingEntry[];
  /** Newest first. */
  plans: PlanEntry[];
  region: Map<string, RegionEntry>;
  group: Map<string, GroupEntry>;
  measure: Map<string, MeasureEntry>;
  indicator: Map<string, IndicatorEntry>;
  briefing: Map<string, BriefingEntry>;
  practice: Map<string, PracticeEntry>;
  /** Up to `n` practices related to a practice (shared groups and measures, rare tags weigh more), fewer when fewer share a tag. */
  related: (p: PracticeEntry, n: number) => PracticeEntry[];
}

async function load(): Promise<Corpus> {
  const [regions, groups, measures, indicators, synonyms, allBriefings, allPractices, plans] = await Promise.all([
    getCollection('regions'),
    getCollection('groups'),
    getCollection('measures'),
    getCollection('indicators'),
    getCollection('synonyms'),
    getCollection('briefings'),
    // Drafts written by the ingest script stay unpublished until an editor clears `draft`.
    getCollection('practices', (p) => !p.data.draft),
    getCollection('plans', (p) => !p.data.draft),
  ]);
  const published = new Set(allPractices.map((p) => p.id));
  const visible = allBriefings.filter((b) => issuePublished(b.data.practices, published));
  const briefings = visible.sort(newestFirst);
  const position = new Map<string, number>();
  briefings.forEach((b, bi) => b.data.practices.forEach((pid, pi) => position.set(pid, bi * 10000 + pi)));
  const practices = allPractices.sort(
    (a, b) => (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity) || newestFirst(a, b),
  );
  plans.sort(newestFirst);
  regions.sort(byOrder);
  groups.sort(byOrder);
  measures.sort(byId);
  indicators.sort(byId);
  const map = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
  return {
    regions,
    groups,
    measures,
    indicators,
    synonyms,
    practices,
    briefings,
    plans,
    region: map(regions),
    group: map(groups),
    measure: map(measures),
    indicator: map(indicators),
    briefing: map(briefings),
    practice: map(practices),
    related: createRelatedFinder(practices),
  };
}

/** The corpus, loaded once and shared by every page of the build. */
export function corpus(): Promise<Corpus> {
  cache ??= load();
  return cache;
}

/** Looks an id up, failing loudly: the content check guarantees references exist, so a miss is a bug. */
export function must<T>(map: Map<string, T>, id: string, what: string): T {
  const v = map.get(id);
  if (!v) throw new Error(`unknown ${what} id: ${id}`);
  return v;
}

/** The published practices of a briefing issue, in printed order. */
export function practicesOf(c: Corpus, briefing: BriefingEntry): PracticeEntry[] {
  return briefing.data.practices.flatMap((id) => c.practice.get(id) ?? []);
}

/** Practices in (or, with partners, working with) a region. */
export function practicesInRegion(c: Corpus, regionId: string): PracticeEntry[] {
  return c.practices.filter((p) => p.data.region === regionId || p.data.partners.includes(regionId));
}


/**
 * The raw source texts (file names in seeds/, sorted) that /sources/ lists and serves: those of the published briefings
 * and plans. The source of an issue still in draft is not published before the issue is.
 */
export function sourceFiles(c: Corpus): string[] {
  return [...new Set([...c.briefings, ...c.plans].map((d) => d.data.source))].sort();
}

/** A group of raw sources as /sources/ lists them: a briefing series, or the plans. */
interface SourceGroup {
  kind: 'briefing' | 'plan';
  /** The series (刊名) of a briefing group; 政策方案 for the plans. */
  heading: string;
  files: string[];
}

/**
 * The raw sources in the order a reader looks for them: by what they are the text of, as the site lists those
 * documents. First each briefing series (the series with the newest issue first), its issues newest first; then the
 * plans, newest first (undated ones last). A reader comes with an issue's series and date or a plan's title; the file
 * names (000_901b1e….txt) mean nothing to them. A file behind several documents is listed once, at the first.
 */
export function sourceGroups(c: Corpus): SourceGroup[] {
  const seen = new Set<string>();
  const groups: SourceGroup[] = [];
  const add = (kind: SourceGroup['kind'], heading: string, file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    let group = groups.find((g) => g.kind === kind && g.heading === heading);
    if (!group) groups.push((group = { kind, heading, files: [] }));
    group.files.push(file);
  };
  for (const b of c.briefings) add('briefing', b.data.series, b.data.source);
  for (const p of c.plans) add('plan', '政策方案', p.data.source);
  return groups;
}

const documentsBySource = new WeakMap<Corpus, Map<string, { href: string; label: string }[]>>();

/** The published plans and issues made from a raw source file, each with its page and its name as cited. */
export function sourceDocuments(c: Corpus, file: string): { href: string; label: string }[] {
  let bySource = documentsBySource.get(c);
  if (!bySource) {
    bySource = new Map();
    const add = (source: string, doc: { href: string; label: string }) => bySource!.set(source, [...(bySource!.get(source) ?? []), doc]);
    for (const p of c.plans) add(p.data.source, { href: planUrl(p.id), label: p.data.title });
    for (const b of c.briefings) add(b.data.source, { href: briefingUrl(b.id), label: citation(b.data) });
    documentsBySource.set(c, bySource);
  }
  return bySource.get(file) ?? [];
}


/**
 * Moved addresses (content/redirects.yaml, checked by the content check): each old address gets a page that leads
 * to the new one. Empty when the file does not exist.
 */
export function redirects(): Redirect[] {
  return readRedirects(contentDir);
}

const seedTexts = new Map<string, Promise<string>>();
const linedSeeds = new Map<string, Promise<LinedText>>();

/**
 * The text of a raw source in seeds/, decoded as the content check reads it (UTF-8, or GBK/GB18030 as a government
 * system may have saved it): the site serves it as UTF-8, whatever the file's own encoding.
 */
export function seedText(file: string): Promise<string> {
  let text = seedTexts.get(file);
  if (!text) seedTexts.set(file, (text = readFile(`${seedsDir}/${file}`).then((bytes) => decodeChecked(bytes))));
  return text;
}

/**
 * The rendered HTML of a practice's or plan's body. The content store keeps it in a file of its own (lean-glob.ts);
 * an `.mdx` body is not stored at all (render() compiles it), and gives ''.
 */
export async function bodyHtml(entry: PracticeEntry | PlanEntry): Promise<string> {
  const name = bodyFileOf(entry);
  if (name === undefined) return entry.rendered?.html ?? '';
  const file = join(bodiesDir(entry.collection), name);
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new Error(`${entry.filePath ?? entry.id}：正文的渲染结果 ${file} 读不到（${(e as Error).message}）。删除缓存文件夹 node_modules/.astro 后重新构建。`);
  }
}

/**
 * The line of its briefing's raw text on which a practice starts (its title as printed above its first paragraph),
 * for a link to that line of /sources/<name>/; undefined when the text cannot be placed. `html` is the practice's
 * {@link bodyHtml}.
 */
export async function sourceStart(c: Corpus, practice: PracticeEntry, html: string): Promise<number | undefined> {
  const file = must(c.briefing, practice.data.briefing, 'briefing').data.source;
  let lined = linedSeeds.get(file);
  if (!lined) linedSeeds.set(file, (lined = seedText(file).then(linedText)));
  return startLine(await lined, practice.data.title, htmlParagraphs(html));
}

/**
 * Whether a briefing's raw text prints the series' name and the issue's number (its masthead): the text extracted
 * from some PDFs starts without them (the masthead was an image), and the editor then fills `series` in, and `number`
 * when the PDF shows one. The content check cannot hold those against the text, so the page says they are the editor's.
 * `masthead`: whether the text has a masthead at all (a series' name or an issuer-and-date line on top); without one
 * (000 begins with its first practice) the text cannot tell whether the issue printed an editor's note.
 */
export async function mastheadPrinted(briefing: BriefingEntry): Promise<{ series: boolean; number: boolean; masthead: boolean }> {
  const printed = printedIssue(await seedText(briefing.data.source));
  return { series: printed.series !== undefined, number: printed.number !== undefined, masthead: printed.masthead };
}

const seedDigests = new Map<string, Promise<string>>();

/** A hash of a raw source's text, for the cache key of a page that shows where in it a practice starts. */
export function seedDigest(file: string): Promise<string> {
  let digest = seedDigests.get(file);
  if (!digest) seedDigests.set(file, (digest = seedText(file).then((t) => createHash('sha1').update(t).digest('hex'))));
  return digest;
}

/** The region a region belongs to (玉环市 → 台州市), by its `parent` name; undefined for a prefecture-level city. */
export function parentRegion(c: Corpus, region: RegionEntry): RegionEntry | undefined {
  return region.data.parent === undefined ? undefined : c.regions.find((r) => r.data.name === region.data.parent);
}

/**
 * The prefecture-level cities, in the taxonomy's order: the regions of level 市 (the content check makes these the
 * regions with no parent, and every parent one of them).
 */
export function cities(c: Corpus): RegionEntry[] {
  return c.regions.filter((r) => r.data.level === '市');
}

/** The county-level regions under a city, by their `parent` name (台州市 → 椒江区, 黄岩区 …), in the taxonomy's order. */
export function childRegions(c: Corpus, city: RegionEntry): RegionEntry[] {
  return c.regions.filter((r) => r.data.parent === city.data.name);
}

/** The whole city's practices and plans: its own (市本级) and its counties'. */
export function cityCounts(c: Corpus, city: RegionEntry): { practices: number; plans: number } {
  const ids = new Set([city.id, ...childRegions(c, city).map((r) => r.id)]);
  return { practices: c.practices.filter((p) => ids.has(p.data.region)).length, plans: c.plans.filter((p) => ids.has(p.data.region)).length };
}

/**
 * The places the site has practices or plans of, by city: each city with content of its own or of its counties,
 * and those of its counties that have some (a search that finds nothing says where the site has material).
 */
export function coveredPlaces(c: Corpus): { city: RegionEntry; places: RegionEntry[] }[] {
  const has = new Set([...c.practices.map((p) => p.data.region), ...c.plans.map((p) => p.data.region)]);
  return cities(c)
    .map((city) => ({ city, places: childRegions(c, city).filter((r) => has.has(r.id)) }))
    .filter(({ city, places }) => places.length > 0 || has.has(city.id));
}

/**
 * How many practices a region has as its own, and how many more it took part in as a partner (协作): counted apart
 * everywhere, so that an index and the region's own page agree.
 */
export function regionPracticeCounts(c: Corpus, regionId: string): { own: number; partner: number } {
  let own = 0;
  let partner = 0;
  for (const p of c.practices) {
    if (p.data.region === regionId) own++;
    else if (p.data.partners.includes(regionId)) partner++;
  }
  return { own, partner };
}

export function practicesForGroup(c: Corpus, groupId: string): PracticeEntry[] {
  return c.practices.filter((p) => p.data.groups.includes(groupId));
}

/**
 * The sections plans give a target group (a plan has one section per group at most: the content check), newest plan
 * first.
 */
export function planSectionsForGroup(c: Corpus, groupId: string): { plan: PlanEntry; section: PlanEntry['data']['groups'][number] }[] {
  return c.plans.flatMap((plan) => plan.data.groups.filter((g) => g.group === groupId).map((section) => ({ plan, section })));
}

/** Ids of the indicators the taxonomy says measure a target group (indicators.yaml `groups`). */
function indicatorsOfGroup(c: Corpus, groupId: string): string[] {
  return c.indicators.filter((i) => i.data.groups?.includes(groupId)).map((i) => i.data.id);
}

/**
 * What the plans require for a target group, as its page shows it: each plan's section for the group, the plan's
 * region, and the plan's targets that concern the group (src/lib/plan-sections.ts), with their numbers on the plan
 * page (#m-<n>). Newest plan first.
 */
export function planRequirementsForGroup(c: Corpus, group: GroupEntry) {
  return planSectionsForGroup(c, group.id).map(({ plan, section }) => ({
    plan,
    section,
    region: must(c.region, plan.data.region, 'region'),
    targets: targetsOfGroup(plan.body ?? '', section.heading, plan.data.targets, group.data.name, group.data.aliases, indicatorsOfGroup(c, group.id)).map((n) => ({
      n,
      t: plan.data.targets[n - 1]!,
    })),
  }));
}

/**
 * The measures of plans' group sections whose titles name a measure type (推进股权激励改革 for 股权激励; a name with a
 * slash, 山海协作/飞地, by either part), newest plan first: what a measure's page lists from the plans. By the name only,
 * not the ingest's keywords (培训, 就业), which too many titles hold.
 */
export function planMeasuresNaming(c: Corpus, measure: MeasureEntry): { plan: PlanEntry; section: PlanEntry['data']['groups'][number]; item: PlanEntry['data']['groups'][number]['measures'][number] }[] {
  const names = measure.data.name.split('/').filter(Boolean);
  return c.plans.flatMap((plan) =>
    plan.data.groups.flatMap((section) => section.measures.filter((item) => names.some((n) => item.title.includes(n))).map((item) => ({ plan, section, item }))),
  );
}

export function practicesWithMeasure(c: Corpus, measureId: string): PracticeEntry[] {
  return c.practices.filter((p) => p.data.measures.includes(measureId));
}

/** `practices` grouped by their region, regions in the taxonomy's order; a region with none is left out. */
export function practicesByRegion(c: Corpus, practices: readonly PracticeEntry[]): { r: RegionEntry; list: PracticeEntry[] }[] {
  return c.regions.map((r) => ({ r, list: practices.filter((p) => p.data.region === r.id) })).filter((x) => x.list.length > 0);
}

/** Target groups ordered by how many practices serve them, most first (ties by id). */
export function groupsByUse(c: Corpus): { g: GroupEntry; n: number }[] {
  return c.groups.map((g) => ({ g, n: practicesForGroup(c, g.id).length })).sort((a, b) => b.n - a.n || (a.g.id < b.g.id ? -1 : 1));
}

/** Every measure type with its number of practices, the most used first (then by id), as the home page and /measures/ list them. */
export function measuresByUse(c: Corpus): { m: MeasureEntry; n: number }[] {
  return c.measures.map((m) => ({ m, n: practicesWithMeasure(c, m.id).length })).sort((a, b) => b.n - a.n || (a.m.id < b.m.id ? -1 : 1));
}

/**
 * A plan's place among revisions: the earlier plan it revises (its `supersedes`) and the later published plan that
 * revises it, if any (the content check allows one).
 */
export function planRevisions(c: Corpus, plan: PlanEntry): { revises?: PlanEntry | undefined; revisedBy?: PlanEntry | undefined } {
  const id = plan.data.supersedes;
  return { revises: id === undefined ? undefined : c.plans.find((p) => p.id === id), revisedBy: c.plans.find((p) => p.data.supersedes === plan.id) };
}

/**
 * Every version on a plan's chain of revisions, oldest first, the plan among them: the plans it revises back to the
 * first, and the published plans that revise it up to the newest. One plan when it is on no chain.
 */
export function planHistory(c: Corpus, plan: PlanEntry): PlanEntry[] {
  const byId = new Map(c.plans.map((p) => [p.id, p]));
  const revisedBy = new Map<string, string>();
  for (const p of c.plans) if (p.data.supersedes !== undefined) revisedBy.set(p.data.supersedes, p.id);
  const ids = revisionChain(plan.id, (id) => byId.get(id)?.data.supersedes, (id) => revisedBy.get(id));
  return ids.map((id) => byId.get(id)).filter((p): p is PlanEntry => p !== undefined);
}

/** A plan's status as lists and pages show it: 正式印发 or 征求意见稿, and 已被修订 when a later plan revises it. */
export function planStatus(c: Corpus, plan: PlanEntry): string {
  return planRevisions(c, plan).revisedBy ? `${plan.data.status}，已被修订` : plan.data.status;
}

export function plansInRegion(c: Corpus, regionId: string): PlanEntry[] {
  return c.plans.filter((p) => p.data.region === regionId);
}

/**
 * The entries a practice names, as its page shows them: its region and that region's city (the region itself for a
 * city), its briefing issue, target groups, measures and partner regions.
 */
export function practiceRefs(c: Corpus, practice: PracticeEntry) {
  const d = practice.data;
  const region = must(c.region, d.region, 'region');
  return {
    region,
    city: parentRegion(c, region) ?? region,
    briefing: must(c.briefing, d.briefing, 'briefing'),
    groups: d.groups.map((g) => must(c.group, g, 'group')),
    measures: d.measures.map((m) => must(c.measure, m, 'measure')),
    partners: d.partners.map((r) => must(c.region, r, 'region')),
  };
}

/** The entries a plan names, as its page shows them: its region and that region's city, and its sections' groups. */
export function planRefs(c: Corpus, plan: PlanEntry) {
  const region = must(c.region, plan.data.region, 'region');
  return { region, city: parentRegion(c, region) ?? region, groups: plan.data.groups.map((g) => must(c.group, g.group, 'group')) };
}

/** The practices before and after `practice` in its briefing issue. */
export function neighbours(c: Corpus, practice: PracticeEntry): { prev?: PracticeEntry | undefined; next?: PracticeEntry | undefined } {
  const briefing = c.briefing.get(practice.data.briefing);
  if (!briefing) return {};
  const siblings = practicesOf(c, briefing);
  const at = siblings.findIndex((p) => p.id === practice.id);
  return { prev: at > 0 ? siblings[at - 1] : undefined, next: at >= 0 ? siblings[at + 1] : undefined };
}

/**
 * The issues of the same series before (older) and after (newer) `briefing`, by date. The series is the one cited,
 * sub-series included: 《台州共富工作简报（实践创新）》 numbers its issues on its own, so its 第3期 is followed by its
 * 第4期, not by the next issue of 《台州共富工作简报》 (a supplement, 增刊, stays among its series' issues).
 */
export function issueNeighbours(c: Corpus, briefing: BriefingEntry): { older?: BriefingEntry | undefined; newer?: BriefingEntry | undefined } {
  // c.briefings is newest first.
  const name = seriesName(briefing.data);
  const series = c.briefings.filter((b) => seriesName(b.data) === name);
  const at = series.findIndex((b) => b.id === briefing.id);
  return { newer: at > 0 ? series[at - 1] : undefined, older: at >= 0 ? series[at + 1] : undefined };
}

const sourcesCache = new WeakMap<Corpus, Sourced[]>();

/**
 * Every published page with figures, as /metrics/ lists them: the practices (their `metrics`), newest first, then the
 * plans (their `targets`), newest first. Worked out once per corpus.
 */
export function metricSources(c: Corpus): Sourced[] {
  let out = sourcesCache.get(c);
  if (!out) {
    out = [
      ...c.practices.map((p) => ({ kind: 'practice' as const, id: p.id, title: p.data.title, region: p.data.region, date: p.data.date, metrics: p.data.metrics })),
      ...c.plans.map((p) => ({ kind: 'plan' as const, id: p.id, title: p.data.title, region: p.data.region, date: p.data.date, metrics: p.data.targets })),
    ];
    sourcesCache.set(c, out);
  }
  return out;
}

/**
 * The date /metrics/ is as of: the newest issue or plan that gives a figure (see asOfText). A practice is dated and
 * cited by its issue.
 */
export function metricsAsOf(c: Corpus): string | undefined {
  return asOfText([
    ...c.practices.filter((p) => p.data.metrics.length > 0).map((p) => {
      const b = must(c.briefing, p.data.briefing, 'briefing').data;
      return { date: b.date, cited: issueLabel(b) };
    }),
    ...c.plans.filter((p) => p.data.targets.length > 0).map((p) => ({ date: p.data.date, cited: `《${p.data.title}》` })),
  ]);
}

const reachCache = new WeakMap<Corpus, Map<string, Set<string>>>();

/**
 * The regions that report figures of each indicator, in practices or plans. An indicator only one region reports
 * has nothing to compare yet: pages do not offer “各地数据” for it.
 */
function indicatorRegions(c: Corpus): Map<string, Set<string>> {
  let out = reachCache.get(c);
  if (!out) {
    out = new Map();
    for (const page of metricSources(c)) {
      for (const m of page.metrics) {
        if (!m.indicator) continue;
        let regions = out.get(m.indicator);
        if (!regions) out.set(m.indicator, (regions = new Set()));
        regions.add(page.region);
      }
    }
    reachCache.set(c, out);
  }
  return out;
}

const comparedCache = new WeakMap<Corpus, ReadonlySet<string>>();

/** The indicators that two or more regions report: those /metrics/ compares across places (worked out once per corpus). */
export function comparedIndicators(c: Corpus): ReadonlySet<string> {
  let out = comparedCache.get(c);
  if (!out) comparedCache.set(c, (out = new Set([...indicatorRegions(c)].filter(([, regions]) => regions.size >= 2).map(([id]) => id))));
  return out;
}
