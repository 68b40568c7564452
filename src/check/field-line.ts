/**
 * Where a problem's field is in its file: `metrics[2].unit` → the line of that `unit:` key, so that a message can
 * start `content/practices/x.md:14:` (editors and terminals open the file at that line), and the ordinal of each list
 * index, since editors count items from 1 (the page's anchors are #m-1, #m-2 …) and the field path from 0.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { frontmatterParts } from '../lib/frontmatter.ts';

/** `metrics[2].unit` → ['metrics', 2, 'unit']; `[3].parent` → [3, 'parent']; undefined for anything else. */
export function parseFieldPath(field: string): (string | number)[] | undefined {
  const path: (string | number)[] = [];
  const re = /\[(\d+)\]|\.?([A-Za-z_][\w-]*)/y;
  let i = 0;
  while (i < field.length) {
    re.lastIndex = i;
    const m = re.exec(field);
    if (!m) return undefined;
    path.push(m[1] !== undefined ? Number(m[1]) : m[2]!);
    i = re.lastIndex;
  }
  return path.length ? path : undefined;
}

/**
 * The line (1-based, of the whole file) of the deepest part of `field` present in the YAML of `text` (a `.yaml` file,
 * or the frontmatter of a Markdown file); undefined when the field is not a path or the YAML cannot be read.
 */
export function fieldLine(text: string, field: string): number | undefined {
  const path = parseFieldPath(field);
  if (!path) return undefined;
  const fm = frontmatterParts(text);
  const yaml = fm ? fm.yaml : text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter });
  if (doc.errors.length) return undefined;
  let node: unknown = doc.contents;
  let at: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      at = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      const item = node.items[key] as { range?: [number, number, number] };
      at = item.range?.[0];
      node = item;
    } else break;
  }
  return at === undefined ? undefined : lineCounter.linePos(at).line + (fm ? 1 : 0);
}

/** `metrics[2].unit` → `metrics 第 3 项`; `groups[1].measures[0].no` → `groups 第 2 项，measures 第 1 项`; '' without indices. */
export function fieldOrdinals(field: string): string {
  return [...field.matchAll(/([A-Za-z_][\w-]*)?\[(\d+)\]/g)].map((m) => `${m[1] ? `${m[1]} ` : ''}第 ${Number(m[2]) + 1} 项`).join('，');
}

/** A key at a YAML line's start (after its indent and list dash): `issuer:`, `- id:`. */
const KEY_AT_START = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)/;

/**
 * The field a line (1-based) of a YAML file belongs to, for a message about a line the file cannot be parsed at (a
 * Tab, a broken quote): `issuer`, `practices[1]`, `editorNote` for a line of its text, in a file that is a list (a
 * taxonomy file) `[3].aliases`. Read from the lines' shapes, since the file does not parse; a Tab counts as indent,
 * and a line's own key wins over the field above it (`⇥issuer:` is issuer, whatever its indent). Undefined when
 * the line is in no field.
 */
export function fieldAtLine(text: string, line: number): string | undefined {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').slice(0, line);
  if (lines.length < line) return undefined;
  const stripped = (l: string) => l.replace(/^[ \t]+/, '');
  const dash = /^-(?:[ \t]+|$)/;
  // A list file: its items begin with `- ` at the margin; the line's key is its own, or the item's nearest above.
  if (lines.some((l) => dash.test(l)) && !lines.some((l) => KEY_AT_START.test(l))) {
    const item = lines.filter((l) => dash.test(l)).length - 1;
    if (item < 0) return undefined;
    for (let i = lines.length - 1; i >= 0; i--) {
      const key = KEY_AT_START.exec(stripped(lines[i]!).replace(dash, ''))?.[1];
      if (key) return `[${item}].${key}`;
      if (dash.test(lines[i]!)) break;
    }
    return `[${item}]`;
  }
  const own = stripped(lines[line - 1]!);
  const ownKey = dash.test(own) ? undefined : KEY_AT_START.exec(own)?.[1];
  if (ownKey) return ownKey;
  for (let i = line - 2; i >= 0; i--) {
    const key = KEY_AT_START.exec(lines[i]!)?.[1];
    if (!key) continue;
    if (!dash.test(own)) return key;
    // An item of the key's list: counted from the key down.
    const item = lines.slice(i + 1, line).filter((l) => dash.test(stripped(l))).length - 1;
    return `${key}[${item}]`;
  }
  return undefined;
}
