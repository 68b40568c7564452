// The browser tests' fixture sites: a copy is made on first use and removed by close(), so that loading a spec file
// (Playwright does so to list the tests, where no afterAll runs) leaves nothing behind in .bench/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { fixtureSite } from '../../support/fixture-site.ts';

const copies = (): string[] => {
  mkdirSync('.bench', { recursive: true });
  return readdirSync('.bench').filter((name) => name.startsWith('fixture-probe-'));
};

test('a fixture site copies nothing until it is used, and close() removes its copy', () => {
  const before = copies();
  const site = fixtureSite('fixture-probe');
  assert.deepEqual(copies(), before, 'defining a fixture site made a copy in .bench/');
  site.close();
  assert.deepEqual(copies(), before);

  const used = fixtureSite('fixture-probe');
  assert.ok(existsSync(`${used.content}/taxonomy`), 'the copy of content/ holds the taxonomy');
  assert.ok(existsSync(used.seeds));
  assert.equal(copies().length, before.length + 1);
  used.close();
  assert.deepEqual(copies(), before, 'close() left the copy behind');
});
