import type { AstroIntegration } from 'astro';
import { checkContent, report } from '../lib/check.ts';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../lib/paths.ts';

/** Resolves once everything written so far to stdout and stderr has been handed to the OS. */
function flushed(): Promise<void> {
  return new Promise((resolve) => process.stdout.write('', () => process.stderr.write('', () => resolve())));
}

/**
 * Runs the content check before Astro renders anything, so a bad file can never produce a page: the build fails with
 * every problem listed (file, field, what was found, what is allowed).
 *
 * A failed check is logged and ends the process with exit code 1 instead of throwing: Astro reports an error thrown
 * from a hook as "An unhandled error occurred while running the hook", followed by a Location and its own stack trace,
 * which says nothing to an editor. Nothing has been rendered or written at this point, so exiting is clean. `dev`
 * only reports the problems and keeps serving, so a file being edited can be fixed while the server runs.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const problems = checkContent(contentDir, 'seeds', fileURLToPath(new URL('content-check.bin', config.cacheDir)));
        if (problems.length === 0) {
          logger.info('content check passed');
          return;
        }
        const message = report(problems);
        if (command === 'dev') {
          logger.error(message);
          return;
        }
        logger.error(`内容检查未通过，未生成任何页面：\n${message}`);
        await flushed();
        process.exit(1);
      },
    },
  };
}
