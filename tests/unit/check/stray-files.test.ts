// Files in content/ that nothing reads are reported, with the name they were probably meant to have: a practice saved
// in content/practice/ would otherwise never be published, and the check would pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemsAfter } from '../../support/content-copy.ts';
import { CONTENT_ROOT, entryKindOf, strayEntries, TAXONOMY_FILES } from '../../../src/check/stray-files.ts';

test('strayEntries: what is read and what is set aside passes; the rest is named with its nearest allowed name', () => {
  const entries = [
    { name: 'practices', dir: true },
    { name: 'redirects.yaml', dir: false },
    { name: '.DS_Store', dir: false },
    { name: '_drafts', dir: true },
    { name: 'practice', dir: true },
    { name: 'Plans', dir: true },
    { name: 'Redirects.yml', dir: false },
    { name: 'notes', dir: true },
    { name: 'practices', dir: false },
  ];
  assert.deepEqual(strayEntries(entries, CONTENT_ROOT), [
    { name: 'practice', dir: true, meant: 'practices' },
    { name: 'Plans', dir: true, meant: 'plans' },
    { name: 'Redirects.yml', dir: false, meant: 'redirects.yaml' },
    { name: 'notes', dir: true },
    // A file named like a folder is not that folder.
    { name: 'practices', dir: false },
  ]);
  assert.deepEqual(strayEntries([{ name: 'group.yaml', dir: false }, { name: 'groups-extra.yaml', dir: false }], { folders: [], files: TAXONOMY_FILES }), [
    { name: 'group.yaml', dir: false, meant: 'groups.yaml' },
    { name: 'groups-extra.yaml', dir: false },
  ]);
});

test('the content check reports a practice in content/practice/ and a taxonomy file it does not read', () => {
  const problems = problemsAfter((dir) => {
    mkdirSync(join(dir, 'practice'));
    copyFileSync(join(dir, 'practices', 'wenling-employment.md'), join(dir, 'practice', 'wenling-new.md'));
    writeFileSync(join(dir, 'taxonomy', 'group.yaml'), '- id: new-group\n  name: 新群体\n');
  });
  assert.deepEqual(problems.filter((p) => p.includes('文件名')), [
    'practice/: 文件名: content/ 下只读取 briefings/、practices/、plans/、taxonomy/ 和 redirects.yaml：这个文件夹中的文件不会被读取，也不会发布。请把其中的文件移到 practices/',
    'taxonomy/group.yaml: 文件名: content/taxonomy/ 下只读取 regions.yaml、groups.yaml、measures.yaml、indicators.yaml、synonyms.yaml：这个文件不会被读取。请把其中的各项并入 groups.yaml',
  ]);
});

test('a practice, plan or briefing in another kind’s folder is one message naming the folder it belongs in, not a list of schema errors', () => {
  const copied = (from: string, to: string) => problemsAfter((dir) => copyFileSync(join(dir, from), join(dir, to)));
  assert.deepEqual(copied('practices/wenling-employment.md', 'plans/wenling-employment.md'), [
    'plans/wenling-employment.md: 文件夹: 这个文件看起来是案例（有案例才有的字段 measures、briefing、metrics），却放在 content/plans/ 中，会被当作方案检查。已有同名文件 content/practices/wenling-employment.md：这一份多半是误复制的，删去它（或与那一份核对后再删）',
  ]);
  assert.deepEqual(copied('plans/qingtian-action-plan.md', 'practices/qingtian-copy.md'), [
    'practices/qingtian-copy.md: 文件夹: 这个文件看起来是方案（有方案才有的字段 docNumber、issuers、status 等），却放在 content/practices/ 中，会被当作案例检查，也不会作为方案发布。请把它移到 content/plans/qingtian-copy.md',
  ]);
  assert.deepEqual(copied('practices/wenling-employment.md', 'briefings/wenling-employment.md'), [
    'briefings/wenling-employment.md: 文件名: 扩展名应为 .yaml，收到 “.md”：这个文件不会被读取，也不会发布。这个文件看起来是案例（有案例才有的字段 measures、briefing、metrics）：案例放在 content/practices/ 中。已有同名文件 content/practices/wenling-employment.md：这一份多半是误复制的，删去它（或与那一份核对后再删）',
  ]);
  // Moved rather than copied: one message for one mistake. The briefing that still lists the practice is not also told
  // it is unknown (the folder message names it), nor the practices of a moved briefing that theirs is.
  const moved = problemsAfter((dir) => renameSync(join(dir, 'practices/huangyan-four-measures.md'), join(dir, 'plans/huangyan-four-measures.md')));
  assert.deepEqual(moved, [
    'plans/huangyan-four-measures.md: 文件夹: 这个文件看起来是案例（有案例才有的字段 measures、briefing、metrics），却放在 content/plans/ 中，会被当作方案检查，也不会作为案例发布。请把它移到 content/practices/huangyan-four-measures.md（简报 content/briefings/taizhou-2022-01-25.yaml 的 practices 仍列着它，移回后简报无需改动）',
  ]);
  const briefing = problemsAfter((dir) => renameSync(join(dir, 'briefings/taizhou-2022-01-25.yaml'), join(dir, 'practices/taizhou-2022-01-25.yaml')));
  assert.deepEqual(briefing, [
    'practices/taizhou-2022-01-25.yaml: 文件名: 扩展名应为 .md 或 .mdx，收到 “.yaml”：这个文件不会被读取，也不会发布。这个文件看起来是简报（有简报才有的字段 series、issuer、reportTo 等）：简报放在 content/briefings/ 中。请把它移到 content/briefings/taizhou-2022-01-25.yaml',
  ]);
});

test('entryKindOf: the kind whose own fields a frontmatter has, at least two of them and more than any other kind', () => {
  assert.deepEqual(entryKindOf({ title: '某', briefing: 'b', measures: [], groups: [] }), { kind: 'practices', fields: ['briefing', 'measures'] });
  assert.deepEqual(entryKindOf({ title: '某', targets: [], status: '正式印发' }), { kind: 'plans', fields: ['targets', 'status'] });
  assert.equal(entryKindOf({ title: '某', briefing: 'b' }), undefined);
  assert.equal(entryKindOf({ briefing: 'b', measures: [], targets: [], status: 'x' }), undefined);
  assert.equal(entryKindOf(['a']), undefined);
  assert.equal(entryKindOf(undefined), undefined);
});
