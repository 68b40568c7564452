/**
 * When each content file last changed, read from the repository's history: the honest date for a sitemap's
 * <lastmod> and a feed entry's <updated> (the day an issue was printed is when it was published, not when the site's
 * page last changed). Pure; unit-tested.
 */

/** The `git log` arguments whose output {@link parseLastChanged} reads: on the main line of history (a merged branch
 *  changes the site when it is merged), each commit's date, then the files it changed, relative to the working folder. */
export const GIT_LOG_ARGS = ['log', '--first-parent', '--diff-merges=first-parent', '--relative', '--format=%x00%cI', '--name-only'];

/**
 * The newest commit date (ISO 8601 with its offset, as git prints it) of every file in `log`, the output of
 * `git` {@link GIT_LOG_ARGS}: records start with a NUL and the date, the changed files on the lines after it, newest
 * record first.
 */
export function parseLastChanged(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const record of log.split('\0').slice(1)) {
    const [date, ...files] = record.split('\n');
    if (!date || Number.isNaN(Date.parse(date))) continue;
    for (const f of files) if (f && !dates.has(f)) dates.set(f, date);
  }
  return dates;
}

/** The latest of some dates (ISO 8601 strings, offsets allowed), as written; undefined when none is given. */
export function latest(dates: Iterable<string | undefined>): string | undefined {
  let best: string | undefined;
  for (const d of dates) if (d !== undefined && (best === undefined || Date.parse(d) > Date.parse(best))) best = d;
  return best;
}

/** A calendar day as the start of that day in China (UTC+8), where every document of the site was issued: 2022-01-25
 *  → 2022-01-25T00:00:00+08:00. Written with Z, the day began eight hours late and was the day before in the Americas. */
export function chinaDayStart(isoDay: string): string {
  return `${isoDay}T00:00:00+08:00`;
}
