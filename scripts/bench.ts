// npm run bench [-- --n 10000] [--json out.json] [--keep] [--no-browser] [--shard-pages 4000]
// The scale benchmark: generates a synthetic corpus of N practices from the seeds' real paragraphs (in a temporary
// folder outside content/), builds the site against it (CONTENT_DIR, no copying of the project), then measures search
// in Chromium and an incremental rebuild after adding one briefing of 4 practices. Prints a table and writes JSON.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { datedIn, generateCorpus } from '../src/bench/generate.ts';
import { cacheDirFor } from '../src/lib/paths.ts';
import { measure } from './lib/measure.ts';
import { QUERIES, browseDates, measureQueries } from './lib/search-timing.ts';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1]! : fallback;
};
const N = Number(opt('n', '10000'));
const jsonOut = opt('json', '');
const keep = argv.includes('--keep');
const browser = !argv.includes('--no-browser');
const shardPages = opt('shard-pages', '');

function du(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const s = statSync(join(dir, f));
    if (s.isFile()) {
      bytes += s.size;
      files++;
    }
  }
  return { bytes, files };
}

const mb = (b: number) => Math.round((b / 1048576) * 10) / 10;
// Inside the project (git-ignored): the build runs its prerender chunks from the output folder, and Node resolves
// their packages from there.
mkdirSync('.bench', { recursive: true });
const work = mkdtempSync(join('.bench', 'bench-'));
const content = join(work, 'content');
const seeds = join(work, 'seeds');
const dist = join(work, 'dist');
// Both builds run with Astro's incremental build on, the way an editor's machine or a CI cache would: the second
// build renders only the pages whose data changed. The search index reuses its unchanged shards either way.
const env: Record<string, string> = { CONTENT_DIR: content, SEEDS_DIR: seeds, INCREMENTAL: '1', ...(shardPages ? { SEARCH_SHARD_PAGES: shardPages } : {}) };

console.error(`[bench] generating ${N} practices in ${content}`);
const gen = generateCorpus('content', content, N, seeds);

console.error('[bench] full build (astro build + Pagefind)');
const full = await measure('npx', ['astro', 'build', '--outDir', dist], env);
if (full.code !== 0) {
  console.error(full.output.slice(-4000));
  throw new Error('build failed');
}
const pagefindMs = Number(/indexed \d+ pages in (\d+) ms/.exec(full.output)?.[1] ?? NaN);
const pages = Number(/(\d+) page\(s\) built/.exec(full.output)?.[1] ?? NaN);
/** Shards of the search index, and how many came from the cache, from the indexer's log line. */
const shardsOf = (log: string) => {
  const m = /, (\d+) shards?, (\d+) from cache\)/.exec(log);
  return { shards: Number(m?.[1] ?? NaN), reused: Number(m?.[2] ?? NaN) };
};
const index0 = shardsOf(full.output);
const distSize = du(dist);
const indexSize = du(join(dist, 'pagefind'));

const queries = browser ? await measureQueries(dist, QUERIES) : [];

console.error('[bench] incremental: one new briefing of 4 practices');
const bid = 'bench-new-briefing';
mkdirSync(join(content, 'practices'), { recursive: true });
const sample = readdirSync(join(content, 'practices')).filter((f) => /\.mdx?$/.test(f)).sort().slice(0, 4);
const ids = sample.map((_, i) => `bench-new-${i + 1}`);
const { readFileSync } = await import('node:fs');
// The new practices copy the first four, all of the first issue and in its order, under new titles and with a first
// paragraph of their own (the check refuses two practices with one text); the new issue's raw text is the first
// issue's with those titles and paragraphs (the check compares each body with its briefing's seed, and the issue's
// text and titles with its pages).
const sampleBriefing = /^briefing: (.*)$/m.exec(readFileSync(join(content, 'practices', sample[0]!), 'utf8'))![1]!.trim();
const sampleSource = String((parse(readFileSync(join(content, 'briefings', `${sampleBriefing}.yaml`), 'utf8')) as { source: string }).source);
let newSeed = readFileSync(join(seeds, sampleSource), 'utf8');
sample.forEach((f, i) => {
  const old = readFileSync(join(content, 'practices', f), 'utf8');
  const title = String((parse(old.split(/^---$/m)[1]!) as { title: string }).title);
  const newTitle = `新增案例${i + 1}：${title}`;
  const own = `本期新增的第 ${i + 1} 个案例，正文取自第 1 期的同名案例。`;
  newSeed = newSeed.replace(`\n${title}\n`, `\n${newTitle}\n\n${own}\n`);
  const text = old
    .replace(/^briefing: .*$/m, `briefing: ${bid}`)
    .replace(/^date: .*$/m, 'date: 2027-01-01')
    .replace(/^title: .*$/m, `title: ${JSON.stringify(newTitle)}`)
    .replace(/^---\n\n/m, `---\n\n${own}\n\n`);
  // A figure of 今年 is the new issue's year (the check reads 今年 by the issue's date).
  const [, front = '', body = ''] = /^---\n([^]*?)\n---\n([^]*)$/.exec(text) ?? [];
  const data = parse(front) as { metrics?: Record<string, unknown>[] };
  data.metrics = (data.metrics ?? []).map((m) => datedIn(body, m, 2027));
  writeFileSync(join(content, 'practices', `${ids[i]}.md`), `---\n${stringify(data)}---\n${body}`);
});
// Its own masthead and colophon: no number printed, the new date (the check compares them with the briefing).
const issuer = '台州市高质量发展建设共同富裕先行市领导小组办公室';
const printedBody = newSeed.trim().split('\n\n').slice(3, -1);
writeFileSync(join(seeds, `${bid}.txt`), `${['台州共富工作简报', `${issuer} 2027 年 1 月 1 日`, ...printedBody, `${issuer} 2027年1月1日印发`].join('\n\n')}\n`);
writeFileSync(
  join(content, 'briefings', `${bid}.yaml`),
  stringify({ series: '台州共富工作简报', date: '2027-01-01', issuer, practices: ids, source: `${bid}.txt` }),
);
const incr = await measure('npx', ['astro', 'build', '--outDir', dist], env);
if (incr.code !== 0) {
  console.error(incr.output.slice(-4000));
  throw new Error('incremental build failed');
}
const index1 = shardsOf(incr.output);
const visible = ids.every((id) => {
  try {
    return statSync(join(dist, 'practices', id, 'index.html')).isFile();
  } catch {
    return false;
  }
});

// A facet browse lists every practice newest first, over all shards: the briefing just added comes first.
const browsed = browser ? await browseDates(dist, `?kind=${encodeURIComponent('案例')}`) : [];
const newestFirst = browsed.length > 0 && browsed.slice(0, 4).every((d) => d === '2027-01-01') && browsed.every((d, i) => i === 0 || browsed[i - 1]! >= d);

const avg = (xs: number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : NaN);
const max = (xs: number[]) => (xs.length ? Math.max(...xs) : NaN);
const report = {
  date: new Date().toISOString(),
  corpus: { practices: gen.practices, briefings: gen.briefings, pages },
  build: {
    totalMs: Math.round(full.ms),
    astroMs: Math.round(full.ms - pagefindMs),
    pagefindMs,
    msPerPage: Math.round((full.ms / pages) * 100) / 100,
    peakRssMb: full.peakRssMb,
  },
  dist: { mb: mb(distSize.bytes), files: distSize.files },
  index: { mb: mb(indexSize.bytes), files: indexSize.files, shards: index0.shards },
  search: {
    queries,
    firstKbMax: Math.round(max(queries.map((q) => q.firstBytes)) / 1024),
    firstMsMax: max(queries.map((q) => q.firstMs)),
    firstMsAvg: avg(queries.map((q) => q.firstMs)),
    repeatKbMax: Math.round(max(queries.map((q) => q.repeatBytes)) / 1024),
    repeatMsAvg: avg(queries.map((q) => q.repeatMs)),
  },
  incremental: {
    ms: Math.round(incr.ms),
    visible,
    peakRssMb: incr.peakRssMb,
    pagefindMs: Number(/indexed \d+ pages in (\d+) ms/.exec(incr.output)?.[1] ?? NaN),
    shardsReused: index1.reused,
  },
  browse: { listed: browsed.length, newestFirst },
};

const rows: [string, string][] = [
  ['corpus', `${gen.practices} practices, ${gen.briefings} briefings, ${pages} pages`],
  ['full build (astro + pagefind)', `${(report.build.totalMs / 1000).toFixed(1)} s (${report.build.msPerPage} ms/page)`],
  ['  astro', `${(report.build.astroMs / 1000).toFixed(1)} s`],
  ['  pagefind', `${(pagefindMs / 1000).toFixed(1)} s`],
  ['peak RSS', `${report.build.peakRssMb} MB`],
  ['dist/', `${report.dist.mb} MB, ${report.dist.files} files`],
  ['search index', `${report.index.mb} MB, ${report.index.files} files, ${report.index.shards} shard(s)`],
  ['first query: max fetched / max time', browser ? `${report.search.firstKbMax} KB / ${report.search.firstMsMax} ms (avg ${report.search.firstMsAvg} ms)` : 'skipped'],
  ['repeat query: max fetched / avg time', browser ? `${report.search.repeatKbMax} KB / ${report.search.repeatMsAvg} ms` : 'skipped'],
  [
    'add one briefing (4 practices): rebuild',
    `${(report.incremental.ms / 1000).toFixed(1)} s (index ${(report.incremental.pagefindMs / 1000).toFixed(1)} s, ` +
      `${report.incremental.shardsReused} of ${report.index.shards} shard(s) reused), peak ${report.incremental.peakRssMb} MB, new pages ${visible ? 'visible' : 'MISSING'}`,
  ],
];
const w = Math.max(...rows.map(([k]) => k.length));
console.log(rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n'));
if (browser) console.log(`facet browse (kind=案例): ${browsed.length} listed, ${newestFirst ? 'newest first' : `NOT newest first: ${browsed.join(' ')}`}`);
if (browser) for (const q of queries) console.log(`  ${q.query}: ${q.results} results, first ${Math.round(q.firstBytes / 1024)} KB ${q.firstMs} ms, repeat ${Math.round(q.repeatBytes / 1024)} KB ${q.repeatMs} ms`);
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(report, null, 2)}\n`);

/** Every figure of the report that is not a finite number (a measurement that silently failed). */
function missing(value: unknown, path: string): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => missing(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => missing(v, path ? `${path}.${k}` : k));
  return [];
}
const gaps = [...missing(report, ''), ...(browser && queries.length !== QUERIES.length ? ['search.queries'] : [])];
if (gaps.length) console.error(`[bench] figures not measured: ${gaps.join(', ')}`);
// The corpus's build cache (about 0.7 GB at 10,000) goes with it.
if (!keep) for (const dir of [work, cacheDirFor(content)]) rmSync(dir, { recursive: true, force: true });
else console.error(`[bench] kept ${work}`);
if (!visible || gaps.length || (browser && !newestFirst)) process.exit(1);
