/** Runs the content check on a content folder from disk: used by `npm run check` and by the build integration. */
import { loadCorpus } from './load-corpus.ts';
import { formatProblem, validateCorpus, type Problem } from './validate.ts';

export function checkContent(contentDir: string, seedsDir = 'seeds', cacheFile?: string): Problem[] {
  const { corpus, problems } = loadCorpus(contentDir, seedsDir, cacheFile);
  return [...problems, ...validateCorpus(corpus)];
}

/** The report printed for a failed check: one line per problem, then the count. */
export function report(problems: readonly Problem[]): string {
  return [...problems.map(formatProblem), `内容检查：发现 ${problems.length} 个问题。`].join('\n');
}
