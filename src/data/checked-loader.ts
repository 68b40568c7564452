import type { Loader } from 'astro/loaders';
import { contentCheckSettled } from '../lib/content-check-gate.ts';

/**
 * A loader that, when it fails, waits for the content check before failing the sync: a file that breaks the loader
 * (a frontmatter the schema refuses, say) is then reported by the check, with its file, field and what is allowed.
 */
export function afterContentCheck(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      try {
        await loader.load(context);
      } catch (e) {
        await contentCheckSettled();
        throw e;
      }
    },
  };
}
