/**
 * The content check in a process of its own, so that `astro build` can sync the content on its other core meanwhile
 * (src/integrations/content-check.ts). Receives the folders and the cache file, answers with the problems and the
 * links that only the built pages can confirm.
 */
import { checkContent } from './check.ts';
import type { Problem, RenderedFragment } from './types.ts';

export interface CheckJob {
  contentDir: string;
  seedsDir: string;
  cacheFile: string;
}

export interface CheckAnswer {
  problems: Problem[];
  rendered: RenderedFragment[];
  /** The files marked `draft: true`, which are not published. */
  drafts: string[];
}

process.once('message', (job: CheckJob) => {
  const rendered: RenderedFragment[] = [];
  const drafts: string[] = [];
  const problems = checkContent(job.contentDir, job.seedsDir, job.cacheFile, rendered, drafts);
  // Disconnecting after the answer is sent lets the process end; the build reads the answer before the disconnection.
  process.send!({ problems, rendered, drafts } satisfies CheckAnswer, () => process.disconnect());
});
