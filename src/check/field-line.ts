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

/** The name a line the parser stopped at begins with, where its colon is missing or mistyped: `title 某县`, `title：…`, `region:x`. */
const KEY_WITHOUT_COLON = /^([A-Za-z_][\w-]*)(?=[ \t:：]|$)/;

/** A block text's marker after a key (`editorNote: |-`, `quote: >`): the lines indented below it are its text. */
const BLOCK_TEXT = /^[|>][-+0-9]*[ \t]*(?:#.*)?$/;

/** The column a line's text starts at, a Tab taken to the next multiple of 4 (YAML refuses Tabs; editors show them so). */
function indentOf(line: string): { col: number; rest: string } {
  let col = 0;
  let i = 0;
  for (; i < line.length; i++) {
    if (line[i] === ' ') col++;
    else if (line[i] === '\t') col += 4 - (col % 4);
    else break;
  }
  return { col, rest: line.slice(i) };
}

/** A key or a list item open above a line: its column, its part of the field path, and what may be below it. */
interface Open {
  col: number;
  seg: string | number;
  /** A key with its value on its line, or an item that is a value: a line indented below it continues the value. */
  leaf: boolean;
  /** A key whose value is a block text (|, >): every line indented below it is its text, whatever it looks like. */
  block: boolean;
  /** A key's list items counted so far. */
  items: number;
}

/**
 * The field a line (1-based) of a YAML text belongs to, for a message about a line the text cannot be parsed at (a
 * Tab, a broken quote, a bad indent): `issuer`, `practices[1]`, `editorNote` for a line of its text,
 * `metrics[2].quote` for a key of a list's item, in a text that is a list (a taxonomy file) `[3].aliases`. Read from
 * the lines' indents and shapes, since the text does not parse: a Tab counts as indent, a key indented too far or
 * too little is its item's (the parser's mistake to tell, not its place), and the line's own name is its field even
 * without its colon (`title 某县`, `title：某县`). Undefined when the line is in no field.
 */
export function fieldAtLine(text: string, line: number): string | undefined {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').slice(0, line);
  if (lines.length < line) return undefined;
  const open: Open[] = [];
  let rootItems = 0;
  const key = (col: number, name: string, value: string) =>
    open.push({ col, seg: name, leaf: value !== '' && !value.startsWith('#') && !BLOCK_TEXT.test(value), block: BLOCK_TEXT.test(value), items: 0 });
  for (let n = 0; n < line; n++) {
    const { col, rest } = indentOf(lines[n]!);
    if (rest === '' || rest.startsWith('#')) continue;
    const top = open.at(-1);
    const dash = /^-(?:[ \t]+|$)/.exec(rest);
    const keyed = dash ? undefined : KEY_AT_START.exec(rest);
    const last = n === line - 1;
    // A line of a block text, or of a value run on below its key or item (a long title, an unclosed [ …).
    if (top && col > top.col && (top.block || (top.leaf && !dash && !keyed))) continue;
    // A line that is no key and no item, not under a value: where the parser stopped, a key without its colon.
    const name = keyed?.[1] ?? (dash || !last ? undefined : KEY_WITHOUT_COLON.exec(rest)?.[1]);
    if (!dash && name === undefined) continue;
    while (open.at(-1)?.leaf) open.pop();
    if (dash) {
      while (open.length && (open.at(-1)!.col > col || (open.at(-1)!.col === col && typeof open.at(-1)!.seg === 'number'))) open.pop();
      const list = open.at(-1);
      const index = list ? list.items++ : rootItems++;
      const after = rest.slice(dash[0].length);
      const inner = KEY_AT_START.exec(after);
      open.push({ col, seg: index, leaf: !inner && after !== '' && !after.startsWith('#') && !BLOCK_TEXT.test(after), block: !inner && BLOCK_TEXT.test(after), items: 0 });
      if (inner) key(col + dash[0].length, inner[1]!, after.slice(inner[0].length).trim());
      continue;
    }
    // A key at an item's column, the item indented under its list's key, is the item's (indented too little).
    const keeps = (o: Open, i: number) => o.col < col || (o.col === col && typeof o.seg === 'number' && i > 0 && open[i - 1]!.col < col);
    while (open.length && !keeps(open.at(-1)!, open.length - 1)) open.pop();
    key(col, name!, keyed ? rest.slice(keyed[0].length).trim() : '');
  }
  const path = open.map((o) => (typeof o.seg === 'number' ? `[${o.seg}]` : `.${o.seg}`)).join('').replace(/^\./, '');
  return path || undefined;
}
