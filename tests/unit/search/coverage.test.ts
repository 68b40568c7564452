// What the pages found cover of a query (src/lib/search/coverage.ts): the words the status line names as found on no
// page, the pieces it counts without naming, the quoted phrases printed or not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverage } from '../../../src/lib/search/coverage.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { prepareDoc, rank, type SearchDoc } from '../../../src/lib/search/rank.ts';
import { doc, real } from '../../support/search-docs.ts';

const pages = [
  doc('yuhuan', '玉环市技能变资金', '技术工人股权激励，推动“技能变资金”。'),
  doc('huangyan', '黄岩区助工扶工', '帮助技术工人提升技能，发放资金补助。'),
];

/** The coverage of `q` over `ds`, with every page ranked shown. */
const covered = (q: string, ds: SearchDoc[] = pages) => {
  const plan = parseQuery(q, real);
  const ranked = rank(ds.map((d) => prepareDoc(d, real)), plan);
  return coverage(plan, ranked, ranked);
};

test('a word typed beside words found, on no page, is named missing; the list is loosened', () => {
  const c = covered('技术工人 火箭');
  assert.deepEqual(c.missing, ['火箭']);
  assert.equal(c.unnamed, 0);
  assert.equal(c.loosened, true);
  assert.equal(c.exact, true);
  assert.deepEqual(c.unmatched, ['火箭']);
  assert.deepEqual(c.absent.map((t) => t.text), ['火箭']);
});

test('a piece of the segmentation on no page (黄严 of 黄严技工) is counted, not named, and kept for the name correction', () => {
  const c = covered('黄严技工');
  assert.deepEqual(c.missing, []);
  assert.equal(c.unnamed, 1);
  assert.deepEqual(c.absent.map((t) => t.text), ['黄严']);
});

test('every term found: nothing missing, nothing loosened', () => {
  const c = covered('技术工人');
  assert.deepEqual([c.missing, c.unnamed, c.loosened, c.exact, c.unmatched], [[], 0, false, true, []]);
});

test('a quoted phrase printed by one page of two: how many print it; a phrase printed by none: named unprinted', () => {
  const some = covered('“技能变资金”');
  assert.equal(some.unprinted, undefined);
  assert.equal(some.printedBy, 1);
  const none = covered('“资金变技能”');
  assert.deepEqual(none.unprinted, ['资金变技能']);
  assert.equal(none.printedBy, undefined);
});
