/**
 * Where the content lives. `CONTENT_DIR` points the build at another corpus (the scale benchmark and the fixture
 * corpora use it) without copying the project; the default is the project's own `content/`.
 */
export const contentDir: string = (globalThis.process?.env?.CONTENT_DIR ?? './content').replace(/\/+$/, '');

/** The site's public origin, for canonical links, the feed and the sitemap (`SITE_URL` at build time). */
export const siteUrl: string = globalThis.process?.env?.SITE_URL ?? 'https://gongfu.example.org';

/** The sub-path the site is served from (`BASE_PATH`, e.g. `/gongfu/`); `/` by default. */
export const basePath: string = (globalThis.process?.env?.BASE_PATH ?? '/').replace(/\/?$/, '/').replace(/^(?!\/)/, '/');
