/**
 * The pages of the site a query names, offered above its results: the page of a region, target group or measure the
 * query names (玉环 → 玉环市's page, 产业工人 → 技术工人's), and a section of the site it asks for by name (数据对比 →
 * /metrics/). The index holds texts, not these lists, so the results alone would never lead there.
 */
import { FACET_LABELS, type FacetKey, type SearchDictionary } from './dictionary.ts';
import { chineseNumber } from '../numbers.ts';
import { squashText } from './normalize.ts';
import type { QueryPlan } from './query.ts';

interface SectionLink {
  /** What the link says: 目标群体：技术工人, 数据对比. */
  label: string;
  /** The page, under the site's base (groups/technical-workers/). */
  page: string;
}

/** Facets whose values have pages of their own (a city is a region: its query terms are the region's). */
const LISTED: readonly FacetKey[] = ['region', 'group', 'measure'];

/** At most this many links: a long question naming many things is better served by its results. */
export const MAX_SECTION_LINKS = 4;

export function sectionLinks(plan: QueryPlan, query: string, dict: SearchDictionary): SectionLink[] {
  const out: SectionLink[] = [];
  const add = (link: SectionLink) => {
    if (!out.some((l) => l.page === link.page)) out.push(link);
  };
  for (const t of plan.terms) {
    const facet = t.entry?.facet;
    if (!facet || !LISTED.includes(facet)) continue;
    const value = dict.facets[facet]?.find((v) => v.name === t.entry!.value);
    if (value?.page) add({ label: `${FACET_LABELS[facet]}：${value.name}`, page: value.page });
  }
  const q = squashText(query);
  for (const s of dict.sections ?? []) {
    if (s.page && [s.name, ...s.aliases].some((n) => q.includes(squashText(n)))) add({ label: s.name, page: s.page });
  }
  return out.slice(0, MAX_SECTION_LINKS);
}

/** An issue named in a query (第5期, 第 五 期, 增刊第2期), after NFKC. */
const ISSUE = /(增刊|专刊|特刊)?\s*第\s*([0-9]+|[〇零一二两三四五六七八九十百]+)\s*期/u;

/**
 * The issue a query names (简报第5期, 第二期) when the site has no issue of that number, as the pages write it (第5期,
 * 增刊第2期); undefined when the query names none or one the site has. `printed` holds the numbers of the issues the
 * site has, as written (第3期): the index holds texts, so a query for an issue that is not there finds nothing, or
 * other issues' pages, and the search page says which issues there are.
 */
export function absentIssue(query: string, printed: readonly string[]): string | undefined {
  const m = ISSUE.exec(query.normalize('NFKC'));
  if (!m) return undefined;
  const n = /^\d+$/u.test(m[2]!) ? Number(m[2]) : chineseNumber(m[2]!);
  if (n === undefined || n < 1) return undefined;
  const issue = `${m[1] ?? ''}第${n}期`;
  return printed.includes(issue) ? undefined : issue;
}
