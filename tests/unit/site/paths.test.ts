// Each corpus built with CONTENT_DIR has a cache folder of its own (src/lib/paths.ts), which the bench and the fixture
// builds remove afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheDirFor } from '../../../src/lib/paths.ts';

test("the project's content uses Astro's cache folder; another corpus one of its own, the same on every call", () => {
  assert.equal(cacheDirFor(undefined), './node_modules/.astro');
  const a = cacheDirFor('.bench/bench-abc/content');
  assert.match(a, /^\.\/node_modules\/\.astro\/corpus-[0-9a-z]+$/);
  assert.equal(cacheDirFor('.bench/bench-abc/content/'), a, 'a trailing slash names the same corpus');
  assert.notEqual(cacheDirFor('.bench/bench-abd/content'), a);
});
