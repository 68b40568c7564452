import { z } from 'astro/zod';
import { refSchema } from './taxonomy.ts';

/** The fields of a metric that `npm run ingest` guesses, and names in `unverified` until the editor has checked them. */
const UNVERIFIED_FIELDS = ['label', 'year', 'kind', 'indicator'] as const;
export type UnverifiedField = (typeof UNVERIFIED_FIELDS)[number];

/**
 * One figure stated in a text. `quote` is the exact phrase of the body that states it, so every number on the site
 * can be traced to its sentence; the content check proves the quote is in the body and that `value` is its number.
 */
export const metricSchema = z.strictObject({
  /** What is counted, in the text's own words, e.g. `新增高技能人才`. */
  label: z.string().min(2),
  /** The number, with 万/亿 resolved: `3.92万人` is 39200 with unit `人`; `439.525万元` is 4395250 with unit `元`. */
  value: z.number(), // Zod 4 rejects Infinity and NaN in z.number() itself (YAML .inf, .nan)
  /** Unit after 万/亿 are resolved: 人, 人次, 元, 家, 个, 亩, 平方米, %, 年 … */
  unit: z.string().min(1),
  /** The year the figure refers to, when the text says (e.g. 2021, or 2025 for a target). */
  year: z.number().int().min(1949).max(2100).optional(),
  /**
   * `result`: something achieved; `target`: a goal to reach; `baseline`: the starting point a result is measured
   * from (从 2013年的 42654户…减少到…); `standard`: a rule, rate or entitlement the practice sets, not an outcome
   * (技能津贴 200元/月, 安家补贴 10万元, 医疗支出超2万元/年 预警).
   */
  kind: z.enum(['result', 'target', 'baseline', 'standard']),
  /**
   * True when the text qualifies the number as approximate (约, 近, 余, 多, 左右): required then, refused on an exact
   * number and on a bound (超, 超过, 逾, 以上, 以下, 不足, 最高 …), which is not an approximation.
   */
  approx: z.boolean().optional(),
  /** Exact phrase copied from the body (same characters, spaces included) that states the figure. */
  quote: z.string().min(2),
  /** Id of a comparable indicator in content/taxonomy/indicators.yaml, when the figure can be compared across places. */
  indicator: refSchema.optional(),
  /**
   * What `npm run ingest` guessed for this figure and the editor has not yet checked (`[label, year, kind]`, with
   * `indicator` when it suggested one). Allowed in a draft only: the content check reports it on a published page,
   * naming what to verify, until the editor has checked those fields and deleted this line.
   */
  unverified: z.array(z.enum(UNVERIFIED_FIELDS)).optional(),
});

/** A mended extraction slip, recorded so the change from the raw source stays visible and checkable. */
export const correctionSchema = z.strictObject({
  /** The characters as the raw extracted text has them, e.g. `and`. */
  from: z.string().min(1),
  /** The characters as the page shows them, e.g. `、`. */
  to: z.string(),
  /** Why, in a few words, e.g. `提取时把顿号误作英文 and`. */
  reason: z.string().min(2),
});
