// The curated pages against their raw sources: every paragraph of every page occurs in its seed (only whitespace,
// Markdown syntax, page numbers and recorded corrections differ), and every figure is stated by its quote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { SourceIndex, unfaithful, type Correction } from '../../../src/lib/fidelity.ts';
import { quoteStates } from '../../../src/lib/numbers.ts';

const briefings = new Map(
  readdirSync('content/briefings').map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(`content/briefings/${f}`, 'utf8'))]),
);

function pages(dir: string) {
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => ({ file: `${dir}/${f}`, ...splitFrontmatter(readFileSync(`${dir}/${f}`, 'utf8'), f) }));
}

for (const page of [...pages('content/practices'), ...pages('content/plans')]) {
  test(`${page.file} says what its source says`, () => {
    const source = (page.data.source as string | undefined) ?? briefings.get(page.data.briefing as string)?.source;
    assert.ok(source, 'the page has a source');
    const raw = readFileSync(`seeds/${source}`, 'utf8');
    const bad = unfaithful(page.body, new SourceIndex(raw), (page.data.corrections ?? []) as Correction[]);
    assert.deepEqual(bad, []);
  });

  test(`${page.file}: every figure is stated by its quote in the body`, () => {
    type M = { quote: string; value: number; unit: string };
    const metrics = ((page.data.metrics ?? page.data.targets ?? []) as M[]);
    assert.ok(metrics.length > 0, 'the page carries its figures');
    for (const m of metrics) {
      assert.ok(page.body.includes(m.quote), `quote in body: ${m.quote}`);
      assert.ok(quoteStates(m.quote, m.value, m.unit), `${m.quote} states ${m.value} ${m.unit}`);
    }
  });
}

// The project's five source documents. New issues add their raw texts beside them; these stay as they came.
const ORIGINAL_SEEDS: Record<string, string> = {
  '000_901b1eb27f07a258.txt': '92cb15bb20d99ca8f04dd156bdd139e138faa9cf2d2f9ef6372315852d49beed',
  '001_87f722b323f69c9e.txt': '2c1f8c6b2a60e936db35e08f9b070ddbb46f4f86bd7b18c6d62886ef24da8fa1',
  '002_d3d2b23bbdabca64.txt': '84b5b501ba5ce9fec14290cbc97c5eca1b4db67c6743d4e053125f3b655430a5',
  '003_84359d70cc1cc035.txt': 'a42504640624e054013f7a7fd45eff33f49768cc677cf31494abfb2b48fdcd19',
  '004_1528804999b4efe1.txt': 'c6edfff5beca4b237219a69deeb3c9eb01a677cefcdf4260250bf13279f95c72',
};

test('the three briefings of the seeds cite them and keep the printed issue number only where printed', () => {
  const byNumber = [...briefings.values()].filter((b) => b.source in ORIGINAL_SEEDS).map((b) => [b.source, b.number ?? null]);
  assert.deepEqual(byNumber.sort(), [
    ['000_901b1eb27f07a258.txt', null],
    ['001_87f722b323f69c9e.txt', null],
    ['002_d3d2b23bbdabca64.txt', 3],
  ]);
});

test('the source documents are in seeds/, byte for byte as they came', () => {
  for (const [file, sha] of Object.entries(ORIGINAL_SEEDS)) {
    assert.equal(createHash('sha256').update(readFileSync(`seeds/${file}`)).digest('hex'), sha, `seeds/${file} has been changed`);
  }
});
