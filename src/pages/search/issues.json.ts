import type { APIRoute } from 'astro';
import { corpus } from '../../data/content';
import { issueNumberText } from '../../lib/format';

/**
 * `/search/issues.json`: the issue numbers the site's briefings print (第3期, 增刊第2期), each once, for the search page's
 * note on a query that names an issue the site does not have (src/lib/search/sections.ts, absentIssue). Loaded only
 * for such a query: in the page itself the list would grow with every issue and be loaded by every search.
 */
export const GET: APIRoute = async () => {
  const c = await corpus();
  const numbers = [...new Set(c.briefings.flatMap((b) => issueNumberText(b.data) ?? []))];
  return new Response(JSON.stringify(numbers), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
