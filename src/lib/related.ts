/**
 * Related practices: others sharing target groups and measures, where a rare shared tag weighs more than a common one
 * (inverse document frequency). Never the page itself; ties broken by date then id, so the order is deterministic.
 */
export interface Taggable {
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
    .sort((a, b) => b.s - a.s || b.p.data.date.getTime() - a.p.data.date.getTime() || (a.p.id < b.p.id ? -1 : 1))
    .slice(0, n)
    .map((x) => x.p);
}

/**
 * A finder that answers `relatedPractices` for any practice of `all` without scanning the whole corpus each time:
 * an inverted index from tag to practices, so the cost per page grows with the practices that share a tag.
 */
export function createRelatedFinder<T extends Taggable>(all: readonly T[]): (self: T, n: number) => T[] {
  const weights = tagWeights(all);
  const byTag = new Map<string, T[]>();
  for (const p of all) {
    for (const t of tags(p)) {
      const list = byTag.get(t);
      if (list) list.push(p);
      else byTag.set(t, [p]);
    }
  }
  return (self, n) => {
    const score = new Map<T, number>();
    for (const t of tags(self)) {
      const w = weights.get(t) ?? 0;
      for (const p of byTag.get(t) ?? []) if (p.id !== self.id) score.set(p, (score.get(p) ?? 0) + w);
    }
    return [...score]
      .sort((a, b) => b[1] - a[1] || b[0].data.date.getTime() - a[0].data.date.getTime() || (a[0].id < b[0].id ? -1 : 1))
      .slice(0, n)
      .map(([p]) => p);
  };
}
