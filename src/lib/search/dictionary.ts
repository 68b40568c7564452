/**
 * The search dictionary: the facet values of the site (regions, target groups, measures, kinds of document) with their
 * short forms and aliases, taken from `content/taxonomy/*.yaml` at build time and served as `/search/synonyms.json`.
 *
 * The client uses it to recognise taxonomy terms in a query (玉环 → 玉环市, 产业工人 → 技术工人, 新业态 →
 * 新就业形态从业人员), to match a page's metadata, and to show the facets in the site's own order.
 */
import { squashText } from './normalize.ts';

/** The Pagefind filters the site indexes (see `SearchMeta.astro`), in the order the facets are shown. */
export const FACET_KEYS = ['kind', 'city', 'region', 'group', 'measure', 'year'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** The 年份 value of a page without a date (a plan that printed none). */
export const UNDATED_YEAR = '未注明';

/** Facet names as readers see them. */
export const FACET_LABELS: Record<FacetKey, string> = {
  kind: '类型',
  /** The prefecture-level city a page's region belongs to (台州市 for 玉环市): all of a city's counties at once. */
  city: '所属地市',
  region: '地区',
  group: '目标群体',
  measure: '举措类型',
  year: '年份',
};

interface DictionaryValue {
  /** The filter value exactly as indexed, e.g. 玉环市. */
  name: string;
  /** Other names readers type for it, e.g. 玉环. */
  aliases: string[];
  /** The site's page that lists it, under the site's base (regions/yuhuan/), offered beside the results. */
  page?: string | undefined;
}

/** The shape of `/search/synonyms.json`. */
export interface SearchDictionary {
  version: 1;
  /** Values per facet in display order. `year` is absent: its values come from the index. */
  facets: Partial<Record<FacetKey, DictionaryValue[]>>;
  /** Words that mean the same in a search (电子商务: 电商), outside the facets. */
  synonyms?: DictionaryValue[];
  /** The site's own sections a query may be looking for (数据对比 → metrics/), which the index does not hold. */
  sections?: DictionaryValue[];
}

/**
 * The sections of the site readers look for by name in the search box: the comparison of figures, the lists of issues
 * and plans, the raw texts. They are lists, not texts, so the index does not hold them; the search page offers them.
 */
const SITE_SECTIONS: DictionaryValue[] = [
  { name: '数据对比', aliases: ['各地数据', '数据比较', '指标对比', '各地对比', '数据下载', '全部数据', '下载数据'], page: 'metrics/' },
  { name: '工作简报', aliases: ['简报列表', '往期简报', '各期简报', '订阅简报'], page: 'briefings/' },
  { name: '政策方案', aliases: ['方案列表', '全部方案'], page: 'plans/' },
  { name: '全部案例', aliases: ['案例列表', '所有案例'], page: 'practices/' },
  { name: '原始资料', aliases: ['原始文本', '原文文件', '原件下载'], page: 'sources/' },
];

/** What a taxonomy term in a query stands for. */
export interface DictionaryEntry {
  /** The facet the value belongs to; none for a search synonym, which is not a facet value. */
  facet?: FacetKey | undefined;
  /** The canonical filter value, e.g. 技术工人. */
  value: string;
  /** The aliases of that value (not including the value itself). */
  aliases: string[];
  /** Whether the matched text is an alias rather than the canonical name. */
  isAlias: boolean;
}

/** Kinds of document and what readers call them. */
const KIND_VALUES: DictionaryValue[] = [
  { name: '案例', aliases: ['实践案例', '典型案例', '做法', '经验做法'] },
  { name: '方案', aliases: ['行动方案', '实施方案', '政策方案'] },
  { name: '简报', aliases: ['工作简报'] },
];

interface TaxonomyInput {
  regions: readonly { id?: string | undefined; name: string; aliases?: readonly string[] | undefined; parent?: string | undefined }[];
  /** `spoken`: what readers call the group's people (送外卖), searched like an alias. */
  groups: readonly { id?: string | undefined; name: string; aliases?: readonly string[] | undefined; spoken?: readonly string[] | undefined }[];
  measures: readonly { id?: string | undefined; name: string }[];
  synonyms?: readonly { name: string; aliases: readonly string[] }[] | undefined;
}

/**
 * Builds the dictionary from the taxonomy (already sorted in display order). A measure named with a slash
 * (山海协作/飞地) gets each part as an alias. Measure keywords are deliberately left out: they are broad (码, 平台,
 * 培训) and would turn ordinary words into facet matches.
 */
export function buildDictionary(t: TaxonomyInput): SearchDictionary {
  const clean = (xs: readonly string[] | undefined, name: string) =>
    [...new Set((xs ?? []).map((x) => x.trim()).filter((x) => x && x !== name))];
  const page = (dir: string, id: string | undefined) => (id ? { page: `${dir}/${id}/` } : {});
  return {
    version: 1,
    facets: {
      kind: KIND_VALUES,
      city: t.regions.filter((r) => !r.parent).map((r) => ({ name: r.name, aliases: clean(r.aliases, r.name), ...page('regions', r.id) })),
      // A region's id is its name in pinyin (yuhuan): a reader without a Chinese input method finds it so.
      region: t.regions.map((r) => ({ name: r.name, aliases: clean([...(r.aliases ?? []), ...(r.id && /^[a-z]+$/.test(r.id) ? [r.id] : [])], r.name), ...page('regions', r.id) })),
      group: t.groups.map((g) => ({ name: g.name, aliases: clean([...(g.aliases ?? []), ...(g.spoken ?? [])], g.name), ...page('groups', g.id) })),
      measure: t.measures.map((m) => ({
        name: m.name,
        aliases: clean(m.name.includes('/') ? m.name.split('/') : [], m.name),
        ...page('measures', m.id),
      })),
    },
    synonyms: (t.synonyms ?? []).map((s) => ({ name: s.name, aliases: clean(s.aliases, s.name) })),
    sections: SITE_SECTIONS,
  };
}

/**
 * A facet value as readers see it. The 地区 facet names a city's own pages (its 市本级 practices and its plans)
 * 台州市（市本级）, so that it does not read as the 所属地市 value 台州市, which takes in the city's counties too.
 */
export function facetValueLabel(facet: FacetKey, value: string, dict: SearchDictionary | undefined): string {
  if (facet === 'region' && dict?.facets.city?.some((c) => c.name === value)) return `${value}（市本级）`;
  return value;
}

/** Looks taxonomy terms up by their squashed form. */
export interface Lexicon {
  /** The entry for a squashed term, if it is a facet value or alias. */
  get(squashed: string): DictionaryEntry | undefined;
  /** The longest entry key that starts at `from` in the squashed text `s`, if any. */
  longestAt(s: string, from: number): { key: string; entry: DictionaryEntry } | undefined;
  /** Squashed name → aliases of a facet value, for matching a page's metadata. */
  aliasesOf(facet: FacetKey, value: string): string[];
  /** Squashed canonical names of every region, group and measure, longest first. */
  valueNames: string[];
  /** Every squashed name and alias the lexicon knows, in the dictionary's order (for "did you mean"). */
  words: string[];
}

/**
 * An index over the dictionary. A canonical name wins over an alias with the same text; otherwise the first value
 * in display order wins.
 */
export function createLexicon(dict: SearchDictionary | undefined): Lexicon {
  const byKey = new Map<string, DictionaryEntry>();
  const aliasMap = new Map<string, string[]>();
  const valueNames = new Set<string>();
  let longest = 0;
  const put = (text: string, entry: DictionaryEntry) => {
    const key = squashText(text);
    if (Array.from(key).length < 2) return;
    const had = byKey.get(key);
    if (had && (!had.isAlias || entry.isAlias)) return;
    byKey.set(key, entry);
    longest = Math.max(longest, key.length);
  };
  for (const facet of FACET_KEYS) {
    for (const v of dict?.facets[facet] ?? []) {
      aliasMap.set(`${facet}\u0000${v.name}`, v.aliases);
      // A city is also a region: a query term (台州) names the region, whose pages the city filter only widens.
      if (facet === 'city') continue;
      if (facet !== 'kind') valueNames.add(squashText(v.name));
      put(v.name, { facet, value: v.name, aliases: v.aliases, isAlias: false });
      for (const a of v.aliases) put(a, { facet, value: v.name, aliases: v.aliases, isAlias: true });
    }
  }
  // Synonyms come last: a facet value with the same text keeps it (the content check forbids that anyway).
  for (const v of dict?.synonyms ?? []) {
    put(v.name, { value: v.name, aliases: v.aliases, isAlias: false });
    for (const a of v.aliases) put(a, { value: v.name, aliases: v.aliases, isAlias: true });
  }
  return {
    get: (s) => byKey.get(s),
    longestAt(s, from) {
      for (let len = Math.min(longest, s.length - from); len >= 2; len--) {
        const key = s.slice(from, from + len);
        const entry = byKey.get(key);
        if (entry) return { key, entry };
      }
      return undefined;
    },
    aliasesOf: (facet, value) => aliasMap.get(`${facet}\u0000${value}`) ?? [],
    valueNames: [...valueNames].sort((a, b) => b.length - a.length),
    words: [...byKey.keys()],
  };
}
