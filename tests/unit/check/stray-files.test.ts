// Files in content/ that nothing reads are reported, with the name they were probably meant to have: a practice saved
// in content/practice/ would otherwise never be published, and the check would pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemsAfter } from '../../support/content-copy.ts';
import { CONTENT_ROOT, strayEntries, TAXONOMY_FILES } from '../../../src/check/stray-files.ts';

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
