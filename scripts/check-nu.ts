// The W3C Nu HTML Checker (vnu, from the vnu-jar package) over every page of a built site: zero errors.
// Usage: node scripts/check-nu.ts [dist]
// html-validate (the step before it in npm test) holds the site's own rules; vnu is the checker readers and reviewers
// reach for, and it also parses the CSS written into a page (a container query there was an error to it: see the bar
// chart's styles in src/styles/global.css). It needs Java 11 or later on PATH; .ci/run installs Debian's when the
// machine has none.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { filesUnder } from './lib/files.ts';

const root = process.argv[2] ?? 'dist';
const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.error || java.status !== 0) {
  console.error('W3C 校验（vnu）需要 Java 11 或更高版本，本机找不到 java 命令。Debian：apt-get install default-jre-headless');
  process.exit(1);
}
const pages = filesUnder(root).filter((f) => f.endsWith('.html')).length;
// Directories are checked recursively; --skip-non-html passes over the search index, scripts and styles.
const r = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', root], { stdio: 'inherit' });
if (r.status !== 0) {
  console.error(`W3C 校验（vnu）：${root} 中有错误（见上）。`);
  process.exit(1);
}
console.log(`W3C 校验（vnu）：${pages} 个页面，没有错误。`);
