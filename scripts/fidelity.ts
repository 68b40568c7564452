// Compares a curated page with its raw seed text: prints the paragraphs that do not occur in the seed (after
// normalization and the page's recorded `corrections`) and the metrics whose quote is not in the body or does not
// state the value. Usage: node scripts/fidelity.ts content/practices/x.md seeds/002_….txt
import { readFileSync } from 'node:fs';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { unfaithfulParagraphs, type Correction } from '../src/lib/fidelity.ts';
import { quoteStates } from '../src/lib/numbers.ts';

const [page, seed] = process.argv.slice(2);
if (!page || !seed) {
  console.error('usage: node scripts/fidelity.ts <page.md> <seed.txt>');
  process.exit(2);
}
const { data, body } = splitFrontmatter(readFileSync(page, 'utf8'), page);
const corrections = (data.corrections ?? []) as Correction[];
const bad = unfaithfulParagraphs(body, readFileSync(seed, 'utf8'), corrections);
for (const p of bad) console.log(`NOT IN SOURCE: ${p.slice(0, 200)}`);
type M = { quote: string; value: number; unit: string; label: string };
const metrics = [...((data.metrics ?? []) as M[]), ...((data.targets ?? []) as M[])];
let badMetrics = 0;
for (const m of metrics) {
  if (!body.includes(m.quote)) {
    badMetrics++;
    console.log(`QUOTE NOT IN BODY: ${m.label}: ${m.quote}`);
  } else if (!quoteStates(m.quote, m.value, m.unit)) {
    badMetrics++;
    console.log(`QUOTE DOES NOT STATE ${m.value} ${m.unit}: ${m.quote}`);
  }
}
console.log(`${page}: ${bad.length} paragraph(s) not in source; ${metrics.length} metrics, ${badMetrics} bad`);
process.exit(bad.length + badMetrics === 0 ? 0 : 1);
