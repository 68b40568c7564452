import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fork, type ChildProcess } from 'node:child_process';
import { checkContent, draftsNote, report } from '../check/check.ts';
import type { CheckAnswer, CheckJob } from '../check/check-worker.ts';
import { contentCheckSettled, setContentCheckGate } from '../lib/content-check-gate.ts';
import { brokenRenderedFragments } from '../check/rendered-fragments.ts';
import { contentDir, seedsDir, siteUrl, siteUrlKnown } from '../lib/paths.ts';
import type { RenderedFragment } from '../check/types.ts';

/** Resolves once everything written so far to stdout and stderr has been handed to the OS. */
function flushed(): Promise<void> {
  return new Promise((done) => process.stdout.write('', () => process.stderr.write('', () => done())));
}

/**
 * Checks the links of bodies to #fragments of template-made pages against the built pages in `outDir`. When one is
 * broken, the output folder is removed — its pages are built but the search index (made after this check) is not,
 * and nothing half-built may be deployed — and the report to print is returned; undefined when every link is good.
 */
export function checkBuiltFragments(rendered: readonly RenderedFragment[], outDir: string): string | undefined {
  const root = resolve(outDir);
  const html = (path: string) => {
    const file = /\.html?$/.test(path) ? path : path.replace(/\/?$/, '/index.html');
    try {
      return readFileSync(join(root, decodeURIComponent(file)), 'utf8');
    } catch {
      return undefined;
    }
  };
  const problems = brokenRenderedFragments(rendered, html);
  if (problems.length === 0) return undefined;
  return `链接检查未通过，${removeOutput(outDir)}（不留下没有搜索索引的半成品，以免被发布）。改正后重新构建：\n${report(problems)}`;
}

/**
 * Removes the output folder of a failed build and says what was removed. Never the project folder itself or a folder
 * above it (an outDir set to '.' by mistake): only its pages go then.
 */
function removeOutput(outDir: string): string {
  const root = resolve(outDir);
  const cwd = resolve(process.cwd());
  if (cwd === root || cwd.startsWith(`${root}${sep}`)) {
    for (const f of readdirSync(root, { recursive: true, encoding: 'utf8' })) if (/\.html$/.test(f)) rmSync(join(root, f), { force: true });
    return `已删除输出目录 ${outDir} 中的全部页面`;
  }
  rmSync(root, { recursive: true, force: true });
  return `已删除输出目录 ${outDir}`;
}

/** The check in a worker process; undefined when the worker could not run or answer (the caller checks in-process). */
function checkInWorker(job: CheckJob): Promise<CheckAnswer | undefined> {
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      child = fork(new URL('../check/check-worker.ts', import.meta.url), { serialization: 'advanced', stdio: 'inherit' });
    } catch {
      resolve(undefined);
      return;
    }
    // The answer comes through the channel before its end: 'disconnect' after a 'message' changes nothing.
    child.once('message', (answer: CheckAnswer) => resolve(answer));
    child.once('error', () => resolve(undefined));
    child.once('disconnect', () => resolve(undefined));
    child.send(job);
  });
}

/**
 * Runs the content check before Astro renders anything, so a bad file can never produce a page: the build fails with
 * every problem listed (file, field, what was found, what is allowed).
 *
 * `astro build` runs the check in a process of its own from the start, while Astro syncs the content on the other
 * core, and waits for it when the build starts, before anything is bundled or rendered. A loader that fails during
 * the sync waits for it too (src/lib/content-check-gate.ts), so a file that breaks the sync is reported by the check.
 * `dev` runs it in the server's process, before the sync, and only reports the problems and keeps serving, so a file
 * being edited can be fixed while the server runs.
 *
 * A failed check is logged and ends the process with exit code 1 instead of throwing: Astro reports an error thrown
 * from a hook as "An unhandled error occurred while running the hook", followed by a Location and its own stack trace,
 * which says nothing to an editor. Nothing has been rendered or written at this point, so exiting is clean; the output
 * folder of an earlier build is removed, so that it is not previewed or deployed as this build's.
 *
 * Links from a body to a #fragment of a page whose ids come from its template (a briefing, a region, /metrics/ …)
 * can only be confirmed once that page is built: they are checked when the build is done, before the search index
 * is made, and a broken one fails the build the same way; the output folder is then removed
 * ({@link checkBuiltFragments}), so no half-built site is left to deploy. Fragments of practice and plan pages are
 * checked from the source, before anything is built.
 */
export default function contentCheck(): AstroIntegration {
  let rendered: RenderedFragment[] = [];
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        setContentCheckGate(undefined);
        if (command !== 'build' && command !== 'dev') return;
        rendered = [];
        const job: CheckJob = { contentDir, seedsDir, cacheFile: fileURLToPath(new URL('content-check.bin', config.cacheDir)) };
        if (command === 'dev') {
          const drafts: string[] = [];
          const problems = checkContent(job.contentDir, job.seedsDir, job.cacheFile, rendered, drafts);
          if (problems.length) logger.error(report(problems));
          else logger.info('content check passed');
          if (drafts.length) logger.info(draftsNote(drafts));
          return;
        }
        const running = checkInWorker(job);
        let settled: Promise<void> | undefined;
        setContentCheckGate(() =>
          (settled ??= (async () => {
            let answer = await running;
            if (!answer) {
              logger.warn('内容检查的工作进程未能运行，改在构建进程中检查');
              answer = { rendered: [], problems: [], drafts: [] };
              answer.problems = checkContent(job.contentDir, job.seedsDir, job.cacheFile, answer.rendered, answer.drafts);
            }
            rendered = answer.rendered;
            if (answer.problems.length === 0) {
              logger.info('content check passed');
              if (answer.drafts.length) logger.info(draftsNote(answer.drafts));
              // Said once a build, as information: a test or an intranet build has no public address to give.
              if (!siteUrlKnown) logger.info(`未设置 SITE_URL：规范链接、站点地图和订阅源使用占位地址 ${siteUrl}；发布到公开网址前，构建时请设置 SITE_URL`);
              return;
            }
            // An earlier build's pages are not left behind to be previewed or deployed as if this build had made them.
            const out = fileURLToPath(config.outDir);
            const removed = existsSync(out) ? `，${removeOutput(out)}（不留下上次构建的页面，以免被当作这次的发布）` : '';
            logger.error(`内容检查未通过，未生成任何页面${removed}：\n${report(answer.problems)}`);
            await flushed();
            process.exit(1);
          })()),
        );
      },
      'astro:build:start': async () => {
        await contentCheckSettled();
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (rendered.length === 0) return;
        const failed = checkBuiltFragments(rendered, fileURLToPath(dir));
        if (!failed) {
          logger.info(`checked ${rendered.length} link(s) to #fragments of built pages`);
          return;
        }
        logger.error(failed);
        await flushed();
        process.exit(1);
      },
    },
  };
}
