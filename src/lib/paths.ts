/**
 * Where the content lives. `CONTENT_DIR` points the build at another corpus (the scale benchmark and the fixture
 * corpora use it) without copying the project; the default is the project's own `content/`.
 */
export const contentDir: string = (globalThis.process?.env?.CONTENT_DIR ?? './content').replace(/\/+$/, '');

/**
 * Astro's cache folder (content layer data store, optimized deps). A build against another corpus (CONTENT_DIR) gets a
 * cache of its own, so entries of one corpus never linger in the other's data store.
 */
export const cacheDir: string = globalThis.process?.env?.CONTENT_DIR
  ? `./node_modules/.astro/corpus-${[...contentDir].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7).toString(36)}`
  : './node_modules/.astro';

/** The site's public origin, for canonical links, the feed and the sitemap (`SITE_URL` at build time). */
export const siteUrl: string = globalThis.process?.env?.SITE_URL ?? 'https://gongfu.example.org';

/** The sub-path the site is served from (`BASE_PATH`, e.g. `/gongfu/`); `/` by default. */
export const basePath: string = (globalThis.process?.env?.BASE_PATH ?? '/').replace(/\/?$/, '/').replace(/^(?!\/)/, '/');
