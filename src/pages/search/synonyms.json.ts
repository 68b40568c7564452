import type { APIRoute } from 'astro';
import { corpus } from '../../data/content';
import { buildDictionary } from '../../lib/search/dictionary';

/**
 * `/search/synonyms.json`: the facet values and their aliases from the taxonomy, and the search synonyms
 * (content/taxonomy/synonyms.yaml), which the search page loads on first use (see src/lib/search/dictionary.ts).
 * Generated at build time, so a new alias in content/taxonomy/*.yaml reaches search with the next build.
 */
export const GET: APIRoute = async () => {
  const c = await corpus();
  const dict = buildDictionary({
    regions: c.regions.map((r) => ({ ...r.data, id: r.id })),
    groups: c.groups.map((g) => g.data),
    measures: c.measures.map((m) => m.data),
    synonyms: c.synonyms.map((s) => s.data),
  });
  return new Response(JSON.stringify(dict), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
