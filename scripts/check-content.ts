// npm run check [-- <content dir>]: validates all content without building the site and prints every problem.
import { checkContent, draftsNote, report } from '../src/check/check.ts';
import { seedsDir } from '../src/lib/paths.ts';

const dir = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const drafts: string[] = [];
const problems = checkContent(dir, seedsDir, undefined, undefined, drafts);
if (problems.length) {
  console.error(report(problems));
  process.exit(1);
}
console.log(`内容检查通过：${dir} 中没有发现问题。`);
if (drafts.length) console.log(draftsNote(drafts));
