/**
 * The date order of the search index's pages, carried in the names of their fragments.
 *
 * The indexer (src/indexer/repack.ts) names each page's fragment `<shard's content hash>-<rank>`, the rank in base 36:
 * the page's place in the whole site, oldest first, pages without a date before all others. The browser then lists the
 * pages of a facet newest first from the search results alone, over all shards at once. Pagefind's own date sort is
 * not needed, and is left out of the index: every query fetched it with the metadata, 6 KB per 3,000 pages.
 */

/** The fragment name of the page with `rank`, in a shard whose files carry `tag`. */
export const fragmentName = (tag: string, rank: number): string => {
  if (!Number.isSafeInteger(rank) || rank < 0) throw new Error(`a page's rank must be a whole number ≥ 0, got ${rank}`);
  return `${tag}-${rank.toString(36)}`;
};

/** The rank in a fragment name (a Pagefind result's `id`), or undefined when it has none. */
export function fragmentRank(name: string): number | undefined {
  const m = /-([0-9a-z]{1,10})$/.exec(name);
  return m ? parseInt(m[1]!, 36) : undefined;
}

/** Results newest first by their fragment names; those without a rank keep their order, after all others. */
export function newestFirst<T extends { id: string }>(results: readonly T[]): T[] {
  return results
    .map((r, i) => ({ r, i, rank: fragmentRank(r.id) ?? -1 }))
    .sort((a, b) => b.rank - a.rank || a.i - b.i)
    .map((e) => e.r);
}

/**
 * Ranks for the pages of one index, from `first` on: the pages without a date first, in reverse index order (so that,
 * newest first, they follow the dated pages in index order), then the dated ones in `byDate` order, oldest first
 * (Pagefind's date sort: page indexes). Throws if `byDate` is not a list of distinct page indexes.
 */
export function dateRanks(pageCount: number, byDate: readonly number[], first = 0): number[] {
  const ranks = new Array<number>(pageCount).fill(-1);
  const undated = pageCount - byDate.length;
  byDate.forEach((page, i) => {
    if (!Number.isInteger(page) || page < 0 || page >= pageCount) throw new Error(`the date order names page ${page}, but the index has ${pageCount} pages`);
    if (ranks[page] !== -1) throw new Error(`the date order names page ${page} twice`);
    ranks[page] = first + undated + i;
  });
  let next = undated;
  for (let page = 0; page < pageCount; page++) if (ranks[page] === -1) ranks[page] = first + --next;
  return ranks;
}
