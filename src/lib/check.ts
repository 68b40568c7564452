/** Runs the content check on a content folder from disk: used by `npm run check` and by the build integration. */
import { loadCorpus } from './load-corpus.ts';
import { formatProblem, validateCorpus, type Problem, type RenderedFragment } from './validate.ts';

/**
 * Every problem of the content in `contentDir`. Links to a #fragment that only the rendered page can confirm are
 * added to `rendered`, when given, for the build to check once the pages exist.
 */
export function checkContent(contentDir: string, seedsDir = 'seeds', cacheFile?: string, rendered?: RenderedFragment[]): Problem[] {
  const { corpus, problems, save } = loadCorpus(contentDir, seedsDir, cacheFile);
  const found = [...problems, ...validateCorpus(corpus, rendered)];
  save();
  return found;
}

/** The report printed for a failed check: one line per problem, then the count. */
export function report(problems: readonly Problem[]): string {
  return [...problems.map(formatProblem), `内容检查：发现 ${problems.length} 个问题。`].join('\n');
}
