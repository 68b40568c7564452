// node scripts/fixture-content.ts <fixture dir> <out dir>: copies content/ to <out dir> and applies the edits of
// <fixture dir>/edits.json ({ edits: [{ file, find, replace }] }, each `find` exactly once in its file). Used to
// build the site with something real content does not have (body links, for the sub-path build in scripts/test.ts).
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [fixture, out] = process.argv.slice(2);
if (!fixture || !out) {
  console.error('usage: node scripts/fixture-content.ts <fixture dir> <out dir>');
  process.exit(2);
}
const { edits } = JSON.parse(readFileSync(join(fixture, 'edits.json'), 'utf8')) as { edits: { file: string; find: string; replace: string }[] };
rmSync(out, { recursive: true, force: true });
cpSync('content', out, { recursive: true });
for (const { file, find, replace } of edits) {
  const path = join(out, file);
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(find);
  if (at < 0 || text.indexOf(find, at + 1) >= 0) {
    console.error(`${fixture}/edits.json: “${find}” ${at < 0 ? 'is not' : 'is more than once'} in content/${file}`);
    process.exit(1);
  }
  writeFileSync(path, text.slice(0, at) + replace + text.slice(at + find.length));
}
console.log(`${out}: content/ with ${edits.length} edit(s) from ${fixture}`);
