/**
 * The content check: every rule a page must satisfy before it is published, as one pure function over the raw files.
 * `npm run check` prints its problems; the build runs it first (src/integrations/content-check.ts) and stops on any.
 * Each problem names the file, the field, what was found and what is allowed.
 *
 * The rules are in rules/, one module per kind of file or concern; context.ts parses the entries and indexes their
 * ids once for all of them.
 */
import { checkContext } from './context.ts';
import { checkIssueLists, checkIssueTexts, checkMastheads } from './rules/briefings.ts';
import { checkInvisible } from './rules/characters.ts';
import { checkEntries } from './rules/entries.ts';
import { fidelityRules } from './rules/fidelity.ts';
import { checkLeftovers } from './rules/leftovers.ts';
import { checkPlans } from './rules/plans.ts';
import { checkPractices } from './rules/practices.ts';
import { checkRedirects } from './rules/redirects.ts';
import { checkTaxonomy } from './rules/taxonomy.ts';
import type { Problem, RawCorpus, RenderedFragment } from './types.ts';

/**
 * Runs every check. An empty list means the content can be published. Links to a #fragment that only the built page
 * can confirm are added to `rendered`, when given. The rules run in this order, so that the problems are listed in the
 * same order on every run: characters, schemas, ids and titles, the taxonomy, then briefings, practices and plans.
 */
export function validateCorpus(corpus: RawCorpus, rendered?: RenderedFragment[]): Problem[] {
  const problems: Problem[] = [];
  checkInvisible(corpus, problems);
  // Parses every entry (a schema error is a problem) and indexes the ids references may name.
  const ctx = checkContext(corpus, problems, rendered);
  checkEntries(ctx);
  checkTaxonomy(ctx);
  checkLeftovers(ctx);
  const fidelity = fidelityRules(ctx);
  const listedIn = checkIssueLists(ctx);
  const pending = checkPractices(ctx, listedIn);
  checkMastheads(ctx);
  checkIssueTexts(ctx, fidelity, pending);
  checkPlans(ctx, fidelity);
  checkRedirects(ctx);
  return problems;
}
