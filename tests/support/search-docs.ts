// Shared by the search tests: the site's own search dictionary (from content/taxonomy/) and small synthetic pages,
// ranked by the same code as the search page; and a small stand-in dictionary and segmenter that pin a query's reading
// without the site's taxonomy or ICU.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { buildDictionary, createLexicon } from '../../src/lib/search/dictionary.ts';
import { parseQuery, type Segmenter } from '../../src/lib/search/query.ts';
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

/** A small dictionary of three regions, four groups and three measures, for tests that pin how a query is read. */
export const lex = createLexicon(
  buildDictionary({
    regions: [
      { name: '台州市', aliases: ['台州', '市本级'] },
      { name: '玉环市', aliases: ['玉环'] },
      { name: '黄岩区', aliases: ['黄岩'] },
    ],
    groups: [
      { name: '技术工人', aliases: ['产业工人', '高技能人才', '技工'] },
      { name: '新就业形态从业人员', aliases: ['新业态从业人员', '新业态', '快递小哥'] },
      { name: '低收入农户', aliases: ['低收入人群', '低收入群体'] },
      { name: '困难群体', aliases: ['困难群众'] },
    ],
    measures: [{ name: '股权激励' }, { name: '山海协作/飞地' }, { name: '技能培训' }],
  }),
);
/** A deterministic stand-in for Intl.Segmenter: splits on a few known words, else characters. */
const WORDS = ['共同', '富裕', '农村', '示范区', '职业', '技能', '提升', '行动', '收入', '帮扶', '增收', '评价', '困难', '学生', '助学金'];
export const seg: Segmenter = (text) => {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const w = WORDS.find((x) => text.startsWith(x, i));
    out.push(w ?? text[i]!);
    i += w ? w.length : 1;
  }
  return out;
};

/** A page with its title first in its text and just the `filters` given: no kind, nothing in its meta. */
export const bareDoc = (id: string, title: string, body: string, filters: SearchDoc['filters'] = {}): SearchDoc => ({
  id,
  url: `/practices/${id}/`,
  title,
  body: `${title}. ${body}`,
  filters,
  meta: {},
});
