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

/**
 * The draft `dir/file` as an editor publishes it once every guess is checked and kept: without its draft line, its
 * 草稿 header, its 待核对 comments and its unverified lines.
 */
export function publish(dir: string, file: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const published = text.replace(/^draft: true\n/m, '').replace(/^# 草稿：.*\n/m, '').replace(/^ *# 待核对：.*\n/gm, '').replace(/ +# 待核对：.*$/gm, '').replace(/^ *unverified: .*\n/gm, '');
  assert.notEqual(published, text, `${file} is no draft`);
  writeFileSync(path, published);
}
