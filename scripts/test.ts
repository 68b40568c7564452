// npm test: every check, in order, stopping at the first failure.
//   1. astro check (types of .astro and .ts files)     2. unit tests (node:test)     3. the content check
//   4. the site build with its search index             5. links and #fragments of dist/ resolve, html-validate,
//      scripts/check-html.ts (what html-validate does not check) and the W3C checker (vnu) pass on every page
//   6. the site built under a sub-path (BASE_PATH), with body links added from tests/fixtures/body-links, links checked
//   7. a second build compared byte for byte with dist/ (reproducible builds), and two incremental builds into one
//      folder holding an earlier build's leftovers, compared the same way
//   8. browser tests (Playwright on Chromium) against dist/ served as static files
//   9. the scale benchmark at N = 200 as a smoke test: it must complete and measure every figure
// Pass --skip-build to reuse an existing dist/ (handy while writing browser tests).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { cacheDirFor } from '../src/lib/paths.ts';

/** A free TCP port on loopback, so the browser tests never collide with another server on this machine. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
process.env.PREVIEW_PORT ??= String(await freePort());

const skipBuild = process.argv.includes('--skip-build');
// Unit tests sit in a folder per part of the code (check/, search/, ingest/, site/).
const unitTests = (readdirSync('tests/unit', { recursive: true }) as string[])
  .filter((f) => f.endsWith('.test.ts'))
  .sort()
  .map((f) => `tests/unit/${f}`);
// Extra builds go under .bench/ (git-ignored) inside the project: a build's prerender chunks are run from its output
// folder, and Node resolves their packages from there, so an output folder outside the project cannot find them.
mkdirSync('.bench', { recursive: true });
const subPathOut = mkdtempSync(join('.bench', 'base-'));
// The sub-path build uses content/ with body links added (tests/fixtures/body-links): real content has none, and a
// body link is what must get the base path (src/markdown/rehype-base-links.ts).
const subPathContent = `${subPathOut}-content`;
const secondOut = mkdtempSync(join('.bench', 'again-'));
const incrementalOut = mkdtempSync(join('.bench', 'incremental-'));

interface Step {
  label: string;
  cmd: string;
  args: string[];
  env?: Record<string, string>;
  build?: boolean;
}
const steps: Step[] = [
  { label: '类型检查 astro check', cmd: 'npx', args: ['astro', 'check'] },
  { label: '单元测试', cmd: 'node', args: ['--test', '--test-reporter=spec', ...unitTests] },
  { label: '内容检查', cmd: 'node', args: ['scripts/check-content.ts'] },
  { label: '构建站点和搜索索引', cmd: 'npx', args: ['astro', 'build'], build: true },
  { label: '链接检查（dist/）', cmd: 'node', args: ['scripts/check-links.ts', 'dist'] },
  { label: 'HTML 校验（html-validate，dist/ 全部页面）', cmd: 'npx', args: ['html-validate', 'dist/**/*.html'] },
  { label: 'HTML 补充检查（html-validate 不查的：</html> 之后无内容，页面中无校验器注释）', cmd: 'node', args: ['scripts/check-html.ts', 'dist'] },
  { label: 'W3C HTML 校验（Nu Html Checker，vnu，dist/ 全部页面）', cmd: 'node', args: ['scripts/check-nu.ts', 'dist'] },
  {
    label: '子路径部署：以 BASE_PATH=/gongfu/ 构建（内容加上 tests/fixtures/body-links 的正文链接）并检查链接',
    cmd: 'sh',
    args: [
      '-c',
      `node scripts/fixture-content.ts tests/fixtures/body-links ${subPathContent} >/dev/null && ` +
        `CONTENT_DIR=${subPathContent} npx astro build --outDir ${subPathOut} >/dev/null && node scripts/check-links.ts ${subPathOut} --base /gongfu/`,
    ],
    env: { BASE_PATH: '/gongfu/' },
    build: true,
  },
  {
    // The body files in Astro's cache folder are removed first (src/data/lean-glob.ts): the content store still names
    // them, and the build must render those bodies again rather than fail or print empty pages.
    label: '可重现构建：删除缓存中的正文渲染结果后再构建一次，与 dist/ 逐字节比较',
    cmd: 'sh',
    args: ['-c', `rm -rf node_modules/.astro/bodies && npx astro build --outDir ${secondOut} >/dev/null && node scripts/compare-dirs.ts dist ${secondOut}`],
    build: true,
  },
  {
    // INCREMENTAL=1 keeps the output folder between builds (astro.config.mjs): the second build leaves unchanged pages
    // in place and must remove a page and a bundle left from an earlier build (src/integrations/prune-dist.ts).
    label: '增量构建：保留输出目录再构建（先放入旧页面和旧脚本），与 dist/ 逐字节比较',
    cmd: 'sh',
    args: [
      '-c',
      `npx astro build --outDir ${incrementalOut} >/dev/null && mkdir -p ${incrementalOut}/practices/removed-practice && ` +
        `echo stale > ${incrementalOut}/practices/removed-practice/index.html && echo stale > ${incrementalOut}/_astro/stale.js && ` +
        `touch -d @1000000000 ${incrementalOut}/practices/removed-practice/index.html ${incrementalOut}/_astro/stale.js && ` +
        `npx astro build --outDir ${incrementalOut} >/dev/null && node scripts/compare-dirs.ts dist ${incrementalOut}`,
    ],
    env: { INCREMENTAL: '1' },
    build: true,
  },
  // The search-quality test skips its plain-Pagefind baseline here (printed, never asserted; `npm run search:quality`
  // prints it): over 490 queries it doubled the test's time.
  { label: '浏览器测试', cmd: 'npx', args: ['playwright', 'test'], env: { SEARCH_BASELINE: '0' } },
  {
    label: '规模基准冒烟测试（200 个合成案例：构建、索引、搜索、增量构建，每项数据都须测得）',
    cmd: 'node',
    args: ['scripts/bench.ts', '--n', '200', '--shard-pages', '100'],
    build: true,
  },
];

let failed = false;
for (const step of steps) {
  if (skipBuild && step.build) continue;
  console.log(`\n=== ${step.label}: ${step.cmd} ${step.args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✗ ${step.label} 失败（${secs} 秒，退出码 ${r.status ?? r.signal}）`);
    failed = true;
    break;
  }
  console.log(`✓ ${step.label}（${secs} 秒）`);
}
// The fixture corpus's build cache (a folder of its own, see cacheDirFor) goes with it.
for (const dir of [subPathOut, subPathContent, cacheDirFor(subPathContent)]) rmSync(dir, { recursive: true, force: true });
rmSync(secondOut, { recursive: true, force: true });
rmSync(incrementalOut, { recursive: true, force: true });
if (failed) process.exit(1);
console.log('\n全部测试通过。');
