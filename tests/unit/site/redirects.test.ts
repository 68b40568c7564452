// content/redirects.yaml as the build reads it. The content check reports a bad file in the editor's words first; in
// `astro dev`, which only prints the check's problems, the build's own read still has to say which file it failed on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRedirects } from '../../../src/lib/redirects.ts';

function withRedirects(text: string | undefined, run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
  try {
    if (text !== undefined) writeFileSync(join(dir, 'redirects.yaml'), text);
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the moved addresses are read; a content folder without redirects.yaml has none', () => {
  withRedirects('- from: /practices/a/\n  to: /practices/b/\n', (dir) =>
    assert.deepEqual(readRedirects(dir), [{ from: '/practices/a/', to: '/practices/b/' }]),
  );
  withRedirects(undefined, (dir) => assert.deepEqual(readRedirects(dir), []));
});

test('a redirects.yaml that cannot be read fails naming the file', () => {
  for (const bad of ['- from: /practices/a/\n  to: [unclosed\n', '- from: practices/a\n  to: /practices/b/\n']) {
    withRedirects(bad, (dir) => assert.throws(() => readRedirects(dir), (e: Error) => e.message.includes(join(dir, 'redirects.yaml'))));
  }
});
