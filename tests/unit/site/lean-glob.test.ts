// The content store keeps each rendered entry without the raw frontmatter copy, and its body's HTML in a file of its
// own (src/data/lean-glob.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BODY_FILE, bodyFileName, bodyFileOf, entriesToRender, unusedBodyFiles, withBodyInFile, withoutFrontmatterCopy } from '../../../src/data/lean-glob.ts';

const entry = {
  id: 'a',
  data: { title: '标题' },
  digest: 'd',
  rendered: { html: '<p>正文</p>', metadata: { headings: [{ depth: 2, slug: 'x', text: 'X' }], imagePaths: [], frontmatter: { title: '标题' } } },
};

test('the raw frontmatter copy is dropped from the rendered metadata, and nothing else', () => {
  const out = withoutFrontmatterCopy(entry);
  assert.deepEqual(out, { ...entry, rendered: { html: '<p>正文</p>', metadata: { headings: entry.rendered.metadata.headings, imagePaths: [] } } });
  assert.ok('frontmatter' in entry.rendered.metadata, 'the given entry is not changed');
});

test('an entry without rendered metadata is stored as it is', () => {
  const deferred = { id: 'b', data: {}, deferredRender: true };
  assert.equal(withoutFrontmatterCopy(deferred), deferred);
  const dir = mkdtempSync(join(tmpdir(), 'bodies-'));
  try {
    assert.equal(withBodyInFile(deferred, dir), deferred);
    assert.deepEqual(readdirSync(dir), []);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('the body goes to a file named by its hash, the entry keeps the name and everything else', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'bodies-')), 'practices');
  try {
    const out = withBodyInFile(entry, dir);
    const name = bodyFileName('<p>正文</p>');
    assert.deepEqual(out, {
      ...entry,
      rendered: { html: '', metadata: { headings: entry.rendered.metadata.headings, imagePaths: [], [BODY_FILE]: name } },
    });
    assert.equal(bodyFileOf(out), name);
    assert.deepEqual(readdirSync(dir), [name], 'one file, no partial file left');
    assert.equal(readFileSync(join(dir, name), 'utf8'), '<p>正文</p>');
    // The same body again (another entry, or the same one re-synced) names the same file; another body another one.
    assert.equal(bodyFileOf(withBodyInFile({ ...entry, id: 'c' }, dir)), name);
    const other = withBodyInFile({ ...entry, rendered: { ...entry.rendered, html: '<p>改过的正文</p>' } }, dir);
    assert.notEqual(bodyFileOf(other), name);
    assert.equal(readdirSync(dir).length, 2);
    assert.equal(entry.rendered.html, '<p>正文</p>', 'the given entry is not changed');
  } finally {
    rmSync(join(dir, '..'), { recursive: true });
  }
});

test('written in the background: the entry names its file at once, the file is whole once the writes are awaited', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'bodies-')), 'practices');
  try {
    const writes: Promise<void>[] = [];
    const out = withBodyInFile(entry, dir, writes);
    const name = bodyFileName('<p>正文</p>');
    assert.equal(bodyFileOf(out), name);
    // The same body again is not written twice.
    withBodyInFile({ ...entry, id: 'c' }, dir, writes);
    assert.equal(writes.length, 1);
    await Promise.all(writes);
    assert.deepEqual(readdirSync(dir), [name], 'one file, no partial file left');
    assert.equal(readFileSync(join(dir, name), 'utf8'), '<p>正文</p>');
    // A write that fails is reported when the writes are awaited, not lost.
    const failing: Promise<void>[] = [];
    const blocked = withBodyInFile({ ...entry, rendered: { ...entry.rendered, html: '<p>写不进去</p>' } }, dir, failing);
    // A folder where the file is to go: the rename at the end of the write fails.
    mkdirSync(join(dir, bodyFileOf(blocked)!));
    await assert.rejects(Promise.all(failing), /EISDIR|ENOTEMPTY|EEXIST/);
  } finally {
    rmSync(join(dir, '..'), { recursive: true });
  }
});

test('before a sync: entries whose body file is gone, or that still hold their HTML, are rendered again', () => {
  const stored = [
    { id: 'kept', rendered: { html: '', metadata: { [BODY_FILE]: 'a.html' } } },
    { id: 'gone', rendered: { html: '', metadata: { [BODY_FILE]: 'b.html' } } },
    { id: 'old-store', rendered: { html: '<p>x</p>', metadata: {} } },
    { id: 'mdx', deferredRender: true },
    { id: 'empty-body', rendered: { html: '', metadata: {} } },
  ];
  assert.deepEqual(entriesToRender(stored, new Set(['a.html', 'c.html'])), ['gone', 'old-store']);
});

test('after a sync: the body files no entry names are removed', () => {
  const stored = [{ id: 'x', rendered: { html: '', metadata: { [BODY_FILE]: 'a.html' } } }, { id: 'mdx', deferredRender: true }];
  assert.deepEqual(unusedBodyFiles(stored, new Set(['a.html', 'b.html', 'c.html'])), ['b.html', 'c.html']);
});

test('before a sync: an entry whose source file is gone (renamed .md ↔ .mdx, its text unchanged) is rendered again', () => {
  const stored = [
    { id: 'renamed', filePath: 'content/practices/a.mdx', rendered: undefined },
    { id: 'there', filePath: 'content/practices/b.md', rendered: { html: '', metadata: { [BODY_FILE]: 'b.html' } } },
  ];
  const exists = (p: string) => p === 'content/practices/b.md';
  assert.deepEqual(entriesToRender(stored, new Set(['b.html']), exists), ['renamed']);
  assert.deepEqual(entriesToRender(stored, new Set(['b.html'])), [], 'without a file check, only the body files count');
});
