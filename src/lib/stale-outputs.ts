/**
 * Which files of a build's output folder are left over from an earlier build. An incremental build does not empty
 * `dist/` (that would make Astro copy back every unchanged page from its cache); instead, once the pages are
 * written, every file this build did not produce is removed, so `dist/` is what a clean build would give.
 */
export interface OutputFile {
  /** Path relative to the output folder, with `/` separators. */
  path: string;
  /** Last modification, in milliseconds since the epoch. */
  mtimeMs: number;
}

interface BuildOutputs {
  /** Files of every route of this build, rendered or kept from the previous build (Astro's `assets`). */
  routeFiles: ReadonlySet<string>;
  /** Files of the public folder, copied as they are. */
  publicFiles: ReadonlySet<string>;
  /** When this build started: a file written since is this build's (bundles, copies, sitemaps). */
  startedMs: number;
  /** Folders (by name) or files (by pattern) that another step owns and rewrites (the search index, the raw texts). */
  ownedElsewhere: readonly (string | RegExp)[];
}

/**
 * Margin under the start time: file times come from a coarser clock than `Date.now()`, and a build writes its first
 * file seconds after it starts, so nothing of this build is older than this.
 */
export const CLOCK_MARGIN_MS = 2000;

/** The files of `files` that are not this build's output, sorted. */
export function staleOutputs(files: readonly OutputFile[], outputs: BuildOutputs): string[] {
  const since = outputs.startedMs - CLOCK_MARGIN_MS;
  return files
    .filter(
      (f) =>
        !outputs.routeFiles.has(f.path) &&
        !outputs.publicFiles.has(f.path) &&
        f.mtimeMs < since &&
        !outputs.ownedElsewhere.some((o) => (typeof o === 'string' ? f.path === o || f.path.startsWith(`${o}/`) : o.test(f.path))),
    )
    .map((f) => f.path)
    .sort();
}
