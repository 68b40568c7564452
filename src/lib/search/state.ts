/**
 * The search state and its URL form. `/search/?q=玉环&group=技术工人&group=困难群体&sort=date` is the whole state,
 * so a filtered search is a shareable link and the browser's back/forward restores it.
 */
import { FACET_KEYS, UNDATED_YEAR, type FacetKey, type SearchDictionary } from './dictionary.ts';
import { cleanQuery, squashText } from './normalize.ts';

export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  q: string;
  /** Selected values per facet: values of one facet are alternatives (any), facets combine (all). */
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SortOrder;
}

/** Limits on what a URL may ask for, so a crafted link cannot make the page do silly amounts of work. */
const MAX_VALUES = 20;
const MAX_VALUE_LENGTH = 40;

/** The state in a query string (`location.search` or URLSearchParams); unknown parameters are ignored. */
export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const key of FACET_KEYS) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => cleanQuery(v))
          .filter((v) => v && Array.from(v).length <= MAX_VALUE_LENGTH),
      ),
    ].slice(0, MAX_VALUES);
    if (values.length) filters[key] = values;
  }
  return { q: cleanQuery(params.get('q')), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** The query string for a state (with a leading `?`, or empty), in a stable order. */
export function serializeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FACET_KEYS) for (const v of state.filters[key] ?? []) params.append(key, v);
  if (state.sort === 'date') params.set('sort', 'date');
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * The filters with each value named as the index names it: a link written by hand or kept from elsewhere may filter by
 * another name of a value (group=技工, region=玉环, kind=实践案例) or by the id in the value's own page address
 * (group=technical-workers, from /groups/technical-workers/), which no page is tagged with. A value no name or id
 * matches stays as it came, so that the page says nothing has it; so do years, which have no dictionary.
 */
export function canonicalFilters(filters: SearchState['filters'], dict: SearchDictionary | undefined): SearchState['filters'] {
  const out: SearchState['filters'] = {};
  for (const key of FACET_KEYS) {
    const values = filters[key];
    if (!values?.length) continue;
    const known = dict?.facets[key] ?? [];
    const named = (v: string) => {
      if (known.some((k) => k.name === v)) return v;
      const sq = squashText(v);
      const hit =
        known.find((k) => squashText(k.name) === sq) ??
        known.find((k) => k.aliases.some((a) => squashText(a) === sq)) ??
        known.find((k) => k.page?.split('/').filter(Boolean).pop() === v);
      return hit?.name ?? v;
    };
    out[key] = [...new Set(values.map(named))];
  }
  return out;
}

/**
 * The selected values the site does not have (group=火箭 in a mistyped or outdated link), after
 * {@link canonicalFilters}: a facet's value that is none of its dictionary's names, or a year that is not one. A value
 * the site has but no page of the selection does (year=1999) is not unknown. None without a dictionary.
 */
export function unknownFilters(filters: SearchState['filters'], dict: SearchDictionary | undefined): { facet: FacetKey; value: string }[] {
  if (!dict) return [];
  return FACET_KEYS.flatMap((facet) =>
    (filters[facet] ?? [])
      .filter((value) => {
        if (facet === 'year') return !/^(?:19|20)\d{2}$/u.test(value) && value !== UNDATED_YEAR;
        const known = dict.facets[facet];
        return !!known && !known.some((k) => k.name === value);
      })
      .map((value) => ({ facet, value })),
  );
}

export function hasFilters(state: SearchState): boolean {
  return FACET_KEYS.some((k) => (state.filters[k]?.length ?? 0) > 0);
}

/** The state with `value` of `facet` selected if it was not, and removed if it was. */
export function toggleFilter(state: SearchState, facet: FacetKey, value: string): SearchState {
  const current = state.filters[facet] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters = { ...state.filters };
  if (next.length) filters[facet] = next;
  else delete filters[facet];
  return { ...state, filters };
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return serializeState(a) === serializeState(b);
}

/** Pagefind's filter object for the selected values, optionally leaving one facet out. */
export function pagefindFilters(
  filters: SearchState['filters'],
  except?: FacetKey,
): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FACET_KEYS) {
    const values = filters[key];
    if (key !== except && values?.length) out[key] = { any: [...values] };
  }
  return out;
}

/** Whether a page with these filter values passes the selection, optionally ignoring one facet. */
export function matchesFilters(
  pageFilters: Partial<Record<FacetKey, string[]>>,
  filters: SearchState['filters'],
  except?: FacetKey,
): boolean {
  return FACET_KEYS.every((key) => {
    const wanted = filters[key];
    if (key === except || !wanted?.length) return true;
    const have = pageFilters[key] ?? [];
    return wanted.some((v) => have.includes(v));
  });
}

/**
 * Facet counts over a list of pages, the way readers expect from checkboxes: a facet's counts respect the other
 * facets' selections but not its own, so another value of the same facet can still be added.
 */
export function countFacets(
  pages: readonly { filters: Partial<Record<FacetKey, string[]>> }[],
  filters: SearchState['filters'],
): Partial<Record<FacetKey, Record<string, number>>> {
  const out: Partial<Record<FacetKey, Record<string, number>>> = {};
  for (const key of FACET_KEYS) {
    const counts: Record<string, number> = {};
    for (const p of pages) {
      if (!matchesFilters(p.filters, filters, key)) continue;
      for (const v of p.filters[key] ?? []) counts[v] = (counts[v] ?? 0) + 1;
    }
    out[key] = counts;
  }
  return out;
}

/**
 * How the pages of a list are counted in a sentence: the site counts practices in 个, plans in 份 and briefings in 期
 * (12 个案例、2 份方案), so a list filtered to one kind says so; pages of several kinds are 篇 of 内容.
 */
export function countWords(filters: SearchState['filters']): { measure: string; noun: string } {
  const kinds = filters.kind ?? [];
  const one = kinds.length === 1 ? KIND_COUNTS[kinds[0]!] : undefined;
  return one ?? { measure: '篇', noun: '内容' };
}

const KIND_COUNTS: Record<string, { measure: string; noun: string } | undefined> = {
  案例: { measure: '个', noun: '案例' },
  方案: { measure: '份', noun: '方案' },
  简报: { measure: '期', noun: '简报' },
};
