import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { labelledInnerHtml, pageWeight } from '../../support/page-weight.ts';

test('labelledInnerHtml: the labelled element to its own closing tag, nested elements of its name included', () => {
  const html = '<main><section aria-label="正文" class="body"><p>甲</p><section class="footnotes"><p>注</p></section><p>乙</p></section><section>后</section></main>';
  assert.equal(labelledInnerHtml(html, '正文'), '<p>甲</p><section class="footnotes"><p>注</p></section><p>乙</p>');
  assert.equal(labelledInnerHtml(html, '主要数据'), '');
  assert.throws(() => labelledInnerHtml('<section aria-label="正文"><p>甲</p>', '正文'), /never closed/);
});

test('pageWeight: the HTML file and its stylesheets, less the text of region 正文', () => {
  const dist = mkdtempSync(join(tmpdir(), 'weight-'));
  try {
    mkdirSync(join(dist, '_astro'));
    mkdirSync(join(dist, 'p'));
    writeFileSync(join(dist, '_astro', 'a.css'), 'x'.repeat(100));
    const body = '<p>正文</p>';
    const html = `<html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/x.svg"></head><body><section aria-label="正文">${body}</section></body></html>`;
    writeFileSync(join(dist, 'p', 'index.html'), html);
    const w = pageWeight(dist, 'p/index.html');
    assert.deepEqual(w.css, { '/_astro/a.css': 100 });
    assert.equal(w.text, Buffer.byteLength(body));
    assert.equal(w.weight, Buffer.byteLength(html) + 100 - Buffer.byteLength(body));
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
