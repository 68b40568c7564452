// npm test: every check, in order, stopping at the first failure.
//   1. astro check (types of .astro and .ts files), 2. unit tests (node:test), 3. the content check,
//   4. the site build with its search index, 5. browser tests (Playwright on Chromium) against the built site.
// Pass --skip-build to reuse an existing dist/ (handy while writing browser tests).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const skipBuild = process.argv.includes('--skip-build');
const unitTests = readdirSync('tests/unit')
  .filter((f) => f.endsWith('.test.ts'))
  .sort()
  .map((f) => `tests/unit/${f}`);

const steps: [string, string, string[]][] = [
  ['类型检查 astro check', 'npx', ['astro', 'check']],
  ['单元测试', 'node', ['--test', '--test-reporter=spec', ...unitTests]],
  ['内容检查', 'node', ['scripts/check-content.ts']],
  ...(skipBuild ? [] : ([['构建站点和搜索索引', 'npx', ['astro', 'build']]] as [string, string, string[]][])),
  ['浏览器测试', 'npx', ['playwright', 'test']],
];

for (const [label, cmd, args] of steps) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✗ ${label} 失败（${secs} 秒，退出码 ${r.status ?? r.signal}）`);
    process.exit(1);
  }
  console.log(`✓ ${label}（${secs} 秒）`);
}
console.log('\n全部测试通过。');
