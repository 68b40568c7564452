/**
 * What every rule of the check reads, worked out once per run: the corpus, its entries parsed by their schemas (a
 * schema error is a problem, and the entry is left out), the ids each kind of reference may name, what is published,
 * and each seed read and hashed once.
 */
import { briefingSchema } from '../schemas/briefing.ts';
import { planSchema } from '../schemas/plan.ts';
import { practiceSchema } from '../schemas/practice.ts';
import { groupSchema, indicatorSchema, measureSchema, regionSchema, synonymSchema } from '../schemas/taxonomy.ts';
import { reducedParagraphs } from '../lib/fidelity.ts';
import { issuePublished } from '../lib/published.ts';
import { indexOf } from './refs.ts';
import { parseAll } from './schema-messages.ts';
import type { Problem, RawCorpus, RawEntry, RenderedFragment } from './types.ts';

/** Whether an entry is a draft: a draft is checked, not published (src/data/content.ts). */
export function isDraft(e: RawEntry): boolean {
  return (e.data as { draft?: unknown } | undefined)?.draft === true;
}

/** Whether a content file is a plan's (content/plans/…), for a message that says 本方案 rather than 本案例. */
export function isPlanFile(file: string): boolean {
  return /(^|\/)plans\//.test(file);
}

export type CheckContext = ReturnType<typeof checkContext>;

/**
 * The context of one run over `corpus`; every problem found goes to `problems`. Links to a #fragment that only the
 * built page can confirm go to `rendered`, when given.
 */
export function checkContext(corpus: RawCorpus, problems: Problem[], rendered?: RenderedFragment[]) {
  // Looked up for every page, and each seed decoded once: there is one seed per issue, thousands at scale.
  const seedFiles = corpus.seedFiles ? new Set(corpus.seedFiles) : undefined;
  const seedReads = new Map<string, ReturnType<NonNullable<RawCorpus['readSeed']>>>();
  // Each body's paragraphs reduced once, for the fidelity and the coverage check.
  const reducedOf = new WeakMap<RawEntry, ReturnType<typeof reducedParagraphs>>();
  const reduced = (e: RawEntry) => {
    let r = reducedOf.get(e);
    if (!r) reducedOf.set(e, (r = reducedParagraphs(e.body ?? '', e.file.endsWith('.mdx'))));
    return r;
  };
  // A seed's hash, read once: the memo keys of its reduced text, its masthead and its issue's verdict all use it.
  const seedKeys = new Map<string, string | undefined>();
  const seedKeyOf = (name: string) => {
    if (!seedKeys.has(name)) seedKeys.set(name, corpus.seedKey?.(name));
    return seedKeys.get(name);
  };
  // A source recorded with its hash at import must still be that file: seeds/ is never edited, and a page checked
  // against an edited source would pass with the edit.
  const checkSourceHash = (file: string, source: string, recorded: string | undefined) => {
    const now = recorded && corpus.seedSha256?.(source);
    if (recorded && now && now !== recorded) {
      problems.push({
        file,
        field: 'sourceSha256',
        message: `seeds/${source} 与导入时不同（导入时的 SHA-256 是 ${recorded.slice(0, 12)}…，现在是 ${now.slice(0, 12)}…）：seeds/ 中的原文不得修改。请从原始提取稿恢复这个文件（git checkout -- seeds/${source}）；若原文确实换了一份，请以新文件名放入 seeds/ 并重新导入`,
      });
    }
  };
  const readSeed = (name: string) => {
    if (!seedReads.has(name)) seedReads.set(name, corpus.readSeed?.(name));
    return seedReads.get(name);
  };

  const regions = parseAll(corpus.regions, regionSchema, problems);
  // Place names a title may begin with, longest first (台州市本级 before 台州市 before 台州): the region it names.
  const placeNames = regions
    .flatMap((r) => [r.data.name, ...r.data.aliases].filter((n) => n.length >= 2).map((name) => ({ id: r.data.id, name })))
    .sort((a, b) => b.name.length - a.name.length);
  const titleRegion = (title: string) => placeNames.find((n) => title.trimStart().startsWith(n.name));
  const groups = parseAll(corpus.groups, groupSchema, problems);
  const measures = parseAll(corpus.measures, measureSchema, problems);
  const indicators = parseAll(corpus.indicators, indicatorSchema, problems);
  const synonyms = parseAll(corpus.synonyms, synonymSchema, problems);
  const briefings = parseAll(corpus.briefings, briefingSchema, problems);
  const practices = parseAll(corpus.practices, practiceSchema, problems, (field, entry) => missingPracticeField(field, entry, corpus, titleRegion, regions, groups, measures));
  const plans = parseAll(corpus.plans, planSchema, problems);

  const readable = (name: NonNullable<RawCorpus['unreadableTaxonomies']>[number]) => !corpus.unreadableTaxonomies?.includes(name);
  const regionIdx = indexOf(regions.map((r) => ({ id: r.data.id, names: [r.data.name, ...r.data.aliases] })), '地区', corpus.regions, readable('regions'));
  const groupIdx = indexOf(groups.map((g) => ({ id: g.data.id, names: [g.data.name, ...g.data.aliases] })), '目标群体', corpus.groups, readable('groups'));
  const measureIdx = indexOf(measures.map((m) => ({ id: m.data.id, names: [m.data.name] })), '举措类型', corpus.measures, readable('measures'));
  const indicatorIdx = indexOf(indicators.map((m) => ({ id: m.data.id, names: [m.data.name] })), '指标', corpus.indicators, readable('indicators'));
  const briefingIdx = indexOf(corpus.briefings.map((b) => ({ id: b.id, names: [] })), '简报');
  const practiceIdx = indexOf(corpus.practices.map((p) => ({ id: p.id, names: [String((p.data as { title?: unknown })?.title ?? '')] })), '案例');
  const planIdx = indexOf(corpus.plans.map((p) => ({ id: p.id, names: [String((p.data as { title?: unknown })?.title ?? '')] })), '方案');
  // Each indicator's units: the one it is counted in, then the others the texts use for the same thing.
  const indicatorUnits = new Map(indicators.map((i) => [i.data.id, [i.data.unit, ...(i.data.otherUnits ?? [])]]));
  // Each indicator's id, name and units, once for every page's figures (statedIndicator).
  const indicatorNames = indicators.map((i) => ({ id: i.data.id, name: i.data.name, units: indicatorUnits.get(i.data.id)! }));
  const routeIds: Record<string, Set<string>> = {
    practices: new Set(corpus.practices.map((e) => e.id)),
    briefings: new Set(corpus.briefings.map((e) => e.id)),
    plans: new Set(corpus.plans.map((e) => e.id)),
    regions: regionIdx.ids,
    groups: groupIdx.ids,
    measures: measureIdx.ids,
  };

  const unpublished = {
    practices: new Set(corpus.practices.filter(isDraft).map((e) => e.id)),
    plans: new Set(corpus.plans.filter(isDraft).map((e) => e.id)),
    briefings: new Set<string>(),
  };
  const publishedPractices = new Set(corpus.practices.filter((e) => !isDraft(e)).map((e) => e.id));
  for (const b of corpus.briefings) {
    const list = (b.data as { practices?: unknown } | undefined)?.practices;
    if (Array.isArray(list) && !issuePublished(list, publishedPractices)) unpublished.briefings.add(b.id);
  }
  const pages = { practices: new Map(corpus.practices.map((e) => [e.id, e])), plans: new Map(corpus.plans.map((e) => [e.id, e])) };

  return {
    corpus,
    problems,
    rendered,
    seedFiles,
    readSeed,
    seedKeyOf,
    checkSourceHash,
    reduced,
    titleRegion,
    regions,
    groups,
    measures,
    indicators,
    synonyms,
    briefings,
    practices,
    plans,
    regionIdx,
    groupIdx,
    measureIdx,
    indicatorIdx,
    briefingIdx,
    practiceIdx,
    planIdx,
    indicatorUnits,
    indicatorNames,
    routeIds,
    unpublished,
    pages,
  };
}

/** What to write in a required field a practice left out: the ids allowed, and the region its title begins with. */
function missingPracticeField(
  field: string,
  entry: RawEntry,
  corpus: RawCorpus,
  titleRegion: (title: string) => { id: string; name: string } | undefined,
  regions: readonly { data: { id: string; name: string } }[],
  groups: readonly { data: { id: string; name: string } }[],
  measures: readonly { data: { id: string; name: string } }[],
): string | undefined {
  const title = String((entry.data as { title?: unknown } | undefined)?.title ?? '');
  const ids = (list: readonly { data: { id: string; name: string } }[]) => list.map((x) => `${x.data.id}（${x.data.name}）`).join(', ');
  switch (field) {
    case 'region': {
      const named = titleRegion(title);
      return named ? `标题以“${named.name}”开头，应为 region: ${named.id}` : `填写地区 id。允许的值：${ids(regions)}`;
    }
    case 'groups':
      return `填写目标群体 id 的列表（如 [technical-workers]）。允许的值：${ids(groups)}`;
    case 'measures':
      return `填写举措类型 id 的列表。允许的值：${ids(measures)}`;
    case 'briefing': {
      const issues = corpus.briefings.map((b) => b.id).sort().reverse();
      return `填写本案例所在那一期简报的 id（content/briefings/ 中的文件名，不带 .yaml），如 ${issues.slice(0, 5).join('、')}${issues.length > 5 ? ' …' : ''}`;
    }
    case 'date':
      return '写成 YYYY-MM-DD，与本案例所在简报的日期相同';
    case 'title':
      return '照简报印的标题填写';
    default:
      return undefined;
  }
}
