/** Did-you-mean for ids: an editor who typed a name, an alias or a near miss is told the id to use. */

/** Levenshtein edit distance (insertions, deletions, substitutions), by code point. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length]!;
}

/** An allowed id with the human names that should lead to it. */
export interface Candidate {
  id: string;
  names: readonly string[];
}

/**
 * The id an editor most likely meant by `value`: an exact name or alias match first (玉环 → yuhuan), then a name that
 * contains the value or is contained in it, then the nearest id within an edit distance of a third of its length.
 */
export function suggestId(value: string, candidates: readonly Candidate[]): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  const exact = candidates.find((c) => c.names.includes(v) || c.id.toLowerCase() === v.toLowerCase());
  if (exact) return exact.id;
  const partial = candidates.find((c) => c.names.some((n) => n.length >= 2 && v.length >= 2 && (n.includes(v) || v.includes(n))));
  if (partial) return partial.id;
  let best: { id: string; d: number } | undefined;
  for (const c of candidates) {
    const d = editDistance(v.toLowerCase(), c.id);
    if (d <= Math.max(1, Math.floor(c.id.length / 3)) && (!best || d < best.d)) best = { id: c.id, d };
  }
  return best?.id;
}
