/**
 * Related practices: others sharing target groups and measures, where a rare shared tag weighs more than a common one
 * (inverse document frequency). Never the page itself. Ties go to the practice closest in date to the page (then the
 * newer, then the smaller id), so the order is deterministic, and a newly added issue enters the lists of the pages of
 * its own time, not of every page with the same tags: adding one briefing re-rendered thousands of pages at 10,000
 * practices when ties went to the newest.
 */
interface Taggable {
  id: string;
  data: { groups: readonly string[]; measures: readonly string[]; region: string; date: Date };
}

/** Weight of each tag: ln(1 + N / df), so a tag on every page still counts a little and a rare one counts most. */
export function tagWeights(all: readonly Taggable[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const p of all) for (const t of tags(p)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = all.length;
  return new Map([...df].map(([t, k]) => [t, Math.log(1 + n / k)]));
}

function tags(p: Taggable): Set<string> {
  return new Set([...p.data.groups.map((g) => `g:${g}`), ...p.data.measures.map((m) => `m:${m}`)]);
}

/** How far apart two practices are in time (ms). */
const gap = (a: Taggable, b: Taggable) => Math.abs(a.data.date.getTime() - b.data.date.getTime());

/** Similarity of two practices: the summed weights of their shared tags. */
export function relatedScore(a: Taggable, b: Taggable, weights: Map<string, number>): number {
  const tb = tags(b);
  let s = 0;
  for (const t of tags(a)) if (tb.has(t)) s += weights.get(t) ?? 0;
  return s;
}

/** Up to `n` practices most related to `self` (those sharing at least one tag). */
export function relatedPractices<T extends Taggable>(self: T, all: readonly T[], n: number, weights = tagWeights(all)): T[] {
  return all
    .filter((p) => p.id !== self.id)
    .map((p) => ({ p, s: relatedScore(self, p, weights) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || gap(self, a.p) - gap(self, b.p) || b.p.data.date.getTime() - a.p.data.date.getTime() || (a.p.id < b.p.id ? -1 : 1))
    .slice(0, n)
    .map((x) => x.p);
}

/**
 * A finder that answers `relatedPractices` for any practice of `all` without scanning the whole corpus each time:
 * an inverted index from tag to practices, so the cost per page grows with the practices that share a tag. Scores are
 * summed in a typed array and the best `n` kept by insertion (no sort of every candidate), and each answer is kept,
 * since a page asks twice (its cache key and its render): at 10,000 practices this took 38 s of the build with a map
 * and a full sort per page.
 */
export function createRelatedFinder<T extends Taggable>(all: readonly T[]): (self: T, n: number) => T[] {
  const weights = tagWeights(all);
  const index = new Map<T, number>(all.map((p, i) => [p, i]));
  const time = all.map((p) => p.data.date.getTime());
  const byTag = new Map<string, number[]>();
  all.forEach((p, i) => {
    for (const t of tags(p)) {
      const list = byTag.get(t);
      if (list) list.push(i);
      else byTag.set(t, [i]);
    }
  });
  const score = new Float64Array(all.length);
  const answers = new Map<string, T[]>();
  /** Whether candidate a ranks before b for a page of time `at`: higher score, then closer in date, newer, smaller id. */
  let at0 = 0;
  const before = (a: number, b: number) => {
    if (score[a] !== score[b]) return score[a]! > score[b]!;
    const ga = Math.abs(time[a]! - at0);
    const gb = Math.abs(time[b]! - at0);
    if (ga !== gb) return ga < gb;
    return time[a]! > time[b]! || (time[a] === time[b] && all[a]!.id < all[b]!.id);
  };
  return (self, n) => {
    const key = `${self.id}\u0000${n}`;
    const known = answers.get(key);
    if (known) return known;
    at0 = self.data.date.getTime();
    const selfAt = index.get(self) ?? -1;
    const touched: number[] = [];
    for (const t of tags(self)) {
      const w = weights.get(t) ?? 0;
      for (const i of byTag.get(t) ?? []) {
        if (i === selfAt || all[i]!.id === self.id) continue;
        if (score[i] === 0) touched.push(i);
        score[i]! += w;
      }
    }
    const best: number[] = [];
    for (const i of touched) {
      if (score[i]! <= 0) continue;
      if (best.length === n && !before(i, best[n - 1]!)) continue;
      let at = best.length === n ? n - 1 : best.length;
      while (at > 0 && before(i, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        at--;
      }
      best[at] = i;
      if (best.length > n) best.length = n;
    }
    for (const i of touched) score[i] = 0;
    const out = best.map((i) => all[i]!);
    answers.set(key, out);
    return out;
  };
}
