// The content store keeps each rendered entry without the raw frontmatter copy (src/data/lean-glob.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutFrontmatterCopy } from '../../src/data/lean-glob.ts';

test('the raw frontmatter copy is dropped from the rendered metadata, and nothing else', () => {
  const entry = {
    id: 'a',
    data: { title: '标题' },
    digest: 'd',
    rendered: { html: '<p>正文</p>', metadata: { headings: [{ depth: 2, slug: 'x', text: 'X' }], imagePaths: [], frontmatter: { title: '标题' } } },
  };
  const out = withoutFrontmatterCopy(entry);
  assert.deepEqual(out, { ...entry, rendered: { html: '<p>正文</p>', metadata: { headings: entry.rendered.metadata.headings, imagePaths: [] } } });
  assert.ok('frontmatter' in entry.rendered.metadata, 'the given entry is not changed');
});

test('an entry without rendered metadata is stored as it is', () => {
  const entry = { id: 'b', data: {}, deferredRender: true };
  assert.equal(withoutFrontmatterCopy(entry), entry);
});
