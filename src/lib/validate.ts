/**
 * The content check: every rule a page must satisfy before it is published, as one pure function over the raw files.
 * `npm run check` prints its problems; the build runs it first (src/integrations/content-check.ts) and stops on any.
 * Each problem names the file, the field, what was found and what is allowed.
 */
import { createHash } from 'node:crypto';
import type { z } from 'astro/zod';
import { briefingSchema } from '../schemas/briefing.ts';
import { planSchema } from '../schemas/plan.ts';
import { practiceSchema } from '../schemas/practice.ts';
import { redirectSchema } from '../schemas/redirect.ts';
import { groupSchema, idSchema, indicatorSchema, measureSchema, regionSchema, synonymSchema } from '../schemas/taxonomy.ts';
import { linksOf, pageAnchors, slugOf, unsafeHtml } from './body-links.ts';
import { coverage } from './coverage.ts';
import { markupIn, normalizeBody, normalizeMarkdown, normalizeSource, paragraphsWithLines, reducedParagraphs, SourceIndex, stripInlineMarkup, unfaithful, type Correction } from './fidelity.ts';
import { KIND_LABEL, qualifiers, type MetricLike } from './metrics.ts';
import { mdxProblems } from './mdx-check.ts';
import { squeeze } from '../ingest/clean.ts';
import { comparableSeed, flatText, printedField, printedIssue, type FlatText, type PrintedIssue } from './seed-text.ts';
import { findNumbers, quoteStates, RANGE_JOIN, tidy, toHalfWidth, writtenUnit, type FoundNumber } from './numbers.ts';
import { suggestId, type Candidate } from './suggest.ts';
import { hasLabelPlaceholder, type IngestComment } from './ingest-leftovers.ts';
import { describeVariants, findLoose } from './char-variants.ts';
import { isKnownPlace, leadingPlaceName, unknownPlaceMessage } from './place-names.ts';

/** One file's parsed data as read from disk, before validation. */
export interface RawEntry {
  /** Path shown in messages, relative to the project (e.g. `content/practices/yuhuan-three-drives.md`). */
  file: string;
  /** Entry id: file name without extension, or the `id` field of a taxonomy item. */
  id: string;
  /** Where in the file the entry is, for taxonomy items (`[3]`); empty for whole files. */
  at?: string;
  data: unknown;
  /** Markdown body, for practices and plans. */
  body?: string;
  /** Line of the file on which the body begins (1 when omitted), so body problems name the file's own line. */
  bodyLine?: number;
  /**
   * The file could not be read (its YAML is broken): that problem is already recorded, so the entry is not validated,
   * but its id still exists, so references to it are not reported as unknown.
   */
  unreadable?: boolean;
  /** Comments `npm run ingest` left in the file's YAML (`# 待核对：…`), with their lines; a published page has none. */
  comments?: readonly IngestComment[];
}

export interface RawCorpus {
  regions: RawEntry[];
  groups: RawEntry[];
  measures: RawEntry[];
  indicators: RawEntry[];
  /** Search synonyms (content/taxonomy/synonyms.yaml). */
  synonyms: RawEntry[];
  briefings: RawEntry[];
  practices: RawEntry[];
  plans: RawEntry[];
  /** Names of the files in seeds/, to check `source` fields; omitted to skip that check. */
  seedFiles?: readonly string[];
  /**
   * The text of a file of seeds/ (decoded as the ingest decodes it), or why it cannot be read: every body is then
   * compared with its source (src/lib/fidelity.ts). Omitted, or undefined for a name, to skip that check.
   */
  readSeed?: (name: string) => { text: string } | { error: string } | undefined;
  /** SHA-256 (hex) of a seed's bytes; undefined when it cannot be read. */
  seedSha256?: (name: string) => string | undefined;
  /**
   * Taxonomy files that could not be read (missing, broken YAML, not a list): references to their ids are not checked,
   * since every one would be reported as unknown with an empty list of allowed values.
   */
  unreadableTaxonomies?: readonly ('regions' | 'groups' | 'measures' | 'indicators' | 'synonyms')[];
  /** A key of a seed's bytes (a hash), for memoized results about it; omitted to compute them every time. */
  seedKey?: (name: string) => string | undefined;
  /** Results kept between runs of the check (a seed's reduced text, what it prints), by keys that include seedKey. */
  memo?: { get: (key: string) => unknown; set: (key: string, value: unknown) => void };
  /** content/redirects.yaml as read (undefined data when it could not be read), when the file exists. */
  redirects?: { file: string; data: unknown };
}

/** The sentence of `body` that holds `quote` (between 。；！？ or line breaks), or undefined when it is not there. */
function sentenceAround(body: string, quote: string): string | undefined {
  const at = body.indexOf(quote);
  if (at < 0) return undefined;
  let start = at;
  while (start > 0 && !/[。；！？\n]/.test(body[start - 1]!)) start--;
  let end = at + quote.length;
  while (end < body.length && !/[。；！？\n]/.test(body[end]!)) end++;
  return body.slice(start, end).trim();
}

/**
 * The one year the sentence of `quote` names before the figure or in the quote (到2025年，…), with the sentence;
 * undefined when it names none, several, or a span (2019—2020年, 2021年以来). With `opening`, only a year that opens a
 * clause counts (2021年，该市…), not one that qualifies another figure (从 2013年的 42654户 减少到当前的 6537户).
 */
export function sentenceYear(body: string, quote: string, opening = false): { year: number; sentence: string } | undefined {
  const sentence = sentenceAround(body, quote);
  if (!sentence) return undefined;
  const upTo = sentence.slice(0, sentence.indexOf(quote) + quote.length);
  const pattern = opening
    ? /(?<![\d—–\-~～至到])((?:19|20)\d\d)\s*年(?:度|底|末)?\s*[，,]/g
    : /(?<![\d—–\-~～至到])((?:19|20)\d\d)\s*年(?!\s*(?:以来|至今|起|[—–\-~～至到]))/g;
  const spans = /(?:19|20)\d\d\s*年?\s*[—–\-~～至到]\s*(?:19|20)\d\d|(?:19|20)\d\d\s*年\s*(?:以来|至今|起)/.test(upTo);
  const years = [...new Set(Array.from(upTo.matchAll(pattern), (y) => y[1]!))];
  return years.length === 1 && !spans ? { year: Number(years[0]), sentence } : undefined;
}

/** Whether the clause of `quote` (from the comma before it) calls its figure a running total (累计). */
function runningTotal(body: string, quote: string): boolean {
  const at = body.indexOf(quote);
  if (at < 0) return false;
  const before = body.slice(0, at);
  const from = Math.max(...['，', ',', '；', '。', '\n'].map((c) => before.lastIndexOf(c)));
  return body.slice(from + 1, at + quote.length).includes('累计');
}

export interface Problem {
  file: string;
  field: string;
  message: string;
  /** The file's line, when the problem is on a line that no field path locates (a comment, say). */
  line?: number;
}

/**
 * A link from a body to a #fragment of a page whose ids depend on its template (a briefing, a region, /metrics/ …),
 * not on content the check can read: it is checked against the built page (src/integrations/content-check.ts).
 */
export interface RenderedFragment {
  file: string;
  /** Line of the file. */
  line: number;
  /** The link as written, e.g. `/metrics/#i-new-urban-jobs`. */
  href: string;
}

/** Formats a problem as one line: `file: field: message`. */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

type Parsed<S extends z.ZodType> = { entry: RawEntry; data: z.infer<S> };

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
}

type SchemaDef = { type?: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType };

/** The schema of the value at `path` inside a value of `schema` (through objects, arrays, optional, default, pipes). */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  let i = 0;
  while (s) {
    const def: SchemaDef | undefined = (s as unknown as { _zod?: { def?: SchemaDef } })._zod?.def;
    if (!def) return undefined;
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe') s = def.in;
    else if (i === path.length) return s;
    else if (def.type === 'object') s = def.shape?.[String(path[i++])];
    else if (def.type === 'array' && typeof path[i] === 'number') {
      s = def.element;
      i++;
    } else return undefined;
  }
  return undefined;
}

/** The fields of the object schema at `path` inside `schema`, in their order. */
function shapeKeys(schema: z.ZodType, path: readonly PropertyKey[] = []): string[] {
  const def = (schemaAt(schema, path) as unknown as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** The allowed field an unknown one was probably meant to be (units → unit), by spelling or case. */
function meantField(key: string, allowed: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const same = allowed.find((a) => a.toLowerCase() === lower);
  if (same) return same;
  return suggestId(key, allowed.map((id) => ({ id, names: [] })));
}

/** The value at `path` inside `data`, to show what an editor wrote. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** A value as the editor wrote it, with what kind of value it is: `文字 “609”`, `数字 3`, `列表 [a, b]`. */
export function describeValue(v: unknown): string {
  const cut = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);
  if (v === null) return '空值';
  if (typeof v === 'string') return `文字 “${cut(v)}”`;
  if (typeof v === 'number') return `数字 ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  if (v instanceof Date) return `日期 ${Number.isFinite(v.getTime()) ? v.toISOString().slice(0, 10) : String(v)}`;
  if (Array.isArray(v)) return `列表 ${cut(JSON.stringify(v))}`;
  return `键值对 ${cut(JSON.stringify(v) ?? String(v))}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: 'true 或 false',
  array: '列表（写成 [a, b]，或每项一行、以 - 开头）',
  object: '键值对（每行一个 字段: 值）',
  date: '日期（YYYY-MM-DD）',
};

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * A schema issue in the editor's words. Messages the schemas set themselves (in Chinese) are kept; Zod's own English
 * ones are replaced, by issue code, with what is wrong, what was found and what is allowed.
 */
/** What an option of a fixed list means, shown beside it: the metric kinds as the pages call them. */
const OPTION_NAMES: Record<string, string> = { ...KIND_LABEL };

export function issueMessage(issue: z.core.$ZodIssue, value: unknown): string {
  // A schema's own message is in Chinese; Zod's English ones quote the values they list ("市"|"区"), which may be
  // Chinese: those quoted values do not make a message Chinese.
  if (CJK.test(issue.message.replace(/"[^"]*"/g, ''))) return issue.message;
  const i = issue as z.core.$ZodIssue & { expected?: string; origin?: string; minimum?: number | bigint; maximum?: number | bigint; inclusive?: boolean; values?: unknown[] };
  const quoted = typeof value === 'string' ? `“${value}”` : typeof value === 'number' ? String(value) : describeValue(value);
  switch (issue.code) {
    case 'invalid_type': {
      const name = TYPE_NAMES[i.expected ?? ''] ?? String(i.expected);
      const want = /^[a-z]/i.test(name) ? ` ${name}` : name;
      if (value === undefined) return `缺少必填字段（应为${want.replace(/（.*$/, '')}）`;
      let hint = '';
      if ((i.expected === 'number' || i.expected === 'int') && typeof value === 'string' && /^\s*-?[\d.]+\s*$/.test(value)) hint = '（数字不加引号）';
      if (i.expected === 'int' && typeof value === 'number') return `应为整数，收到数字 ${value}`;
      return `应为${want}，收到${describeValue(value)}${hint}`;
    }
    case 'too_small': {
      const min = Number(i.minimum);
      if (i.origin === 'string') {
        if (min <= 1 || (typeof value === 'string' && value.trim() === '')) return '不能为空';
        return `至少 ${min} 个字符，收到 ${quoted}（${[...String(value)].length} 个字符）`;
      }
      if (i.origin === 'array' || i.origin === 'set') return `至少 ${min} 项${min === 1 ? '，不能为空列表' : ''}`;
      return `${i.inclusive === false ? '应大于' : '不能小于'} ${min}，收到 ${quoted}`;
    }
    case 'too_big': {
      const max = Number(i.maximum);
      if (i.origin === 'string') return `最多 ${max} 个字符，收到 ${[...String(value)].length} 个字符`;
      if (i.origin === 'array' || i.origin === 'set') return `最多 ${max} 项`;
      return `${i.inclusive === false ? '应小于' : '不能大于'} ${max}，收到 ${quoted}`;
    }
    case 'invalid_value':
      return `只能是以下之一：${(i.values ?? []).map((v) => (OPTION_NAMES[String(v)] ? `${String(v)}（${OPTION_NAMES[String(v)]}）` : String(v))).join('、')}，收到 ${quoted}`;
    case 'invalid_format':
    case 'invalid_union':
      return `格式不对，收到 ${quoted}`;
    case 'not_multiple_of':
      return `取值不符合要求，收到 ${quoted}`;
    default:
      return `取值不对，收到 ${quoted}`;
  }
}

/** Parses every entry with its schema; schema errors become problems, valid entries are returned. */
function parseAll<S extends z.ZodType>(entries: RawEntry[], schema: S, problems: Problem[]): Parsed<S>[] {
  const out: Parsed<S>[] = [];
  for (const entry of entries) {
    if (entry.unreadable) continue;
    const r = schema.safeParse(entry.data);
    if (r.success) {
      out.push({ entry, data: r.data });
      continue;
    }
    for (const issue of r.error.issues) {
      let field = (entry.at ?? '') + (entry.at && issue.path.length ? '.' : '') + fieldPath(issue.path);
      let message: string;
      if (issue.code === 'unrecognized_keys') {
        const keys = (issue as unknown as { keys: string[] }).keys;
        field = (entry.at ?? '') + (entry.at ? '.' : '') + fieldPath([...issue.path, keys.join(',')]);
        const allowed = shapeKeys(schema, issue.path);
        const meant = keys.map((k) => [k, meantField(k, allowed)] as const).filter(([, m]) => m !== undefined);
        const hint = meant.length === 0 ? '' : meant.length === 1 && keys.length === 1 ? `是否想填 ${meant[0]![1]}？` : `是否想填 ${meant.map(([k, m]) => `${m}（而不是 ${k}）`).join('、')}？`;
        // A key indented with a full-width space (an input method's space) is read as a key of its own, “　region”.
        const wide = keys.filter((k) => k.startsWith('\u3000'));
        const indent = wide.length ? `字段名${wide.map((k) => `“${k}”`).join('、')}以全角空格开头：YAML 的缩进只能用半角空格，请把行首的全角空格改成半角空格。` : '';
        // A YAML merge key (<<: *anchor) is read as a key named <<: the check reads YAML 1.2, which has none.
        const merge = keys.includes('<<') ? 'YAML 的合并写法（<<: *锚点）本站不支持：请把要合并的各项逐一写出。' : '';
        message = merge || `未知字段 ${keys.join(', ')}。${indent}${hint}允许的字段：${allowed.join(', ')}`;
      } else {
        message = issueMessage(issue, valueAt(entry.data, issue.path));
      }
      problems.push({ file: entry.file, field, message });
    }
  }
  return out;
}

interface Index {
  ids: Set<string>;
  candidates: Candidate[];
  label: string;
  /** Display names shown next to the ids in messages (`huangyan（黄岩区）`), for taxonomy ids. */
  names?: Map<string, string>;
  /** Whether the list of ids is known: false when its file could not be read, so no reference can be checked. */
  known: boolean;
}

/**
 * The ids a reference may name: `items` are the entries that passed their schema (with the names that lead to them,
 * for suggestions); `raw` adds the ids of entries that did not, which exist all the same, so a reference to one is
 * not a second error.
 */
function indexOf(items: { id: string; names: string[] }[], label: string, raw?: readonly RawEntry[], known = true): Index {
  const ids = new Set(items.map((i) => i.id));
  for (const e of raw ?? []) ids.add(e.id);
  // Taxonomy ids (given with their raw entries) are shown with their names: the first name is the display name.
  const names = raw ? new Map(items.filter((i) => i.names[0]).map((i) => [i.id, i.names[0]!])) : undefined;
  return { ids, candidates: items.map((i) => ({ id: i.id, names: i.names })), label, known, ...(names ? { names } : {}) };
}

function checkRef(value: string, idx: Index, file: string, field: string, problems: Problem[], taken: ReadonlySet<string> = new Set()): void {
  if (!idx.known || idx.ids.has(value)) return;
  const named = (id: string) => (idx.names?.has(id) ? `${id}（${idx.names.get(id)}）` : id);
  // Not an id the same list already has: after a rename, that one is the entry's neighbour, not the one meant.
  const suggested = suggestId(value, idx.candidates.filter((c) => !taken.has(c.id)));
  const hint = suggested && named(suggested);
  const allowed = [...idx.ids].map(named).join(', ');
  // [a，b] is one value with a Chinese comma in it, not two.
  const comma = /[，、；]/.test(value) ? '列表的各项要用英文逗号“,”分隔（写成 [a, b]），中文逗号会把几项连成一项。' : '';
  problems.push({
    file,
    field,
    message: `未知的${idx.label} "${value}"。${comma}${hint ? `是否想填 ${hint}？` : ''}允许的值：${allowed}`,
  });
}

function checkDuplicates(entries: { id: string; file: string; at?: string }[], what: string, problems: Problem[]): void {
  const seen = new Map<string, string>();
  for (const e of entries) {
    const prev = seen.get(e.id);
    if (prev) problems.push({ file: e.file, field: `${e.at ?? ''}${e.at ? '.' : ''}id`, message: `重复的${what} id "${e.id}"（已在 ${prev} 中使用）` });
    else seen.set(e.id, e.file + (e.at ?? ''));
  }
}

/** Units that count the same thing: 名 and 人 are both persons; 人/次 is 人次. */
export function sameUnit(a: string, b: string): boolean {
  const norm = (u: string) => u.replace(/\//g, '').replace(/^名/, '人').replace(/^位/, '人');
  return norm(a) === norm(b);
}

/** Where `text` has spaces before or after it, in words (`开头有 1 个全角空格`), or '' when it has none. */
export function edgeSpaces(text: string): string {
  const describe = (spaces: string) => {
    const wide = [...spaces].filter((c) => c === '\u3000').length;
    const narrow = spaces.length - wide;
    return [wide ? `${wide} 个全角空格` : '', narrow ? `${narrow} 个${/^[ ]*$/.test(spaces.replace(/\u3000/g, '')) ? '半角空格' : '空白字符'}` : ''].filter(Boolean).join('和 ');
  };
  const lead = /^\s*/.exec(text)![0];
  const trail = text.trim() === '' ? '' : /\s*$/.exec(text)![0];
  return [lead ? `开头有 ${describe(lead)}` : '', trail ? `结尾有 ${describe(trail)}` : ''].filter(Boolean).join('，');
}

/** `text`, cut to `n` characters with “…” when longer. */
function cutText(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n)}…` : text;
}

/** Characters that do not show in an editor, with their names. */
const INVISIBLE_NAMES: Record<string, string> = {
  '\u200b': '零宽空格',
  '\u200c': '零宽不连字',
  '\u200d': '零宽连字',
  '\u200e': '从左到右标记',
  '\u200f': '从右到左标记',
  '\u2060': '词连接符',
  '\ufeff': '零宽不换行空格（BOM）',
  '\u00a0': '不换行空格',
  '\u00ad': '软连字符',
};
const INVISIBLE = new RegExp(`[${Object.keys(INVISIBLE_NAMES).join('')}]`, 'u');

/** The first invisible character of `text` as U+XXXX and its name, e.g. `U+200B（零宽空格）`; undefined when none. */
export function invisibleIn(text: string): string | undefined {
  const ch = INVISIBLE.exec(text)?.[0];
  return ch ? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}（${INVISIBLE_NAMES[ch]}）` : undefined;
}

/** A footnote mark in a body ([^1]); the marks, for removing. */
const FOOTNOTE_REF = /\[\^[^\]]+\](?!:)/;
const FOOTNOTE_REFS = /\[\^[^\]]+\](?!:)/g;

/** How often `quote` is written in `body` (or, when only found without markup, in `visible()`, the text a reader sees). */
function occurrencesOf(body: string, quote: string, visible: () => string): number {
  const count = (text: string) => (quote ? text.split(quote).length - 1 : 0);
  return count(body) || count(visible());
}

/**
 * The range a quote gives around a figure (5000元到1万元, 3—5个, 10至20家), when `value` is one of its ends; undefined
 * otherwise. The first end's unit, if written, must be the second's (2020年的45%提高到2021年 is no range).
 */
export function rangeIn(quote: string, value: number): string | undefined {
  const s = toHalfWidth(quote);
  const re = new RegExp(`(\\d+(?:\\.\\d+)?)[ \\u3000]*([万亿]?)([^\\d\\s到至～~—–－\\-]{0,2})[ \\u3000]*${RANGE_JOIN}[ \\u3000]*(\\d+(?:\\.\\d+)?)[ \\u3000]*([万亿]?)(\\S{0,2})`, 'gu');
  const scale = (big: string) => (big === '万' ? 1e4 : big === '亿' ? 1e8 : 1);
  for (const m of s.matchAll(re)) {
    const [all, a, bigA = '', unitA = '', b, bigB = '', after = ''] = m;
    if (unitA && !after.startsWith(unitA)) continue;
    const ends = [tidy(Number(a) * scale(bigA || (unitA ? '' : bigB))), tidy(Number(b) * scale(bigB))];
    // Shown up to the second end's unit (3—5个, not 3—5个工).
    if (ends.includes(tidy(value))) return (all.slice(0, all.length - after.length) + after.slice(0, unitA ? unitA.length : /^[^\p{P}\s]/u.test(after) ? 1 : 0)).trim();
  }
  return undefined;
}

const PAGE_NUMBER = /^[\s\u3000]*(?:[—–\-－]\s*\d+\s*[—–\-－]|第\s*\d+\s*页)[\s\u3000]*$/;

/**
 * Extraction artifacts left in a body: page-number lines and paragraphs broken across lines. `firstLine` is the
 * file's line on which the body begins, so the lines named are the file's own.
 */
export function bodyArtifacts(body: string, firstLine = 1): { line: number; message: string }[] {
  const out: { line: number; message: string }[] = [];
  const lines = body.split('\n');
  const n = (i: number) => i + firstLine;
  lines.forEach((line, i) => {
    if (PAGE_NUMBER.test(line)) out.push({ line: n(i), message: `第 ${n(i)} 行是页码（${line.trim()}），应删除` });
  });
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    const isText = (s: string) => s.trim() !== '' && !/^\s*(#|\||[-*+]\s|\d+\.\s|>|\[\^|import |export |<|```|~~~)/.test(s);
    if (isText(a) && isText(b) && !/[。！？：；”）)」』]$/.test(a.trim())) {
      out.push({ line: n(i), message: `第 ${n(i)} 行在句中断行（“…${a.trim().slice(-12)}”），段落内的行应合并` });
    }
  }
  return out;
}

/**
 * Markdown structure a page cannot have: a second title (`# ` in the body; the page's h1 is its title), a footnote
 * mark with no footnote (it shows as “[^1]”), and, in a practice, a paragraph that stops mid-sentence — a heading
 * written without ##, or a sentence cut in two by a blank line. (Plans keep their signature and 责任单位 lines,
 * which end without punctuation.) A fenced block, or in Markdown (`markdown`; MDX has no indented code) a line
 * indented four spaces or a tab outside a list, is shown as code: the sources have none.
 */
export function bodyStructure(body: string, firstLine = 1, kind: 'practices' | 'plans' = 'practices', markdown = true): { line: number; message: string }[] {
  const out: { line: number; message: string }[] = [];
  const lines = body.split('\n');
  const n = (i: number) => i + firstLine;
  const defined = new Set([...body.matchAll(/^\s*\[\^([^\]]+)\]:/gm)].map((m) => m[1]));
  let fenced = false;
  // Whether the lines are inside a list or a footnote, where indented lines continue the item (not code).
  let inItem = false;
  lines.forEach((line, i) => {
    const fence = /^ {0,3}(```|~~~)/.exec(line);
    if (fence && !fenced) {
      out.push({ line: n(i), message: `第 ${n(i)} 行的 ${fence[1]} 会把后面的文字显示成代码块（等宽字体的灰框，不分段）：正文来自原文，不会有代码。删除 ${fence[1]} 这一行（和它后面配对的那一行）` });
    }
    if (fence) fenced = !fenced;
    if (fenced) return;
    if (markdown && line.trim() !== '') {
      const indent = /^[ \t]*/.exec(line)![0];
      const code = indent.includes('\t') || indent.length >= 4;
      const afterBlank = i === 0 || lines[i - 1]!.trim() === '';
      if (code && afterBlank && !inItem) {
        out.push({
          line: n(i),
          message: `第 ${n(i)} 行：这一行缩进了（行首有${indent.includes('\t') ? ' Tab' : ` ${indent.length} 个空格`}），会显示成代码块；删除行首空格（“${line.trim().slice(0, 16)}…”）`,
        });
      } else if (!code) {
        if (/^\s*([-*+]|\d+[.)])\s|^\s*\[\^[^\]]+\]:/.test(line)) inItem = true;
        else if (afterBlank) inItem = false;
      }
    }
    // `##二、…` (no space after the marks, or a full-width one) is no heading: the page shows the # marks as text.
    const marks = /^ {0,3}(#{1,6})(?![ \t#]|$)/.exec(line);
    if (marks) {
      const wide = line.charAt(marks[0].length) === '\u3000';
      const text = line.slice(marks[0].length).replace(/^\u3000+/, '');
      out.push({
        line: n(i),
        message: `第 ${n(i)} 行：# 号后要有一个空格${wide ? '（半角空格，这里是全角空格“　”）' : ''}：“${cutText(line.trim(), 30)}”不会成为标题，页面上会显示 # 号。写成“${marks[1]} ${cutText(text, 30)}”`,
      });
    }
    if (/^#\s/.test(line)) out.push({ line: n(i), message: `第 ${n(i)} 行是一级标题（# ${line.slice(2, 14).trim()}…）：页面的一级标题是 title，正文里的小标题用 ## 或 ###` });
    for (const m of line.matchAll(/\[\^([^\]]+)\](?!:)/g)) {
      if (!defined.has(m[1]!)) out.push({ line: n(i), message: `第 ${n(i)} 行的注释标记 [^${m[1]}] 没有对应的注释（[^${m[1]}]: …）：页面上会原样显示“[^${m[1]}]”。补上注释，或删去标记` });
    }
  });
  out.push(...headingProblems(lines, n));
  if (kind === 'practices') {
    for (const p of paragraphsWithLines(body)) {
      const text = p.text.trim();
      if (/^(#|\||[-*+]\s|\d+\.\s|>|\[\^|<|```|~~~|!\[)/.test(text) || PAGE_NUMBER.test(text)) continue;
      if (!/[。！？；：”’）)」』\]]$/.test(text)) {
        out.push({ line: n(p.line - 1), message: `第 ${n(p.line - 1)} 行这一段没有以句号等标点结束（“…${text.slice(-12)}”）：是小标题就写成“## ${text.length <= 30 ? text : '…'}”；是被空行断开的句子，就与下一段接起来` });
      }
    }
  }
  return out;
}

/** The numbering styles of headings, with how an editor recognises each. */
const HEADING_STYLES: [RegExp, string][] = [
  [/^[一二三四五六七八九十]{1,3}、/, '一、二、'],
  [/^[（(][一二三四五六七八九十]{1,3}[)）]/, '（一）（二）'],
  [/^\d{1,2}[.．、](?!\d)/, '1. 2.'],
];

/**
 * Headings of one body (its `lines`, outside code fences; `n` turns an index into the file's line): headings numbered
 * alike (一、 二、 / （一）（二） / 1. 2.) are of one level, the level most of them have; and a heading of more than
 * 40 characters, or ending with 。, is a paragraph made a heading by mistake.
 */
export function headingProblems(lines: readonly string[], n: (i: number) => number): { line: number; message: string }[] {
  const out: { line: number; message: string }[] = [];
  const styled = new Map<string, { i: number; level: number; text: string }[]>();
  let fenced = false;
  lines.forEach((line, i) => {
    if (/^ {0,3}(```|~~~)/.test(line)) fenced = !fenced;
    const h = fenced ? null : /^ {0,3}(#{2,6})[ \t]+(.*?)[ \t#]*$/.exec(line);
    if (!h) return;
    const level = h[1]!.length;
    const text = h[2]!;
    const style = HEADING_STYLES.find(([re]) => re.test(text))?.[1];
    if (style) styled.set(style, [...(styled.get(style) ?? []), { i, level, text }]);
    const length = [...text].length;
    if (length > 40 || /。$/.test(text)) {
      out.push({
        line: n(i),
        message: `第 ${n(i)} 行：标题“${cutText(text, 20)}”${length > 40 ? `有 ${length} 个字` : '以句号“。”结尾'}，像是一段正文被写成了标题：是正文就删去行首的 ${h[1]} 和空格；是标题就照原文核对`,
      });
    }
  });
  for (const [style, list] of styled) {
    const count = new Map<number, number>();
    for (const h of list) count.set(h.level, (count.get(h.level) ?? 0) + 1);
    // The level most of them have; on a tie, the first heading's.
    const usual = [...count].sort((a, b) => b[1] - a[1] || (a[0] === list[0]!.level ? -1 : b[0] === list[0]!.level ? 1 : 0))[0]![0];
    const marks = '#'.repeat(usual);
    for (const h of list) {
      if (h.level === usual) continue;
      out.push({
        line: n(h.i),
        message: `第 ${n(h.i)} 行：标题“${'#'.repeat(h.level)} ${cutText(h.text, 20)}”与同一正文中其他“${style}”式的标题级别不同（它们是 ${marks}）：同一种编号的标题应同级，写成“${marks} ${cutText(h.text, 20)}”`,
      });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

const INTERNAL_ROUTES: Record<string, keyof RawCorpus> = {
  practices: 'practices',
  briefings: 'briefings',
  plans: 'plans',
  regions: 'regions',
  groups: 'groups',
  measures: 'measures',
};

/**
 * Runs every check. An empty list means the content can be published. Links to a #fragment that only the built page
 * can confirm are added to `rendered`, when given.
 */
export function validateCorpus(corpus: RawCorpus, rendered?: RenderedFragment[]): Problem[] {
  const problems: Problem[] = [];
  // Looked up for every page, and each seed decoded once: there is one seed per issue, thousands at scale.
  const seedFiles = corpus.seedFiles ? new Set(corpus.seedFiles) : undefined;
  const seedReads = new Map<string, ReturnType<NonNullable<RawCorpus['readSeed']>>>();
  // Each body's paragraphs reduced once, for the fidelity and the coverage check.
  const reducedOf = new WeakMap<RawEntry, ReturnType<typeof reducedParagraphs>>();
  const reduced = (e: RawEntry) => {
    let r = reducedOf.get(e);
    if (!r) reducedOf.set(e, (r = reducedParagraphs(e.body ?? '')));
    return r;
  };
  // A seed's hash, read once: the memo keys of its reduced text, its masthead and its issue's verdict all use it.
  const seedKeys = new Map<string, string | undefined>();
  const seedKeyOf = (name: string) => {
    if (!seedKeys.has(name)) seedKeys.set(name, corpus.seedKey?.(name));
    return seedKeys.get(name);
  };
  // A source recorded with its hash at import must still be that file: seeds/ is never edited, and a page checked
  // against an edited source would pass with the edit.
  const checkSourceHash = (file: string, source: string, recorded: string | undefined) => {
    const now = recorded && corpus.seedSha256?.(source);
    if (recorded && now && now !== recorded) {
      problems.push({
        file,
        field: 'sourceSha256',
        message: `seeds/${source} 与导入时不同（导入时的 SHA-256 是 ${recorded.slice(0, 12)}…，现在是 ${now.slice(0, 12)}…）：seeds/ 中的原文不得修改。请从原始提取稿恢复这个文件（git checkout -- seeds/${source}）；若原文确实换了一份，请以新文件名放入 seeds/ 并重新导入`,
      });
    }
  };
  const readSeed = (name: string) => {
    if (!seedReads.has(name)) seedReads.set(name, corpus.readSeed?.(name));
    return seedReads.get(name);
  };

  // Characters an editor cannot see (pasted from a web page or a chat): an id with one is unknown, a title or a
  // quote with one differs from the text although it looks the same. Each is named where it is.
  for (const list of [corpus.regions, corpus.groups, corpus.measures, corpus.indicators, corpus.synonyms, corpus.briefings, corpus.practices, corpus.plans]) {
    for (const e of list) {
      if (e.unreadable) continue;
      const walk = (v: unknown, path: string) => {
        if (typeof v === 'string') {
          const hit = invisibleIn(v);
          if (hit) problems.push({ file: e.file, field: path || '(值)', message: `“${cutText(v, 30)}”含有看不见的字符 ${hit}：请删除它（${hit.includes('不换行空格') ? '换成普通空格，或' : ''}在编辑器中删去后重新输入这一处）` });
        } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : `${e.at ?? ''}${e.at ? '.' : ''}${k}`);
      };
      walk(e.data, e.at ?? '');
      (e.body ?? '').split('\n').forEach((line, i) => {
        const hit = invisibleIn(line);
        if (hit) problems.push({ file: e.file, field: 'body', message: `第 ${i + (e.bodyLine ?? 1)} 行含有看不见的字符 ${hit}：请删除它，否则这一行与原文对不上、搜索也找不到` });
      });
    }
  }

  const regions = parseAll(corpus.regions, regionSchema, problems);
  const groups = parseAll(corpus.groups, groupSchema, problems);
  const measures = parseAll(corpus.measures, measureSchema, problems);
  const indicators = parseAll(corpus.indicators, indicatorSchema, problems);
  const synonyms = parseAll(corpus.synonyms, synonymSchema, problems);
  const briefings = parseAll(corpus.briefings, briefingSchema, problems);
  const practices = parseAll(corpus.practices, practiceSchema, problems);
  const plans = parseAll(corpus.plans, planSchema, problems);

  for (const [list, what] of [
    [corpus.regions, '地区'],
    [corpus.groups, '群体'],
    [corpus.measures, '举措类型'],
    [corpus.indicators, '指标'],
    [corpus.synonyms, '同义词'],
    [corpus.briefings, '简报'],
    [corpus.practices, '案例'],
    [corpus.plans, '方案'],
  ] as const) {
    checkDuplicates(list, what, problems);
  }

  // Two pages with one title cannot be told apart in lists and search results; usually the same practice was
  // ingested twice under two ids.
  for (const [list, what] of [
    [practices, '案例'],
    [plans, '方案'],
  ] as const) {
    const byTitle = new Map<string, string>();
    for (const { entry, data } of list) {
      const key = data.title.replace(/\s+/g, '');
      const first = byTitle.get(key);
      if (first) problems.push({ file: entry.file, field: 'title', message: `标题“${data.title}”与 ${first} 的标题相同：每个${what}的标题应不同（是否把同一个${what}导入了两次？）` });
      else byTitle.set(key, entry.file);
    }
  }

  // A title is shown, listed, sorted and searched as written: a space before or after it (a full-width one typed
  // with a Chinese input method is not seen in the editor) shifts it in lists and makes two equal titles differ.
  const titled: { file: string; field: string; title: string }[] = [
    ...practices.map((p) => ({ file: p.entry.file, field: 'title', title: p.data.title })),
    ...plans.flatMap((pl) => [
      { file: pl.entry.file, field: 'title', title: pl.data.title },
      ...pl.data.groups.flatMap((g, i) => [
        { file: pl.entry.file, field: `groups[${i}].heading`, title: g.heading },
        ...g.measures.map((m, j) => ({ file: pl.entry.file, field: `groups[${i}].measures[${j}].title`, title: m.title })),
      ]),
    ]),
  ];
  for (const t of titled) {
    const ends = edgeSpaces(t.title);
    if (ends) problems.push({ file: t.file, field: t.field, message: `标题首尾有空格（含全角空格）：“${t.title}”${ends}。请删去这些空格` });
  }

  // File names are the ids in URLs and references: ASCII, lowercase, hyphens.
  for (const e of [...corpus.briefings, ...corpus.practices, ...corpus.plans]) {
    if (!idSchema.safeParse(e.id).success) {
      problems.push({ file: e.file, field: 'id（文件名）', message: `文件名“${e.id}”不能作为 id：只能用小写字母、数字和连字符，例如 yuhuan-three-drives` });
    }
  }

  // An alias shared by two groups (or regions) would make search and ingest ambiguous.
  for (const [list, what] of [
    [groups.map((g) => ({ file: g.entry.file, at: g.entry.at, id: g.data.id, names: [g.data.name, ...g.data.aliases] })), '群体'],
    [regions.map((r) => ({ file: r.entry.file, at: r.entry.at, id: r.data.id, names: [r.data.name, ...r.data.aliases] })), '地区'],
  ] as const) {
    const owner = new Map<string, string>();
    for (const item of list) {
      for (const n of item.names) {
        const prev = owner.get(n);
        if (prev && prev !== item.id) problems.push({ file: item.file, field: `${item.at ?? ''}.aliases`, message: `名称或别名“${n}”同时属于${what} ${prev} 和 ${item.id}` });
        owner.set(n, item.id);
      }
    }
  }

  // A region's level is the one its name says: 安吉县 is a 县, whatever was copied from 台州市's entry (a 市 with no
  // parent is listed as a prefecture-level city, its practices as 市本级). A name ending in 市 may be either city.
  for (const r of regions) {
    const suffix = /[市区县]$/.exec(r.data.name)?.[0];
    const fits = suffix === '县' ? r.data.level === '县' : suffix === '区' ? r.data.level === '区' : suffix === '市' ? r.data.level === '市' || r.data.level === '县级市' : true;
    if (!fits) {
      problems.push({
        file: r.entry.file,
        field: `${r.entry.at ?? ''}.level`,
        message: `“${r.data.name}”是${suffix}，level 却是“${r.data.level}”：level 应为 ${suffix === '市' ? '市（地级市）或 县级市' : suffix}`,
      });
    }
  }

  // A name or alias is one thing's only: a measure named like a group (快递小哥) would take that group's searches.
  // Name → its owner (地区 yuhuan), the first one written; the synonyms are checked against it below.
  const everyName = new Map<string, string>();
  for (const [items, what] of [
    [regions.map((r) => ({ entry: r.entry, id: r.data.id, names: [r.data.name, ...r.data.aliases] })), '地区'],
    [groups.map((g) => ({ entry: g.entry, id: g.data.id, names: [g.data.name, ...g.data.aliases] })), '群体'],
    [measures.map((m) => ({ entry: m.entry, id: m.data.id, names: [m.data.name, ...m.data.name.split('/').filter((x) => x !== m.data.name)] })), '举措类型'],
  ] as const) {
    for (const { entry, id, names } of items) {
      for (const n of new Set(names)) {
        const prev = everyName.get(n);
        if (prev && !prev.startsWith(what)) {
          problems.push({ file: entry.file, field: `${entry.at ?? ''}.${n === names[0] ? 'name' : 'aliases'}`, message: `名称或别名“${n}”已是${prev}的名称或别名：搜索和导入分不清它指哪一个。请换一个说法，或删去这一项` });
        } else if (!prev) everyName.set(n, `${what} ${id}`);
      }
    }
  }

  // A metric's value is recorded with 万 and 亿 worked out (3.92万人 → 39200 人): an indicator's unit is the unit
  // after that, or every metric of it would be reported against it.
  for (const { entry, data } of indicators) {
    const unit = (data as { unit?: string }).unit;
    if (unit && /^[万亿]./u.test(unit)) {
      problems.push({ file: entry.file, field: `${entry.at ?? ''}.unit`, message: `指标的单位“${unit}”含有万/亿：数据指标的 value 按换算后的数值记，单位也写换算后的（“${unit.slice(1)}”）` });
    }
  }

  // Names are shown, linked and searched as written: a space at either end makes another value of the facet.
  for (const [items, file] of [[regions, 'regions'], [groups, 'groups'], [measures, 'measures'], [indicators, 'indicators']] as const) {
    for (const { entry, data } of items as { entry: RawEntry; data: { name: string; aliases?: string[] } }[]) {
      for (const [i, n] of [data.name, ...(data.aliases ?? [])].entries()) {
        const ends = edgeSpaces(n);
        if (ends) problems.push({ file: entry.file, field: `${entry.at ?? ''}.${i === 0 ? 'name' : `aliases[${i - 1}]`}`, message: `“${n}”首尾有空格（含全角空格）${ends}：请删去这些空格（${file}）` });
      }
    }
  }

  // A county-level region is listed on /regions/ under the city its `parent` names (src/pages/regions/index.astro):
  // the parent must be the name of a region of level 市, written as that region's name (not an alias).
  const cityNames = regions.filter((r) => r.data.level === '市').map((r) => r.data.name);
  const cityCandidates = regions.filter((r) => r.data.level === '市').map((r) => ({ id: r.data.name, names: [r.data.name, ...r.data.aliases] }));
  for (const r of regions) {
    const field = `${r.entry.at ?? ''}.parent`;
    const allowed = `允许的值：${cityNames.join(', ')}`;
    if (r.data.level === '市') {
      if (r.data.parent !== undefined) problems.push({ file: r.entry.file, field, message: `地级市（level: 市）不填 parent，收到 “${r.data.parent}”` });
    } else if (r.data.parent === undefined) {
      problems.push({ file: r.entry.file, field, message: `缺少所属地级市（level 为 ${r.data.level} 的地区要填 parent，否则不会出现在 /regions/ 页面上）。${allowed}` });
    } else if (!cityNames.includes(r.data.parent) && /市$/.test(r.data.parent) && !regions.some((x) => [x.data.name, ...x.data.aliases].includes(r.data.parent!))) {
      // A new city's counties added before the city itself.
      problems.push({
        file: r.entry.file,
        field,
        message: `所属地级市“${r.data.parent}”不在 regions.yaml 中：先为它添加一项（name: ${r.data.parent}，level: 市，不填 parent），再添加它下辖的县（市、区）`,
      });
    } else if (!cityNames.includes(r.data.parent)) {
      const meant = suggestId(r.data.parent, cityCandidates);
      problems.push({
        file: r.entry.file,
        field,
        message: `所属地级市“${r.data.parent}”不是地级市的名称。${meant ? `是否想填 ${meant}？` : ''}${allowed}（regions.yaml 中 level 为 市 的名称）`,
      });
    }
  }

  // Display order and names are each one item's: two regions with one `order` have no defined order, and two
  // measures or indicators with one name cannot be told apart (in lists, and by the ingest, which matches names).
  const sameValue = <T>(list: { entry: RawEntry; data: T }[], get: (d: T) => unknown, field: string, message: (v: string, prev: string) => string) => {
    const seen = new Map<string, RawEntry>();
    for (const { entry, data } of list) {
      const v = get(data);
      if (v === undefined) continue;
      const prev = seen.get(String(v));
      if (prev) problems.push({ file: entry.file, field: `${entry.at ?? ''}.${field}`, message: message(String(v), `${prev.at ?? ''}（${prev.id}）`) });
      else seen.set(String(v), entry);
    }
  };
  for (const list of [regions, groups] as { entry: RawEntry; data: { order: number } }[][]) {
    sameValue(list, (d) => d.order, 'order', (v, prev) => `顺序 ${v} 与 ${prev}相同：每项的 order 应不同`);
  }
  for (const list of [measures, indicators] as { entry: RawEntry; data: { name: string } }[][]) {
    sameValue(list, (d) => d.name, 'name', (v, prev) => `名称“${v}”与 ${prev}相同：每项的名称应不同`);
  }

  // A search synonym must not be another synonym's name, nor a name of a region, group or measure: the search would
  // not know which it meant.
  const taken = new Map(everyName);
  for (const s of synonyms) {
    for (const [i, n] of [s.data.name, ...s.data.aliases].entries()) {
      const prev = taken.get(n);
      const field = `${s.entry.at ?? ''}.${i === 0 ? 'name' : `aliases[${i - 1}]`}`;
      if (prev && prev !== `同义词 ${s.data.id}`) problems.push({ file: s.entry.file, field, message: `“${n}”已是${prev}的名称或别名：同义词只收录分类体系之外的词` });
      taken.set(n, `同义词 ${s.data.id}`);
    }
  }

  const readable = (name: NonNullable<RawCorpus['unreadableTaxonomies']>[number]) => !corpus.unreadableTaxonomies?.includes(name);
  const regionIdx = indexOf(regions.map((r) => ({ id: r.data.id, names: [r.data.name, ...r.data.aliases] })), '地区', corpus.regions, readable('regions'));
  const groupIdx = indexOf(groups.map((g) => ({ id: g.data.id, names: [g.data.name, ...g.data.aliases] })), '目标群体', corpus.groups, readable('groups'));
  const measureIdx = indexOf(measures.map((m) => ({ id: m.data.id, names: [m.data.name] })), '举措类型', corpus.measures, readable('measures'));
  const indicatorIdx = indexOf(indicators.map((m) => ({ id: m.data.id, names: [m.data.name] })), '指标', corpus.indicators, readable('indicators'));
  const briefingIdx = indexOf(corpus.briefings.map((b) => ({ id: b.id, names: [] })), '简报');
  const practiceIdx = indexOf(corpus.practices.map((p) => ({ id: p.id, names: [String((p.data as { title?: unknown })?.title ?? '')] })), '案例');
  const indicatorUnit = new Map(indicators.map((i) => [i.data.id, i.data.unit]));
  const routeIds: Record<string, Set<string>> = {
    practices: new Set(corpus.practices.map((e) => e.id)),
    briefings: new Set(corpus.briefings.map((e) => e.id)),
    plans: new Set(corpus.plans.map((e) => e.id)),
    regions: regionIdx.ids,
    groups: groupIdx.ids,
    measures: measureIdx.ids,
  };

  // What is not published: draft practices and plans, and briefings none of whose practices is published (see
  // src/data/content.ts). A link from a published page to one of them would be a 404 on the site.
  const isDraft = (e: RawEntry) => (e.data as { draft?: unknown } | undefined)?.draft === true;
  const unpublished = {
    practices: new Set(corpus.practices.filter(isDraft).map((e) => e.id)),
    plans: new Set(corpus.plans.filter(isDraft).map((e) => e.id)),
    briefings: new Set<string>(),
  };
  const publishedPractices = new Set(corpus.practices.filter((e) => !isDraft(e)).map((e) => e.id));
  for (const b of corpus.briefings) {
    const list = (b.data as { practices?: unknown } | undefined)?.practices;
    if (Array.isArray(list) && !list.some((id) => publishedPractices.has(String(id)))) unpublished.briefings.add(b.id);
  }

  // What the ingest leaves for the editor (comments `# 待核对：…`, the draft header, the `·` of an extracted label)
  // is fine in a draft and must be gone once the page is published (src/lib/ingest-leftovers.ts).
  const leftovers = (e: RawEntry, status: string) => {
    for (const c of e.comments ?? []) {
      const shown = c.text.length > 40 ? `${c.text.slice(0, 40)}…` : c.text;
      problems.push({
        file: e.file,
        field: e.body === undefined ? '' : 'frontmatter',
        line: c.line,
        message: c.header
          ? `第 ${c.line} 行是导入草稿的说明注释（“${shown}”），但${status}，会被发布：先核对所有标有“待核对”的字段，再删除这一行`
          : `第 ${c.line} 行还有导入留下的“待核对”注释（“${shown}”），但${status}，会被发布：请核对这一行的内容，改好后删除这条注释`,
      });
    }
  };
  for (const e of [...corpus.practices, ...corpus.plans]) if (!e.unreadable && !isDraft(e)) leftovers(e, `本${/(^|\/)plans\//.test(e.file) ? '方案' : '案例'}已不是草稿`);
  for (const b of corpus.briefings) if (!b.unreadable && !unpublished.briefings.has(b.id)) leftovers(b, '本期简报的案例已不是草稿');
  const labelPlaceholders = (e: RawEntry, field: string, metrics: readonly MetricLike[]) => {
    if (isDraft(e)) return;
    metrics.forEach((m, i) => {
      if (hasLabelPlaceholder(m.label, e.body ?? '')) {
        problems.push({
          file: e.file,
          field: `${field}[${i}].label`,
          message: `label“${m.label}”中的“·”是导入留下的占位符（标出被取走的数字原来的位置），不是原文的字；本页已不是草稿，会被发布：请把 label 改写成读者看得懂的名称，并去掉“·”`,
        });
      }
    });
  };

  const checkMetrics = (file: string, field: string, metrics: readonly MetricLike[], body: string, mustBeTarget: boolean, draft = false) => {
    let visible: string | undefined;
    // The body as a reader sees it (without Markdown marks), worked out on first need.
    const seen = () => (visible ??= stripInlineMarkup(body));
    metrics.forEach((m, i) => {
      const f = `${field}[${i}]`;
      // The quote's numbers, found once for every rule below.
      let numbers: ReturnType<typeof findNumbers> | undefined;
      const marks = markupIn(m.quote);
      if (marks.length) {
        // The page shows no marks, so a quote with them is not the sentence as it reads, and its anchor is not found.
        problems.push({
          file,
          field: `${f}.quote`,
          message: `引文“${m.quote}”含有 Markdown 标记（${marks.join(' ')}）：页面上不显示标记，引文也找不到它的句子。引文要照页面上读到的文字写：“${stripInlineMarkup(m.quote)}”`,
        });
      } else if (!body.includes(m.quote) && seen().includes(m.quote) && FOOTNOTE_REF.test(body) && body.replace(FOOTNOTE_REFS, '').includes(m.quote)) {
        // Found only without the footnote marks: the page cannot mark a sentence across a mark.
        problems.push({
          file,
          field: `${f}.quote`,
          message: `引文“${m.quote}”在正文中跨过了注释标记（[^…]）：页面无法标出跨过注释的句子，“原文”链接会落空。请把引文缩短到注释标记之前或之后的一段`,
        });
      } else if (!body.includes(m.quote) && !seen().includes(m.quote)) {
        // Not found as written, but found with full-width and half-width characters, or quotation marks, alike.
        const loose = findLoose(seen(), m.quote);
        const actual = loose >= 0 ? seen().slice(loose, loose + m.quote.length) : '';
        const variants = loose >= 0 ? describeVariants(m.quote, actual, '引文', '正文') : [];
        problems.push({
          file,
          field: `${f}.quote`,
          message: variants.length
            ? `引文“${m.quote}”在正文中找不到：${variants.join('；')}。引文要与正文逐字一致，写成“${actual}”`
            : `引文“${m.quote}”在正文中找不到（须与正文逐字一致，包括空格）`,
        });
      } else if (!quoteStates(m.quote, m.value, m.unit, (numbers ??= findNumbers(m.quote)))) {
        // The number is right and the unit is not: say which unit the quote has, not that the value does not match.
        const same = numbers.find((n) => n.value === tidy(m.value));
        const unit = same && (writtenUnit(same) ?? /^[^\s\d，。、；：,.;:（）()“”"'的及和与、+＋]{1,4}/.exec(same.after)?.[0]);
        if (same && unit) {
          problems.push({ file, field: `${f}.unit`, message: `单位应为 “${unit}”（引文“${m.quote}”中 ${same.text} 后面的单位），现为 “${m.unit}”` });
        } else if (same) {
          problems.push({ file, field: `${f}.quote`, message: `引文“${m.quote}”中 ${same.text} 后面没有单位“${m.unit}”：引文要包括数字后面的单位` });
        } else {
          // What the value should be: the quote's numbers followed by the unit, or else all its numbers.
          const unit = toHalfWidth(m.unit).replace(/\//g, '');
          const withUnit = numbers.filter((n) => n.after.startsWith(unit));
          const meant = withUnit.length ? withUnit : numbers;
          const scaled = meant.some((n) => /[万亿]/.test(n.text));
          problems.push({
            file,
            field: `${f}.value`,
            message: meant.length
              ? `value ${m.value}（单位 ${m.unit}）与引文“${m.quote}”中的数字不符：应为 ${meant.map((n) => n.value).join(' 或 ')}（引文中的${meant.map((n) => `“${n.text}”`).join('、')}${scaled ? '，万/亿已换算' : ''}）`
              : /[〇零一二两三四五六七八九十百千万亿]+[成倍余多]?[人户家个元名次所项万亿成倍]/u.test(m.quote)
                ? `value ${m.value}（单位 ${m.unit}）：引文“${m.quote}”中的数字是用汉字写的。指标只记原文用阿拉伯数字写的数字（页面和比较都按数字核对）：这个数字请留在正文里，不记为指标`
                : `value ${m.value}（单位 ${m.unit}）与引文“${m.quote}”不符：引文中没有数字，引文要包括陈述这个数字的短语`,
          });
        }
      }
      // Every word that qualifies the figure is in its quote, and `approx` says whether one makes it approximate.
      const q = qualifiers(m, (numbers ??= findNumbers(m.quote)));
      const at = q ? body.indexOf(m.quote) : -1;
      let cut = false;
      if (at >= 0) {
        const next = /^[ \u3000]*(以上|以下|以内|左右|余|多)/.exec(body.slice(at + m.quote.length, at + m.quote.length + 6))?.[1];
        const prev = /(约为|约|将近|接近|近|超过|超|逾|不足|不低于|不少于|不超过|不高于|最高|最低|至少|至多)[ \u3000]*$/.exec(body.slice(Math.max(0, at - 6), at))?.[1];
        // Only when the word qualifies this figure: the quote's last number (before it) or its first (after it).
        numbers ??= findNumbers(m.quote);
        const own = (n: FoundNumber | undefined) => n !== undefined && n.value === tidy(m.value);
        if (next && own(numbers.at(-1)) && /[\d万亿%]\s*[^\d\s]{0,4}$/.test(m.quote)) {
          cut = true;
          problems.push({ file, field: `${f}.quote`, message: `引文“${m.quote}”后面紧接着“${next}”，它说明这个数字：引文应包括“${next}”（“${m.quote}${next}”），否则页面上会丢掉它` });
        } else if (prev && /^[ \u3000]*\d/.test(m.quote) && own(numbers[0])) {
          cut = true;
          problems.push({ file, field: `${f}.quote`, message: `引文“${m.quote}”前面紧接着“${prev}”，它说明这个数字：引文应包括“${prev}”，否则页面上会丢掉它` });
        }
      }
      if (q && !cut && q.approximate && m.approx !== true) {
        problems.push({ file, field: `${f}.approx`, message: `引文“${m.quote}”中的 ${q.lead}${q.number}${q.trail}${m.unit}${q.bound} 是约数：应写 approx: true` });
      } else if (q && !cut && m.approx === true && !q.approximate && !q.lead && !q.bound) {
        problems.push({ file, field: `${f}.approx`, message: `引文“${m.quote}”中的 ${q.number}${m.unit} 是确数（前后没有约、近、超、余、多、左右、以上等字）：删去 approx: true` });
      }
      if (mustBeTarget && m.kind !== 'target') problems.push({ file, field: `${f}.kind`, message: `方案中的指标应为 target，实为 ${m.kind}` });
      // A target is for a year: when its sentence names one year before the figure or in its quote (到2025年，…), the
      // metric says it (the page shows “2025年目标”). A year after the figure is another clause's (…，到2025年实现…).
      // So is a result whose sentence opens with its year (2021年，该市…认定 1.46万人次): /metrics/ compares only
      // figures whose year is stated. A span (2019—2020年, 2021年以来) is not one year, and is not counted.
      // A running total (累计 14万人次、发证 12万人次) is not the year's figure, and keeps no year.
      if (m.kind === 'target' || (m.kind === 'result' && !runningTotal(body, m.quote))) {
        const year = sentenceYear(body, m.quote, m.kind === 'result');
        const what = m.kind === 'target' ? '目标（kind: target）' : '成效（kind: result）';
        if (year && m.year === undefined) {
          problems.push({ file, field: `${f}.year`, message: `${what}没有填年份，它所在的句子写的是 ${year.year} 年（“${year.sentence}”）：应写 year: ${year.year}` });
        } else if (year && m.year !== year.year) {
          problems.push({ file, field: `${f}.year`, message: `${what}的年份 ${m.year} 与它所在的句子不符：句子写的是 ${year.year} 年（“${year.sentence}”）。应写 year: ${year.year}` });
        }
      }
      // A ratio (城乡收入比 1:1.8) is two numbers read together: neither alone is the figure.
      const ratio = /(\d+(?:\.\d+)?)\s*[:：]\s*(\d+(?:\.\d+)?)/.exec(toHalfWidth(m.quote));
      if (ratio && [Number(ratio[1]), Number(ratio[2])].includes(tidy(m.value))) {
        problems.push({
          file,
          field: `${f}.value`,
          message: `引文“${m.quote}”中的 ${ratio[0]} 是一个比例，value ${m.value} 只是它的一边：比例不记为一项指标（页面会把 ${m.value}${m.unit} 当作全部）。原文另写了倍数（如“1.8倍”）时记那个数，否则不记`,
        });
      }
      // One figure, one value: a quote that gives a range (5000元到1万元, 3—5个) states two, and a metric that keeps
      // one end would show it as the whole figure.
      // (Both rules wait until the page is no longer a draft: the ingest's drafts are made from what the text says,
      // and the editor settles such metrics while checking them.)
      const range = draft ? undefined : rangeIn(m.quote, m.value);
      if (range && !metrics.some((o, j) => j !== i && o.quote === m.quote)) {
        problems.push({
          file,
          field: `${f}.quote`,
          message: `引文“${m.quote}”说的是一个范围（${range}），一项指标只记一个数，页面会把 ${m.value}${m.unit} 当作全部：请把两端各记为一项（共用这句引文，label 写明下限、上限），或不记这个数字`,
        });
      }
      // The page marks a quote at its first place in the text: a quote written there twice may mark the other
      // sentence's figure.
      const places = draft ? 0 : occurrencesOf(body, m.quote, seen);
      if (places > 1 && metrics.findIndex((o) => o.quote === m.quote) === i) {
        problems.push({
          file,
          field: `${f}.quote`,
          message: `引文“${m.quote}”在正文中出现 ${places} 次，页面只能标出第一处，可能不是这个数字所在的句子：请加长引文，使它在正文中只出现一次`,
        });
      }
      if (m.indicator) {
        checkRef(m.indicator, indicatorIdx, file, `${f}.indicator`, problems);
        const unit = indicatorUnit.get(m.indicator);
        if (unit && sameUnit(unit, m.unit) === false) problems.push({ file, field: `${f}.unit`, message: `指标 ${m.indicator} 的单位是“${unit}”，此处为“${m.unit}”` });
      }
    });
    // Metrics that share a quote (博士、硕士分别可领取 10万元、5万元) take its figures in the order it gives them: two
    // values swapped between labels would each still be in the quote.
    const byQuote = new Map<string, number[]>();
    metrics.forEach((m, i) => byQuote.set(m.quote, [...(byQuote.get(m.quote) ?? []), i]));
    for (const [quote, indices] of byQuote) {
      if (indices.length < 2) continue;
      const numbers = findNumbers(quote);
      const at = indices.map((i) => numbers.findIndex((n) => n.value === tidy(metrics[i]!.value) && quoteStates('', metrics[i]!.value, metrics[i]!.unit, [n])));
      if (at.some((a) => a < 0) || new Set(at).size < at.length) continue;
      for (let k = 1; k < at.length; k++) {
        if (at[k]! > at[k - 1]!) continue;
        const [a, b] = [indices[k - 1]!, indices[k]!];
        problems.push({
          file,
          field: `${field}[${b}].value`,
          message: `第 ${a + 1} 项（${metrics[a]!.label}）和第 ${b + 1} 项（${metrics[b]!.label}）共用引文“${quote}”，原文中 ${numbers[at[k]!]!.text} 在 ${numbers[at[k - 1]!]!.text} 之前，它们的数值却是反的顺序：是否把两项的 value 填反了？共用一句引文的几项，请按原文中数字的先后排列`,
        });
        break;
      }
    }
  };

  const pages = { practices: new Map(corpus.practices.map((e) => [e.id, e])), plans: new Map(corpus.plans.map((e) => [e.id, e])) };
  const anchorCache = new Map<RawEntry, ReturnType<typeof pageAnchors>>();
  const anchorsOf = (kind: 'practices' | 'plans', e: RawEntry) => {
    let a = anchorCache.get(e);
    if (!a) anchorCache.set(e, (a = pageAnchors(kind, e.data, e.body ?? '')));
    return a;
  };
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  /** What a relative link was probably meant to be: `jiaojiang-talent.md` → `/practices/jiaojiang-talent/`. */
  const absoluteFor = (href: string): string | undefined => {
    const [path = '', frag] = href.split('#');
    const name = decode(path).replace(/[?].*$/, '').replace(/\/$/, '').split('/').pop()!.replace(/\.(mdx?|ya?ml|html?)$/, '');
    const route = (['practices', 'plans', 'briefings'] as const).find((r) => routeIds[r]!.has(name));
    return route ? `/${route}/${name}/${frag !== undefined ? `#${frag}` : ''}` : undefined;
  };

  /** A #fragment of a practice or plan page: its ids are known from the source (headings, metrics, footnotes). */
  const checkFragment = (kind: 'practices' | 'plans', target: RawEntry, frag: string, href: string, self: boolean, report: (m: string) => void) => {
    if (target.unreadable) return;
    const { ids, headings, metrics } = anchorsOf(kind, target);
    const id = decode(frag);
    if (ids.has(id)) return;
    const slug = slugOf(id);
    const hint = slug !== id && ids.has(slug) ? `是否想写 #${slug}？` : '';
    const places = [
      headings.length ? `标题 ${headings.slice(0, 8).map((h) => `#${h}`).join('、')}${headings.length > 8 ? ' …' : ''}` : '',
      metrics ? `数据指标 #m-1${metrics > 1 ? ` 至 #m-${metrics}` : ''}` : '',
    ].filter(Boolean);
    report(`链接 “${href}” 中的 #${id} 在${self ? '本页' : `页面 /${kind}/${target.id}/ `}上不存在。${hint}${places.length ? `可链接的位置：${places.join('；')}` : '该页面没有可链接的标题或数据指标'}`);
  };

  const checkBody = (entry: RawEntry, kind: 'practices' | 'plans') => {
    const { file } = entry;
    const body = entry.body ?? '';
    const first = entry.bodyLine ?? 1;
    for (const a of bodyArtifacts(body, first)) problems.push({ file, field: 'body', message: a.message });
    for (const a of bodyStructure(body, first, kind, !file.endsWith('.mdx'))) problems.push({ file, field: 'body', message: a.message });
    const mdx = file.endsWith('.mdx') ? mdxProblems(body, first) : [];
    // An .mdx body that does not parse is reported for that alone: its tags are not yet what the editor meant.
    const parses = !mdx.some((m) => m.message.startsWith('MDX 语法错误'));
    for (const h of unsafeHtml(body, parses)) problems.push({ file, field: 'body', message: `第 ${h.line + first - 1} 行：${h.message}` });
    for (const m of mdx) problems.push({ file, field: 'body', message: `第 ${m.line} 行：${m.message}` });
    for (const { href, line: bodyLine } of linksOf(body)) {
      const line = bodyLine + first - 1;
      const report = (message: string) => problems.push({ file, field: 'body', message: `第 ${line} 行：${message}` });
      if (/^https?:\/\/[^/\s]/i.test(href) || /^mailto:/i.test(href)) continue;
      if (href === '') {
        report('链接地址为空');
      } else if (href.startsWith('#')) {
        checkFragment(kind, entry, href.slice(1), href, true, report);
      } else if (href.startsWith('/') && !href.startsWith('//')) {
        const seg = /^\/([a-z]+)\/([^/#?]+)\/?(?:[#?].*)?$/.exec(href);
        const known = seg && INTERNAL_ROUTES[seg[1]!] && routeIds[seg[1]!]!.has(decode(seg[2]!));
        const simple = /^\/(search|metrics|practices|briefings|plans|regions|groups|measures)?\/?(?:[?#].*)?$/.test(href);
        if (!known && !simple) {
          report(`站内链接 ${href} 指向不存在的页面`);
          continue;
        }
        const route = seg?.[1];
        if (known && !isDraft(entry) && (route === 'practices' || route === 'plans' || route === 'briefings') && unpublished[route].has(decode(seg![2]!))) {
          const what = route === 'practices' ? '案例' : route === 'plans' ? '方案' : '简报';
          report(
            route === 'briefings'
              ? `链接 ${href} 指向的简报还没有发布（它的案例都是草稿），发布后这个网址不存在（404）。请先发布其中的案例，或删除链接`
              : `链接 ${href} 指向草稿（draft: true），发布后这个网址不存在（404）。请先发布该${what}，或删除链接`,
          );
          continue;
        }
        const frag = /#(.+)$/.exec(href)?.[1];
        if (!frag) continue;
        const target = known && (seg[1] === 'practices' || seg[1] === 'plans') ? pages[seg[1]].get(decode(seg[2]!)) : undefined;
        if (target) checkFragment(seg![1] as 'practices' | 'plans', target, frag, href, target === entry, report);
        else rendered?.push({ file, line, href });
      } else if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
        report(`链接 “${href}” 不允许：只能写以 / 开头的站内路径（如 /practices/<id>/）或以 http:// 、https:// 开头的网址`);
      } else {
        const meant = absoluteFor(href);
        report(
          `链接 “${href}” 是相对路径，在页面上会指向不存在的地址。站内链接要写以 / 开头的路径${meant ? `：是否想写 ${meant}？` : '，如 /practices/<id>/'}；站外链接写完整的 http:// 或 https:// 网址`,
        );
      }
    }
  };

  const sources = new Map<string, SourceIndex | string>();
  const series = [...new Set(briefings.map((b) => b.data.series))];
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);
  const FIDELITY_RULE = '正文只能清理提取痕迹（断行、页码、页眉），不能改写原文；修正提取错误时在 corrections 中记录（from 原文写法，to 页面写法，reason 原因）';
  /**
   * The body says what its source says: every paragraph occurs in the seed (whitespace, Markdown markup and page
   * numbers aside) once the recorded corrections are applied; each correction's `from` is in the seed and its `to`
   * in the body.
   */
  /** The seed reduced for comparison, or the reason it cannot be read; undefined when there are no seeds to read. */
  const sourceIndex = (source: string): SourceIndex | string | undefined => {
    if (!corpus.readSeed || (seedFiles && !seedFiles.has(source))) return undefined;
    let index = sources.get(source);
    if (index === undefined) {
      const key = corpus.memo && seedKeyOf(source);
      const memoKey = key && `comparable\0${key}\0${series.join('\0')}`;
      const kept = memoKey ? corpus.memo!.get(memoKey) : undefined;
      if (typeof kept === 'string') {
        index = new SourceIndex(kept);
      } else {
        const read = readSeed(source);
        if (!read) return undefined;
        index = 'text' in read ? new SourceIndex(comparableSeed(read.text, series)) : read.error;
        if (memoKey && typeof index === 'object') corpus.memo!.set(memoKey, index.comparable);
      }
      sources.set(source, index);
    }
    return index;
  };
  /** Files whose body the fidelity check found unfaithful: their coverage is not checked (it would say it again). */
  const unfaithfulFiles = new Set<string>();
  const checkFidelity = (entry: RawEntry, corrections: readonly Correction[], source: string) => {
    const index = sourceIndex(source);
    if (index === undefined) return;
    const { file } = entry;
    const seed = `seeds/${source}`;
    if (typeof index === 'string') {
      problems.push({ file, field: 'body', message: `无法读取原文 ${seed}（${index}），正文无法与原文核对` });
      return;
    }
    const body = entry.body ?? '';
    const first = entry.bodyLine ?? 1;
    const bodyText = corrections.length ? normalizeBody(body) : '';
    corrections.forEach((c, i) => {
      if (!index.has(c.from)) problems.push({ file, field: `corrections[${i}].from`, message: `“${c.from}”在原文 ${seed} 中找不到：from 应照抄原文（提取文本）中的写法` });
      const to = normalizeMarkdown(c.to);
      if (to && !bodyText.includes(to)) problems.push({ file, field: `corrections[${i}].to`, message: `“${c.to}”在正文中找不到：to 应是页面上（正文中）的写法` });
    });
    const bad = unfaithful(body, index, corrections, reduced(entry));
    const all = bad.length >= 2 ? reduced(entry).filter((p) => p.reduced).length : -1;
    if (bad.length >= 2 && bad.length === all) {
      // Not one paragraph is in this source: the page points at the wrong source, not at a text reworded throughout.
      unfaithfulFiles.add(file);
      problems.push({
        file,
        field: 'body',
        message: `正文的 ${all} 段都不在原文 ${seed} 中：是否${/(^|\/)plans\//.test(file) ? ' source ' : '所属简报（briefing）或简报的 source '}写错了？（正文应整理自它所依据的那份原文）`,
      });
      return;
    }
    for (const u of bad) {
      unfaithfulFiles.add(file);
      const where = `第 ${u.line + first - 1} 行：`;
      problems.push({
        file,
        field: 'body',
        message: u.matched
          ? `${where}这一段与原文 ${seed} 不符：在“…${u.text.slice(Math.max(0, u.matched - 7), u.matched)}”之后，原文是“${cut(u.sourceNext, 11)}”，正文是“${cut(u.text.slice(u.matched), 11)}”。${FIDELITY_RULE}`
          : `${where}这一段在原文 ${seed} 中找不到（“${cut(u.text, 30)}”）。${FIDELITY_RULE}`,
      });
    }
  };

  /**
   * The pages made from one source keep all its text, in its order (src/lib/coverage.ts): a paragraph left out, put
   * in another practice or moved is reported. Only when every page's paragraphs are in the source (fidelity) and the
   * source can be read.
   */
  const checkCoverage = (entries: readonly { entry: RawEntry; title?: string | undefined; corrections: readonly Correction[] }[], source: string, list?: string) => {
    const index = sourceIndex(source);
    if (typeof index !== 'object' || entries.some((e) => unfaithfulFiles.has(e.entry.file))) return;
    // A practice listed twice is reported as such; its paragraphs would all seem out of order.
    if (new Set(entries.map((e) => e.entry.id)).size !== entries.length) return;
    const seed = `seeds/${source}`;
    // An issue's practices listed in another order than the source prints them: said once, of the list (`list`, the
    // briefing's file), rather than as paragraphs out of place in the practices' bodies.
    let listOrder = false;
    if (list && entries.length > 1) {
      const text = index.text();
      const at = entries.map((e) => (e.title ? text.indexOf(normalizeSource(e.title)) : -1));
      if (at.every((a) => a >= 0) && new Set(at).size === at.length && at.some((a, i) => i > 0 && a < at[i - 1]!)) {
        const printed = entries.map((e, i) => ({ id: e.entry.id, at: at[i]! })).sort((a, b) => a.at - b.at).map((e) => e.id);
        problems.push({ file: list, field: 'practices', message: `案例的顺序与原文 ${seed} 不同：原文中依次是 ${printed.join('、')}。practices 应按原文印的顺序排列` });
        listOrder = true;
      }
    }
    const byId = new Map(entries.map((e) => [e.entry.id, e.entry]));
    const pages = entries.map(({ entry, title }) => ({ id: entry.id, title, paragraphs: reduced(entry) }));
    const lineIn = (id: string, line: number) => line + (byId.get(id)!.bodyLine ?? 1) - 1;
    for (const c of coverage(pages, index.text(entries.flatMap((e) => e.corrections)))) {
      const file = byId.get(c.page)!.file;
      if (c.kind === 'title') {
        // A title that differs from the printed one only in full-width or half-width characters, or quotation marks.
        const title = entries.find((e) => e.entry.id === c.page)?.title;
        const squeezed = title === undefined ? '' : normalizeSource(title);
        const text = index.text();
        const at = squeezed ? findLoose(text, squeezed) : -1;
        const variants = at >= 0 ? describeVariants(squeezed, text.slice(at, at + squeezed.length), '标题', '原文') : [];
        problems.push({
          file,
          field: 'title',
          message: variants.length
            ? `标题与原文 ${seed} 不符：${variants.join('；')}。标题应照原文（可以去掉断行和多余空格）`
            : c.printed
              ? `标题与原文 ${seed} 不符：原文在本案例正文前印的是“${c.printed}”。标题应照原文（可以去掉断行和多余空格）`
              : `标题在原文 ${seed} 中本案例正文之前找不到：标题应照原文（可以去掉断行和多余空格）`,
        });
      } else if (c.kind === 'order') {
        if (listOrder) continue;
        problems.push({
          file,
          field: 'body',
          message: `第 ${lineIn(c.page, c.line)} 行：这一段（“${cut(c.text, 20)}”）在原文 ${seed} 中位于它前面的段落之前${c.more ? `（本${entries.length > 1 ? '案例' : '方案'}还有 ${c.more} 段也是这样）` : ''}：段落的顺序${entries.length > 1 ? '、简报 practices 列表中案例的顺序' : ''}应与原文一致。是否把段落放错了位置${entries.length > 1 ? '或放进了别的案例' : ''}？`,
        });
      } else {
        problems.push({
          file,
          field: 'body',
          message: `第 ${lineIn(c.page, c.line)} 行这一段（“…${c.after.slice(-12)}”）之后，原文 ${seed} 还有“${cut(c.text, 40)}”（${c.text.length} 字），不在${entries.length > 1 ? '任何案例' : '方案'}的正文中：正文须完整收录原文，不能删减${entries.length > 1 ? '；若这是下一个案例的开头，请放进下一个案例' : ''}`,
        });
      }
    }
  };

  /**
   * A plan's period runs forwards and holds the years of its targets; a measure number and a group appear once (the
   * page gives each group's section the id g-<group>, and lists measures by their printed numbers).
   */
  const checkPlanStructure = (file: string, plan: z.infer<typeof planSchema>) => {
    const [start, end] = plan.period.split('-').map(Number) as [number, number];
    if (start > end) {
      problems.push({ file, field: 'period', message: `期限 ${plan.period} 的起始年份晚于结束年份（页面会显示“${start}—${end}年”）：应写成 ${end}-${start}` });
    } else {
      plan.targets.forEach((t, i) => {
        if (t.year !== undefined && (t.year < start || t.year > end)) {
          problems.push({ file, field: `targets[${i}].year`, message: `年份 ${t.year} 不在方案期限 ${plan.period} 之内：应为 ${start} 至 ${end} 之间的年份` });
        }
      });
    }
    const numbers = new Map<number, string>();
    const groupAt = new Map<string, string>();
    plan.groups.forEach((g, i) => {
      const prev = groupAt.get(g.group);
      if (prev) problems.push({ file, field: `groups[${i}].group`, message: `群体 ${g.group} 重复（${prev} 已是 ${g.group}）：每个群体只写一节，页面上每节的位置 #g-${g.group} 只能有一个` });
      else groupAt.set(g.group, `groups[${i}]`);
      g.measures.forEach((m, j) => {
        const at = `groups[${i}].measures[${j}]`;
        const used = numbers.get(m.no);
        if (used) problems.push({ file, field: `${at}.no`, message: `举措编号 ${m.no} 重复（${used} 已用 ${m.no}）：每项举措的编号应不同，照原文填写` });
        else numbers.set(m.no, at);
      });
    });
  };

  // A plan's group sections are the body's own: each `heading` is a heading of the body and names its group (the
  // group page lists that section's measures), and each heading of the body that names a group has its section.
  const groupNames = groups
    .flatMap((g) => [g.data.name, ...g.data.aliases].map((n) => ({ n, id: g.data.id })))
    .filter((x) => [...x.n].length >= 2)
    .sort((a, b) => b.n.length - a.n.length);
  const namedGroup = (text: string) => groupNames.find((x) => text.includes(x.n));
  const checkPlanGroups = (entry: RawEntry, planGroups: readonly { group: string; heading: string }[]) => {
    const headings = (entry.body ?? '')
      .split('\n')
      .filter((l) => /^#{2,4}\s/.test(l))
      .map((l) => l.replace(/^#+\s*/, '').trim());
    planGroups.forEach((g, i) => {
      if (!headings.some((h) => h.endsWith(g.heading))) {
        const near = headings.filter((h) => namedGroup(h)?.id === g.group);
        problems.push({
          file: entry.file,
          field: `groups[${i}].heading`,
          message: `正文中没有以“${g.heading}”结尾的小标题：heading 照正文中这一节的小标题填写${near.length ? `（是否是“${near[0]!.replace(/^[（(][一二三四五六七八九十]+[）)]\s*/, '')}”？）` : ''}`,
        });
        return;
      }
      const named = namedGroup(g.heading);
      if (named && named.id !== g.group) {
        problems.push({
          file: entry.file,
          field: `groups[${i}].group`,
          message: `小节“${g.heading}”说的是群体 ${named.id}（“${named.n}”），这里写的是 ${g.group}：group 应为 ${named.id}，否则 ${g.group} 的群体页会列出另一个群体的举措`,
        });
      }
    });
    const listed = new Set(planGroups.map((g) => g.group));
    const sectioned = new Set(planGroups.map((g) => g.heading));
    for (const h of headings) {
      const named = namedGroup(h);
      if (!named || listed.has(named.id) || [...sectioned].some((s) => h.endsWith(s)) || !/计划|行动|工程/.test(h)) continue;
      problems.push({
        file: entry.file,
        field: 'groups',
        message: `正文的小节“${h}”说的是群体 ${named.id}（“${named.n}”），groups 中却没有它：方案不会出现在这个群体的页面上。请在 groups 中为它加一项（group: ${named.id}，heading 照小标题填写）`,
      });
    }
  };

  const listedIn = new Map<string, string[]>();
  const practiceBriefing = new Map(practices.map((p) => [p.entry.id, p.data.briefing]));
  const issueNumber = new Map<string, string>();
  for (const b of briefings) {
    const here = new Map<string, number>();
    b.data.practices.forEach((pid, i) => {
      checkRef(pid, practiceIdx, b.entry.file, `practices[${i}]`, problems, new Set(b.data.practices));
      const field = `practices[${i}]`;
      const before = here.get(pid);
      const elsewhere = listedIn.get(pid)?.find((id) => id !== b.entry.id);
      if (before !== undefined) {
        problems.push({ file: b.entry.file, field, message: `案例 ${pid} 在本期中重复（practices[${before}] 已列出）：每个案例只列一次` });
      } else if (elsewhere) {
        const own = practiceBriefing.get(pid);
        problems.push({ file: b.entry.file, field, message: `案例 ${pid} 已列在简报 ${elsewhere} 中：一个案例只属于一期简报${own ? `（它的 briefing 字段是 ${own}）` : ''}` });
      }
      if (before === undefined) here.set(pid, i);
      listedIn.set(pid, [...(listedIn.get(pid) ?? []), b.entry.id]);
    });
    // Two issues of one series cannot carry the same number in the same year: one of them is misread or misnamed.
    if (b.data.number !== undefined) {
      const year = b.data.date.getUTCFullYear();
      const key = `${b.data.series}\0${year}\0${b.data.number}`;
      const first = issueNumber.get(key);
      if (first) problems.push({ file: b.entry.file, field: 'number', message: `期号 ${b.data.number} 与 ${first} 相同（都是《${b.data.series}》${year} 年第 ${b.data.number} 期）：期号照原文填写，原文没有印期号时不填` });
      else issueNumber.set(key, b.entry.file);
    }
    if (seedFiles && !seedFiles.has(b.data.source)) {
      problems.push({ file: b.entry.file, field: 'source', message: `seeds/ 中没有文件 ${b.data.source}` });
    } else checkSourceHash(b.entry.file, b.data.source, b.data.sourceSha256);
  }
  // Within one series and one year, issue numbers rise with the date: a later issue with a smaller number has its
  // number or its date wrong (an equal number is reported above).
  const numbered = new Map<string, { file: string; date: number; number: number }[]>();
  for (const b of briefings) {
    if (b.data.number === undefined) continue;
    const key = `${b.data.series}\0${b.data.date.getUTCFullYear()}`;
    numbered.set(key, [...(numbered.get(key) ?? []), { file: b.entry.file, date: b.data.date.getTime(), number: b.data.number }]);
  }
  const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
  for (const [key, list] of numbered) {
    const series = key.split('\0')[0];
    list.sort((a, b) => a.date - b.date);
    let highest: (typeof list)[number] | undefined;
    for (const b of list) {
      if (highest && highest.date < b.date && b.number < highest.number) {
        problems.push({
          file: b.file,
          field: 'number',
          message: `期号 ${b.number} 小于更早一期 ${highest.file} 的期号 ${highest.number}（《${series}》${isoDay(highest.date)} 是第 ${highest.number} 期，本期 ${isoDay(b.date)} 却是第 ${b.number} 期）：同一刊物同一年的期号应随日期递增。请对照原文核对两期的 number 和 date`,
        });
      }
      if (!highest || b.number > highest.number) highest = b;
    }
  }
  const regionIds = new Set(regions.map((r) => r.data.id));
  const regionName = new Map(regions.map((r) => [r.data.id, r.data.name]));
  // Place names a title may begin with, longest first (台州市本级 before 台州市 before 台州).
  const placeNames = regions
    .flatMap((r) => [r.data.name, ...r.data.aliases].filter((n) => n.length >= 2).map((name) => ({ id: r.data.id, name })))
    .sort((a, b) => b.name.length - a.name.length);
  // With the raw entries' names too: a region whose entry has another mistake (order: 17.5) is still in the table.
  const rawRegionNames = corpus.regions.flatMap((r) => {
    const d = r.data as { name?: unknown; aliases?: unknown } | undefined;
    return [d?.name, ...(Array.isArray(d?.aliases) ? d.aliases : [])].filter((x): x is string => typeof x === 'string');
  });
  const allPlaceNames = [...new Set([...regions.flatMap((r) => [r.data.name, ...r.data.aliases]), ...rawRegionNames])];
  const titleRegion = (title: string) => placeNames.find((n) => title.trimStart().startsWith(n.name));
  /** Practices to compare with their issue's source (fidelity), by entry. */
  const pendingFidelity = new Map<RawEntry, { corrections: readonly Correction[]; source: string }>();
  const briefingDate = new Map(briefings.map((b) => [b.entry.id, b.data.date.getTime()]));
  const briefingSource = new Map(briefings.map((b) => [b.entry.id, b.data.source]));

  for (const p of practices) {
    const { file } = p.entry;
    checkRef(p.data.region, regionIdx, file, 'region', problems);
    // A title that begins with a place names the practice's region: 临海市… is not 路桥区's practice.
    const named = titleRegion(p.data.title);
    if (named && named.id !== p.data.region && regionIds.has(p.data.region)) {
      problems.push({ file, field: 'region', message: `标题以“${named.name}”开头，region 却是 ${p.data.region}（${regionName.get(p.data.region)}）：应为 ${named.id}，或核对标题` });
    }
    // A title beginning with a county-level place the table lacks (龙泉市…) is not this region's practice either.
    const place = named ? undefined : leadingPlaceName(p.data.title);
    if (place && regionIdx.known && !isKnownPlace(place, allPlaceNames)) {
      problems.push({
        file,
        field: 'region',
        message: `${unknownPlaceMessage(place)}这个地区，再把 region 改成它（现在 region 是 ${p.data.region}${regionName.has(p.data.region) ? `（${regionName.get(p.data.region)}）` : ''}）；若标题里的地名写错了，照原文改正`,
      });
    }
    p.data.partners.forEach((r, i) => {
      checkRef(r, regionIdx, file, `partners[${i}]`, problems);
      if (r === p.data.region) problems.push({ file, field: `partners[${i}]`, message: `协作地区 ${r} 就是本案例的地区（region）：partners 只写参与协作的其他地区` });
    });
    // The same figure twice is counted twice on every page that lists or compares figures.
    const figures = new Map<string, number>();
    p.data.metrics.forEach((m, i) => {
      const key = `${m.quote}\0${m.value}\0${m.unit}`;
      const first = figures.get(key);
      if (first !== undefined) problems.push({ file, field: `metrics[${i}]`, message: `与 metrics[${first}] 重复（同一引文“${m.quote}”、同一数值 ${m.value}${m.unit}）：每个数字只记一次` });
      else figures.set(key, i);
    });
    p.data.groups.forEach((g, i) => checkRef(g, groupIdx, file, `groups[${i}]`, problems));
    p.data.measures.forEach((m, i) => checkRef(m, measureIdx, file, `measures[${i}]`, problems));
    // A draft may wait for the editor's choice (the ingest leaves the lists empty when no word suggests one); a page
    // that is published is listed under at least one group and one measure.
    if (!isDraft(p.entry)) {
      for (const [field, list, what] of [['groups', groups, '目标群体'], ['measures', measures, '举措类型']] as const) {
        if (p.data[field].length) continue;
        const allowed = list.map((x) => `${x.data.id}（${x.data.name}）`).join(', ');
        problems.push({ file, field, message: `至少填写一个${what}（${field}）：本案例已不是草稿，会被发布。允许的值：${allowed}` });
      }
    }
    // A tag listed twice shows twice on the page and counts the practice twice on the group's or region's page.
    for (const [field, list, what] of [
      ['groups', p.data.groups, '目标群体'],
      ['measures', p.data.measures, '举措类型'],
      ['partners', p.data.partners, '协作地区'],
    ] as const) {
      const seen = new Map<string, number>();
      list.forEach((v, i) => {
        const first = seen.get(v);
        if (first === undefined) seen.set(v, i);
        else problems.push({ file, field: `${field}[${i}]`, message: `${what} ${v} 重复（${field}[${first}] 已经是 ${v}）：每项只写一次，删去重复的这一项` });
      });
    }
    checkRef(p.data.briefing, briefingIdx, file, 'briefing', problems);
    const bd = briefingDate.get(p.data.briefing);
    if (bd !== undefined && bd !== p.data.date.getTime()) {
      problems.push({ file, field: 'date', message: `日期 ${p.data.date.toISOString().slice(0, 10)} 与简报 ${p.data.briefing} 的日期 ${new Date(bd).toISOString().slice(0, 10)} 不一致` });
    }
    const lists = listedIn.get(p.entry.id) ?? [];
    // Only against a briefing that could be read and validated: a broken one has no list to compare with.
    if (briefingDate.has(p.data.briefing) && !lists.includes(p.data.briefing)) {
      problems.push({ file, field: 'briefing', message: `简报 ${p.data.briefing} 的 practices 列表中没有本案例 ${p.entry.id}` });
    }
    if (!(p.entry.body ?? '').trim()) {
      // Not also one "引文…找不到" per metric: an empty body is the one thing to fix.
      problems.push({ file, field: 'body', message: '正文为空' });
    } else {
      checkMetrics(file, 'metrics', p.data.metrics, p.entry.body ?? '', false, isDraft(p.entry));
      labelPlaceholders(p.entry, 'metrics', p.data.metrics);
      // A result is something achieved by the time of the issue that reports it; a later year is a target or a typo.
      const issueYear = p.data.date.getUTCFullYear();
      p.data.metrics.forEach((m, i) => {
        if (m.kind === 'baseline' && m.year !== undefined && m.year > issueYear) {
          problems.push({
            file,
            field: `metrics[${i}].year`,
            message: `起点（kind: baseline）的年份 ${m.year} 晚于本案例的日期 ${p.data.date.toISOString().slice(0, 10)}：起点是已经有的数字，不会在发布之后。请核对年份`,
          });
        }
        if (m.kind === 'result' && m.year !== undefined && m.year > issueYear) {
          problems.push({
            file,
            field: `metrics[${i}].year`,
            message: `成效（kind: result）的年份 ${m.year} 晚于本案例的日期 ${p.data.date.toISOString().slice(0, 10)}：已取得的成效不会在发布之后；若原文说的是目标，kind 应为 target，否则请核对年份`,
          });
        }
        // And a target is for a year still to come: a year already past when the issue was printed is what was
        // achieved (or the starting point) that year.
        if (m.kind === 'target' && m.year !== undefined && m.year < issueYear) {
          problems.push({
            file,
            field: `metrics[${i}].year`,
            message: `目标（kind: target）的年份 ${m.year} 早于本案例的日期 ${p.data.date.toISOString().slice(0, 10)}：已经过去的年份不是目标。若原文说的是那一年取得的数字，kind 应为 result（起点的数字为 baseline），否则请核对年份`,
          });
        }
      });
      checkBody(p.entry, 'practices');
      const source = briefingSource.get(p.data.briefing);
      // Compared with the source issue by issue, below, with the issue's coverage.
      if (source !== undefined) pendingFidelity.set(p.entry, { corrections: p.data.corrections, source });
    }
  }

  // What an issue's frontmatter says of it agrees with what its raw text prints (masthead, colophon).
  for (const b of briefings) {
    if (!corpus.readSeed || (seedFiles && !seedFiles.has(b.data.source))) continue;
    const key = corpus.memo && seedKeyOf(b.data.source);
    let printed = (key ? corpus.memo!.get(`printed\0${key}`) : undefined) as PrintedIssue | undefined;
    if (!printed) {
      const read = readSeed(b.data.source);
      if (!read || !('text' in read)) continue;
      printed = printedIssue(read.text);
      if (key) corpus.memo!.set(`printed\0${key}`, printed);
    }
    const seed = `seeds/${b.data.source}`;
    const file = b.entry.file;
    const iso = b.data.date.toISOString().slice(0, 10);
    const asPrinted = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
    if (printed.dates.length && !printed.dates.includes(iso)) {
      problems.push({ file, field: 'date', message: `日期 ${iso} 与原文 ${seed} 印的日期（${printed.dates.map(asPrinted).join('、')}）不符：date 照原文报头或末尾“印发”行填写` });
    }
    if (printed.number !== undefined && b.data.number !== printed.number) {
      problems.push({ file, field: 'number', message: `期号${b.data.number === undefined ? '未填' : ` ${b.data.number}`}，原文 ${seed} 印的是“第 ${printed.number} 期”：number 应为 ${printed.number}` });
    } else if (printed.number === undefined && printed.masthead && b.data.number !== undefined) {
      problems.push({ file, field: 'number', message: `期号 ${b.data.number}，但原文 ${seed} 的报头没有印期号：原文没有印期号时 number 不填` });
    }
    if (printed.series && squeeze(b.data.series) !== printed.series) {
      problems.push({ file, field: 'series', message: `刊名“${b.data.series}”与原文 ${seed} 报头印的“${printed.series}”不符：刊名照原文填写（同一刊物各期必须一致，上一期/下一期按刊名相连）` });
    }
    if (printed.issuers.length && !printed.issuers.includes(squeeze(b.data.issuer))) {
      problems.push({ file, field: 'issuer', message: `编发单位“${b.data.issuer}”与原文 ${seed} 印的“${printed.issuers.join('”“')}”不符：照原文填写` });
    }
    // The distribution lines and the editor's note are the issue's own words: each is printed after its label, whole.
    // The verdicts are kept in the check's cache with the source's hash (thousands of issues at scale).
    const fields = [['reportTo', '报'], ['sendTo', '送'], ['distributeTo', '发'], ['editorNote', '编者按']] as const;
    const fieldsKey = key && `fields\0${key}\0${JSON.stringify([fields.map(([f]) => b.data[f] ?? null), b.data.subseries ?? null])}`;
    let verdicts = (fieldsKey ? corpus.memo!.get(fieldsKey) : undefined) as (string | null)[] | undefined;
    if (!verdicts) {
      const read = readSeed(b.data.source);
      let flat: FlatText | undefined;
      verdicts = read && 'text' in read
        ? [
            ...fields.map(([field, label]) => (b.data[field] === undefined ? null : printedField((flat ??= flatText(read.text)), label, b.data[field]!))),
            b.data.subseries === undefined ? null : squeeze(read.text.split('\n').slice(0, 15).join('')).includes(squeeze(b.data.subseries)) ? 'printed' : 'absent',
          ]
        : [];
      if (fieldsKey && verdicts.length) corpus.memo!.set(fieldsKey, verdicts);
    }
    if (verdicts.length) {
      fields.forEach(([field, label], k) => {
        const value = b.data[field];
        const how = verdicts[k];
        if (value === undefined || !how) return;
        if (how === 'absent') {
          problems.push({ file, field, message: `原文 ${seed} 没有印“${label}：${cutText(value, 30)}”：${field} 照原文“${label}：”后面的文字填写；原文没有这一项时不填` });
        } else if (how === 'cut') {
          problems.push({ file, field, message: `“${cutText(value, 30)}”只是原文 ${seed} 中“${label}：”这一项的开头：照原文填写整项（到这一项在原文中结束为止）` });
        }
      });
      if (b.data.subseries !== undefined && verdicts[fields.length] === 'absent') {
        problems.push({ file, field: 'subseries', message: `原文 ${seed} 的报头没有印“${b.data.subseries}”：subseries 照报头印的栏目名填写；没有时不填` });
      }
    }
  }

  // Each issue's practices, drafts included (their text is the issue's too), against the issue's source.
  const practiceById = new Map(practices.map((p) => [p.entry.id, p]));
  for (const b of briefings) {
    const listed = b.data.practices.map((id) => practiceById.get(id));
    if (listed.some((p) => p === undefined || p.data.briefing !== b.entry.id)) continue;
    const drafts = listed.filter((p) => isDraft(p!.entry)).map((p) => p!.entry.id);
    if (drafts.length && drafts.length < listed.length) {
      problems.push({
        file: b.entry.file,
        field: 'practices',
        message: `本期的案例 ${drafts.join('、')} 仍是草稿（draft: true），本期页面只会列出 ${listed.length - drafts.length} 篇（共 ${listed.length} 篇）：核对完后删除它们的 draft 行；整期未完成时，把本期所有案例都设为草稿`,
      });
    }
    // Fidelity and coverage of an issue depend only on its raw text and its practices' files: unchanged since the
    // last check, their verdict is taken from the check's cache (thousands of issues at scale, one added at a time).
    const seedKey = corpus.memo && seedKeyOf(b.data.source);
    const key =
      seedKey &&
      `issue\0${createHash('sha1')
        .update(`${seedKey}\0${series.join('\0')}\0`)
        .update(JSON.stringify(listed.map((p) => [p!.entry.file, p!.entry.bodyLine, p!.entry.body, p!.data.title, p!.data.corrections, pendingFidelity.has(p!.entry)])))
        .digest('base64')}`;
    const kept = key ? (corpus.memo!.get(key) as Problem[] | undefined) : undefined;
    for (const p of listed) pendingFidelity.delete(p!.entry);
    if (kept) {
      problems.push(...kept);
      continue;
    }
    const from = problems.length;
    for (const p of listed) if (p!.entry.body?.trim()) checkFidelity(p!.entry, p!.data.corrections, b.data.source);
    checkCoverage(listed.map((p) => ({ entry: p!.entry, title: p!.data.title, corrections: p!.data.corrections })), b.data.source, b.entry.file);
    if (key) corpus.memo!.set(key, problems.slice(from));
  }
  // Practices of no well-formed issue (their issue's list is wrong, which is reported): each against its source.
  for (const [entry, { corrections, source }] of pendingFidelity) checkFidelity(entry, corrections, source);

  for (const pl of plans) {
    const { file } = pl.entry;
    checkRef(pl.data.region, regionIdx, file, 'region', problems);
    pl.data.groups.forEach((g, i) => checkRef(g.group, groupIdx, file, `groups[${i}].group`, problems));
    checkPlanStructure(pl.entry.file, pl.data);
    if (!(pl.entry.body ?? '').trim()) {
      problems.push({ file, field: 'body', message: '正文为空' });
    } else {
      checkMetrics(file, 'targets', pl.data.targets, pl.entry.body ?? '', true, isDraft(pl.entry));
      labelPlaceholders(pl.entry, 'targets', pl.data.targets);
      checkPlanGroups(pl.entry, pl.data.groups);
      checkBody(pl.entry, 'plans');
      checkFidelity(pl.entry, pl.data.corrections, pl.data.source);
      checkCoverage([{ entry: pl.entry, corrections: pl.data.corrections }], pl.data.source);
    }
    if (seedFiles && !seedFiles.has(pl.data.source)) {
      problems.push({ file, field: 'source', message: `seeds/ 中没有文件 ${pl.data.source}` });
    } else checkSourceHash(file, pl.data.source, pl.data.sourceSha256);
  }

  // Moved addresses: the old one is no page any more, the new one is a published page, and each leads there at once.
  if (corpus.redirects && corpus.redirects.data !== undefined) {
    const { file } = corpus.redirects;
    if (!Array.isArray(corpus.redirects.data)) {
      problems.push({ file, field: '', message: '应为列表（每项以 - 开头，写 from 和 to）' });
    } else {
      const items = corpus.redirects.data.map((data, i) => ({ file, id: String(i), at: `[${i}]`, data }));
      const parsed = parseAll(items, redirectSchema, problems);
      const live = (path: string): boolean => {
        const seg = /^\/([a-z]+)\/([^/]+)\/$/.exec(path);
        if (seg) {
          const route = seg[1]!;
          const id = decode(seg[2]!);
          const pub = route === 'practices' || route === 'plans' || route === 'briefings' ? !unpublished[route].has(id) : true;
          return Boolean(INTERNAL_ROUTES[route] && routeIds[route]!.has(id) && pub);
        }
        return /^\/(search|metrics|practices|briefings|plans|regions|groups|measures|sources)?\/?$/.test(path);
      };
      const froms = new Map<string, string>();
      for (const r of parsed) {
        const at = r.entry.at!;
        const { from, to } = r.data;
        if (live(from)) problems.push({ file, field: `${at}.from`, message: `旧地址 ${from} 仍是现有页面：只登记已经不存在的地址（改名、合并或删除之前的地址）` });
        if (!live(to)) problems.push({ file, field: `${at}.to`, message: `新地址 ${to} 不是本站已发布的页面：应为改名后的地址，例如 /practices/<新 id>/` });
        const first = froms.get(from);
        if (first) problems.push({ file, field: `${at}.from`, message: `旧地址 ${from} 已在 ${first} 登记过：每个旧地址只登记一次` });
        else froms.set(from, at);
        if (from === to) problems.push({ file, field: `${at}.to`, message: '新地址与旧地址相同' });
      }
      for (const r of parsed) {
        if (froms.has(r.data.to)) problems.push({ file, field: `${r.entry.at}.to`, message: `新地址 ${r.data.to} 本身也登记为旧地址（${froms.get(r.data.to)}）：直接写最终的地址` });
      }
    }
  }

  return problems;
}
