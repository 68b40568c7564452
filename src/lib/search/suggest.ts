/**
 * "您是不是要找": for a query that finds nothing, a word of the site one character away from what was typed (玉还 →
 * 玉环, 政效企 → 政校企: a pinyin input method offers the wrong character of the same sound).
 *
 * The words are the dictionary's (regions, groups, measures, synonyms, with their other names) and the names the texts
 * put in quotation marks (“政校企”, “金蓝领”, “和盈模式”), which are what a practice calls its programme. The names are
 * collected at build time ({@link collectNames}) and served as `/search/names.json`, loaded only for a query that
 * finds nothing.
 */
import { bigrams, squashText } from './normalize.ts';
import { intlSegmenter, isOneWord, type QueryPlan, type QueryTerm, type Segmenter } from './query.ts';

/** How many names `/search/names.json` holds at most: those on the most pages (about 10 KB of JSON per 1,000). */
const MAX_NAMES = 3000;

const QUOTED = /[“「『"]([^”」』"\n]{2,16})[”」』"]/gu;
const HAN = /\p{Script=Han}/u;

/** The names `text` puts in quotation marks, squashed: two to eight characters with at least one Chinese one. */
export function quotedNames(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(QUOTED)) {
    const name = squashText(m[1]!);
    const n = Array.from(name).length;
    if (n >= 2 && n <= 8 && HAN.test(name)) out.add(name);
  }
  return [...out];
}

/**
 * The quoted names of some texts (one per page), those on the most pages first, then those quoted most often, at most
 * `max`. The order is the order of the offers: of two names one character from a typo (工匠代: “工匠班” once, “工匠贷”
 * three times, both on one page), the one the texts speak of more is offered.
 */
export function collectNames(texts: Iterable<string>, max = MAX_NAMES): string[] {
  const pages = new Map<string, number>();
  const uses = new Map<string, number>();
  for (const text of texts) {
    for (const name of quotedNames(text)) pages.set(name, (pages.get(name) ?? 0) + 1);
    for (const m of text.matchAll(QUOTED)) {
      const name = squashText(m[1]!);
      if (pages.has(name)) uses.set(name, (uses.get(name) ?? 0) + 1);
    }
  }
  return [...pages.entries()]
    .sort((a, b) => b[1] - a[1] || uses.get(b[0])! - uses.get(a[0])! || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, max)
    .map(([name]) => name);
}

/**
 * The words of `vocabulary` that differ from `term` (squashed) in exactly one character, in the vocabulary's order.
 * Terms of two to eight characters only: one character of one is everything.
 */
export function nearWords(term: string, vocabulary: Iterable<string>): string[] {
  const t = Array.from(term);
  if (t.length < 2 || t.length > 8) return [];
  const out: string[] = [];
  for (const word of vocabulary) {
    const w = Array.from(word);
    if (w.length !== t.length || out.includes(word)) continue;
    let differ = 0;
    for (let i = 0; i < w.length && differ < 2; i++) if (w[i] !== t[i]) differ++;
    if (differ === 1) out.push(word);
  }
  return out;
}

/**
 * The texts in which {@link nearInTexts} looks for the word a typo stands for (`title|prose` of each page): the pages
 * that have the most two-character pieces of the typos (低收入 has 低收 of 低收人), then the pages already `found`; at
 * most `max` fragments are loaded for it (those found are loaded already). `search` runs one Pagefind query, `load`
 * loads a result's page; a page that fails to load is left out.
 */
export async function textsNear<R extends { id: string }>(
  typos: readonly string[],
  found: readonly R[],
  search: (query: string) => Promise<{ results: readonly R[] }>,
  load: (result: R) => Promise<{ title: string; prose: string }>,
  max: number,
): Promise<string[]> {
  const pieces = [...new Set(typos.flatMap((t) => bigrams(t)))];
  const hits = new Map<string, { r: R; n: number }>();
  for (const resp of await Promise.all(pieces.map((q) => search(q)))) {
    for (const r of resp.results) {
      const h = hits.get(r.id);
      if (h) h.n++;
      else hits.set(r.id, { r, n: 1 });
    }
  }
  const byPieces = [...hits.values()].sort((a, b) => b.n - a.n).map((h) => h.r);
  const known = new Set(found.map((r) => r.id));
  const extra = byPieces.filter((r) => !known.has(r.id)).slice(0, Math.max(0, max - found.length / 2));
  const docs = await Promise.all([...extra, ...found].map((r) => load(r).catch(() => undefined)));
  return docs.flatMap((d) => (d ? [`${d.title}|${d.prose}`] : []));
}

/**
 * The strings of `texts` (squashed page texts) as long as `term` that differ from it in exactly one character, a
 * Chinese one in both, most frequent first: the words the texts use that a typo of one character stands for (低收人 →
 * 低收入, 技能津帖 → 技能津贴, 高校必业生 → 高校毕业生), whether or not a text quotes them as a name. Terms of three to
 * eight characters only: one character of two is nearly any word. A string across a clause break (`|`) is no word.
 *
 * A string of the texts is taken only where it is more of a word than the term: the segmenter reads it in fewer pieces
 * (低收入 is one word, 低收人 three characters; 技能津贴 is 技能|津贴, 技能津帖 技能|津|帖). A term that is words already,
 * with one character beside them (才能涨: 才能|涨), is no typo of 才能的, which is no more a word. A term of four
 * characters or more is also a typo of a string with a word where it has another (安家补帖: 补帖 for 补贴). A term whose
 * differing character makes, with a neighbour, a pair the texts print as often as the string offered is no typo
 * (人均收入 is not 人员收入).
 */
export function nearInTexts(term: string, texts: Iterable<string>, segment: Segmenter = intlSegmenter): string[] {
  const t = Array.from(term);
  const n = t.length;
  if (n < 3 || n > 8) return [];
  const all = [...texts];
  const counts = new Map<string, number>();
  for (const text of all) {
    const cps = Array.from(text);
    for (let i = 0; i + n <= cps.length; i++) {
      let differ = -1;
      let k = 0;
      for (; k < n; k++) {
        if (cps[i + k] === t[k]) continue;
        if (differ !== -1) break;
        differ = k;
      }
      if (k < n || differ === -1 || !HAN.test(cps[i + differ]!) || !HAN.test(t[differ]!)) continue;
      const word = cps.slice(i, i + n).join('');
      if (word.includes('|')) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const pieces = (x: string) => segment(x).length;
  const typed = pieces(term);
  // Or, in a term of four characters or more, a word for a word: the character differs inside a word of two or more
  // in both (安家补帖 → 安家补贴: 补帖 and 补贴), not as a character of its own (才能涨, 才能的).
  const inWord = (x: string, at: number) => {
    let from = 0;
    for (const w of segment(x)) {
      const len = Array.from(w).length;
      if (at < from + len) return len >= 2;
      from += len;
    }
    return false;
  };
  const wordForWord = (w: string) => {
    if (n < 4 || pieces(w) !== typed) return false;
    const at = Array.from(w).findIndex((c, i) => c !== t[i]);
    return inWord(w, at) && inWord(term, at);
  };
  // Two characters typed, one of them the character that differs, which the texts print at least as often as the
  // string offered: the reader's word, not a typo. 人均 of 人均收入 (the texts print 人均年工资性收入, 人均可支配收入) is
  // not 人员 of 人员收入, though the segmenter reads 人|均|收入; a typo's pair (收人 of 低收人) is printed nowhere.
  const occurrences = (p: string) => all.reduce((sum, x) => sum + x.split(p).length - 1, 0);
  const printedWord = (w: string) => {
    const at = Array.from(w).findIndex((c, i) => c !== t[i]);
    return [t.slice(Math.max(0, at - 1), at + 1), t.slice(at, at + 2)]
      .filter((p) => p.length === 2)
      .some((p) => occurrences(p.join('')) >= counts.get(w)!);
  };
  return [...counts.entries()]
    .filter(([w]) => (pieces(w) < typed || wordForWord(w)) && !printedWord(w))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([w]) => w);
}

/**
 * Whether `word` replaces only a character the segmenter glued to a whole word of the query (让工人 for 让|工人 of
 * 让工人持股, 农民变 of 农民变股民): they differ in the first or the last character only, and the rest of `typo` is a word
 * of two characters or more. Such a piece is no typo; offering 打工人 or 农民工 for it changes what was asked.
 */
export function gluedToWord(typo: string, word: string, segment: Segmenter = intlSegmenter): boolean {
  const t = Array.from(typo);
  const w = Array.from(word);
  if (t.length !== w.length || t.length < 3) return false;
  const differ = t.flatMap((c, i) => (c === w[i] ? [] : [i]));
  if (differ.length !== 1) return false;
  const at = differ[0]!;
  if (at !== 0 && at !== t.length - 1) return false;
  return isOneWord(t.slice(at === 0 ? 1 : 0, at === 0 ? undefined : -1).join(''), segment);
}

/**
 * The word of `typed` that `word`, one character away, turns into another whole word, or undefined: the segmenter
 * reads `typed` as words of two characters or more only (乡村|医生) and `word` as words of the same lengths (乡村|学生),
 * and the word where they differ is returned (医生). A typo of a name mostly leaves a character on its own (黄|严 of
 * 黄岩, 新|就业|型态 of 新就业形态, 共|富|工房 of 共富工坊), or the word it cuts is cut otherwise in the name; but a
 * wrong homophone can be a word too (写作 of 山海写作, 公人 of 技术公人, 求助 of 社会求助): {@link meantAsTyped} tells
 * them apart.
 */
export function wordReplaced(typed: string, word: string, segment: Segmenter = intlSegmenter): string | undefined {
  const t = segment(typed);
  const w = segment(word);
  const len = (s: string) => Array.from(s).length;
  if (t.join('') !== typed || w.join('') !== word || t.length !== w.length) return undefined;
  if (!t.every((p, i) => len(p) >= 2 && len(p) === len(w[i]!))) return undefined;
  const differ = t.filter((p, i) => p !== w[i]);
  return differ.length === 1 ? differ[0] : undefined;
}

/**
 * Whether `typed` is what the reader meant, not a typo of `word` (a name of the site one character away): it is
 * whole words, one of them turned by `word` into another ({@link wordReplaced}), and the site prints the reader's word
 * on as many pages as `word` (`pages` counts the pages that print a word). 乡村医生 is no typo of 乡村学生: the plans
 * print 医生 (家庭医生) as often as the pages print 乡村学生, and offering the pupils answers another question. A
 * word the site prints nowhere beside a name it prints is the input method's slip (山海写作: 写作 for 协作), as in
 * {@link nearInTexts}, where a pair the texts print as often as the string offered is the reader's word.
 */
export async function meantAsTyped(
  typed: string,
  word: string,
  pages: (word: string) => number | Promise<number>,
  segment: Segmenter = intlSegmenter,
): Promise<boolean> {
  const own = wordReplaced(typed, word, segment);
  if (!own) return false;
  const [mine, theirs] = await Promise.all([pages(own), pages(word)]);
  return mine > 0 && mine >= theirs;
}

/**
 * {@link gluedToWord} for a term of a query whose parts as typed (between spaces and punctuation) are `phrases`: a
 * term that is a whole part has no neighbour the segmenter could have glued a character from, so a character that
 * differs at its end or start is the reader's typo of the word (工匠代 typed alone is 工匠贷), while the same piece cut
 * from a longer part (让工人 of 有没有让工人持股的做法) is a word and its neighbour.
 */
export function gluedInQuery(typo: string, word: string, phrases: readonly string[], segment: Segmenter = intlSegmenter): boolean {
  return !phrases.includes(typo) && gluedToWord(typo, word, segment);
}

/**
 * What in `plan` may be a mistyped word of the site, to correct ({@link nearWords}): its terms of two characters or
 * more that are no word in themselves (玉还 is 玉|还; 温州 is a word, which this site does not have) and no figure, name
 * of the dictionary or document number; then the parts typed whole (between spaces and punctuation) whose mistyped
 * character makes a word of its own (共富工房 is 共富 and 工房, for the 共富工坊 the texts name). With `only`, just those
 * terms and the parts with one of them in it.
 */
export function typoCandidates(plan: QueryPlan, only?: readonly string[], segment: Segmenter = intlSegmenter): string[] {
  const typos = plan.terms
    .filter((t) => !t.figure && !t.entry && !t.docNumber && Array.from(t.text).length >= 2 && !isOneWord(t.text, segment) && (!only || only.includes(t.text)))
    .map((t) => t.text);
  const terms = new Set(plan.terms.map((t) => t.text));
  const parts = plan.phrases.filter(
    (p) => !terms.has(p) && !/\d/.test(p) && !isOneWord(p, segment) && (only ? only.some((u) => p.includes(u)) : plan.terms.some((t) => !t.figure && p.includes(t.text))),
  );
  return [...typos, ...parts];
}

/**
 * What may be a mistyped name of the dictionary for `term`, a term of `plan` that no page listed has: the parts of the
 * query as typed with it in them, then the term itself (黄严技工, then 黄严), without figures or what is a word in
 * itself (温州 is no typo).
 */
export function nameTypoCandidates(plan: QueryPlan, term: QueryTerm, segment: Segmenter = intlSegmenter): string[] {
  return [...plan.phrases.filter((p) => p !== term.text && p.includes(term.text)), term.text].filter((p) => !/\d/.test(p) && !isOneWord(p, segment));
}
