/**
 * Which files of content/practices, content/plans and content/briefings are entries: one list of extensions, used by
 * the collections (src/content.config.ts, Astro's glob loader) and by the content check (src/check/load-corpus.ts), so
 * a file the check reads is always a file the build publishes, and the other way round.
 *
 * Names starting with `_` (set aside by the editor) and `.` (system files such as .DS_Store) are neither read nor
 * published. Any other file with another extension (`.yml`, `.markdown`, `.MD`, `.txt` …) is reported by the check:
 * the build would silently leave it out (or, for a briefing, fail to find it).
 */

/** The folders of content/ whose files are entries, with the extensions each accepts (lower case, exactly). */
const ENTRY_EXTENSIONS = {
  practices: ['.md', '.mdx'],
  plans: ['.md', '.mdx'],
  briefings: ['.yaml'],
} as const satisfies Record<string, readonly string[]>;

export type EntryFolder = keyof typeof ENTRY_EXTENSIONS;

/**
 * The glob patterns of a folder's entries for Astro's glob() loader: `*.{md,mdx}` without the `_`-prefixed names
 * (tinyglobby, which the loader uses, matches those otherwise; dotfiles it leaves out by itself).
 */
export function entryPattern(folder: EntryFolder): string[] {
  const exts = ENTRY_EXTENSIONS[folder].map((e) => e.slice(1));
  return [exts.length === 1 ? `*.${exts[0]}` : `*.{${exts.join(',')}}`, '!_*'];
}

/** Whether a file name is skipped without a word: set aside (`_…`) or a system file (`.…`). */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('_') || name.startsWith('.');
}

/** The entry id of a file name in `folder` (its name without the extension), or undefined when it is not an entry. */
export function entryId(folder: EntryFolder, name: string): string | undefined {
  if (isIgnoredName(name)) return undefined;
  const ext = ENTRY_EXTENSIONS[folder].find((e) => name.endsWith(e) && name.length > e.length);
  return ext ? name.slice(0, -ext.length) : undefined;
}

/** The extensions of a folder as editors read them: `.md 或 .mdx`, `.yaml`. */
export function extensionsText(folder: EntryFolder): string {
  return ENTRY_EXTENSIONS[folder].join(' 或 ');
}

/**
 * What a file of `folder` with a wrong extension was probably meant to be called (`x.yml` → `x.yaml`,
 * `x.MD` / `x.markdown` → `x.md`), or undefined when the file does not look like an entry at all.
 */
export function meantName(folder: EntryFolder, name: string): string | undefined {
  const m = /^(.+)\.([^.]+)$/.exec(name);
  if (!m) return undefined;
  const ext = m[2]!.toLowerCase();
  const to = folder === 'briefings' ? ({ yaml: '.yaml', yml: '.yaml' } as Record<string, string>)[ext] : ({ md: '.md', mdx: '.mdx', markdown: '.md', mdown: '.md', mkd: '.md' } as Record<string, string>)[ext];
  return to ? `${m[1]}${to}` : undefined;
}
