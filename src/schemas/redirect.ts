import { z } from 'astro/zod';

const sitePath = z.string().regex(/^\/[^\s?#]*\/$/, '应为站内地址，以 / 开头和结尾，例如 /practices/wenling-employment/');

/**
 * An address that moved: a page renamed or merged keeps its old address, which leads to the new one. File:
 * content/redirects.yaml, a list of these.
 */
export const redirectSchema = z.strictObject({
  /** The old address, as it was published: `/practices/wenling-employment/`. */
  from: sitePath,
  /** Where it is now: `/practices/wenling-quality-jobs/`. */
  to: sitePath,
  /** Why, in a few words, e.g. `案例改名`. */
  reason: z.string().min(2).optional(),
});

export const redirectsSchema = z.array(redirectSchema);

export type Redirect = z.infer<typeof redirectSchema>;
