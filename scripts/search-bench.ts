// npm run search:bench [-- --dir dist] [--base /] [--page practices/<id>/] [--runs 3] [--json out.json]
// Search cost on a built site (build first: `npm run build`), measured in Chromium over a local static server:
//   - what a content page loads before the reader uses search (script files, inline script bytes, HTML + CSS);
//   - the first query from the header box of a content page (search code, Pagefind, index chunks, fragments), and a
//     repeat query in the same tab;
//   - /search/?q=… opened cold, and a repeat query typed on that page.
// Bytes are what crossed the network (headers + body; this server does not compress), including the Pagefind Web
// Worker's requests, and in brackets the same with text responses gzipped, as most hosts send them. Times are on the
// page's own clock (scripts/lib/results-clock.ts), from the action (focus, navigation, Enter) to the frame that paints
// the results, median of --runs. The header box shows results when typing pauses (250 ms, included in its times);
// Enter there opens the search page.
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { chromium, type Locator, type Page, type Response } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/support/browser.ts';
import { pageNow, resultsShownAfter, startResultsClock } from './lib/results-clock.ts';
import { serveStatic } from './lib/static-server.ts';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1]! : fallback;
};
const dir = opt('dir', 'dist');
const base = opt('base', '/').replace(/\/?$/, '/');
const runs = Number(opt('runs', '3'));
const jsonOut = opt('json', '');
/** A content page to start from (default: a seed practice; the synthetic corpus has /practices/bench-00001/). */
const CONTENT_PAGE = `${base}${opt('page', 'practices/yuhuan-skills-to-capital/').replace(/^\//, '')}`;
/** A distinctive term, a county, an alias, a question, a number. */
const QUERIES = ['股权激励', '玉环', '产业工人', '怎么提高技术工人收入', '2568.85万元'];
const REPEAT = '飞柜';

interface Traffic {
  requests: number;
  bytes: number;
  gzipBytes: number;
  scripts: string[];
}

/** Types worth compressing; Pagefind's index, fragments and WebAssembly are already gzipped on disk. */
const TEXT = /\.(html|css|js|mjs|json|xml|txt|svg)$|\/$/;

/**
 * Counts what the page and its workers (Pagefind runs in a Web Worker) fetch from now on, until `stop()`: bytes as
 * transferred (body + headers), and the same with text responses gzipped.
 */
function meter(page: Page): { stop: () => Promise<Traffic> } {
  const pending: Promise<{ url: string; type: string; bytes: number; gzip: number }>[] = [];
  const onResponse = (r: Response) =>
    pending.push(
      (async () => {
        const url = new URL(r.url());
        const sizes = await r.request().sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
        const body = await r.body().catch(() => Buffer.alloc(0));
        const bodyBytes = sizes.responseBodySize || body.length;
        const gzip = TEXT.test(url.pathname) ? gzipSync(body).length : bodyBytes;
        return { url: url.pathname, type: r.request().resourceType(), bytes: bodyBytes + sizes.responseHeadersSize, gzip: gzip + sizes.responseHeadersSize };
      })(),
    );
  page.context().on('response', onResponse);
  return {
    async stop() {
      page.context().off('response', onResponse);
      const all = await Promise.all(pending);
      return {
        requests: all.length,
        bytes: all.reduce((n, x) => n + x.bytes, 0),
        gzipBytes: all.reduce((n, x) => n + x.gzip, 0),
        scripts: all.filter((x) => x.type === 'script').map((x) => x.url),
      };
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

const { server, port } = await serveStatic(dir, 0, base);
const origin = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });

/** A page in a context of its own (a cold cache), with the results clock running. */
async function freshPage(): Promise<Page> {
  const ctx = await browser.newContext();
  await startResultsClock(ctx);
  return ctx.newPage();
}

/**
 * The repeat query typed into `box` after a first one, and its traffic: on the search page, time from Enter to the
 * results painted; in the header box (`submit` false), from typing it to the results painted under the box.
 */
async function repeatQuery(page: Page, box: Locator, submit = true): Promise<{ repeatMs: number; repeat: Traffic }> {
  const m = meter(page);
  const t = await pageNow(page);
  await box.fill(REPEAT);
  if (submit) await box.press('Enter');
  const repeatMs = (await resultsShownAfter(page, t)) - t;
  await page.waitForLoadState('networkidle');
  return { repeatMs, repeat: await m.stop() };
}

try {
  // 1. A content page before search is used.
  const page0 = await (await browser.newContext()).newPage();
  const m0 = meter(page0);
  await page0.goto(origin + CONTENT_PAGE, { waitUntil: 'networkidle' });
  const content = await m0.stop();
  const inlineScript = await page0.locator('script:not([src])').evaluateAll((ss) => ss.reduce((n, s) => n + new Blob([(s as HTMLScriptElement).text]).size, 0));
  await page0.context().close();

  // 2. Header box on a content page: first query (from focus) and a repeat query.
  const header: { query: string; firstMs: number; first: Traffic; repeatMs: number; repeat: Traffic }[] = [];
  for (const q of QUERIES) {
    const samples: (typeof header)[number][] = [];
    for (let r = 0; r < runs; r++) {
      const page = await freshPage();
      await page.goto(origin + CONTENT_PAGE, { waitUntil: 'networkidle' });
      const box = page.getByRole('searchbox', { name: '搜索案例、方案和简报' });
      const m1 = meter(page);
      const t0 = await pageNow(page);
      await box.focus();
      // Typed, not submitted: Enter opens the search page. The preview waits for a pause in typing (250 ms).
      await box.fill(q);
      const firstMs = (await resultsShownAfter(page, t0)) - t0;
      await page.waitForLoadState('networkidle');
      const first = await m1.stop();
      const { repeatMs, repeat } = await repeatQuery(page, box, false);
      samples.push({ query: q, firstMs, first, repeatMs, repeat });
      await page.context().close();
    }
    const pick = samples.sort((a, b) => a.firstMs - b.firstMs)[Math.floor(samples.length / 2)]!;
    header.push({ ...pick, firstMs: median(samples.map((s) => s.firstMs)), repeatMs: median(samples.map((s) => s.repeatMs)) });
  }

  // 3. The search page opened with a query, then a repeat query typed there.
  const pageRuns: { query: string; coldMs: number; cold: Traffic; repeatMs: number; repeat: Traffic }[] = [];
  for (const q of QUERIES) {
    const samples: (typeof pageRuns)[number][] = [];
    for (let r = 0; r < runs; r++) {
      const page = await freshPage();
      const m1 = meter(page);
      await page.goto(`${origin}${base}search/?q=${encodeURIComponent(q)}`);
      const coldMs = await resultsShownAfter(page, 0);
      await page.waitForLoadState('networkidle');
      const cold = await m1.stop();
      const { repeatMs, repeat } = await repeatQuery(page, page.getByRole('searchbox', { name: '搜索关键词' }));
      samples.push({ query: q, coldMs, cold, repeatMs, repeat });
      await page.context().close();
    }
    const pick = samples.sort((a, b) => a.coldMs - b.coldMs)[Math.floor(samples.length / 2)]!;
    pageRuns.push({ ...pick, coldMs: median(samples.map((s) => s.coldMs)), repeatMs: median(samples.map((s) => s.repeatMs)) });
  }

  const report = {
    site: dir,
    contentPage: {
      path: CONTENT_PAGE,
      scriptFiles: content.scripts,
      inlineScriptBytes: inlineScript,
      requests: content.requests,
      bytes: content.bytes,
      gzipBytes: content.gzipBytes,
    },
    headerBox: header.map((h) => ({
      query: h.query,
      firstMs: Math.round(h.firstMs),
      firstBytes: h.first.bytes,
      firstGzipBytes: h.first.gzipBytes,
      firstRequests: h.first.requests,
      repeatMs: Math.round(h.repeatMs),
      repeatBytes: h.repeat.bytes,
      repeatGzipBytes: h.repeat.gzipBytes,
    })),
    searchPage: pageRuns.map((p) => ({
      query: p.query,
      coldMs: Math.round(p.coldMs),
      coldBytes: p.cold.bytes,
      coldGzipBytes: p.cold.gzipBytes,
      coldRequests: p.cold.requests,
      repeatMs: Math.round(p.repeatMs),
      repeatBytes: p.repeat.bytes,
      repeatGzipBytes: p.repeat.gzipBytes,
    })),
  };

  const lines = [
    `Search benchmark: ${dir} (median of ${runs} runs; bytes as transferred, gzip in brackets)`,
    '',
    `Content page ${CONTENT_PAGE} before search is used:`,
    `  script files: ${content.scripts.length ? content.scripts.join(', ') : 'none'}; inline script: ${inlineScript} bytes`,
    `  total: ${content.requests} requests, ${kb(content.bytes)} [${kb(content.gzipBytes)}]`,
    '',
    'Header box on a content page, typed: first query (from focus: search code, Pagefind, index; 250 ms typing pause included) | repeat query',
    ...report.headerBox.map(
      (h) =>
        `  first ${String(h.firstMs).padStart(5)} ms ${kb(h.firstBytes).padStart(9)} [${kb(h.firstGzipBytes).padStart(8)}] ${String(h.firstRequests).padStart(2)} req | repeat ${String(h.repeatMs).padStart(4)} ms ${kb(h.repeatBytes).padStart(8)} [${kb(h.repeatGzipBytes).padStart(8)}]  ${h.query}`,
    ),
    '',
    'Search page /search/?q=… opened cold (whole page) | repeat query typed there',
    ...report.searchPage.map(
      (p) =>
        `  cold  ${String(p.coldMs).padStart(5)} ms ${kb(p.coldBytes).padStart(9)} [${kb(p.coldGzipBytes).padStart(8)}] ${String(p.coldRequests).padStart(2)} req | repeat ${String(p.repeatMs).padStart(4)} ms ${kb(p.repeatBytes).padStart(8)} [${kb(p.repeatGzipBytes).padStart(8)}]  ${p.query}`,
    ),
  ];
  console.log(lines.join('\n'));
  if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(report, null, 2)}\n`);
} finally {
  await browser.close();
  server.close();
}
