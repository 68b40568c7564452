// The static server the browser tests and the bench use: a bad request is answered, and never brings it down.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../../scripts/lib/static-server.ts';

test('a malformed address gets 404 and the server goes on serving', async () => {
  const root = mkdtempSync(join(tmpdir(), 'serve-'));
  writeFileSync(join(root, 'a.txt'), 'x');
  const { server, port } = await serveStatic(root);
  try {
    assert.equal((await fetch(`http://127.0.0.1:${port}/%E0%A4%A`)).status, 404);
    const ok = await fetch(`http://127.0.0.1:${port}/a.txt`);
    assert.equal(ok.status, 200);
    assert.equal(await ok.text(), 'x');
  } finally {
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
