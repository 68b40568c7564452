/** content/redirects.yaml as the site reads it (the content check has checked it): the moved addresses. Node only. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { redirectsSchema, type Redirect } from '../schemas/redirect.ts';
import { readYamlText } from './yaml.ts';

/**
 * The moved addresses of a content folder; none when it has no redirects.yaml. A file that is not valid YAML or not a
 * list of moves throws an error naming it (`astro dev` goes on past a failed content check, and reaches this read).
 */
export function readRedirects(contentDir: string): Redirect[] {
  const path = join(contentDir, 'redirects.yaml');
  if (!existsSync(path)) return [];
  try {
    return redirectsSchema.parse(readYamlText(readFileSync(path, 'utf8')) ?? []);
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}（npm run check 会说明问题在哪里）`, { cause: e });
  }
}
