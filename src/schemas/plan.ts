import { z } from 'astro/zod';
import { dateSchema } from './date.ts';
import { refSchema } from './taxonomy.ts';
import { sha256Schema } from './source.ts';
import { metricSchema, correctionSchema } from './metric.ts';

/** 发文字号: organ code, year in 〔〕, sequence, 号 — e.g. 青委办发〔2022〕14号. */
const docNumberSchema = z
  .string()
  .regex(/^[\u4e00-\u9fff]+〔\d{4}〕\d+号$/, '发文字号应形如 青委办发〔2022〕14号（六角括号〔〕，以“号”结尾）');

/** A measure a plan sets for a target group. */
const planMeasureSchema = z.strictObject({
  /** Number as printed in the group's section (1., 2. …). */
  no: z.number().int().positive(),
  /** The measure's lead sentence as printed, without its number and final 。, e.g. `大力培育新时代工匠`. */
  title: z.string().min(2),
  /** 责任单位: the responsible departments, as printed, one per item; empty when the plan names none. */
  units: z.array(z.string().min(1)).default([]),
  /**
   * How many of `units`, from the first, the plan prints as 牵头单位 when it prints 牵头单位：…；配合单位：… instead of one
   * 责任单位 list: the pages then show the two lists as printed. Absent for a 责任单位 list.
   */
  lead: z.number().int().positive().optional(),
});

/** What a plan sets out for one target group. */
const planGroupSchema = z.strictObject({
  /** Target-group id from content/taxonomy/groups.yaml. */
  group: refSchema,
  /** The section heading as printed, e.g. `技术工人激励计划`. */
  heading: z.string().min(2),
  /** The measures of that section, in order. */
  measures: z.array(planMeasureSchema).default([]),
});

/** A policy document (action plan). File: content/plans/<id>.md; the body is the full text. */
export const planSchema = z.strictObject({
  /** Title as printed, e.g. `青田县“扩中”“提低”行动方案（2021-2025年）`. */
  title: z.string().min(4),
  /** 发文字号 when the document has one. */
  docNumber: docNumberSchema.optional(),
  /** Issuing organs as printed, one per item; empty when the document prints none (a draft, say): shown as 未注明. */
  issuers: z.array(z.string().min(2)).default([]),
  /** Date of issue (or of the draft), YYYY-MM-DD, when the document gives it. */
  date: dateSchema.optional(),
  /** 正式印发 (issued) or 征求意见稿 (draft for comments). */
  status: z.enum(['正式印发', '征求意见稿']),
  /** Region id of the issuing government. */
  region: refSchema,
  /** The period the plan covers, e.g. `2021-2025`. */
  period: z.string().regex(/^\d{4}-\d{4}$/, '期限应形如 2021-2025（两个年份之间是半角连字符“-”，不是破折号或“至”）'),
  /** How the period is known when the text does not state it, shown beside it, e.g. `原文未写期限，按正文的“十四五”填写`. */
  periodNote: z.string().min(2).optional(),
  /**
   * The id of an earlier plan this one revises or replaces (a 修订 of it, or a plan that says it repeals it), when
   * its text says so. The earlier plan's page then says that it has been revised and links here.
   */
  supersedes: refSchema.optional(),
  /** Quantified targets the plan sets (kind `target`), each with its exact quote. */
  targets: z.array(metricSchema).default([]),
  /** What the plan sets out per target group, in printed order. */
  groups: z.array(planGroupSchema).default([]),
  /** Extraction slips mended in the body, each recorded: `from` as the raw text has it, `to` as the page shows it. */
  corrections: z.array(correctionSchema).default([]),
  /** Set by the ingest script: a draft the editor has not reviewed yet, and is not published. */
  draft: z.boolean().default(false),
  /** File name of the raw source text in seeds/. */
  source: z.string().regex(/^[\w.-]+\.txt$/, '应为 seeds/ 下的原始文本文件名'),
  /** SHA-256 of the raw source file's bytes when it was imported (see the briefing's `sourceSha256`). */
  sourceSha256: sha256Schema.optional(),
});
