/**
 * Pages published by an earlier build that this build no longer makes: read from the earlier build's sitemap, so a
 * renamed or deleted practice does not take its address away unseen. Pure.
 */

/** The site paths (without the base path) listed in a sitemap, e.g. `/practices/x/`. */
export function sitemapPaths(xml: string, base = '/'): string[] {
  const prefix = base.replace(/\/?$/, '/');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((m) => {
    try {
      const path = decodeURI(new URL(m[1]!.replace(/&amp;/g, '&')).pathname);
      return path.startsWith(prefix) ? [`/${path.slice(prefix.length)}`] : [];
    } catch {
      return [];
    }
  });
}

/** The paths of `before` that `exists` no longer finds and no redirect covers: the addresses this build takes away. */
export function vanishedPages(before: readonly string[], exists: (path: string) => boolean, redirected: ReadonlySet<string>): string[] {
  return before.filter((p) => !redirected.has(p) && !exists(p));
}

/**
 * Whether an issue is published: once at least one of its practices (`practiceIds`) is, so that a freshly ingested
 * issue, all drafts, stays hidden until then. The site (src/data/content.ts) and the content check both ask it here.
 */
export function issuePublished(practiceIds: readonly unknown[], published: ReadonlySet<string>): boolean {
  return practiceIds.some((id) => published.has(String(id)));
}
