import { z } from 'astro/zod';
import { dateSchema } from './date.ts';
import { refSchema } from './taxonomy.ts';
import { metricSchema, correctionSchema } from './metric.ts';

/** One county practice from a briefing issue. File: content/practices/<id>.md; the body is the practice's text. */
export const practiceSchema = z.strictObject({
  /** Title as printed in the briefing (line breaks of the PDF removed). */
  title: z.string().min(4),
  /** Region id from content/taxonomy/regions.yaml (`taizhou` for 市本级 practices). */
  region: refSchema,
  /** Other regions the practice works with (e.g. 山海协作 partners), region ids. */
  partners: z.array(refSchema).default([]),
  /** Target-group ids from content/taxonomy/groups.yaml; at least one once published (the content check), a draft may wait. */
  groups: z.array(refSchema),
  /** Measure-kind ids from content/taxonomy/measures.yaml; at least one once published (the content check). */
  measures: z.array(refSchema),
  /** Id of the briefing issue (content/briefings/<id>.yaml) that published it. */
  briefing: refSchema,
  /** Publication date, the same as the briefing's date, YYYY-MM-DD. */
  date: dateSchema,
  /** Figures the text states, each with its exact quote. */
  metrics: z.array(metricSchema).default([]),
  /** Extraction slips mended in the body, each recorded: `from` as the raw text has it, `to` as the page shows it. */
  corrections: z.array(correctionSchema).default([]),
  /** Set by the ingest script: the page is a draft the editor has not reviewed yet, and is not published. */
  draft: z.boolean().default(false),
});
