/**
 * Re-ranks the pages Pagefind found, using their full text.
 *
 * Pagefind splits a Chinese query into pieces and prefix-matches each piece anywhere on the page, so a page with
 * 助…共…体 scattered through it can outrank the page about 助共体. Here each candidate page is scored on what it
 * actually contains, in this order of strength:
 *   1. the query (or a term of it) in the page title;
 *   2. a term naming the page's own region, target group, measure or kind (its metadata);
 *   3. the exact term in the body, more occurrences counting a little more;
 *   4. every word of the term, but apart (技能…评价 for 技能评价);
 *   5. only pieces of a term (its character bigrams), which counts less than any exact occurrence.
 * A page with more of the query's terms comes first (三门 飞地: the page with both before the page about 三门); in a
 * long document (a plan) the terms it has only in its prose count together only where they are near each other, then
 * the scores decide: a rare term (助共体) weighs more than a common one (改革, an IDF over the candidates); the whole
 * phrase of a multi-word query found as typed adds a bonus;
 * a practice (案例) is preferred to a plan or a briefing that merely mentions the term. Pagefind's own order breaks
 * ties. The weights are in {@link WEIGHTS}; tests/search-quality measures their effect.
 */
import { FACET_KEYS, type FacetKey, type Lexicon } from './dictionary.ts';
import type { FocusGroup } from './excerpt.ts';
import { BREAK, bigrams, occurrences, squash, squashText, type Squashed } from './normalize.ts';
import type { QueryPlan, QueryTerm } from './query.ts';

/** What the ranker needs to know about a page (from its Pagefind fragment). */
export interface SearchDoc {
  /** Pagefind's result id. */
  id: string;
  url: string;
  title: string;
  /** The indexed text of the page, title first. */
  body: string;
  /** Filter values by facet, as indexed. */
  filters: Partial<Record<FacetKey, string[]>>;
  /** Meta fields for display: kind, region, date (display form), datetime (ISO). */
  meta: { kind?: string | undefined; region?: string | undefined; date?: string | undefined; datetime?: string | undefined };
}

/** A page prepared for scoring: its comparison forms, computed once. */
export interface PreparedDoc {
  doc: SearchDoc;
  title: string;
  body: Squashed;
  /** Squashed facet values and their aliases, per facet. */
  meta: { facet: FacetKey; value: string; names: string[]; spread: number }[];
  /** Where the prose starts in the squashed body: after the title and the metadata panel (see proseStart). */
  proseFrom: number;
  /** The squashed prose: what the body tier of the score counts. */
  prose: string;
  /**
   * Where the text an excerpt should show starts: after a plan's or a briefing's field panel (发文字号：… 刊名：… 报：…),
   * which is searched (a document number, an issuer) but tells a reader of the results nothing (see panelEnd).
   */
  textFrom: number;
}

const WEIGHTS = {
  title: 8,
  meta: 4,
  /** A substring of a metadata value (技能 in 技能培训) counts this much of `meta`. */
  metaPartial: 0.75,
  /**
   * A facet value counts less on a page tagged with many values of that facet: ×1/√n, but at least this much
   * (a plan that names all nine target groups is less about each of them than a practice about one).
   */
  metaSpreadFloor: 0.35,
  body: 2,
  /**
   * Extra for repeated body occurrences: `bodyRepeat * log2(1 + tf)`, at most `bodyRepeatMax`, where tf is the
   * count normalised by page length as in BM25 (b = `lengthNorm`). At 1.5 a practice that names 养老 once in a list
   * came before the plans that discuss it 20–30 times; 2.5 (stop 12, set with the review's queries) lets them pass.
   */
  bodyRepeat: 0.75,
  bodyRepeatMax: 2.5,
  lengthNorm: 0.75,
  /** In the body, the canonical name of a typed alias (技术工人 for 产业工人) counts this much of the typed term… */
  canonical: 0.75,
  /** …and the other names of the same value (高技能人才 for 技术工人) this much. */
  related: 0.5,
  /** A page tagged with the group a typed alias belongs to: this much of a tag with the typed name itself. */
  aliasMeta: 0.6,
  /** Only pieces of a term: at most this much (less than any exact body occurrence). */
  pieces: 1,
  /** Every word of a term, but not side by side (技能…评价 for 技能评价): less than the term, more than its pieces. */
  words: 1.5,
  /** The exact phrase of a multi-term query, in the title / in the body. */
  phraseTitle: 10,
  phraseBody: 4,
  /** Two terms of a longer query side by side as typed (技师职称): this much of a phrase. */
  pair: 0.5,
  /**
   * The site is a library of practices: a practice (案例) about a term comes before a plan (方案) or a briefing
   * (简报, a table of contents) that mentions it. Multiplies the page's score.
   */
  kind: { 案例: 1, 方案: 0.8, 简报: 0.6 } as Record<string, number>,
  /** The least weight of a query term, however common (see rankStats). */
  minTermWeight: 0.1,
  /**
   * A piece of the segmentation (来了 in 大学生来了怎么留下来, 镇给 in 哪个镇给技工发贷款) scores this much of a word the
   * reader typed: a page with 大学生 comes before one that only has 带来了, whose rarity would make it weigh most. It
   * still counts fully in how much of the query a page covers: a short name the segmenter does not know is such a
   * piece too (飞柜 in 台州飞柜), and the page with it must not fall behind every page with 台州.
   */
  fragment: 0.5,
  /**
   * A page more than this many times as long as the median candidate is a long document (a plan: 15,000 characters
   * where a practice has 1,500–2,500), whose terms found only in its prose count together in its coverage only within
   * `passage` characters of each other (see near). A practice is about one thing: its words count wherever they are.
   * Before this, 乡村老师待遇怎么提高 listed both plans (乡村, 教师 and 待遇 each in another section) before 天台's
   * practice about 乡村教师. Between 1.5 and 5 times and 200–300 characters the quality set scores the same.
   */
  longPage: 3,
  passage: 250,
} as const;

export function prepareDoc(doc: SearchDoc, lexicon: Lexicon): PreparedDoc {
  const meta: PreparedDoc['meta'] = [];
  for (const facet of FACET_KEYS) {
    // The year is not a word of the page, and the city only widens the region (see dictionary.ts).
    if (facet === 'year' || facet === 'city') continue;
    const values = doc.filters[facet] ?? [];
    const spread = Math.max(WEIGHTS.metaSpreadFloor, 1 / Math.sqrt(Math.max(1, values.length)));
    for (const value of values) {
      const names = [value, ...lexicon.aliasesOf(facet, value)].map(squashText).filter(Boolean);
      meta.push({ facet, value, names, spread });
    }
  }
  // A page's text keeps its clause breaks: a term is not found across a comma (see normalize.ts).
  const body = squash(doc.body, true);
  const title = squash(doc.title, true).text;
  const proseFrom = proseStart(doc.body, body, title, lexicon.valueNames);
  return { doc, title, body, meta, proseFrom, prose: body.text.slice(proseFrom), textFrom: panelEnd(doc.body, body, proseFrom) };
}

/** Labels of the field panels of a plan page and a briefing page (src/pages/plans/[id].astro, briefings/[id].astro). */
const FIELD_LABELS = ['发文字号', '发文单位', '日期', '状态', '修订', '历次版本', '地区', '期限', '刊名', '期号', '编发单位', '报', '送', '抄送', '发'];
const FIELD = new RegExp(`(?:${[...FIELD_LABELS].sort((a, b) => b.length - a.length).join('|')})\\s*[：:]`, 'uy');
const FIELD_ANYWHERE = new RegExp(FIELD.source, 'gu');
/**
 * Where the text after a field panel starts (a squashed index), from squashed index `from`: a run of "label：value"
 * fields, each ending at a block join (". "), a full stop (报：…。发：…。) or the next field. A value ending in a bracket
 * (期限：2021—2025年（原文未写期限…）) has its block join too: the indexer adds the one Pagefind leaves out there
 * (src/indexer/prepare.ts). `from` where the text does not open with a field (a practice page, whose panel proseStart
 * skips already).
 */
export function panelEnd(content: string, body: Squashed, from: number): number {
  let pos = from < body.map.length ? body.map[from]! : content.length;
  for (;;) {
    while (/\s/u.test(content[pos] ?? '')) pos++;
    FIELD.lastIndex = pos;
    const m = FIELD.exec(content);
    if (!m) break;
    const after = pos + m[0].length;
    FIELD_ANYWHERE.lastIndex = after;
    const next = FIELD_ANYWHERE.exec(content)?.index ?? content.length;
    const join = content.indexOf('. ', after);
    const stop = content.indexOf('。', after);
    pos = Math.min(next, join === -1 ? content.length : join + 2, stop === -1 ? content.length : stop + 1);
  }
  const at = body.map.findIndex((m) => m >= pos);
  return at === -1 ? body.text.length : Math.max(from, at);
}

/** Labels of a practice page's metadata panel (src/pages/practices/[id].astro), as Pagefind indexes them. */
const PANEL_LABELS = ['地区', '协作', '目标群体', '举措类型'];

/**
 * Where a page's prose starts, as an index into its squashed text. Pagefind's text begins with the title; a practice
 * page then prints its metadata panel (地区 玉环市 · 目标群体 技术工人 · 举措类型 股权激励 … · 来源 …). The panel's
 * names are scored as metadata, so counting them again as body text would make every tagged page look as if it
 * discussed the term (农民工 in 进城农民工). The panel is recognised as a run of its labels and taxonomy names,
 * followed by the 来源 line, which ends at the next block boundary (Pagefind joins blocks with ". "). A page
 * without a panel starts its prose right after the title.
 */
export function proseStart(content: string, body: Squashed, title: string, names: readonly string[]): number {
  const text = body.text;
  let at = title && text.startsWith(title) ? title.length : 0;
  while (text.startsWith(BREAK, at)) at++;
  if (!text.startsWith('地区', at)) return at;
  const tokens = [...PANEL_LABELS, ...names, BREAK];
  for (let t = tokens.find((x) => text.startsWith(x, at)); t; t = tokens.find((x) => text.startsWith(x, at))) {
    at += t.length;
  }
  if (text.startsWith('来源', at)) {
    const end = content.indexOf('. ', body.map[at] ?? content.length);
    if (end !== -1) {
      const next = body.map.findIndex((m) => m > end);
      at = next === -1 ? text.length : next;
    }
  }
  return at;
}

/** Occurrences of `needle` in `hay`; a number only counts where it is not part of a longer number (5000 ≠ 15000). */
export function countIn(hay: string, needle: string, limit = 50): number {
  return occurrences(hay, needle, limit).length;
}

/** Occurrences of `needle` in the prose of a page (after title and metadata panel). */
function bodyCount(p: PreparedDoc, needle: string): number {
  return countIn(p.prose, needle);
}

/** Corpus figures the scores depend on, taken from the candidate pages of one query. */
interface RankStats {
  /** Average squashed body length. */
  avgLength: number;
  /** Weight of each term text (an IDF over the candidates: rarer terms weigh more). */
  termWeight: Map<string, number>;
  /** The median prose length of the candidates: a page several times longer is a long document (see WEIGHTS.longPage). */
  medianLength: number;
}

/** A presence score plus a little for repetition, with the count normalised by page length (BM25-style). */
function bodyScore(count: number, length: number, stats: RankStats | undefined): number {
  if (count <= 0) return 0;
  const norm = stats ? 1 - WEIGHTS.lengthNorm + (WEIGHTS.lengthNorm * length) / Math.max(1, stats.avgLength) : 1;
  const tf = count / norm;
  return WEIGHTS.body + Math.min(WEIGHTS.bodyRepeatMax, WEIGHTS.bodyRepeat * Math.log2(1 + tf));
}

/**
 * How a page matched: a term or phrase exactly; every word of a term, apart; only some two-character pieces of a
 * term; or not at all. Strongest first.
 */
type Evidence = 'exact' | 'words' | 'pieces' | 'none';

interface TermMatch {
  term: string;
  score: number;
  evidence: Evidence;
  /** The page names the term in its title, which a result shows. */
  inTitle?: boolean;
  /** The page is tagged with the value the term names (or a value with the term in its name). */
  tagged?: boolean;
}

/** Whether a page contains a term in any form (title, metadata or body), for the term weights. */
function containsTerm(p: PreparedDoc, t: QueryTerm): boolean {
  if (isKind(t)) return p.meta.some((m) => m.facet === 'kind' && m.value === t.entry!.value);
  const all = [...t.forms, ...t.related];
  return (
    all.some((f) => p.title.includes(f) || p.prose.includes(f)) ||
    (t.entry !== undefined && p.meta.some((m) => m.facet === t.entry!.facet && m.value === t.entry!.value))
  );
}

/**
 * Whether a term names a kind of document (做法, 案例, 方案, 简报): what the reader wants listed, which a page is by its
 * kind, not by the word in its text (a plan that speaks of 经验做法 is no practice).
 */
const isKind = (t: QueryTerm): boolean => t.entry?.facet === 'kind';

function scoreTerm(p: PreparedDoc, t: QueryTerm, stats?: RankStats): TermMatch {
  if (isKind(t)) {
    const m = p.meta.find((x) => x.facet === 'kind' && x.value === t.entry!.value);
    const weight = stats?.termWeight.get(t.text) ?? 1;
    return m ? { term: t.text, score: weight * WEIGHTS.meta * m.spread, evidence: 'exact', tagged: true } : { term: t.text, score: 0, evidence: 'none' };
  }
  const inTitle = t.forms.some((f) => p.title.includes(f))
    ? 1
    : t.related.some((f) => p.title.includes(f))
      ? WEIGHTS.related
      : 0;

  let inMeta = 0;
  if (t.entry) {
    const e = t.entry;
    const m = p.meta.find((x) => x.facet === e.facet && x.value === e.value);
    // A short place name is the place (玉环 = 玉环市), a part of a measure name is that measure (飞地); another
    // name of a group is only close to it (快递小哥 is one kind of 新就业形态从业人员).
    if (m) inMeta = m.spread * (e.isAlias && e.facet === 'group' ? WEIGHTS.aliasMeta : 1);
  }
  if (!inMeta && Array.from(t.text).length >= 2) {
    const exact = p.meta.find((m) => m.names.some((n) => n === t.text));
    const partial = exact ?? p.meta.find((m) => m.names.some((n) => n.includes(t.text)));
    if (exact) inMeta = exact.spread;
    else if (partial) inMeta = WEIGHTS.metaPartial * partial.spread;
  }

  // Body: the term as typed counts fully, its canonical name and other names of the same value less.
  const length = p.prose.length;
  const literal = bodyCount(p, t.text);
  const canonical = t.forms.slice(1).reduce((n, f) => n + bodyCount(p, f), 0);
  const related = t.related.reduce((n, f) => n + bodyCount(p, f), 0);
  const presence = literal > 0 ? 1 : canonical > 0 ? WEIGHTS.canonical : related > 0 ? WEIGHTS.related : 0;
  const count = literal + WEIGHTS.canonical * canonical + WEIGHTS.related * related;
  const body = presence * bodyScore(count, length, stats);

  const weight = stats?.termWeight.get(t.text) ?? 1;
  const score = WEIGHTS.title * inTitle + WEIGHTS.meta * inMeta + body;
  if (score > 0) return { term: t.text, score: weight * score, evidence: 'exact', inTitle: inTitle > 0, tagged: inMeta > 0 };

  const has = (w: string) => p.title.includes(w) || countIn(p.prose, w, 1) > 0;
  if (t.words?.every((w, k) => (t.wordForms?.[k] ?? [w]).some(has))) return { term: t.text, score: weight * WEIGHTS.words, evidence: 'words' };
  const parts = !t.figure && !t.issuer && Array.from(t.text).length >= 3 ? bigrams(t.text) : [];
  const found = parts.filter(has).length;
  if (!found) return { term: t.text, score: 0, evidence: 'none' };
  return { term: t.text, score: (weight * WEIGHTS.pieces * found) / parts.length, evidence: 'pieces' };
}

export interface Scored {
  doc: SearchDoc;
  page: PreparedDoc;
  score: number;
  /** The best match of any term or phrase on the page. */
  evidence: Evidence;
  /** How many of the query's terms the page contains exactly; of several places, one counts for all. */
  matched: number;
  /** The texts of the terms the page contains exactly. */
  exactTerms: string[];
  /**
   * The first sort key: how many of the query's terms the page contains exactly or word by word, plus how many parts
   * of the query of several terms it contains as typed (职业培训券 in 仙居 职业培训券, where 券 is not a term). In a
   * long document, the terms found only in its prose (not in its title or tags) count only as many as come together
   * within a passage (WEIGHTS.longPage).
   */
  covered: number;
  /**
   * The terms the page has only as their words, apart (技能…评价 for 技能评价, 工资 for 涨工资). Where another page has
   * such a term exactly, this page comes after every page with as many terms and fewer of these, whatever the scores
   * (see rank): a page with a term or a synonym of it exactly is listed before every page with only its words
   * (欠工资: a long plan that prints 欠薪 once before the practices that print 工资 often).
   */
  apart: string[];
  /**
   * The query names a region (青田, or a city: 台州) and this page is of it or speaks of it: tagged with it as its region
   * or city (a county of 台州市 for 台州), or naming it. Such pages come first: a place typed is what the reader wants,
   * more than the other words of the query.
   */
  inPlace: boolean;
  /** The phrases the reader put in quotes (QueryPlan.quoted) that the page prints, in its title or body. */
  printed: string[];
  /** Squashed strings to highlight in the excerpt, most specific first. */
  highlight: string[];
  /** What the excerpt should show, per phrase and term: its forms, best first (src/lib/search/excerpt.ts). */
  focus: FocusGroup[];
}

export function scoreDoc(p: PreparedDoc, plan: QueryPlan, stats?: RankStats): Scored {
  let score = 0;
  let matched = 0;
  let words = 0;
  const apart: string[] = [];
  let pieces = false;
  const exactTerms: string[] = [];
  const placed = new Set<string>();
  const termTexts = new Set(plan.terms.map((t) => t.text));
  // Where in the prose each term found only there is: the terms count together only where they are near (see near).
  let whole = 0;
  const spots: number[][] = [];
  for (const t of plan.terms) {
    const m = scoreTerm(p, t, stats);
    score += t.fragment ? WEIGHTS.fragment * m.score : m.score;
    if (m.inTitle || t.entry?.facet === 'region') placed.add(t.text);
    if (m.evidence === 'exact') {
      matched++;
      exactTerms.push(t.text);
      if (m.inTitle || m.tagged || t.entry?.facet === 'region') whole++;
      else spots.push([...t.forms, ...t.related].flatMap((f) => occurrences(p.prose, f, 200)));
    }
    if (m.evidence === 'words') {
      // A group's other name found only as its words (农村 … 子女 for 农村孩子) does not cover the group: the pages
      // tagged with it come first, however many other words of the query a page with the words has.
      if (t.entry?.facet !== 'group') words++;
      apart.push(t.text);
    }
    if (m.evidence === 'pieces') pieces = true;
  }
  // Places typed together (温岭和玉环的就业, 椒江 仙居) are alternatives: a page is about one place, and one of them
  // stands for all, lest a list that names both (a briefing's contents) come before a page about one with the topic.
  const places = plan.terms.filter((t) => t.entry?.facet === 'region');
  const placeFound = places.filter((t) => exactTerms.includes(t.text)).length;
  const otherPlaces = places.length > 1 && placeFound > 0 ? places.length - placeFound : 0;
  matched += otherPlaces;
  const together = whole + near(spots, stats && p.prose.length > WEIGHTS.longPage * stats.medianLength ? WEIGHTS.passage : Infinity) + otherPlaces;
  let evidence: Evidence = matched > 0 ? 'exact' : apart.length > 0 ? 'words' : pieces ? 'pieces' : 'none';
  const phraseWeight = Math.max(1, ...(stats ? [...stats.termWeight.values()] : [1]));
  // A phrase that is only two terms side by side (技术工人工资 of 哪个地方技术工人工资最高) says the page has them together,
  // as a pair does: it weighs as a pair of its terms, by their own weights. At phraseWeight (at least 1), one passing
  // mention in a plan (技术工人工资集体协商) outweighed being about the terms, when the terms are on every candidate and
  // weigh little (技术工人: 0.1): 青田's plan came before the practices tagged 技术工人 that give wages in figures.
  const termsWeight = (ph: string) =>
    WEIGHTS.pair *
    Math.max(WEIGHTS.minTermWeight, ...plan.terms.filter((t) => ph.includes(t.text)).map((t) => stats?.termWeight.get(t.text) ?? 1));
  // The parts of the query as typed (separated by spaces or punctuation), found whole, add to the coverage: 职业培训券
  // in 仙居 职业培训券, whose 券 is no term. Not a part that is only terms side by side (技术工人股权激励): each of them
  // counts already, and a plan that prints them together is no more about them than the practice about both (the
  // phrase still adds to its score).
  const typed = new Set(plan.queries.exact.map((q) => q.slice(1, -1)).filter((q) => !madeOf(q, [...termTexts])));
  let phrases = 0;
  for (const ph of plan.phrases) {
    if (termTexts.has(ph)) continue;
    const inTitle = p.title.includes(ph);
    const count = bodyCount(p, ph);
    // Two terms side by side are a pair; three or more, printed in the order typed (农村居民人均可支配收入, five terms), are
    // the reader's own phrase, and a page that prints it whole keeps the phrase's weight.
    const joined = plan.terms.filter((t) => ph.includes(t.text)).length;
    const w = joined <= 2 && madeOf(ph, [...termTexts]) ? termsWeight(ph) : phraseWeight;
    if (inTitle) score += w * WEIGHTS.phraseTitle;
    if (count > 0) score += w * (WEIGHTS.phraseBody / WEIGHTS.body) * bodyScore(count, p.prose.length, stats);
    if (inTitle || count > 0) {
      evidence = 'exact';
      if (typed.has(ph)) phrases++;
    }
  }
  for (const pair of plan.pairs) {
    if (plan.phrases.includes(pair)) continue;
    const count = bodyCount(p, pair);
    if (p.title.includes(pair)) score += WEIGHTS.pair * phraseWeight * WEIGHTS.phraseTitle;
    if (count > 0) score += WEIGHTS.pair * phraseWeight * (WEIGHTS.phraseBody / WEIGHTS.body) * bodyScore(count, p.prose.length, stats);
  }
  score *= WEIGHTS.kind[p.doc.meta.kind ?? ''] ?? 1;
  const focus = focusGroups(plan, evidence, placed, new Set(exactTerms));
  const highlight = [...new Set(focus.flatMap((g) => g.forms.map((f) => f.text)))].sort((a, b) => b.length - a.length);
  const inPlace = places.some((t) => exactTerms.includes(t.text) || isOfPlace(p, t));
  const printed = (plan.quoted ?? []).filter((q) => p.title.includes(q) || bodyCount(p, q) > 0);
  return { doc: p.doc, page: p, score, evidence, matched, exactTerms, covered: together + words + phrases, apart, inPlace, printed, highlight, focus };
}

/** Whether a page is of the region a query term names: its region or city, or the name in its title. */
function isOfPlace(p: PreparedDoc, t: QueryTerm): boolean {
  const e = t.entry;
  if (e?.facet !== 'region') return false;
  if (p.doc.filters.region?.includes(e.value) || p.doc.filters.city?.includes(e.value)) return true;
  return [e.value, ...e.aliases].map(squashText).some((n) => n.length >= 2 && p.title.includes(n));
}

/** Whether `text` is some of `words` side by side, each as often as needed (技术工人股权激励 of 技术工人, 股权激励). */
function madeOf(text: string, words: readonly string[]): boolean {
  const ends = [true];
  for (let i = 1; i <= text.length; i++) ends[i] = words.some((w) => w && i >= w.length && ends[i - w.length] === true && text.startsWith(w, i - w.length));
  return ends[text.length] === true;
}

/**
 * How much a place name, or a term in the page's title, counts in choosing its excerpt, against 1 for another term.
 * The result's title and meta line already say where (and a page about 温岭市 names 温岭 in its opening lines); the
 * excerpt should say what: for 温岭 电商, where the page speaks of 电商. A passage with both still comes first.
 */
const CONTEXT_FOCUS = 0.3;

/**
 * What an excerpt should show: each phrase of several terms, then each term with its forms, the term as typed before
 * its canonical name and other names (工匠 before 技术工人), or its words or its pieces where the page has no more.
 * A term in `context` (a place name, or in the page's title) counts {@link CONTEXT_FOCUS}; `exact` are the terms the
 * page has as typed.
 */
function focusGroups(
  plan: QueryPlan,
  evidence: Evidence,
  context: ReadonlySet<string> = new Set(),
  exact: ReadonlySet<string> = new Set(),
): FocusGroup[] {
  const termTexts = new Set(plan.terms.map((t) => t.text));
  const groups: FocusGroup[] = plan.phrases.filter((ph) => !termTexts.has(ph)).map((ph) => ({ weight: 2, forms: [{ text: ph, weight: 1 }] }));
  for (const pair of plan.pairs) if (!plan.phrases.includes(pair)) groups.push({ weight: 1, forms: [{ text: pair, weight: 1 }] });
  for (const t of plan.terms) {
    // A kind of document is no word of the text to show.
    if (isKind(t)) continue;
    const forms = [
      { text: t.text, weight: 1 },
      ...t.forms.filter((f) => f !== t.text).map((text) => ({ text, weight: WEIGHTS.canonical, ...(isTag(t, text) ? { tag: true } : {}) })),
      ...t.related.map((text) => ({ text, weight: WEIGHTS.related })),
      ...(evidence === 'pieces' && !t.figure && Array.from(t.text).length >= 3 ? bigrams(t.text).map((text) => ({ text, weight: 0.3 })) : []),
    ];
    groups.push({ weight: context.has(t.text) ? CONTEXT_FOCUS : 1, forms });
    // A term's words apart (焊工 … 培训) are groups of their own: the passage with both beats one with either. Also
    // where another term is on the page as typed but this one is not (名师 … 乡村 for 天台县乡村名师).
    if (evidence !== 'exact' || !exact.has(t.text)) {
      (t.words ?? []).forEach((w, k) => groups.push({ weight: 0.4, forms: (t.wordForms?.[k] ?? [w]).map((text) => ({ text, weight: 1 })) }));
    }
  }
  return groups;
}

/** Whether `form` is the name of the target group or measure term `t` names (产业工人: 技术工人). */
function isTag(t: QueryTerm, form: string): boolean {
  return (t.entry?.facet === 'group' || t.entry?.facet === 'measure') && form === squashText(t.entry.value);
}

/** Length and term statistics over the candidate pages of a query. */
function rankStats(docs: readonly PreparedDoc[], plan: QueryPlan): RankStats {
  const n = docs.length;
  const avgLength = n ? docs.reduce((a, p) => a + p.prose.length, 0) / n : 1;
  const termWeight = new Map<string, number>();
  for (const t of plan.terms) {
    const df = docs.filter((p) => containsTerm(p, t)).length;
    // BM25's IDF over the candidates, with a floor: a word on nearly every page (推进, 改革) hardly counts, a rare
    // one (助共体) counts most. Only the ratio between the terms of one query matters.
    termWeight.set(t.text, Math.max(WEIGHTS.minTermWeight, Math.log(1 + (n - df + 0.5) / (df + 0.5))));
  }
  const lengths = docs.map((p) => p.prose.length).sort((a, b) => a - b);
  const medianLength = lengths.length ? lengths[Math.floor(lengths.length / 2)]! : 0;
  return { avgLength, termWeight, medianLength };
}

/**
 * The most of the terms whose occurrences are given (`spots`, one list of prose positions per term) found within `span`
 * characters of each other. A long plan prints most words somewhere (乡村 in one section, 教师 in another, 待遇 in a
 * third): it covers a query as a page about it does only where the words come together.
 */
export function near(spots: readonly (readonly number[])[], span: number): number {
  const all = spots.flatMap((xs, k) => xs.map((at) => ({ at, k }))).sort((a, b) => a.at - b.at);
  const count = new Array<number>(spots.length).fill(0);
  let distinct = 0;
  let best = 0;
  for (let lo = 0, hi = 0; hi < all.length; hi++) {
    if (count[all[hi]!.k]!++ === 0) distinct++;
    while (all[hi]!.at - all[lo]!.at > span) if (--count[all[lo++]!.k]! === 0) distinct--;
    best = Math.max(best, distinct);
  }
  return best;
}

/**
 * Orders candidate pages for a query, best first: the pages that print the phrases the reader put in quotes (“和盈模式”:
 * an exact wording asked for, QueryPlan.quoted), then the pages of a region the query names first (农民工欠薪 青田 lists
 * 青田's plan before 台州's, which has more of the other words), then the pages with more of the query's terms (三门 飞地
 * lists the page with both before the page about 三门 alone), then the pages with fewer terms found only as their
 * words apart where another page has them exactly (see Scored.apart), then by score. `docs` must be in Pagefind's priority order (it
 * breaks ties). Only the pages with the best kind of evidence are kept: when some page contains a term or phrase
 * exactly, the pages with every word of a term apart are kept after it (技能…评价), but pages with only pieces of it
 * go (助共体 does not list every page with 助, 共 and 体 somewhere); when none does, pages with two-character pieces of
 * a term are listed (a typo, a fragment); pages that share only single characters with the query are never listed.
 */
export function rank(docs: readonly PreparedDoc[], plan: QueryPlan): Scored[] {
  const stats = rankStats(docs, plan);
  const scored = docs.map((p, i) => {
    const s = scoreDoc(p, plan, stats);
    // Pagefind's order as a tie-break, always smaller than any real difference in score.
    return { s, tie: 0.001 * (1 - i / Math.max(1, docs.length)) };
  });
  const best = (['exact', 'words', 'pieces'] as const).find((e) => scored.some((x) => x.s.evidence === e));
  const keep = (e: Evidence) => e === best || (best === 'exact' && e === 'words');
  // A term some page has exactly: the pages with only its words come after the pages with as many terms and fewer
  // such (not where no page has it: 技工贷款贴息, whose 贷款…贴息 is the best there is, still counts by its score).
  const somewhere = new Set(scored.flatMap((x) => x.s.exactTerms));
  const loose = (s: Scored) => s.apart.filter((t) => somewhere.has(t)).length;
  return scored
    .filter((x) => best && keep(x.s.evidence))
    .map((x) => ({ ...x, loose: loose(x.s) }))
    .sort(
      (a, b) =>
        b.s.printed.length - a.s.printed.length ||
        Number(b.s.inPlace) - Number(a.s.inPlace) ||
        b.s.covered - a.s.covered || a.loose - b.loose || b.s.score + b.tie - (a.s.score + a.tie),
    )
    .map((x) => x.s);
}

/**
 * For a query of several words: how many of the pages listed have the most of them, when others have fewer, so that
 * the reader can tell them from the pages with one word. With every word, `words` is absent (其中 1 篇包含全部词语);
 * when no page has them all, `words` are those the best pages share (农民工欠薪怎么治理 青田: 农民工, 欠薪, 治理), at least
 * two words typed (not pieces of the segmentation, nor a kind of document), or the query as typed when they all print
 * it whole; undefined when there is nothing to say.
 */
export function completeness(shown: readonly Scored[], plan: QueryPlan): { complete: number; words?: string[] } | undefined {
  if (plan.terms.length < 2) return undefined;
  const most = Math.max(0, ...shown.map((r) => r.matched));
  const best = shown.filter((r) => r.matched === most);
  if (most < 2 || best.length === shown.length) return undefined;
  // The best pages all print the query as typed, which the segmenter cuts into pieces (人均可支配收入: 人均可|支配|收入):
  // that is what they share, not the pieces (其中 4 篇包含“人均可支配收入”, not 同时包含“支配”、“收入”, nor 包含全部词语
  // of words the reader did not type).
  const whole = plan.phrases.length === 1 ? plan.phrases[0]! : undefined;
  const printed = !!whole && best.every((r) => r.page.body.text.includes(whole));
  const pieces = plan.terms.some((t) => t.fragment);
  // Every term, but not every character typed (职业培训券: 职业 and 培训, not 券): the words are named, lest
  // 包含全部词语 read as having 职业培训券.
  if (most >= plan.terms.length && !plan.partial && !(pieces && printed)) return { complete: best.length };
  if (printed) return { complete: best.length, words: [whole] };
  const words = plan.terms.filter((t) => !t.fragment && !isKind(t) && best.every((r) => r.exactTerms.includes(t.text))).map((t) => t.text);
  return words.length >= 2 ? { complete: best.length, words } : undefined;
}

/** Newest first by ISO date (pages without one last), keeping the given order among equals. */
export function byDateDesc<T extends { doc: SearchDoc }>(xs: readonly T[]): T[] {
  return xs
    .map((x, i) => ({ x, i }))
    .sort((a, b) => {
      const da = a.x.doc.meta.datetime ?? '';
      const db = b.x.doc.meta.datetime ?? '';
      return da === db ? a.i - b.i : da < db ? 1 : -1;
    })
    .map((e) => e.x);
}
