/** content/redirects.yaml as the site reads it (the content check has checked it): the moved addresses. Node only. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { redirectsSchema, type Redirect } from '../schemas/redirect.ts';

/** The moved addresses of a content folder; none when it has no redirects.yaml. */
export function readRedirects(contentDir: string): Redirect[] {
  const path = join(contentDir, 'redirects.yaml');
  return existsSync(path) ? redirectsSchema.parse(parse(readFileSync(path, 'utf8')) ?? []) : [];
}
