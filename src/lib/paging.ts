/** Splitting long lists into numbered pages (page 1 is the list's own URL). Pure; unit-tested. */
export interface PageOf<T> {
  items: T[];
  /** 1-based page number. */
  page: number;
  pages: number;
  total: number;
}

/** Page `page` (1-based) of `items`, `size` per page; an empty list has one empty page. */
export function pageOf<T>(items: readonly T[], page: number, size: number): PageOf<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(1, page), pages);
  return { items: items.slice((p - 1) * size, p * size), page: p, pages, total: items.length };
}

/**
 * The page numbers a pager shows: the first and last pages, and `around` pages either side of the current one, with
 * `null` for each run of pages left out (shown as …). At 200 pages (10,000 practices) a reader sees about nine links,
 * not two hundred: 1 … 48 49 [50] 51 52 … 200.
 */
export function pageLinks(page: number, pages: number, around = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    const shown = n === 1 || n === pages || Math.abs(n - page) <= around;
    // A gap of a single page shows that page rather than an ellipsis standing for it.
    const lone = Math.abs(n - page) === around + 1 && (n === 2 || n === pages - 1);
    if (shown || lone) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}

/** 第 51–100 个: the positions a page holds in the whole list (1-based), for its heading. */
export function pageRange(p: { page: number; items: readonly unknown[] }, size: number): { first: number; last: number } {
  const first = (p.page - 1) * size + 1;
  return { first, last: first + p.items.length - 1 };
}
