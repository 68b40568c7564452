import type { AstroIntegration } from 'astro';
import { checkContent, report } from '../lib/check.ts';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../lib/paths.ts';

/**
 * Runs the content check before Astro renders anything, so a bad file can never produce a page: the build fails with
 * every problem listed (file, field, what was found, what is allowed).
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
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
        throw new Error(`内容检查未通过，未生成任何页面：\n${message}`);
      },
    },
  };
}
