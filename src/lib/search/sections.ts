/**
 * The pages of the site a query names, offered above its results: the page of a region, target group or measure the
 * query names (玉环 → 玉环市's page, 产业工人 → 技术工人's), and a section of the site it asks for by name (数据对比 →
 * /metrics/). The index holds texts, not these lists, so the results alone would never lead there.
 */
import { FACET_LABELS, type FacetKey, type SearchDictionary } from './dictionary.ts';
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
