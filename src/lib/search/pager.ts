/**
 * The search page's results, a page at a time: the items in hand first, then, for a long facet browse, the items its
 * `more` loads (src/scripts/search/engine.ts, Outcome) once those in hand run short of a page.
 */
export interface Pager<T> {
  /** The next page: its items, the index of its first item in the whole list, and whether the list ends with it. */
  next(): Promise<{ page: T[]; from: number; done: boolean }>;
}

/**
 * Pages of `size` over `items`, continued with `fetchMore` until it returns nothing, or until `total` items (how many
 * the list has in all, when known) are shown: the page that shows the last of them says it is done, so no button
 * offers a page with nothing on it.
 */
export function pager<T>(items: readonly T[], size: number, fetchMore?: () => Promise<T[]>, total?: number): Pager<T> {
  let all = [...items];
  let shown = 0;
  let more = fetchMore;
  const complete = () => total !== undefined && all.length >= total;
  if (complete()) more = undefined;
  return {
    async next() {
      if (all.length - shown < size && more) {
        const fetched = await more();
        all = [...all, ...fetched];
        if (!fetched.length || complete()) more = undefined;
      }
      const page = all.slice(shown, shown + size);
      const from = shown;
      shown += page.length;
      return { page, from, done: shown >= all.length && !more };
    },
  };
}
