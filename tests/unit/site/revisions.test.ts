import { test } from 'node:test';
import assert from 'node:assert/strict';
import { revisionChain } from '../../../src/lib/revisions.ts';

/** A site's plans as `supersedes` links: the later plan names the earlier one. */
function chainOf(supersedes: Record<string, string>) {
  const later = new Map(Object.entries(supersedes).map(([newer, older]) => [older, newer]));
  return (id: string) => revisionChain(id, (i) => supersedes[i], (i) => later.get(i));
}

test('every plan of a chain of revisions has the whole chain, oldest first, not one step each way', () => {
  const history = chainOf({ 'plan-2022': 'plan', 'plan-2023': 'plan-2022', 'plan-2024': 'plan-2023' });
  const all = ['plan', 'plan-2022', 'plan-2023', 'plan-2024'];
  for (const id of all) assert.deepEqual(history(id), all, id);
  assert.deepEqual(history('other-plan'), ['other-plan'], 'a plan on no chain is its only version');
});

test('a circle of revisions ends the walk instead of looping', () => {
  const history = chainOf({ a: 'b', b: 'c', c: 'a' });
  const chain = history('a');
  assert.deepEqual([...chain].sort(), ['a', 'b', 'c']);
  assert.equal(new Set(chain).size, chain.length);
});
