/**
 * Schema errors in the editor's words: Zod's issues become messages that name the field, what was found and what is
 * allowed (an unknown key with the one probably meant, a value of the wrong type with the type wanted).
 */
import type { z } from 'astro/zod';
import { KIND_LABEL } from '../lib/metrics.ts';
import { chineseNumber, parseNumber, toHalfWidth } from '../lib/numbers.ts';
import { suggestId } from '../lib/suggest.ts';
import type { Problem, RawEntry } from './types.ts';
import { cutText } from '../lib/format.ts';

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
function describeValue(v: unknown): string {
  if (v === null) return '空值';
  if (typeof v === 'string') return `文字 “${cutText(v, 60)}”`;
  if (typeof v === 'number') return Number.isFinite(v) ? `数字 ${v}` : `${v}（YAML 的 .nan/.inf，不是一个数）`;
  if (typeof v === 'boolean') return `${v}`;
  if (v instanceof Date) return `日期 ${Number.isFinite(v.getTime()) ? v.toISOString().slice(0, 10) : String(v)}`;
  if (Array.isArray(v)) return `列表 ${cutText(JSON.stringify(v), 60)}`;
  return `键值对 ${cutText(JSON.stringify(v) ?? String(v), 60)}`;
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

/** What an option of a fixed list means, shown beside it: the metric kinds as the pages call them. */
const OPTION_NAMES: Record<string, string> = { ...KIND_LABEL };

/**
 * A schema issue in the editor's words. Messages the schemas set themselves (in Chinese) are kept; Zod's own English
 * ones are replaced, by issue code, with what is wrong, what was found and what is allowed.
 */
export function issueMessage(issue: z.core.$ZodIssue, value: unknown): string {
  // A schema's own message is in Chinese; Zod's English ones quote the values they list ("市"|"区"), which may be
  // Chinese: those quoted values do not make a message Chinese.
  if (CJK.test(issue.message.replace(/"[^"]*"/g, ''))) {
    // A format the schema describes in words: say what was written too.
    return issue.code === 'invalid_format' && typeof value === 'string' ? `${issue.message}，收到 “${value}”` : issue.message;
  }
  const i = issue as z.core.$ZodIssue & { expected?: string; origin?: string; minimum?: number | bigint; maximum?: number | bigint; inclusive?: boolean; values?: unknown[] };
  const quoted = typeof value === 'string' ? `“${value}”` : typeof value === 'number' ? String(value) : describeValue(value);
  switch (issue.code) {
    case 'invalid_type': {
      const name = TYPE_NAMES[i.expected ?? ''] ?? String(i.expected);
      const want = /^[a-z]/i.test(name) ? ` ${name}` : name;
      if (value === undefined) return `缺少必填字段（应为${want.replace(/（.*$/, '')}）`;
      // A number typed as text. (Zod reports an int field's text as expected number too; expected int comes only with a
      // finite number that is not whole, which the general message says as 应为整数，收到数字 2021.5.)
      const text = i.expected === 'number' && typeof value === 'string' ? value : undefined;
      let hint = '';
      if (text !== undefined && /^\s*-?[\d.]+\s*$/.test(text)) hint = '（数字不加引号）';
      // Typed with a Chinese input method: full-width digits (３８６０), a full-width point or minus.
      else if (text !== undefined && /^[\s\u3000]*[－-]?[０-９\d．.]+[\s\u3000]*$/.test(text)) {
        hint = `（这是全角数字：改成半角 ${toHalfWidth(text.trim()).replace(/－/g, '-')}）`;
      }
      // A figure written as the text prints it: with 万/亿 (3.92万), or with thousands separators (4,395,250).
      else if (text !== undefined && /^\s*[\d.]+\s*[万亿]\s*$/.test(text)) {
        hint = `（万/亿要换算，只写数字：${parseNumber(text)}）`;
      } else if (text !== undefined && /^\s*(?:19|20)\d\d\s*年\s*$/.test(text)) {
        // A year as the text writes it (2021年): year holds the number alone.
        hint = `（年份只写数字：${text.replace(/\D/g, '')}）`;
      } else if (text !== undefined && /^\s*\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?\s*$/.test(text)) {
        hint = `（数字不加千位分隔的逗号：${text.replace(/[,，\s]/g, '')}）`;
      } else if (text !== undefined && /^\s*[\d.]+\s*[万亿]?\s*[^\d\s万亿.,，]+\s*$/.test(text) && parseNumber(text) !== undefined) {
        // The figure with its unit, as the quote prints it (72000人次, 100%, 15.3万元).
        const unit = text.replace(/^\s*[\d.]+\s*[万亿]?\s*/, '').trim();
        hint = `（value 只写数字 ${parseNumber(text)}${/[万亿]/.test(text) ? '，万/亿已换算' : ''}，单位写在 unit：${unit}）`;
      } else if (text !== undefined && chineseNumber(text.trim()) !== undefined) {
        hint = `（汉字写的数要写成阿拉伯数字：${chineseNumber(text.trim())}）`;
      }
      return `应为${want}，收到${describeValue(value)}${hint}`;
    }
    case 'too_small': {
      const min = Number(i.minimum);
      if (i.origin === 'string') {
        if (min <= 1 || (typeof value === 'string' && value.trim() === '')) return '不能为空';
        return `至少 ${min} 个字符，收到 ${quoted}（${[...String(value)].length} 个字符）`;
      }
      if (i.origin === 'array' || i.origin === 'set') return `至少 ${min} 项${min === 1 ? '，不能为空列表' : ''}`;
      // A year written short (year: 21 for 2021): the only field with such a floor.
      const year = min === 1949 && typeof value === 'number' && value >= 0 && value < 100 ? `（年份写四位数字，如 ${2000 + value}）` : '';
      return `${i.inclusive === false ? '应大于' : '不能小于'} ${min}，收到 ${quoted}${year}`;
    }
    case 'too_big': {
      const max = Number(i.maximum);
      if (i.origin === 'string') return `最多 ${max} 个字符，收到 ${[...String(value)].length} 个字符`;
      if (i.origin === 'array' || i.origin === 'set') return `最多 ${max} 项`;
      return `${i.inclusive === false ? '应小于' : '不能大于'} ${max}，收到 ${quoted}`;
    }
    case 'invalid_value': {
      const options = `只能是以下之一：${(i.values ?? []).map((v) => (OPTION_NAMES[String(v)] ? `${String(v)}（${OPTION_NAMES[String(v)]}）` : String(v))).join('、')}`;
      // A field of a fixed list left out (status:) is missing, not a value of some kind.
      return value === undefined ? `缺少必填字段：${options}` : `${options}，收到 ${quoted}`;
    }
    case 'invalid_format':
    case 'invalid_union':
      return `格式不对，收到 ${quoted}`;
    case 'not_multiple_of':
      return `取值不符合要求，收到 ${quoted}`;
    default:
      return `取值不对，收到 ${quoted}`;
  }
}

/**
 * Parses every entry with its schema; schema errors become problems, valid entries are returned. `missing` says, for a
 * required field left out, what to write there (the ids allowed, the one its title suggests).
 */
export function parseAll<S extends z.ZodType>(entries: RawEntry[], schema: S, problems: Problem[], missing?: (field: string, entry: RawEntry) => string | undefined): Parsed<S>[] {
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
        const value = valueAt(entry.data, issue.path);
        message = issueMessage(issue, value);
        const hint = issue.code === 'invalid_type' && value === undefined ? missing?.(fieldPath(issue.path), entry) : undefined;
        if (hint) message = `${message}：${hint}`;
      }
      problems.push({ file: entry.file, field, message });
    }
  }
  return out;
}
