import { z } from 'astro/zod';
import { dateSchema } from './date.ts';
import { refSchema } from './taxonomy.ts';
import { sha256Schema } from './source.ts';

/** One issue of a briefing series (简报期次). File: content/briefings/<id>.yaml */
export const briefingSchema = z.strictObject({
  /** Series name without book-title marks, e.g. `台州共富工作简报`. */
  series: z.string().min(2),
  /** Sub-series printed under the masthead, e.g. `实践创新`, when the issue has one. */
  subseries: z.string().min(2).optional(),
  /** Issue number (第 3 期 → 3) only when the text prints it; never guessed. Absent shows as 未注明. */
  number: z.number().int().positive().optional(),
  /**
   * A supplement's or special issue's own number (增刊第2期 → 2), numbered apart from the series' 第N期: given with
   * `subseries` 增刊 (专刊, 特刊), and `number` left out. Cited as 《刊名》增刊第2期.
   */
  specialNumber: z.number().int().positive().optional(),
  /** Date of issue (印发 date), YYYY-MM-DD. */
  date: dateSchema,
  /** The issuing office, as printed. */
  issuer: z.string().min(2),
  /** 报： line (reported to), as printed, when present. */
  reportTo: z.string().min(2).optional(),
  /** 送： line (sent to), as printed, when present. */
  sendTo: z.string().min(2).optional(),
  /** 抄送： line (copied to), as printed, when present: a line of its own, not part of 送 (shown as 抄送). */
  copyTo: z.string().min(2).optional(),
  /** 发： line (distributed to), as printed, when present. */
  distributeTo: z.string().min(2).optional(),
  /** 编者按 (editor's note) text, paragraphs separated by blank lines, when present. */
  editorNote: z.string().min(2).optional(),
  /** Ids of the practices in this issue, in printed order. Each must exist in content/practices/. */
  practices: z.array(refSchema).min(1),
  /** File name of the raw source text in seeds/, e.g. `002_d3d2b23bbdabca64.txt`. */
  source: z.string().regex(/^[\w.-]+\.txt$/, '应为 seeds/ 下的原始文本文件名，例如 002_d3d2b23bbdabca64.txt'),
  /**
   * SHA-256 of the raw source file's bytes when it was imported (`npm run ingest` writes it): the content check fails
   * if the file in seeds/ is changed afterwards, since seeds/ holds the sources as extracted, never edited.
   */
  sourceSha256: sha256Schema.optional(),
});
