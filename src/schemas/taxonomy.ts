import { z } from 'astro/zod';

/** ASCII identifier used in URLs and in frontmatter references: lowercase letters, digits and hyphens. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id 只能用小写字母、数字和连字符（例如 yuhuan、technical-workers）');

/**
 * A reference to an id of another collection. Only its presence is checked here; whether the id exists is checked by
 * the content check (src/check/), which can then name the allowed values and the id that was probably meant.
 */
export const refSchema = z.string().trim().min(1, '不能为空');

/** A region: a prefecture-level city or one of its county-level divisions. File: content/taxonomy/regions.yaml */
export const regionSchema = z.strictObject({
  /** ASCII id used in URLs and in a practice's `region` field, e.g. `yuhuan`. */
  id: idSchema,
  /** Official name as printed in documents, e.g. `玉环市`. */
  name: z.string().min(2),
  /** Display order (smaller first): the official order of the divisions. */
  order: z.number().int(),
  /** Administrative level: 市 (prefecture-level city), 区 (district), 县级市 (county-level city) or 县 (county). */
  level: z.enum(['市', '区', '县级市', '县']),
  /** Name of the prefecture-level city this division belongs to (e.g. `台州市`); omitted for a prefecture-level city itself. */
  parent: z.string().min(2).optional(),
  /** Other names readers and documents use: short forms (`玉环`), old names. Used for search and ingest. */
  aliases: z.array(z.string().min(1)).default([]),
});

/** A target group of the "扩中""提低" plans. File: content/taxonomy/groups.yaml */
export const groupSchema = z.strictObject({
  /** ASCII id, e.g. `technical-workers`. */
  id: idSchema,
  /** Display name, as the plans print it, e.g. `技术工人`. */
  name: z.string().min(2),
  /** One sentence on who belongs to the group. */
  description: z.string().min(4),
  /** Other names for the same people in plans and practices (`产业工人`, `技能人才` …): search and ingest match them. */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * What readers call these people by the work they do, in words no document prints (`送外卖`, `小老板`): search finds
   * the group by them, but the group's page does not list them as 又称 and the ingest does not tag a text by them.
   */
  spoken: z.array(z.string().min(1)).default([]),
  /** Display order on index pages (smaller first). */
  order: z.number().int(),
});

/** A kind of measure (policy instrument). File: content/taxonomy/measures.yaml */
export const measureSchema = z.strictObject({
  /** ASCII id, e.g. `equity-incentive`. */
  id: idSchema,
  /** Display name, e.g. `股权激励`. */
  name: z.string().min(2),
  /** One line saying what counts as this kind of measure. */
  description: z.string().min(4),
  /** Words in a text that suggest this measure (used by search and by the ingest script). */
  keywords: z.array(z.string().min(1)).default([]),
});

/** A comparable indicator: metrics that measure the same thing in different places share it. File: content/taxonomy/indicators.yaml */
export const indicatorSchema = z.strictObject({
  /** ASCII id, e.g. `new-high-skilled-talents`. */
  id: idSchema,
  /** Display name, e.g. `新增高技能人才`. */
  name: z.string().min(2),
  /** The unit every metric of this indicator must use, e.g. `人`, `元`, `%`. */
  unit: z.string().min(1),
  /** Other units the texts count the same thing in: 户 for the 市场主体 counted in 家. Each is accepted as `unit` is. */
  otherUnits: z.array(z.string().min(1)).optional(),
  /** What is counted, for readers comparing figures. */
  description: z.string().min(4).optional(),
  /**
   * Ids of the target groups (groups.yaml) whose condition this indicator measures, e.g. `[vulnerable-groups]` for
   * 最低生活保障标准: a plan's target with this indicator is listed on those groups' pages wherever the plan states it.
   */
  groups: z.array(refSchema).optional(),
});

export type Region = z.infer<typeof regionSchema>;
/**
 * Words that mean the same thing to a reader searching: a query with any of them finds pages with any (电商 finds
 * 农村电子商务). Only for search; not a facet. File: content/taxonomy/synonyms.yaml
 */
export const synonymSchema = z.strictObject({
  /** ASCII id, e.g. `e-commerce`. */
  id: idSchema,
  /** The full name the documents use, e.g. `电子商务`. */
  name: z.string().min(2),
  /** Other names of the same thing, two characters or more, e.g. `电商`. */
  aliases: z.array(z.string().min(2)).min(1),
});

export type Measure = z.infer<typeof measureSchema>;
