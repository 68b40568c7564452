/**
 * The search engine in the browser: Pagefind finds candidate pages, src/lib/search ranks them.
 *
 * Loaded only when a reader starts to search. It fetches `pagefind/pagefind.js` (which brings its WebAssembly, the
 * index metadata and then only the index chunks a query needs) and `/search/synonyms.json`, both from this site.
 */
import { FACET_KEYS, createLexicon, type FacetKey, type Lexicon, type SearchDictionary } from '../../lib/search/dictionary.ts';
import { resultExcerpt, type FocusGroup, type Segment } from '../../lib/search/excerpt.ts';
import { newestFirst } from '../../lib/search/date-order.ts';
import { widenRounded } from '../../lib/search/figures.ts';
import { parseQuery, type QueryPlan, type QueryTerm } from '../../lib/search/query.ts';
import { gluedInQuery, meantAsTyped, nameTypoCandidates, nearInTexts, nearWords, textsNear, typoCandidates } from '../../lib/search/suggest.ts';
import { coverage, type Coverage } from '../../lib/search/coverage.ts';
import { t2sMap, toSimplified, type T2sTable } from '../../lib/search/t2s.ts';
import { segmentQuery, unsegment } from '../../lib/search/segment.ts';
import { byDateDesc, prepareDoc, rank, type PreparedDoc, type SearchDoc } from '../../lib/search/rank.ts';
import {
  countFacets,
  hasFilters,
  matchesFilters,
  pagefindFilters,
  type SearchState,
} from '../../lib/search/state.ts';
import { url } from '../../lib/urls.ts';

/** The part of Pagefind's browser API used here (pagefind.js 1.6). */
interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
type FilterCounts = Record<string, Record<string, number> | undefined>;
interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}
export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<PagefindResponse | null>;
  preload(term: string, o?: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
}

/**
 * How many candidate pages are loaded and ranked for one query. Each costs one fragment request of about 3 KB: 24 of
 * them are 75–85 KB of a first query at 10,000 practices (60 fetched up to 1 MB in all there), and the seed site never
 * has more candidates.
 */
export const MAX_RANKED = 24;
/** How many pages a facet browse loads at a time. */
const BROWSE_PAGE = 30;

export interface ResultItem {
  id: string;
  url: string;
  title: string;
  kind: string;
  region: string;
  date: string;
  datetime: string;
  excerpt: Segment[];
}

export type FacetCounts = Partial<Record<FacetKey, Record<string, number>>>;

export type Outcome =
  /** No query and no filter: the facets with their totals, to start browsing. */
  | { mode: 'idle'; facets: FacetCounts }
  /** The query has nothing searchable in it (only punctuation, markup characters or emoji). */
  | { mode: 'unsearchable'; facets: FacetCounts }
  | {
      mode: 'browse';
      items: ResultItem[];
      total: number;
      facets: FacetCounts;
      /** Loads the next pages of a long facet list. */
      more?: (() => Promise<ResultItem[]>) | undefined;
    }
  | ({
      mode: 'query';
      plan: QueryPlan;
      items: ResultItem[];
      total: number;
      facets: FacetCounts;
      /** More pages matched than were ranked; the list shows the best {@link MAX_RANKED}. */
      truncated: boolean;
      /**
       * The query searched instead of the one typed: in simplified characters, when it was typed in traditional ones and
       * only that form found pages, or corrected ({@link corrected}).
       */
      searchedAs?: string | undefined;
      /** The typed query found nothing and {@link searchedAs} is its correction (金兰领 → 金蓝领). */
      corrected?: boolean | undefined;
      /** No page has a whole-number figure of the query as typed; these figures, with decimals, were found instead. */
      rounded: string[];
      /**
       * When pages were found but a word typed is on none of them exactly (和赢模式): a word of the site one character
       * away, to offer as "您是不是要找". Asked for after the results are shown.
       */
      offer?: (() => Promise<string | undefined>) | undefined;
      /**
       * When pages were found but a word typed is on none of them and a name of the dictionary (a region, target
       * group, measure or search synonym) is one character away from it or from the part it is in (黄严技工: 黄岩,
       * 新就业型态: 新就业形态): the query with that name, which {@link search} searches instead.
       */
      named?: (() => Promise<string | undefined>) | undefined;
      /** When the filters leave nothing: how many pages the query finds without them. */
      unfiltered?: number | undefined;
      /** When nothing was found: the terms of the query that alone would find pages, to suggest. */
      suggestions: string[];
      /**
       * When nothing was found: the query with a mistyped word replaced by a word of the site one character away that
       * finds pages (玉还 → 玉环), to offer as "您是不是要找".
       */
      correction?: string | undefined;
    } & Omit<Coverage, 'unmatched' | 'absent'>);

export interface Engine {
  lexicon: Lexicon;
  dictionary: SearchDictionary;
  search(state: SearchState): Promise<Outcome>;
  /** Starts fetching the index chunks for a query being typed. */
  preload(q: string): void;
}

let engine: Promise<Engine> | undefined;

/** The engine, created on first call. Rejects if Pagefind or the dictionary cannot be loaded. */
export function loadEngine(): Promise<Engine> {
  engine ??= create().catch((e: unknown) => {
    engine = undefined;
    throw e;
  });
  return engine;
}

const json = <T>(path: string): Promise<T> =>
  fetch(path).then((r) => {
    if (!r.ok) throw new Error(`${path}: ${r.status}`);
    return r.json() as Promise<T>;
  });

async function create(): Promise<Engine> {
  const base = url();
  const [pf, dictionary, shards] = await Promise.all([
    import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindApi>,
    json<SearchDictionary>(`${base}search/synonyms.json`),
    // A large site's index is in shards (src/indexer/shards.ts): the newest is Pagefind's primary index, the others
    // are merged into it, newest first.
    json<string[]>(`${base}pagefind/shards.json`),
  ]);
  await pf.options({ excerptLength: 40 });
  await Promise.all(shards.map((s) => pf.mergeIndex(`${base}pagefind/${s}`, { excerptLength: 40 })));
  await pf.init();
  return createEngine(cutAsIndexed(pf), dictionary);
}

/**
 * Pagefind with each query's words cut as the index has them (src/lib/search/segment.ts, segmentQuery): Pagefind cuts
 * a query with the browser's ICU, which reads 人均可支配收入 as 人|均可|支配|收入 where the index holds 人 均 可 支配 收入.
 */
function cutAsIndexed(pf: PagefindApi): PagefindApi {
  return {
    options: (o) => pf.options(o),
    init: () => pf.init(),
    search: (term, o) => pf.search(term === null ? null : segmentQuery(term), o),
    preload: (term, o) => pf.preload(segmentQuery(term), o),
    filters: () => pf.filters(),
    mergeIndex: (path, o) => pf.mergeIndex(path, o),
  };
}

/** The traditional → simplified table of the site (src/lib/search/t2s.ts), fetched on first need. */
const fetchT2s = (): Promise<T2sTable> => json<T2sTable>(`${url()}search/t2s.json`);
/** The quoted names of the texts (src/lib/search/suggest.ts), fetched for the first query that finds nothing. */
const fetchNames = (): Promise<string[]> => json<string[]>(`${url()}search/names.json`);

/**
 * The engine over an initialised Pagefind instance (separate from loading, so it also runs outside a page).
 * `loadT2s` gives the traditional → simplified table, asked for only when a query in Chinese finds nothing exactly;
 * `loadNames` the quoted names of the texts, asked for only when a query finds nothing at all.
 */
export function createEngine(
  pf: PagefindApi,
  dictionary: SearchDictionary,
  loadT2s: () => Promise<T2sTable> = fetchT2s,
  loadNames: () => Promise<string[]> = fetchNames,
): Engine {
  const lexicon = createLexicon(dictionary);
  const prepared = new Map<string, Promise<PreparedDoc>>();
  // Pagefind counts a facet only once its filter chunk is loaded; filters() loads them all. They are loaded only when
  // facet totals are shown (no query, or a filter-only browse): at 10,000 practices they weigh 160 KB, more than
  // everything else a first query fetches from the index.
  let totalsLoading: Promise<FilterCounts> | undefined;
  const totals = () => (totalsLoading ??= pf.filters().catch((e: unknown) => {
    totalsLoading = undefined;
    throw e;
  }));

  const load = (r: PagefindResult): Promise<PreparedDoc> => {
    let p = prepared.get(r.id);
    if (!p) {
      p = r.data().then((f) => prepareDoc(toDoc(r.id, f), lexicon));
      p.catch(() => prepared.delete(r.id));
      prepared.set(r.id, p);
    }
    return p;
  };

  const run = async (term: string | null, filters?: SearchState['filters'], except?: FacetKey) =>
    (await pf.search(term, filters ? { filters: pagefindFilters(filters, except) } : {})) ?? { results: [], filters: {} };

  /**
   * Every page with the selected filters, newest first, over all shards: the order is in the pages' fragment names
   * (src/lib/search/date-order.ts). Pages without a date follow, in index order.
   */
  const browse = async (filters: SearchState['filters']): Promise<PagefindResponse> => {
    const all = await run(null, filters);
    return { results: newestFirst(all.results), filters: all.filters };
  };

  /** Facet counts for a filter-only browse: a facet's counts leave out its own selection (see countFacets). */
  const browseCounts = async (state: SearchState, own: PagefindResponse): Promise<FacetCounts> => {
    const out: FacetCounts = {};
    for (const key of FACET_KEYS) {
      if (!state.filters[key]?.length) {
        out[key] = clean(own.filters[key]);
        continue;
      }
      const others = FACET_KEYS.some((k) => k !== key && state.filters[k]?.length);
      out[key] = clean(others ? (await run(null, state.filters, key)).filters[key] : (await totals())[key]);
    }
    return out;
  };

  /**
   * Candidate pages for a query, best sources first: the literal query and its variants; when they match more
   * pages than can be ranked, the exact-phrase matches go first (and when the exact phrases alone match more, the
   * literal query is not run at all); while there is room, each term alone and then the
   * pages tagged with a taxonomy term of the query (found by filter, not by text). Each search runs only when it
   * can still add a candidate: Pagefind takes time per search on a large index.
   */
  const gather = async (plan: QueryPlan, filters?: SearchState['filters']): Promise<PagefindResult[]> => {
    const text = (qs: readonly string[]) => qs.map((q) => () => run(q, filters));
    // The exact phrases run first: on a large index they are much cheaper than the literal query (no prefix
    // matching) and, when they alone fill the list, the literal query cannot change it. A page with a phrase has
    // every word of it, so the literal query would have matched more than MAX_RANKED pages and put these first.
    const exact = plan.queries.exact.length ? await union(text(plan.queries.exact)) : [];
    if (exact.length > MAX_RANKED) return exact;
    let found = await union(text(plan.queries.primary));
    if (found.length > MAX_RANKED && exact.length) found = await union([already(exact), already(found)]);
    if (found.length < MAX_RANKED && plan.queries.singles.length) found = await union([already(found), ...text(plan.queries.singles)]);
    if (found.length < MAX_RANKED && !filters) {
      const tags = plan.terms.flatMap(({ entry: e }) => (e?.facet && e.facet !== 'year' ? [() => run(null, { [e.facet!]: [e.value] })] : []));
      if (tags.length) found = await union([already(found), ...tags]);
    }
    return found;
  };

  let t2s: Promise<Map<string, string>> | undefined;
  /** The query in simplified characters, or undefined when it has no traditional character (or the table is missing). */
  const simplified = async (q: string): Promise<string | undefined> => {
    t2s ??= loadT2s().then(t2sMap, (e: unknown) => {
      t2s = undefined;
      throw e;
    });
    const s = toSimplified(q, await t2s.catch(() => new Map<string, string>()));
    return s !== q ? s : undefined;
  };

  /**
   * A query typed in traditional characters (溫嶺, or 職業技能 with one word that is the same in both) finds nothing,
   * or less, in simplified texts: when a query in Chinese misses a term, it is read in simplified characters, and
   * when that changes it, the simplified query is searched and its result kept if it finds pages. The table holds
   * only characters that are not standard simplified ones (src/lib/search/t2s.ts), so a changed query was typed in
   * traditional characters.
   */
  const searchTyped = async (state: SearchState): Promise<Outcome> => {
    const first = await searchOnce(state);
    if (first.mode !== 'query' || (first.exact && !first.missing.length && !first.unnamed) || !/\p{Script=Han}/u.test(state.q)) return first;
    const q = await simplified(state.q);
    if (!q) return first;
    const again = await searchOnce({ ...state, q });
    if (again.mode !== 'query' || !again.total) return first;
    return { ...again, searchedAs: q };
  };

  /**
   * A query that finds nothing, with a mistyped word one character away from a word of the site (金兰领 → 金蓝领, the
   * wrong character of a pinyin input method): the corrected query is searched and its pages shown, as the status
   * says, instead of an empty page with the offer alone. So too a query that finds only pieces of its words (技术公人
   * lists the pages with 技术, 工匠代 those with 工匠): the corrected query's pages, which have the word, are shown. A
   * query with a word found as typed (共富工房: 共富) keeps its pages, with the correction offered.
   */
  const search = async (state: SearchState): Promise<Outcome> => {
    const typed = await searchTyped(state);
    if (typed.mode !== 'query') return typed;
    // A name of the dictionary mistyped beside words found (黄严技工): the pages of the name the reader meant, told so.
    const name = typed.exact ? await typed.named?.() : undefined;
    if (name) {
      const fixed = await searchOnce({ ...state, q: name });
      if (fixed.mode === 'query' && fixed.total && fixed.exact && !fixed.missing.length) return { ...fixed, searchedAs: name, corrected: true };
    }
    const onlyPieces = typed.total > 0 && !typed.exact && !typed.searchedAs;
    const correction = typed.total ? (onlyPieces ? await typed.offer?.() : undefined) : typed.correction;
    if (!correction) return typed;
    const fixed = await searchOnce({ ...state, q: correction });
    if (fixed.mode !== 'query' || !fixed.total || !fixed.exact) return typed;
    return { ...fixed, searchedAs: correction, corrected: true };
  };

  const searchOnce = async (state: SearchState): Promise<Outcome> => {
    const plan = parseQuery(state.q, lexicon);
    if (!plan.terms.length) {
      await totals();
      if (!hasFilters(state)) {
        const facets = cleanAll(await totals());
        return state.q ? { mode: 'unsearchable', facets } : { mode: 'idle', facets };
      }
      const resp = await browse(state.filters);
      const firstPage = resp.results.slice(0, BROWSE_PAGE);
      const items = (await Promise.all(firstPage.map(load))).map((p) => toItem(p, undefined));
      let shown = BROWSE_PAGE;
      const more = async () => {
        const next = resp.results.slice(shown, shown + BROWSE_PAGE);
        shown += next.length;
        return (await Promise.all(next.map(load))).map((p) => toItem(p, undefined));
      };
      return {
        mode: 'browse',
        items,
        total: resp.results.length,
        facets: await browseCounts(state, resp),
        more: resp.results.length > BROWSE_PAGE ? more : undefined,
      };
    }

    // Candidates from the literal query and its variants, then (while there is room) from looser queries.
    let candidates = await gather(plan);
    let ranked = rank(await Promise.all(candidates.slice(0, MAX_RANKED).map(load)), plan);
    let rounded: string[] = [];
    /** More candidates from `searches`, in that order, ranked with a figure of the query widened where pages print it otherwise. */
    const widenOver = async (searches: (() => Promise<PagefindResponse>)[]) => {
      const found = await union(searches);
      const docs = await Promise.all(found.slice(0, MAX_RANKED).map(load));
      const widened = widenRounded(plan, docs.map((d) => `${d.title}\n${d.prose}`));
      return { found, added: widened.added, ranked: rank(docs, widened.plan) };
    };
    const take = (w: Awaited<ReturnType<typeof widenOver>>) => {
      candidates = w.found;
      ranked = w.ranked;
      rounded = w.added;
    };
    if (!ranked.some((r) => r.evidence === 'exact') && (plan.queries.loose.length || plan.terms.some((t) => t.rounded))) {
      // Nothing has a term exactly: the last resort is the pieces of the terms (a fragment, a typo: 股权激历), ranked
      // together with what was found so far, and a whole-number figure with the decimals a page prints (2568万元 →
      // 2568.85万元).
      const w = await widenOver([already(candidates), ...plan.queries.loose.map((q) => () => run(q))]);
      if (w.ranked.length) take(w);
    }
    // Other words are found but a figure is not (1.6万人次培训, where the text prints 16059人次): the pages that start
    // a number like it are ranked with the pages found, with the figure widened as above.
    const lostFigures = plan.terms.filter((t) => t.rounded && !ranked.some((r) => r.exactTerms.includes(t.text)));
    const numbers = plan.queries.loose.filter((q) => /^\d/.test(q));
    if (!rounded.length && ranked.some((r) => r.evidence === 'exact') && lostFigures.length && numbers.length) {
      const w = await widenOver([...numbers.map((q) => () => run(q)), already(candidates)]);
      if (w.added.length && w.ranked.some((x) => lostFigures.some((t) => x.exactTerms.includes(t.text)))) take(w);
    }
    const truncated = candidates.length > MAX_RANKED;
    // A query of question words only (怎么办): a page that prints them counts, not one with a piece of them (怎么样).
    if (plan.questionOnly && !ranked.some((r) => r.evidence === 'exact')) ranked = [];

    // With a filter on a query that matched more pages than were ranked, let Pagefind narrow the candidates too, so
    // a filtered page outside the first MAX_RANKED is still found.
    if (truncated && hasFilters(state)) {
      const narrowed = await gather(plan, state.filters);
      const known = new Set(ranked.map((r) => r.doc.id));
      const extra = narrowed.filter((r) => !known.has(r.id)).slice(0, MAX_RANKED);
      if (extra.length) ranked = rank(await Promise.all([...candidates.slice(0, MAX_RANKED), ...extra].map(load)), plan);
    }

    let shown = ranked.filter((r) => matchesFilters(r.doc.filters, state.filters));
    if (state.sort === 'date') shown = byDateDesc(shown);
    const { unmatched, absent, ...covered } = coverage(plan, ranked, shown);
    const seen = candidates.slice(0, MAX_RANKED);
    return {
      mode: 'query',
      plan,
      items: shown.map((r) => toItem(r.page, r)),
      total: shown.length,
      facets: countFacets(ranked.map((r) => r.doc), state.filters),
      truncated,
      ...covered,
      ...(!shown.length && ranked.length && hasFilters(state) ? { unfiltered: ranked.length } : {}),
      rounded,
      suggestions: shown.length || plan.terms.length < 2 || plan.questionOnly ? [] : await findable(plan),
      // Nothing found: a corrected query is searched instead (see search).
      correction: hasFilters(state) || shown.length || plan.questionOnly ? undefined : await correct(plan, undefined, seen),
      // Pages found without a word the reader typed (和赢模式 lists pages with 模式): a correction is offered, worked
      // out after the results are shown (it may load the site's names).
      ...(!hasFilters(state) && shown.length && unmatched.length ? { offer: () => correct(plan, unmatched, seen).catch(() => undefined) } : {}),
      ...(!hasFilters(state) && shown.length && absent.length ? { named: () => correctToName(plan, absent).catch(() => undefined) } : {}),
    };
  };

  /**
   * How many pages print `word` (an exact-phrase search), asked once per word: a correction asks it of a name, then
   * again when it weighs the name against the reader's word (meantAsTyped). The index does not change under the page.
   */
  const pageCounts = new Map<string, Promise<number>>();
  const pagesWith = (word: string): Promise<number> => {
    let n = pageCounts.get(word);
    if (!n) {
      n = run(`"${word}"`).then((r) => r.results.length);
      // A failed search is asked again next time, not remembered.
      n.catch(() => pageCounts.delete(word));
      pageCounts.set(word, n);
    }
    return n;
  };

  /**
   * The query with a term that no page listed has, or the part it is in, replaced by a name of the dictionary one
   * character away that finds pages, or undefined. Only the dictionary's names (a pinyin input method offers 严 for 岩,
   * 型 for 形): a name of the texts beside words found is offered instead ({@link correct}). A term or part that is a
   * word in itself (温州) is no typo, nor words the reader meant (乡村医生 is not 乡村学生: meantAsTyped).
   */
  const correctToName = async (plan: QueryPlan, absent: readonly QueryTerm[]): Promise<string | undefined> => {
    let text = plan.text;
    let changed = false;
    for (const t of absent) {
      for (const typo of nameTypoCandidates(plan, t)) {
        if (!text.includes(typo)) continue;
        let hit: string | undefined;
        for (const word of nearWords(typo, lexicon.words).filter((w) => !gluedInQuery(typo, w, plan.phrases)).slice(0, 4)) {
          if ((await pagesWith(word)) && !(await meantAsTyped(typo, word, pagesWith))) {
            hit = word;
            break;
          }
        }
        if (!hit) continue;
        text = text.replace(typo, hit);
        changed = true;
        break;
      }
    }
    return changed ? text : undefined;
  };

  let names: Promise<string[]> | undefined;
  /**
   * The query with each mistyped term replaced by the first word of the site one character away that finds pages
   * (an exact-phrase search each), or undefined. A term is taken as mistyped only when it is not a word in itself:
   * 玉还 (玉|还) is, 温州 is a word, which this site does not have.
   */
  const correct = async (plan: QueryPlan, only?: readonly string[], found: readonly PagefindResult[] = []): Promise<string | undefined> => {
    const typos = typoCandidates(plan, only);
    if (!typos.length) return undefined;
    names ??= loadNames().catch(() => {
      names = undefined;
      return [];
    });
    const vocabulary = [...lexicon.words, ...(await names)];
    // The words of the texts near a typo (技能津贴 for 技能津帖), which no list holds: looked for only when the site's
    // names have no word for it, since it loads pages.
    let texts: Promise<string[]> | undefined;
    const fromTexts = async (typo: string) => nearInTexts(typo, await (texts ??= textsNear(typos, found, run, load, MAX_RANKED)));
    let text = plan.text;
    let changed = false;
    const replaced = async (typo: string, words: readonly string[]) => {
      for (const word of words.filter((w) => !gluedInQuery(typo, w, plan.phrases)).slice(0, 4)) {
        if ((await pagesWith(word)) === 0 || (await meantAsTyped(typo, word, pagesWith))) continue;
        text = text.replace(typo, word);
        return true;
      }
      return false;
    };
    for (const typo of typos) {
      if (!text.includes(typo)) continue;
      if ((await replaced(typo, nearWords(typo, vocabulary))) || (await replaced(typo, await fromTexts(typo)))) changed = true;
    }
    return changed ? text : undefined;
  };

  /**
   * The words of a query that find a page by themselves (an exact-phrase search each), for an empty result; not the
   * pieces of the segmentation (运会 in 杭州亚运会).
   */
  const findable = async (plan: QueryPlan): Promise<string[]> => {
    const words = plan.terms.filter((t) => !t.fragment);
    const hits = await Promise.all(words.map(async (t) => ((await run(`"${t.text}"`)).results.length > 0 ? t.text : '')));
    return hits.filter(Boolean);
  };

  return {
    lexicon,
    dictionary,
    search,
    preload(q) {
      const plan = parseQuery(q, lexicon);
      // What gather() runs first: the exact phrases, or the literal query when there are none.
      const first = plan.queries.exact.length ? plan.queries.exact : plan.queries.primary;
      for (const term of first) void pf.preload(term).catch(() => {});
    },
  };
}

/** Results already in hand, as a search for {@link union}. */
const already =
  (results: PagefindResult[]) =>
  async (): Promise<PagefindResponse> => ({ results, filters: {} });

/** The union of the results of some searches (run together), each in Pagefind's order, in the given priority. */
async function union(searches: readonly (() => Promise<PagefindResponse>)[]): Promise<PagefindResult[]> {
  const responses = await Promise.all(searches.map((s) => s()));
  const seen = new Set<string>();
  const out: PagefindResult[] = [];
  for (const resp of responses) {
    for (const r of resp.results) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push(r);
    }
  }
  return out;
}

function toDoc(id: string, f: PagefindFragment): SearchDoc {
  const filters: SearchDoc['filters'] = {};
  for (const key of FACET_KEYS) {
    const v = f.filters[key];
    if (v?.length) filters[key] = v;
  }
  return {
    id,
    url: f.url,
    title: unsegment(f.meta['title'] ?? f.url),
    // The index separates words with spaces (src/lib/search/segment.ts); the excerpts show the text as printed.
    body: unsegment(f.content),
    filters,
    meta: { kind: f.meta['kind'], region: f.meta['region'], date: f.meta['date'], datetime: f.meta['datetime'] },
  };
}

function toItem(p: PreparedDoc, match: { highlight: readonly string[]; focus: readonly FocusGroup[] } | undefined): ResultItem {
  const { doc } = p;
  // A page that matched only by its title or its metadata opens with its prose.
  const excerpt = resultExcerpt(doc.body, p.body, p.title, p.proseFrom, p.textFrom, match);
  return {
    id: doc.id,
    url: doc.url,
    title: doc.title,
    kind: doc.meta.kind ?? '',
    region: doc.meta.region ?? '',
    date: doc.meta.date ?? '',
    datetime: doc.meta.datetime ?? '',
    excerpt,
  };
}

function clean(counts: Record<string, number> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(counts ?? {})) if (v > 0) out[k] = v;
  return out;
}

function cleanAll(all: FilterCounts): FacetCounts {
  const out: FacetCounts = {};
  for (const key of FACET_KEYS) out[key] = clean(all[key]);
  return out;
}
