// The dates the sitemap's <lastmod> and the feed's <updated> come from (src/lib/last-changed.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chinaDayStart, latest, parseLastChanged } from '../../../src/lib/last-changed.ts';

test('each file gets the date of the newest commit that changed it', () => {
  const log = '\0 2026-11-30T08:42:47+08:00\n\ncontent/practices/a.md\n\0 2026-11-29T20:06:19+00:00\n\ncontent/practices/a.md\ncontent/briefings/b.yaml\n';
  const dates = parseLastChanged(log.replace(/\0 /g, '\0'));
  assert.equal(dates.get('content/practices/a.md'), '2026-11-30T08:42:47+08:00');
  assert.equal(dates.get('content/briefings/b.yaml'), '2026-11-29T20:06:19+00:00');
  assert.equal(dates.size, 2);
});

test('no history (not a repository, a copy outside it): no dates', () => {
  assert.equal(parseLastChanged('').size, 0);
});

test('the latest of dates in different offsets is compared as instants, and written as given', () => {
  assert.equal(latest(['2026-11-30T07:00:00+08:00', '2026-11-29T23:30:00+00:00', undefined]), '2026-11-29T23:30:00+00:00');
  assert.equal(latest([undefined]), undefined);
});

test('a document date is the start of that day in China', () => {
  assert.equal(chinaDayStart('2022-01-25'), '2022-01-25T00:00:00+08:00');
  assert.equal(new Date(chinaDayStart('2022-01-25')).toISOString(), '2022-01-24T16:00:00.000Z');
});
