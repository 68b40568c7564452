/**
 * Files and folders in content/ that nothing reads. The collections read content/briefings, practices and plans, the
 * check reads content/taxonomy/<name>.yaml and content/redirects.yaml: a file anywhere else would be left out of the
 * site without a word, so the content check reports it (src/check/load-corpus.ts).
 */
import { isIgnoredName } from '../lib/content-files.ts';
import { editDistance } from '../lib/suggest.ts';

/** The taxonomies, one file each in content/taxonomy/. */
export const TAXONOMY_NAMES = ['regions', 'groups', 'measures', 'indicators', 'synonyms'] as const;
export type TaxonomyName = (typeof TAXONOMY_NAMES)[number];

/** What content/ itself may hold: the entry folders, the taxonomy folder, and the list of moved pages. */
export const CONTENT_ROOT = { folders: ['briefings', 'practices', 'plans', 'taxonomy'], files: ['redirects.yaml'] } as const;

/** The files of content/taxonomy/, one per taxonomy. */
export const TAXONOMY_FILES = TAXONOMY_NAMES.map((n) => `${n}.yaml`);

/** A file or folder that nothing reads, and the name it was probably meant to have. */
export interface StrayEntry {
  name: string;
  dir: boolean;
  meant?: string;
}

/**
 * The entries of a folder that nothing reads, among `allowed` folders and files (`_…` and `.…` names aside): a
 * practice saved in content/practice/ or a taxonomy in content/taxonomy/group.yaml would otherwise be left out of the
 * site without a word. Each is given the allowed name of its kind it is closest to, when there is one: the same name
 * in another case or with `.yml`, or one within two edits of it (practice → practices, redirect.yml → redirects.yaml).
 */
export function strayEntries(
  entries: readonly { name: string; dir: boolean }[],
  allowed: { folders: readonly string[]; files: readonly string[] },
): StrayEntry[] {
  const stem = (name: string) => name.toLowerCase().replace(/\.ya?ml$/, '');
  const out: StrayEntry[] = [];
  for (const { name, dir } of entries) {
    if (isIgnoredName(name) || (dir ? allowed.folders : allowed.files).includes(name)) continue;
    const kind = dir ? allowed.folders : allowed.files;
    let meant: string | undefined;
    let best = 3;
    for (const a of kind) {
      const d = editDistance(stem(name), stem(a));
      if (d < best) [meant, best] = [a, d];
    }
    out.push(meant ? { name, dir, meant } : { name, dir });
  }
  return out;
}
