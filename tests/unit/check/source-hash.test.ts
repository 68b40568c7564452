// A raw source's SHA-256 (sourceSha256): the ingest records it, and the check (src/check/context.ts) reports a seed
// that no longer has it, since seeds/ is never edited.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../../src/check/check.ts';
import { runIngest } from '../../../src/ingest/run.ts';

const work = mkdtempSync(join(tmpdir(), 'source-hash-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('a source recorded at import must not change: the ingest records its SHA-256, the check reports an edited seed', () => {
  const content = join(work, 'hash-content');
  cpSync('content/taxonomy', join(content, 'taxonomy'), { recursive: true });
  const name = readdirSync('seeds').find((f) => f.startsWith('002'))!;
  runIngest(join('seeds', name), { content });
  const [briefing] = readdirSync(join(content, 'briefings')).map((f) => readFileSync(join(content, 'briefings', f), 'utf8'));
  assert.match(briefing!, new RegExp(`^sourceSha256: ${createHash('sha256').update(readFileSync(join('seeds', name))).digest('hex')}$`, 'm'));
  // The site's own issues and plans record theirs: a seed edited together with its page is reported, by name.
  const seeds = join(work, 'hash-seeds');
  cpSync('seeds', seeds, { recursive: true });
  writeFileSync(join(seeds, name), readFileSync(join(seeds, name), 'utf8').replace('及时介入救助', '第一时间介入救助'));
  const problems = checkContent('content', seeds).filter((p) => p.field === 'sourceSha256');
  assert.deepEqual(problems.map((p) => p.file.replace(/^.*content\//, '')), ['briefings/taizhou-2021-09-30.yaml']);
  assert.match(problems[0]!.message, new RegExp(`^seeds/${name} 与导入时不同（导入时的 SHA-256 是 [0-9a-f]{12}…，现在是 [0-9a-f]{12}…）：seeds/ 中的原文不得修改`));
  assert.deepEqual(checkContent('content', 'seeds').filter((p) => p.field === 'sourceSha256'), [], 'the seeds as they are: nothing');
});
