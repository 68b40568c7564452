// The page-weight budget of a built page, read from its files in dist/ (no browser): what the page's HTML and its
// stylesheets weigh, less its own text. Used by tests/e2e/quality/quality.spec.ts over every practice page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The inner HTML of the first element whose opening tag carries `aria-label="<label>"`, matched to its own closing tag
 * (elements of the same name inside it, such as the footnotes' <section>, are counted). '' when there is none.
 */
export function labelledInnerHtml(html: string, label: string): string {
  const open = new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*\\saria-label="${label}"[^>]*>`, 'i').exec(html);
  if (!open) return '';
  const name = open[1]!.toLowerCase();
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(open.index + open[0].length, m.index);
  }
  throw new Error(`<${name} aria-label="${label}"> is never closed`);
}

interface PageWeight {
  /** Bytes of the page's HTML file. */
  html: number;
  /** Bytes of each stylesheet it links (rel="stylesheet", a root-relative href read from dist/). */
  css: Record<string, number>;
  /** Bytes of the page's own text: the inner HTML of its region 正文 (aria-label="正文"), which grows with the text. */
  text: number;
  /** html + every stylesheet − text: what the budget limits. */
  weight: number;
}

/** The weight of the page built at `file` (a path inside `dist`), its stylesheets read from `dist` too. */
export function pageWeight(dist: string, file: string): PageWeight {
  const page = readFileSync(join(dist, file));
  const html = page.toString('utf8');
  const css: Record<string, number> = {};
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\srel="stylesheet"/i.test(tag)) continue;
    const href = /\shref="([^"]+)"/i.exec(tag)?.[1];
    if (!href?.startsWith('/')) throw new Error(`${file}: stylesheet ${href} is not a root-relative address in dist/`);
    css[href] = readFileSync(join(dist, decodeURI(href.split(/[?#]/)[0]!))).length;
  }
  const text = Buffer.byteLength(labelledInnerHtml(html, '正文'));
  const weight = page.length + Object.values(css).reduce((a, b) => a + b, 0) - text;
  return { html: page.length, css, text, weight };
}
