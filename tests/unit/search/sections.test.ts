// Links to the site's sections a query names (src/lib/search/sections.ts): a region, group or measure's page, or a
// section such as 数据对比; the index holds none of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { buildDictionary, createLexicon } from '../../../src/lib/search/dictionary.ts';
import { MAX_SECTION_LINKS, absentIssue, sectionLinks } from '../../../src/lib/search/sections.ts';

test('a query naming a region, group or measure, or a section of the site, is offered its page (the index holds none of them)', () => {
  const dict = buildDictionary({
    regions: [{ id: 'yuhuan', name: '玉环市', aliases: ['玉环'] }],
    groups: [{ id: 'technical-workers', name: '技术工人', aliases: ['产业工人'] }],
    measures: [{ id: 'equity-incentive', name: '股权激励' }],
  });
  const lex = createLexicon(dict);
  const links = (q: string) => sectionLinks(parseQuery(q, lex), q, dict);
  assert.deepEqual(links('玉环 产业工人 股权激励'), [
    { label: '地区：玉环市', page: 'regions/yuhuan/' },
    { label: '目标群体：技术工人', page: 'groups/technical-workers/' },
    { label: '举措类型：股权激励', page: 'measures/equity-incentive/' },
  ]);
  assert.deepEqual(links('数据对比'), [{ label: '数据对比', page: 'metrics/' }]);
  assert.deepEqual(links('各地指标对比 下载'), [{ label: '数据对比', page: 'metrics/' }]);
  assert.deepEqual(links('怎么增收'), []);
  // A long question naming more things than that is served by its results: only the first few are offered.
  const many = ['玉环', '温岭', '天台', '仙居', '三门', '黄岩'];
  const regions = many.map((name, i) => ({ id: `r${i}`, name: `${name}市`, aliases: [name] }));
  const wide = buildDictionary({ regions, groups: [], measures: [] });
  const wideLinks = sectionLinks(parseQuery(many.join(' '), createLexicon(wide)), many.join(' '), wide);
  assert.equal(MAX_SECTION_LINKS < many.length, true);
  assert.deepEqual(wideLinks.map((l) => l.page), many.slice(0, MAX_SECTION_LINKS).map((_, i) => `regions/r${i}/`));
});

test('an issue the query names that the site does not have (第2期, 简报第5期, 第二期) is named, to say which there are', () => {
  const printed = ['第3期', '增刊第2期'];
  assert.equal(absentIssue('第2期', printed), '第2期');
  assert.equal(absentIssue('台州共富工作简报第5期', printed), '第5期');
  assert.equal(absentIssue('简报 第 五 期', printed), '第5期');
  assert.equal(absentIssue('第２期', printed), '第2期', 'full-width digits');
  assert.equal(absentIssue('专刊第2期', printed), '专刊第2期');
  // Issues the site has, and queries that name none.
  assert.equal(absentIssue('第3期', printed), undefined);
  assert.equal(absentIssue('实践创新第三期', printed), undefined);
  assert.equal(absentIssue('增刊第2期', printed), undefined);
  assert.equal(absentIssue('技术工人 分两期', printed), undefined);
  assert.equal(absentIssue('3期', printed), undefined);
});
