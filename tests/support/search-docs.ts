// Shared by the search review tests: the site's own search dictionary (from content/taxonomy/) and small synthetic
// pages, ranked by the same code as the search page.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { buildDictionary, createLexicon } from '../../src/lib/search/dictionary.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { prepareDoc, rank, type SearchDoc } from '../../src/lib/search/rank.ts';

const yaml = (name: string) => parseYaml(readFileSync(`content/taxonomy/${name}.yaml`, 'utf8'));
/** The site's own dictionary, from content/taxonomy/. */
export const real = createLexicon(buildDictionary({ regions: yaml('regions'), groups: yaml('groups'), measures: yaml('measures'), synonyms: yaml('synonyms') }));

/** A practice page (or another kind, by `filters.kind`) with its title first in its text, as the index reads it. */
export const doc = (id: string, title: string, body: string, filters: SearchDoc['filters'] = {}): SearchDoc => ({
  id,
  url: `/practices/${id}/`,
  title,
  body: `${title}. ${body}`,
  filters: { kind: ['案例'], ...filters },
  meta: { kind: filters.kind?.[0] ?? '案例' },
});

/** The ids of `ds` in the order the search page ranks them for `q`. */
export const ranked = (q: string, ds: SearchDoc[]) => rank(ds.map((d) => prepareDoc(d, real)), parseQuery(q, real)).map((r) => r.doc.id);
