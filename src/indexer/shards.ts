/**
 * How the search index is split. Pagefind holds every indexed word of every page in memory until it writes the index
 * (about 0.5 MB per practice page here), so a large site is indexed in shards, one Pagefind run each, and the browser
 * merges them (`mergeIndex`). A site that fits in one shard has one. A larger one is cut by the calendar: pages sorted
 * oldest first (undated ones, plans without a date, before all others) and cut every `size` pages. A new briefing is
 * the newest page, so adding one changes only the newest shard, and only that shard is indexed again (see build.ts).
 */

export interface ShardPage {
  /** Path of the built file, relative to the site (`practices/x/index.html`). */
  path: string;
  /** `YYYY-MM-DD`, from the page's date sort. */
  date?: string | undefined;
}

export interface Shard<P extends ShardPage> {
  /** `s0`, `s1` … oldest first. */
  name: string;
  /** The place of the shard's first page among all pages, oldest first: where its pages' date ranks start. */
  first: number;
  pages: P[];
}

/** Pages per shard by default: about 1.4 GB of memory for Pagefind at the seeds' page size. */
export const DEFAULT_SHARD_PAGES = 3000;

/**
 * The shards of a site, newest first (the first one is the primary index, which the browser loads first). Within a
 * shard, pages keep the order oldest first, then by path, so the same pages always give the same shard.
 */
export function planShards<P extends ShardPage>(pages: readonly P[], size = DEFAULT_SHARD_PAGES): Shard<P>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`shard size must be a positive integer, got ${size}`);
  const sorted = [...pages].sort((a, b) => {
    const da = a.date ?? '';
    const db = b.date ?? '';
    return da < db ? -1 : da > db ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  });
  const shards: Shard<P>[] = [];
  for (let i = 0; i * size < sorted.length; i++) shards.push({ name: `s${i}`, first: i * size, pages: sorted.slice(i * size, (i + 1) * size) });
  return shards.reverse();
}
