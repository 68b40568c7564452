// Unit-test helpers: the content check run over a changed copy of content/, as an editor's change would be.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/check/check.ts';
import { formatProblem, type RenderedFragment } from '../../src/check/types.ts';

/** The check's report lines for a copy of content/ changed by `change(dir)`, with the temporary folder's path cut off. */
export function problemsAfter(change: (dir: string) => void, rendered?: RenderedFragment[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  try {
    cpSync('content', dir, { recursive: true });
    change(dir);
    return checkContent(dir, 'seeds', undefined, rendered).map((p) =>
      formatProblem(p).replace(/^.*?content-[^/]+\//, '').replace(/[^\s“”]*content-[A-Za-z0-9]{6}\//g, 'content/'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Replaces `from` (a string or a regex) in `dir/file`, failing if it is not there. */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  assert.notEqual(next, text, `${file} contains ${from}`);
  writeFileSync(path, next);
}
