import { decodeEntities } from './xml.ts';

/**
 * Heading levels of rendered HTML moved down by `by` (h2 → h3), at most to h6: a body shown under a heading of the
 * page (a plan's text under “全文”) keeps its outline under that heading for screen readers' heading navigation.
 */
export function shiftHeadings(html: string, by: number): string {
  if (by <= 0) return html;
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, close: string, level: string) => `<${close}h${Math.min(6, Number(level) + by)}`);
}

/**
 * The top-level sections of rendered HTML: each `<h2>` with an id, and its text (tags left out, entities decoded), in
 * order. A plan's contents list links them, so a reader on a phone reaches 三、实施九大群体激励计划 without scrolling.
 */
export function sectionHeadings(html: string): { id: string; text: string }[] {
  return Array.from(html.matchAll(/<h2\b[^>]*\bid="([^"]+)"[^>]*>([^]*?)<\/h2>/g), (m) => ({
    id: decodeEntities(m[1]!),
    text: decodeEntities(m[2]!.replace(/<[^>]+>/g, '')).trim(),
  })).filter((h) => h.text);
}
