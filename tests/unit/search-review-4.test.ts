// The fourth search review's fixes (184 queries typed as officials, readers and journalists type them): each test
// failed before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { buildDictionary, createLexicon } from '../../src/lib/search/dictionary.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { prepareDoc, rank, type SearchDoc } from '../../src/lib/search/rank.ts';

const yaml = (name: string) => parseYaml(readFileSync(`content/taxonomy/${name}.yaml`, 'utf8'));
/** The site's own dictionary, from content/taxonomy/. */
const real = createLexicon(buildDictionary({ regions: yaml('regions'), groups: yaml('groups'), measures: yaml('measures'), synonyms: yaml('synonyms') }));
const terms = (q: string) => parseQuery(q, real).terms.map((t) => t.text);

const doc = (id: string, title: string, body: string, filters: SearchDoc['filters'] = {}): SearchDoc => ({
  id,
  url: `/practices/${id}/`,
  title,
  body: `${title}. ${body}`,
  filters: { kind: ['案例'], ...filters },
  meta: { kind: filters.kind?.[0] ?? '案例' },
});
const ranked = (q: string, ds: SearchDoc[]) => rank(ds.map((d) => prepareDoc(d, real)), parseQuery(q, real)).map((r) => r.doc.id);

test('a percentage is a figure of its own: the word after it is not its unit (15%股权 is 15% and 股权)', () => {
  assert.deepEqual(terms('15%股权'), ['15%', '股权']);
  assert.deepEqual(terms('98%学生'), ['98%', '学生']);
  assert.deepEqual(terms('占比75%'), ['占比', '75%']);
  assert.deepEqual(
    ranked('15%股权', [doc('yuhuan', '玉环市技能变资金', '拿出 15%的股权分两期分配至技术工人。'), doc('other', '某地', '股权激励。')]),
    ['yuhuan', 'other'],
  );
});
