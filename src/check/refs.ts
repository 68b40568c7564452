/** References between entries: the ids a field may name, an unknown one reported with the id probably meant. */
import { suggestId, type Candidate } from '../lib/suggest.ts';
import type { Problem, RawEntry } from './types.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The id a file name that cannot be an id was meant to be (`Jinyun-2022-05-20` → `jinyun-2022-05-20`, `A_b` → `a-b`):
 * lower case, `_` and spaces as hyphens; undefined when even that is no id (or the name is one already).
 */
export function idFromFileName(name: string): string | undefined {
  if (ID.test(name)) return undefined;
  const id = name.toLowerCase().replace(/[_\s]+/g, '-');
  return ID.test(id) ? id : undefined;
}

export interface Index {
  ids: Set<string>;
  candidates: Candidate[];
  label: string;
  /** Display names shown next to the ids in messages (`huangyan（黄岩区）`), for taxonomy ids. */
  names?: Map<string, string>;
  /** Whether the list of ids is known: false when its file could not be read, so no reference can be checked. */
  known: boolean;
  /**
   * Unknown ids several files name, already told once at the taxonomy file that lacks them (checkRemovedIds,
   * rules/taxonomy.ts): {@link checkRef} does not tell each file again.
   */
  told: Set<string>;
}

/**
 * The ids a reference may name: `items` are the entries that passed their schema (with the names that lead to them,
 * for suggestions); `raw` adds the ids of entries that did not, which exist all the same, so a reference to one is
 * not a second error.
 */
export function indexOf(items: { id: string; names: string[] }[], label: string, raw?: readonly RawEntry[], known = true): Index {
  const ids = new Set(items.map((i) => i.id));
  for (const e of raw ?? []) ids.add(e.id);
  // Taxonomy ids (given with their raw entries) are shown with their names: the first name is the display name.
  const names = raw ? new Map(items.filter((i) => i.names[0]).map((i) => [i.id, i.names[0]!])) : undefined;
  return { ids, candidates: items.map((i) => ({ id: i.id, names: i.names })), label, known, told: new Set(), ...(names ? { names } : {}) };
}

/**
 * The id an unknown reference was probably meant to be, as {@link checkRef} suggests it: not an id the same list
 * already has (`taken`), since after a rename that one is the entry's neighbour, not the one meant.
 */
export function meantRef(value: string, idx: Index, taken: ReadonlySet<string> = new Set()): string | undefined {
  if (!idx.known || idx.ids.has(value)) return undefined;
  return suggestId(value, idx.candidates.filter((c) => !taken.has(c.id)));
}

export function checkRef(
  value: string,
  idx: Index,
  file: string,
  field: string,
  problems: Problem[],
  taken: ReadonlySet<string> = new Set(),
  /** The id meant when the caller knows better than the spelling (a practice renamed without its issue's list). */
  known?: string,
): void {
  if (!idx.known || idx.ids.has(value) || idx.told.has(value)) return;
  // The entry is there under a file name that is no id (Jinyun-….md): its own file's problem says how to rename it.
  if ([...idx.ids].some((id) => idFromFileName(id) === value)) return;
  const named = (id: string) => (idx.names?.has(id) ? `${id}（${idx.names.get(id)}）` : id);
  // A file name that is no id is suggested as the id it is to be renamed to, and listed only as that.
  const meant = known ?? meantRef(value, idx, taken);
  const suggested = meant && (ID.test(meant) ? meant : idFromFileName(meant));
  const hint = suggested && named(suggested);
  const allowed = [...new Set([...idx.ids].map((id) => (ID.test(id) ? id : idFromFileName(id))).filter((id) => id !== undefined))].map(named).join(', ');
  // [a，b] is one value with a Chinese comma in it, not two.
  const comma = /[，、；]/.test(value) ? '列表的各项要用英文逗号“,”分隔（写成 [a, b]），中文逗号会把几项连成一项。' : '';
  // `a - b`: a list item indented further than the one before it is read as the rest of that item's text.
  const joined = / - /.test(value) && value.split(' - ').every((part) => idx.ids.has(part.trim()))
    ? `这是 ${value.split(' - ').map((x) => x.trim()).join('、')} 连成了一项：列表的各行要对齐（每行以同样多的空格加“- ”开头），多缩进的一行会被读成上一项的续行。`
    : '';
  problems.push({
    file,
    field,
    message: joined ? `未知的${idx.label} "${value}"。${joined}` : `未知的${idx.label} "${value}"。${comma}${hint ? `是否想填 ${hint}？` : ''}允许的值：${allowed}`,
  });
}

export function checkDuplicates(entries: { id: string; file: string; at?: string }[], what: string, problems: Problem[]): void {
  const seen = new Map<string, string>();
  for (const e of entries) {
    const prev = seen.get(e.id);
    if (prev) problems.push({ file: e.file, field: `${e.at ?? ''}${e.at ? '.' : ''}id`, message: `重复的${what} id "${e.id}"（已在 ${prev} 中使用）` });
    else seen.set(e.id, e.file + (e.at ?? ''));
  }
}
