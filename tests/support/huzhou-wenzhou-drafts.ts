// Test helpers for the 湖州 and 温州 raw texts of tests/fixtures/ingest/ (huzhou.txt, wenzhou.txt, huzhou-plan.txt):
// each ingested with the regions it needs, and the content check over a copy of content/ and seeds/ with its drafts
// written in.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { contextOf } from '../../src/ingest/run.ts';
import { ingestText, type IngestContext, type IngestResult } from '../../src/ingest/ingest.ts';
import { checkContent } from '../../src/check/check.ts';
import { formatProblem } from '../../src/check/types.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const CONTENT = join(ROOT, 'content');
const { ctx } = contextOf(CONTENT);
const work = mkdtempSync(join(tmpdir(), 'huzhou-wenzhou-drafts-'));
after(() => rmSync(work, { recursive: true, force: true }));

const FIXTURES = join(ROOT, 'tests/fixtures/ingest');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** The regions of 湖州 and 温州 that these raw texts need (an editor adds them first). */
const REGIONS = [
  { id: 'huzhou', name: '湖州市', level: '市', aliases: ['湖州'] },
  { id: 'anji', name: '安吉县', level: '县', parent: '湖州市', aliases: ['安吉'] },
  { id: 'changxing', name: '长兴县', level: '县', parent: '湖州市', aliases: ['长兴'] },
  { id: 'deqing', name: '德清县', level: '县', parent: '湖州市', aliases: ['德清'] },
  { id: 'wenzhou', name: '温州市', level: '市', aliases: ['温州'] },
  { id: 'lucheng', name: '鹿城区', level: '区', parent: '温州市', aliases: ['鹿城'] },
  { id: 'yueqing', name: '乐清市', level: '县级市', parent: '温州市', aliases: ['乐清'] },
  { id: 'ruian', name: '瑞安市', level: '县级市', parent: '温州市', aliases: ['瑞安'] },
];
const wider = {
  ...ctx,
  taxonomy: { ...ctx.taxonomy, regions: [...ctx.taxonomy.regions, ...REGIONS.map((r) => ({ id: r.id, names: [r.name, ...r.aliases], parent: r.parent }))] },
};

/** The drafts of the raw text `name`, with what the content folder would also hold (`more`, e.g. earlier plans). */
export function ingest(name: string, more: Partial<IngestContext> = {}): IngestResult {
  return ingestText(fixture(name), name, { ...wider, ...more });
}

/** The file of the result whose path starts with `prefix`. */
export function file(r: IngestResult, prefix: string): string {
  const f = r.files.find((x) => x.path.startsWith(prefix));
  assert.ok(f, `no file ${prefix}… among ${r.files.map((x) => x.path).join(', ')}`);
  return f.content;
}

let copies = 0;
/**
 * The content check over a copy of content/ with the regions added, the drafts of `name` written in, `change` applied
 * to the copy, and the raw text in a copy of seeds/: the report lines of the new files.
 */
export function checkDrafts(name: string, change: (dir: string) => void = () => {}): string[] {
  const dir = join(work, `copy-${copies++}`);
  cpSync(CONTENT, join(dir, 'content'), { recursive: true });
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  writeFileSync(join(dir, 'seeds', name), fixture(name));
  const regions = REGIONS.map((r, i) => [`- id: ${r.id}`, `  name: ${r.name}`, `  order: ${100 + i}`, `  level: ${r.level}`, ...(r.parent ? [`  parent: ${r.parent}`] : []), `  aliases: [${r.aliases.join(', ')}]`].join('\n')).join('\n');
  writeFileSync(join(dir, 'content/taxonomy/regions.yaml'), `${readFileSync(join(CONTENT, 'taxonomy/regions.yaml'), 'utf8').trimEnd()}\n${regions}\n`);
  for (const f of ingest(name).files) {
    mkdirSync(join(dir, 'content', f.path, '..'), { recursive: true });
    writeFileSync(join(dir, 'content', f.path), f.content);
  }
  change(join(dir, 'content'));
  return checkContent(join(dir, 'content'), join(dir, 'seeds')).map((p) => formatProblem(p).replace(/^.*?copy-\d+\//, ''));
}


/** Replaces `from` in `dir/file`, failing if it is not there; publishes a draft as an editor does. */
export { edit, publish } from './content-copy.ts';
