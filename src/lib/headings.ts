/**
 * Heading levels of rendered HTML moved down by `by` (h2 → h3), at most to h6: a body shown under a heading of the
 * page (a plan's text under “全文”) keeps its outline under that heading for screen readers' heading navigation.
 */
export function shiftHeadings(html: string, by: number): string {
  if (by <= 0) return html;
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, close: string, level: string) => `<${close}h${Math.min(6, Number(level) + by)}`);
}
