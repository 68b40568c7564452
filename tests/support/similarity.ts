/**
 * Test support (the ingest's measure against the curated pages).
 * How close a draft body is to a curated one: both are reduced to their characters (normalizeMarkdown of
 * fidelity.ts: no whitespace, heading marks, footnote refs, emphasis or escapes; digits half-width), then compared by
 * their longest common subsequence: similarity = 2·LCS / (|a| + |b|), 1 for identical texts.
 */
import { normalizeMarkdown, paragraphs } from '../../src/lib/fidelity.ts';
import { toHalfWidth } from '../../src/lib/numbers.ts';

/** A Markdown body reduced to the characters that are compared. */
function comparable(body: string): string {
  return toHalfWidth(paragraphs(body).map(normalizeMarkdown).join(''));
}

/**
 * Insertions plus deletions that turn `a` into `b` (Myers' O((N+M)·D) algorithm, by code unit): N + M − 2·LCS.
 */
function diffDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return 0;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return d;
    }
  }
  return max;
}

/** Similarity of two texts in [0, 1]: 2·LCS / (|a| + |b|). */
export function similarity(a: string, b: string): number {
  if (!a.length && !b.length) return 1;
  return 1 - diffDistance(a, b) / (a.length + b.length);
}

/** Similarity of two Markdown bodies on their normalized characters. */
export function bodySimilarity(a: string, b: string): number {
  return similarity(comparable(a), comparable(b));
}
