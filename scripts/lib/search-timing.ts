// Search timing for the scale benchmark: each query opened cold at /search/?q=… in a fresh browser context, then
// repeated in the same tab. Bytes are counted over the whole context (Pagefind fetches its index from a Web Worker),
// on the wire, once every response has finished; times come from the page's own clock (results-clock.ts).
import { chromium, type Browser, type Request } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../tests/support/browser.ts';
import { pageNow, resultsShownAfter, startResultsClock } from './results-clock.ts';
import { serveStatic } from './static-server.ts';

/** Ten fixed queries: distinctive terms, a county, a group, an alias, a question, a number. */
export const QUERIES = ['股权激励', '飞地', '玉环', '技术工人', '产业工人', '低收入农户怎么增收', '山海协作', '职业技能等级认定', '高校毕业生', '2025年'];

interface QueryResult {
  query: string;
  /** Milliseconds from navigation start of /search/?q= to the frame that paints the results. */
  firstMs: number;
  firstBytes: number;
  /** Milliseconds from pressing Enter on the same query in the same tab to the frame that paints the results. */
  repeatMs: number;
  repeatBytes: number;
  results: number;
}

/** Runs `use` with the built site in `dist` served as a static host serves it, and Chromium; closes both after. */
async function withSite<T>(dist: string, use: (b: Browser, port: number) => Promise<T>): Promise<T> {
  const { server, port } = await serveStatic(dist);
  const b = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    return await use(b, port);
  } finally {
    await b.close();
    server.close();
  }
}

export function measureQueries(dist: string, queries: readonly string[]): Promise<QueryResult[]> {
  return withSite(dist, async (b, port) => {
    const out: QueryResult[] = [];
    for (const q of queries) {
      const ctx = await b.newContext();
      await startResultsClock(ctx);
      const page = await ctx.newPage();
      // Bytes over the wire (compressed where the server compresses), counted once every response has finished. On
      // the context, not the page: Pagefind fetches its index from a Web Worker. The sizes are asked for afterwards,
      // not while the page is searching, so that the measuring does not compete with the page for the CPU.
      let finished: Request[] = [];
      ctx.on('requestfinished', (r) => finished.push(r));
      const settle = async () => {
        const sizes = await Promise.all(finished.map((r) => r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize, () => 0)));
        finished = [];
        return sizes.reduce((a, b) => a + b, 0);
      };
      // Time to results on the page's own clock (results-clock.ts): from navigation start to the frame
      // that paints them.
      await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(q)}`);
      const firstMs = await resultsShownAfter(page, 0);
      const list = page.locator('ol[aria-label="搜索结果"] > li');
      await page.waitForLoadState('networkidle');
      const firstBytes = await settle();
      const results = await list.count();
      // Repeat: the same query again in the same tab, as a reader refining a search does (index chunks are cached).
      await settle();
      const input = page.getByRole('searchbox').last();
      await input.fill('');
      await input.fill(q);
      const t1 = await pageNow(page);
      await input.press('Enter');
      const repeatMs = (await resultsShownAfter(page, t1)) - t1;
      await page.waitForLoadState('networkidle');
      out.push({ query: q, firstMs: Math.round(firstMs), firstBytes, repeatMs: Math.round(repeatMs), repeatBytes: await settle(), results });
      await ctx.close();
    }
    return out;
  });
}

/**
 * The dates (`datetime`) of the results a facet browse lists first, in order, as a reader opening
 * `/search/<search>` sees them: over every shard of the index, newest first.
 */
export function browseDates(dist: string, search: string): Promise<string[]> {
  return withSite(dist, async (b, port) => {
    const page = await b.newPage();
    await page.goto(`http://127.0.0.1:${port}/search/${search}`);
    const results = page.locator('[data-results]');
    await results.locator('li').first().waitFor();
    await page.waitForFunction(() => document.querySelector('[data-results]')?.getAttribute('aria-busy') === 'false');
    return await results.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  });
}
