/** Did-you-mean for ids: an editor who typed a name, an alias or a near miss is told the id to use. */
import ts from 'opencc-js/dict/TSCharacters';
import tw from 'opencc-js/dict/TWVariantsRev';
import hk from 'opencc-js/dict/HKVariantsRev';
import { buildT2s, t2sMap, toSimplified } from './search/t2s.ts';

let t2s: Map<string, string> | undefined;

/**
 * A value as compared for suggestions: NFKC (full-width ｈｕａｎｇｙａｎ → huangyan), lower case, and traditional
 * characters read as simplified (黃巖 → 黄岩, with the same OpenCC table the search uses, built on first need).
 */
function foldName(s: string): string {
  const n = s.normalize('NFKC').trim().toLowerCase();
  if (/^[\x00-\x7f]*$/.test(n)) return n;
  t2s ??= t2sMap(buildT2s(ts, [tw, hk]));
  return toSimplified(n, t2s);
}

/** Edit distance by code point: optimal string alignment (insertions, deletions, substitutions, swaps of neighbours). */
export function editDistance(a: string, b: string): number {
  // Optimal string alignment: insertions, deletions, substitutions and swaps of two neighbours (qoute → quote is 1).
  const x = [...a];
  const y = [...b];
  let before: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) cur[j] = Math.min(cur[j]!, before[j - 2]! + 1);
    }
    before = prev;
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
 * Values and names are compared folded ({@link foldName}): 黃巖 finds 黄岩, ｙｕｈｕａｎ finds yuhuan.
 */
export function suggestId(value: string, candidates: readonly Candidate[]): string | undefined {
  const v = foldName(value);
  if (!v) return undefined;
  const folded = candidates.map((c) => ({ id: c.id, names: c.names.map(foldName) }));
  const exact = folded.find((c) => c.names.includes(v) || c.id.toLowerCase() === v);
  if (exact) return exact.id;
  const partial = folded.find((c) => c.names.some((n) => n.length >= 2 && v.length >= 2 && (n.includes(v) || v.includes(n))));
  if (partial) return partial.id;
  let best: { id: string; d: number } | undefined;
  for (const c of candidates) {
    const d = editDistance(v, c.id);
    if (d <= Math.max(1, Math.floor(c.id.length / 3)) && (!best || d < best.d)) best = { id: c.id, d };
  }
  return best?.id;
}
