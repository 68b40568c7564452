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
