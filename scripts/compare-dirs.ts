// Compares two build outputs file by file (names and bytes). Usage: node scripts/compare-dirs.ts <a> <b>
// Exits 1 and lists the differing files when the builds are not identical.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function hashes(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of (readdirSync(root, { recursive: true }) as string[]).sort()) {
    const p = join(root, f);
    if (statSync(p).isFile()) out.set(f, createHash('sha256').update(readFileSync(p)).digest('hex'));
  }
  return out;
}

const [a, b] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node scripts/compare-dirs.ts <dir-a> <dir-b>');
  process.exit(2);
}
const ha = hashes(a);
const hb = hashes(b);
const diff = [...new Set([...ha.keys(), ...hb.keys()])].filter((f) => ha.get(f) !== hb.get(f)).sort();
for (const f of diff.slice(0, 20)) console.error(`differs: ${f}${!ha.has(f) ? ' (only in b)' : !hb.has(f) ? ' (only in a)' : ''}`);
console.log(`${ha.size} files compared: ${diff.length} differ.`);
process.exit(diff.length ? 1 : 0);
