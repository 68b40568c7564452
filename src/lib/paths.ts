/**
 * Where the content lives. `CONTENT_DIR` points the build at another corpus (the scale benchmark and the fixture
 * corpora use it) without copying the project; the default is the project's own `content/`.
 */
export const contentDir: string = (globalThis.process?.env?.CONTENT_DIR ?? './content').replace(/\/+$/, '');

/**
 * Where the raw source texts are (`SEEDS_DIR`, default `./seeds`): a fixture corpus with sources of its own (the
 * browser tests' unusual-input corpus) points here too, since every body is checked against its source.
 */
export const seedsDir: string = (globalThis.process?.env?.SEEDS_DIR ?? './seeds').replace(/\/+$/, '');

/**
 * Astro's cache folder (content layer data store, optimized deps, search index shards) for a corpus given as
 * `CONTENT_DIR`. A build against another corpus gets a cache of its own, so entries of one corpus never linger in the
 * other's data store; the project's own `content/` uses Astro's default.
 */
export function cacheDirFor(corpus: string | undefined): string {
  if (!corpus) return './node_modules/.astro';
  const dir = corpus.replace(/\/+$/, '');
  return `./node_modules/.astro/corpus-${[...dir].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7).toString(36)}`;
}

/** This build's cache folder ({@link cacheDirFor} its `CONTENT_DIR`). */
export const cacheDir: string = cacheDirFor(globalThis.process?.env?.CONTENT_DIR);

/** The site's public origin, for canonical links, the feed and the sitemap (`SITE_URL` at build time). */
export const siteUrl: string = globalThis.process?.env?.SITE_URL ?? 'https://gongfu.example.org';

/**
 * Whether `SITE_URL` was given. Without it the origin above is a placeholder: machine-read links (canonical, feed,
 * sitemap) need some absolute origin, but text that people read (a printed page's address, the feed address to copy)
 * shows the site path instead of a domain that does not exist.
 */
export const siteUrlKnown: boolean = Boolean(globalThis.process?.env?.SITE_URL);

/** The sub-path the site is served from (`BASE_PATH`, e.g. `/gongfu/`); `/` by default. */
export const basePath: string = (globalThis.process?.env?.BASE_PATH ?? '/').replace(/\/?$/, '/').replace(/^(?!\/)/, '/');
