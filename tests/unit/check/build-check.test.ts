// The build runs the content check first: a bad file fails `astro build` with its file and field named, no page is
// written, and an earlier build's pages are removed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheDirFor } from '../../../src/lib/paths.ts';

test('astro build refuses a practice with an unknown region, naming file, field and the id meant', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bad-build-'));
  const content = join(dir, 'content');
  const out = join(dir, 'dist');
  try {
    cpSync('content', content, { recursive: true });
    const file = join(content, 'practices', 'yuhuan-three-drives.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^region: yuhuan$/m, 'region: 玉环'));
    // An earlier build's output is there: it must not stay to be previewed or deployed as this build's.
    mkdirSync(join(out, 'practices', 'yuhuan-three-drives'), { recursive: true });
    writeFileSync(join(out, 'practices', 'yuhuan-three-drives', 'index.html'), '<!doctype html><title>旧页面</title>');
    const r = spawnSync('npx', ['astro', 'build', '--outDir', out], {
      env: { ...process.env, CONTENT_DIR: content },
      encoding: 'utf8',
    });
    const output = `${r.stdout}${r.stderr}`;
    assert.notEqual(r.status, 0, 'the build fails');
    // The file's own line of the field: `…/yuhuan-three-drives.md:3: region: …`.
    const regionLine = readFileSync(file, 'utf8').split('\n').indexOf('region: 玉环') + 1;
    assert.match(output, new RegExp(`yuhuan-three-drives\\.md:${regionLine}: region: 未知的地区 "玉环"。是否想填 yuhuan（玉环市）？`));
    assert.match(output, /内容检查：发现 1 个问题/);
    // The editor sees the problem list only: not Astro's report of a crashed hook with its internal stack trace.
    assert.doesNotMatch(output, /unhandled error|Stack trace|Location:|\n\s+at /);
    assert.ok(!existsSync(join(out, 'practices')), 'no page was written, and the earlier ones are gone');
    assert.match(output, /已删除输出目录 /);
  } finally {
    for (const d of [dir, cacheDirFor(content)]) rmSync(d, { recursive: true, force: true });
  }
});

test('a renamed practice: the next build warns that its old address goes, and a redirect keeps it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'renamed-'));
  const content = join(dir, 'content');
  const out = join(dir, 'dist');
  const build = () => {
    const r = spawnSync('npx', ['astro', 'build', '--outDir', out], { env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
    assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
    return `${r.stdout}${r.stderr}`;
  };
  try {
    cpSync('content', content, { recursive: true });
    build();
    renameSync(join(content, 'practices/tiantai-heying.md'), join(content, 'practices/tiantai-heying-model.md'));
    const briefing = join(content, 'briefings/taizhou-2021-12-01.yaml');
    writeFileSync(briefing, readFileSync(briefing, 'utf8').replace(/\btiantai-heying\b/, 'tiantai-heying-model'));
    assert.match(build(), /上次构建发布过的 1 个页面这次没有生成，它们的地址将失效：\/practices\/tiantai-heying\/。若是改名或合并，请在 content\/redirects\.yaml 中登记/);
    writeFileSync(join(content, 'redirects.yaml'), '- from: /practices/tiantai-heying/\n  to: /practices/tiantai-heying-model/\n  reason: 案例改名\n');
    assert.doesNotMatch(build(), /这次没有生成/);
    const moved = readFileSync(join(out, 'practices/tiantai-heying/index.html'), 'utf8');
    assert.match(moved, /<meta http-equiv="refresh" content="0; url=\/practices\/tiantai-heying-model\/">/);
    assert.match(moved, /新地址是 <a href="\/practices\/tiantai-heying-model\/">/);
  } finally {
    for (const d of [dir, cacheDirFor(content)]) rmSync(d, { recursive: true, force: true });
  }
});

test('a file that breaks the content sync itself is reported by the check, not by Astro', () => {
  // The check runs beside Astro's content sync; a frontmatter the loaders cannot read makes the sync fail first, and
  // the loaders then wait for the check, whose report names the file, the line and what to write.
  const dir = mkdtempSync(join(tmpdir(), 'bad-sync-'));
  const content = join(dir, 'content');
  const out = join(dir, 'dist');
  try {
    cpSync('content', content, { recursive: true });
    const file = join(content, 'practices', 'jiaojiang-talent.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^date: (\d{4}-\d\d-\d\d)$/m, 'date: [$1'));
    const briefing = join(content, 'briefings', 'taizhou-2021-09-30.yaml');
    writeFileSync(briefing, readFileSync(briefing, 'utf8').replace(/^date: 2021-09-30$/m, 'date: 九月三十日'));
    const r = spawnSync('npx', ['astro', 'build', '--outDir', out], { env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
    const output = `${r.stdout}${r.stderr}`;
    assert.notEqual(r.status, 0, 'the build fails');
    assert.match(output, /jiaojiang-talent\.md:\d+: date: 不是有效的 YAML：第 \d+ 行 “date: \[2021/);
    assert.match(output, /taizhou-2021-09-30\.yaml:\d+: date: 日期应写成 YYYY-MM-DD（例如 2022-01-25），收到 “九月三十日”/);
    assert.match(output, /内容检查：发现 2 个问题/);
    assert.doesNotMatch(output, /unhandled error|Stack trace|Location:|\n\s+at |InvalidContentEntry|does not match collection schema/);
    assert.ok(!existsSync(join(out, 'practices')), 'no page was written');
  } finally {
    for (const d of [dir, cacheDirFor(content)]) rmSync(d, { recursive: true, force: true });
  }
});
