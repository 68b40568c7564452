/**
 * Files and folders in content/ that nothing reads. The collections read content/briefings, practices and plans, the
 * check reads content/taxonomy/<name>.yaml and content/redirects.yaml: a file anywhere else would be left out of the
 * site without a word, so the content check reports it (src/check/load-corpus.ts).
 */
import { isIgnoredName, type EntryFolder } from '../lib/content-files.ts';
import { editDistance } from '../lib/suggest.ts';
import { briefingSchema } from '../schemas/briefing.ts';
import { planSchema } from '../schemas/plan.ts';
import { practiceSchema } from '../schemas/practice.ts';

/** The taxonomies, one file each in content/taxonomy/. */
const TAXONOMY_NAMES = ['regions', 'groups', 'measures', 'indicators', 'synonyms'] as const;
export type TaxonomyName = (typeof TAXONOMY_NAMES)[number];

/** What content/ itself may hold: the entry folders, the taxonomy folder, and the list of moved pages. */
export const CONTENT_ROOT = { folders: ['briefings', 'practices', 'plans', 'taxonomy'], files: ['redirects.yaml'] } as const;

/** The files of content/taxonomy/, one per taxonomy. */
export const TAXONOMY_FILES = TAXONOMY_NAMES.map((n) => `${n}.yaml`);

/** A file or folder that nothing reads, and the name it was probably meant to have. */
interface StrayEntry {
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

/** The kinds of entry, by the folder each is read from, and what editors call them. */
export const ENTRY_KINDS = {
  practices: { schema: practiceSchema, name: '案例' },
  plans: { schema: planSchema, name: '方案' },
  briefings: { schema: briefingSchema, name: '简报' },
} as const satisfies Record<EntryFolder, unknown>;

const FOLDERS = Object.keys(ENTRY_KINDS) as EntryFolder[];

/** The fields of each kind that no other kind has (a practice's briefing and metrics, a plan's targets and status …). */
const OWN_FIELDS = new Map<EntryFolder, ReadonlySet<string>>(
  FOLDERS.map((f) => {
    const others = FOLDERS.filter((o) => o !== f).flatMap((o) => Object.keys(ENTRY_KINDS[o].schema.shape));
    return [f, new Set(Object.keys(ENTRY_KINDS[f].schema.shape).filter((k) => !others.includes(k)))];
  }),
);

/**
 * The kind of entry a file's data is, by the fields only that kind has: the folder it belongs in, and those fields in
 * the file's order. At least two of them, and more than any other kind's; undefined otherwise (or for data that is no
 * mapping), so that a file with a stray field is judged by its folder's schema, not moved.
 */
export function entryKindOf(data: unknown): { kind: EntryFolder; fields: string[] } | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const keys = Object.keys(data);
  const scored = FOLDERS.map((kind) => ({ kind, fields: keys.filter((k) => OWN_FIELDS.get(kind)!.has(k)) })).sort((a, b) => b.fields.length - a.fields.length);
  const [best, next] = scored;
  return best && best.fields.length >= 2 && best.fields.length > (next?.fields.length ?? 0) ? best : undefined;
}

/**
 * What to tell the editor about a file in folder `folder` whose data is another kind's (a practice copied into
 * content/plans/): what it looks like and where it belongs, or that a file of that name is there already (then this
 * is most likely a stray copy). Undefined when the data is of the folder's kind, or of no clear kind.
 */
export function misplacedEntry(
  folder: EntryFolder,
  name: string,
  data: unknown,
  where: { path: (folder: EntryFolder, name: string) => string; exists: (folder: EntryFolder, name: string) => boolean },
): { kind: EntryFolder; what: string; copy: boolean; looks: string; move: string } | undefined {
  const found = entryKindOf(data);
  if (!found || found.kind === folder) return undefined;
  const what = ENTRY_KINDS[found.kind].name;
  const shown = found.fields.slice(0, 3).join('、') + (found.fields.length > 3 ? ' 等' : '');
  const target = where.path(found.kind, name);
  const copy = where.exists(found.kind, name);
  return {
    kind: found.kind,
    what,
    copy,
    looks: `这个文件看起来是${what}（有${what}才有的字段 ${shown}）`,
    move: copy ? `已有同名文件 ${target}：这一份多半是误复制的，删去它（或与那一份核对后再删）` : `请把它移到 ${target}`,
  };
}
