/** Site-relative URLs that respect `base` (the site may be served from a sub-path such as /gongfu/). */
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** `url('practices', id)` → `/base/practices/<id>/`; `url()` → the home page. */
export function url(...parts: string[]): string {
  const path = parts.filter(Boolean).map((p) => encodeURIComponent(p)).join('/');
  return path ? `${BASE}${path}/` : BASE;
}

/** A URL to a file (no trailing slash), e.g. `asset('sources', '000.txt')`. */
export function asset(...parts: string[]): string {
  return `${BASE}${parts.map((p) => encodeURIComponent(p)).join('/')}`;
}

/** A site address made absolute with the site's URL (`Astro.site`, or `site` in an endpoint): for feeds, sitemaps, JSON-LD. */
export const absoluteUrl = (path: string, site: URL | string | undefined) => new URL(path, site).href;

export const practiceUrl = (id: string) => url('practices', id);
export const briefingUrl = (id: string) => url('briefings', id);
export const planUrl = (id: string) => url('plans', id);
export const regionUrl = (id: string) => url('regions', id);
export const groupUrl = (id: string) => url('groups', id);
export const measureUrl = (id: string) => url('measures', id);
/** Page `n` of the list of all practices: page 1 is the list's own address, the others `/practices/page/<n>/`. */
export const practicesPageUrl = (n: number) => (n === 1 ? url('practices') : url('practices', 'page', String(n)));
/** The raw text of a source as a file (`/sources/002_….txt`). */
export const sourceUrl = (file: string) => asset('sources', file);
/** The raw text of a source as a page with numbered lines (`/sources/002_…/`), at line `line` when given. */
export const sourcePageUrl = (file: string, line?: number) => `${url('sources', file.replace(/\.txt$/, ''))}${line ? `#L${line}` : ''}`;
