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

/** The 1-based positions of the first and last items on `page` (both 0 for an empty list). */
export function pageRange(page: PageOf<unknown>, size: number): { from: number; to: number } {
  if (page.total === 0) return { from: 0, to: 0 };
  const from = (page.page - 1) * size + 1;
  return { from, to: Math.min(page.total, from + size - 1) };
}

/** The numbers of the pages after the first of a list of `total` items, `size` per page (page 1 is the list itself). */
export function laterPages(total: number, size: number): number[] {
  return Array.from({ length: Math.max(0, Math.ceil(total / size) - 1) }, (_, i) => i + 2);
}

/**
 * The description of one page of a paged list: `base` on the first page, and on the others the page's number and the
 * positions of its items, so no two pages of the list share a description (search engines and portals that harvest
 * the site show it, and flag pages that repeat one).
 */
export function pageDescription(base: string, page: PageOf<unknown>, size: number): string {
  if (page.page === 1) return base;
  const { from, to } = pageRange(page, size);
  return `${base}第${page.page}页（第${from}–${to}个）。`;
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
