// Every file under a folder, for the checks of a built site (check-links.ts, check-html.ts, check-nu.ts).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The paths of all files under `dir`, at any depth, each joined to `dir`. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}
