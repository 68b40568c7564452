// What html-validate does not check in a built site. Usage: node scripts/check-html.ts [dist]
//   - Every page ends with </html>: html-validate accepts markup after it, which the HTML parser moves into <body>
//     and the Nu checker reports as a stray tag (a page's <script> placed after its layout component lands there).
//   - No page carries an html-validate directive comment: exceptions to a rule go in .htmlvalidate.json, with their
//     reason, not into the HTML every reader downloads.
import { readFileSync } from 'node:fs';
import { filesUnder } from './lib/files.ts';

const root = process.argv[2] ?? 'dist';

const files = filesUnder(root).filter((f) => f.endsWith('.html'));
const problems: string[] = [];
for (const f of files) {
  const html = readFileSync(f, 'utf8');
  if (!/<\/html>\s*$/i.test(html)) {
    const end = html.toLowerCase().lastIndexOf('</html>');
    problems.push(`${f}: ${end < 0 ? 'no </html>' : `markup after </html>: ${html.slice(end + 7, end + 87).trim()}`}`);
  }
  for (const m of html.matchAll(/<!--\s*\[html-validate-[^\]]*\]/g)) problems.push(`${f}: linter comment in the page: ${m[0]}`);
}
for (const p of problems) console.error(p);
console.log(`HTML 补充检查：${files.length} 个页面，${problems.length} 个问题。`);
process.exit(problems.length ? 1 : 0);
