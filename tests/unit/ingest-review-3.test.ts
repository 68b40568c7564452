// The third editor review of `npm run ingest`: raw texts laid out otherwise than the five seeds (another city's
// briefing, a supplement issue, a county plan), and what the ingest made of them. Each test failed before its fix.
// Run: npx node --test tests/unit/ingest-review-3.test.ts
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { contextOf } from '../../src/ingest/run.ts';
import { ingestText, type IngestResult } from '../../src/ingest/ingest.ts';
import { parseDate, readDate } from '../../src/ingest/masthead.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const { ctx } = contextOf(join(ROOT, 'content'));

/** The drafts of a raw text (not written anywhere). */
function ingest(text: string): IngestResult {
  return ingestText(text, 'review-3.txt', ctx);
}

/** The file of the result whose path starts with `prefix`. */
function file(r: IngestResult, prefix: string): string {
  const f = r.files.find((x) => x.path.startsWith(prefix));
  assert.ok(f, `no file ${prefix}… among ${r.files.map((x) => x.path).join(', ')}`);
  return f.content;
}

/** A short issue of the 台州 series around `masthead` and `colophon` lines, with a table of contents. */
function issue(masthead: string[], colophon: string[]): string {
  return [
    '台州共富工作简报',
    ...masthead,
    '● 温岭市做强“共富工坊”带动群众家门口就业',
    '温岭市做强“共富工坊”带动群众家门口就业',
    '温岭市在村（社区）建设“共富工坊”46家，吸纳低收入农户就业3800余人。',
    '一、建立利益联结机制',
    '由龙头企业提供订单和技术，村集体提供场地，农户就近务工。',
    ...colophon,
  ].join('\n\n');
}

describe('dates printed in Chinese numerals', () => {
  test('二〇二二年十一月八日 in the masthead and the colophon is the issue date; neither line becomes text of a practice', () => {
    assert.equal(readDate('二〇二二年十一月八日'), '2022-11-08');
    assert.equal(readDate('二○二一年九月三十日印发'), '2021-09-30');
    assert.equal(readDate('二〇二二年二月三十日'), undefined);
    // The check's reading of mastheads (parseDate) is left as it was: digits only.
    assert.equal(parseDate('二〇二二年十一月八日'), undefined);
    assert.equal(parseDate('2022年11月8日'), '2022-11-08');
    const r = ingest(issue(['台州市共同富裕示范区建设领导小组办公室        二〇二二年十一月八日'], ['送：市级有关单位。', '台州市共同富裕示范区建设领导小组办公室  二〇二二年十一月八日印发']));
    const yaml = file(r, 'briefings/');
    assert.match(yaml, /^date: 2022-11-08\b/m);
    assert.match(yaml, /^issuer: 台州市共同富裕示范区建设领导小组办公室$/m);
    // A colophon alone (no 送/发 line before it) ends the last practice too.
    const bare = ingest(issue(['台州市共同富裕示范区建设领导小组办公室        二〇二二年十一月八日'], ['台州市共同富裕示范区建设领导小组办公室  二〇二二年十一月八日印发']));
    assert.doesNotMatch(file(bare, 'practices/'), /印发/);
  });
});
