/**
 * Whether a table's box (WideTable.astro, src/markdown/rehype-table-scroll.ts) needs a Tab stop of its own.
 *
 * A box that scrolls sideways must be reachable with the keyboard. When the table holds a link (or another control),
 * Tab reaches that link, focusing it scrolls the box to it, and the arrow keys scroll the box from there: a stop on
 * the box itself adds nothing, and where the table fits (a wide screen) it is a stop that does nothing. Only a table
 * with nothing the keyboard reaches keeps its box on the keyboard's path (tabindex="0").
 */

/** An element the keyboard reaches by itself: a link with an address, a form control, a summary, a tabindex ≥ 0. */
export function isFocusableElement(tagName: string, attrs: Record<string, unknown>): boolean {
  const tabIndex = attrs['tabindex'] ?? attrs['tabIndex'];
  if (tabIndex !== undefined && tabIndex !== null) return Number(tabIndex) >= 0;
  const tag = tagName.toLowerCase();
  if (tag === 'a' || tag === 'area') return attrs['href'] !== undefined && attrs['href'] !== null;
  if (tag === 'input') return String(attrs['type'] ?? '').toLowerCase() !== 'hidden';
  return tag === 'button' || tag === 'select' || tag === 'textarea' || tag === 'summary' || tag === 'iframe';
}

/** Whether rendered HTML holds an element the keyboard reaches by itself (isFocusableElement). */
export function htmlHasFocusable(html: string): boolean {
  for (const m of html.matchAll(/<([a-z][a-z0-9-]*)((?:\s+[^\s=>\/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/gi)) {
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/([^\s=>\/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[a[1]!.toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    if (isFocusableElement(m[1]!, attrs)) return true;
  }
  return false;
}
