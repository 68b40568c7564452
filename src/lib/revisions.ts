/** A document's revision history: the chain of `supersedes` links it is on. Pure; unit-tested. */

/**
 * The ids of every version on `id`'s chain of revisions, oldest first, `id` among them: the earlier version each one
 * revises (`earlier`, its `supersedes`), back to the first, then the later version that revises each one (`later`)
 * up to the newest. A plan outside any chain has a history of one. The content check allows each plan one revision
 * and no circle; a circle met anyway (a draft site, a check turned off) ends the walk instead of looping.
 */
export function revisionChain(id: string, earlier: (id: string) => string | undefined, later: (id: string) => string | undefined): string[] {
  const seen = new Set([id]);
  const before: string[] = [];
  for (let e = earlier(id); e !== undefined && !seen.has(e); e = earlier(e)) {
    seen.add(e);
    before.unshift(e);
  }
  const after: string[] = [];
  for (let l = later(id); l !== undefined && !seen.has(l); l = later(l)) {
    seen.add(l);
    after.push(l);
  }
  return [...before, id, ...after];
}
