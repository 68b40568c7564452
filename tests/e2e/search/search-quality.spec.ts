/**
 * Search quality, measured the way readers search: each query of tests/search-quality/queries.json is opened as
 * /search/?q=… in Chromium, and the result list is read from the page. Prints recall@5 and MRR per kind of query,
 * and the same figures for plain Pagefind on the same index (the baseline, not asserted); asserts the targets.
 *
 * recall@5: share of expected pages found in the first five results (averaged over queries).
 * MRR: mean of 1 / rank of the first expected page (0 when none is listed).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

interface QualityQuery {
  q: string;
  expect: string[];
  kind: string;
  note?: string;
}
interface QualitySet {
  targets: { recallAt5: number; mrr: number };
  queries: QualityQuery[];
}

const set = JSON.parse(readFileSync(new URL('../../search-quality/queries.json', import.meta.url), 'utf8')) as QualitySet;
const BASE = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

/** Site-relative path of a result URL, without the base, so it compares with the expected paths. */
function sitePath(href: string): string {
  const path = new URL(href, 'http://x').pathname;
  return path.startsWith(BASE) ? `/${path.slice(BASE.length)}` : path;
}

function score(ranked: readonly string[], expected: readonly string[]) {
  const top5 = ranked.slice(0, 5);
  const recall = expected.filter((e) => top5.includes(e)).length / expected.length;
  const first = ranked.findIndex((r) => expected.includes(r));
  return { recall, rr: first === -1 ? 0 : 1 / (first + 1), missing: expected.filter((e) => !top5.includes(e)) };
}

async function searchPageResults(page: Page, q: string): Promise<string[]> {
  await page.goto(`${BASE}search/?q=${encodeURIComponent(q)}`);
  const list = page.getByRole('list', { name: '搜索结果' });
  await expect(list).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  const hrefs = await list.locator(':scope > li').evaluateAll((lis) =>
    lis.map((li) => li.querySelector('a')?.getAttribute('href') ?? ''),
  );
  return hrefs.map(sitePath);
}

/** Plain Pagefind on the same index, for comparison: the query as typed, Pagefind's order. */
async function plainPagefindResults(page: Page, q: string): Promise<string[]> {
  const urls = await page.evaluate(
    async ({ base, q }) => {
      const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as {
        search(t: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
      };
      const r = await pf.search(q);
      return Promise.all(r.results.slice(0, 10).map(async (x) => (await x.data()).url));
    },
    { base: BASE, q },
  );
  return urls.map(sitePath);
}

function summarise(rows: { kind: string; recall: number; rr: number }[]) {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const kinds = [...new Set(rows.map((r) => r.kind))];
  const byKind = kinds.map((k) => {
    const rs = rows.filter((r) => r.kind === k);
    return `  ${k.padEnd(16)} n=${String(rs.length).padStart(3)}  recall@5=${mean(rs.map((r) => r.recall)).toFixed(3)}  MRR=${mean(rs.map((r) => r.rr)).toFixed(3)}`;
  });
  return { recall: mean(rows.map((r) => r.recall)), mrr: mean(rows.map((r) => r.rr)), byKind };
}

test('search quality: recall@5 and MRR over the query set, through the real search page', async ({ page }) => {
  // `npm test` sets SEARCH_BASELINE=0: plain Pagefind's figures are printed for comparison, never asserted.
  const withBaseline = process.env['SEARCH_BASELINE'] !== '0';
  // About a second per query for each search, with room for a busy machine.
  test.setTimeout(Math.max(10 * 60_000, set.queries.length * (withBaseline ? 4_000 : 2_000)));
  expect(set.queries.length).toBeGreaterThanOrEqual(60);

  const rows: { q: string; kind: string; recall: number; rr: number; missing: string[]; got: string[] }[] = [];
  const baseline: { kind: string; recall: number; rr: number }[] = [];
  for (const item of set.queries) {
    const got = await searchPageResults(page, item.q);
    rows.push({ q: item.q, kind: item.kind, ...score(got, item.expect), got: got.slice(0, 5) });
    if (!withBaseline) continue;
    const plain = await plainPagefindResults(page, item.q);
    baseline.push({ kind: item.kind, ...score(plain, item.expect) });
  }

  const ours = summarise(rows);
  const plain = summarise(baseline);
  const misses = rows.filter((r) => r.recall < 1 || r.rr < 1);
  const lines = [
    `Search quality over ${rows.length} queries (tests/search-quality/queries.json)`,
    `  search page:    recall@5=${ours.recall.toFixed(3)}  MRR=${ours.mrr.toFixed(3)}   (targets: recall@5=${set.targets.recallAt5}, MRR>=${set.targets.mrr})`,
    ...(withBaseline ? [`  plain Pagefind: recall@5=${plain.recall.toFixed(3)}  MRR=${plain.mrr.toFixed(3)}   (baseline, not asserted)`] : []),
    'By kind (search page):',
    ...ours.byKind,
    ...(withBaseline ? ['By kind (plain Pagefind):', ...plain.byKind] : []),
    ...(misses.length ? ['Not first or not all in top 5:'] : []),
    ...misses.map(
      (m) => `  ${m.q}  rr=${m.rr.toFixed(2)} recall=${m.recall.toFixed(2)} missing=[${m.missing.join(' ')}] top5=[${m.got.join(' ')}]`,
    ),
  ];
  console.log(lines.join('\n'));

  expect(rows.filter((r) => r.recall < set.targets.recallAt5).map((r) => r.q), 'queries with an expected page outside the top 5').toEqual([]);
  expect(ours.mrr).toBeGreaterThanOrEqual(set.targets.mrr);
});
