// The search quality set (tests/search-quality/queries.json, npm run search:quality) is well formed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

test('the search quality set holds each query once, each with the pages it expects', () => {
  const set = JSON.parse(readFileSync('tests/search-quality/queries.json', 'utf8')) as { queries: { q: string; expect: string[] }[] };
  const seen = new Map<string, number>();
  set.queries.forEach((x, i) => {
    assert.ok(!seen.has(x.q), `“${x.q}” is in the set twice (entries ${seen.get(x.q)} and ${i}): it would count twice in recall@5 and MRR`);
    seen.set(x.q, i);
    assert.ok(x.expect.length > 0, `“${x.q}” expects no page`);
  });
});
