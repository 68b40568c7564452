// Word boundaries of the search index and of the query (src/lib/search/segment.ts): ICU's cuts, corrected where it
// cuts a policy compound across a word boundary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { COMPOUND_CUTS, segmentQuery, segmentText, segmentWords } from '../../../src/lib/search/segment.ts';
import { intlSegmenter, parseQuery } from '../../../src/lib/search/query.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { real } from '../../support/search-docs.ts';

const words = (text: string) => segmentWords(text).filter((w) => w.trim());
const icu = new Intl.Segmenter('zh-CN', { granularity: 'word' });
/** ICU's own cut, as the browser (Pagefind) cuts a query. */
const icuWords = (text: string) => Array.from(icu.segment(text), (s) => s.segment).filter((w) => w.trim());

test('人均可支配收入 is cut 人|均|可|支配|收入, as ICU cuts 人均 and 可支配收入 typed alone, not its 人|均可|支配|收入', () => {
  assert.deepEqual(icuWords('人均可支配收入'), ['人', '均可', '支配', '收入']);
  assert.deepEqual(words('人均可支配收入'), ['人', '均', '可', '支配', '收入']);
  assert.deepEqual(words('居民人均可支配收入'), ['居民', '人', '均', '可', '支配', '收入']);
  assert.deepEqual(words('农村居民人均可支配收入保持两位数增长').slice(0, 7), ['农村', '居民', '人', '均', '可', '支配', '收入']);
  // The index: the same words, spaced, so that the words of 人均 (人 均) and of 可支配收入 (可 支配 收入) are found in it.
  assert.equal(segmentText('低收入农户人均可支配收入11658元'), '低收入 农户 人 均 可 支配 收入 11658 元');
});

test('a query reaches Pagefind cut as the index is, so the browser’s ICU cannot cut it otherwise; quotes stay', () => {
  assert.equal(segmentQuery('人均可支配收入'), '人 均 可 支配 收入');
  assert.equal(segmentQuery('"居民人均可支配收入"'), '"居民 人 均 可 支配 收入"');
  assert.equal(segmentQuery('玉环 股权激励'), '玉环 股权 激励');
  assert.equal(segmentQuery('2.58万人次'), '2.58 万人 次');
  assert.equal(segmentQuery('plain words'), 'plain words');
  // Every word sent is one the browser's ICU keeps whole.
  for (const q of ['人均可支配收入', '支持高校毕业生来青就业', '居民人均可支配收入达到 7.5 万元']) {
    for (const w of segmentQuery(q).split(' ')) assert.deepEqual(icuWords(w), [w], `${w} of ${q}`);
  }
});

test('a compound is corrected only where a word starts with it: 个人均可 (each person may) keeps ICU’s 个人|均可', () => {
  assert.deepEqual(words('个人均可申请'), ['个人', '均可', '申请']);
  assert.deepEqual(words('符合条件的均可享受'), ['符合', '条件', '的', '均可', '享受']);
});

test('高校毕业生来青 keeps 毕业|生 as a query for 高校毕业生 cuts it, not ICU’s 毕业|生来 (born)', () => {
  assert.deepEqual(words('支持高校毕业生来青就业'), ['支持', '高校', '毕业', '生', '来', '青', '就业']);
});

test('the query is cut as the index is: every listed compound, alone and in every sentence of the texts that has it', () => {
  const dir = 'content';
  const bodies = ['practices', 'plans'].flatMap((sub) =>
    readdirSync(`${dir}/${sub}`).map((f) => splitFrontmatter(readFileSync(`${dir}/${sub}/${f}`, 'utf8'), f).body),
  );
  let checked = 0;
  for (const cut of COMPOUND_CUTS) {
    const compound = cut.replaceAll('|', '');
    // The cut listed is ICU's own cut of the compound alone, which the query segmenter keeps.
    assert.deepEqual(icuWords(compound), cut.split('|'), compound);
    assert.deepEqual(intlSegmenter(compound), cut.split('|'), compound);
    for (const line of bodies.flatMap((b) => b.split('\n'))) {
      for (let at = line.indexOf(compound); at >= 0; at = line.indexOf(compound, at + 1)) {
        // Where the compound starts a word of the index, it is cut as the query is.
        const ws = segmentWords(line);
        const starts = ws.map((_, i) => ws.slice(0, i).join('').length);
        const k = starts.indexOf(at);
        if (k < 0) continue;
        assert.deepEqual(ws.slice(k, k + cut.split('|').length), cut.split('|'), `${compound} in ${line.slice(Math.max(0, at - 10), at + 20)}`);
        checked++;
      }
    }
  }
  assert.ok(checked >= 10, `only ${checked} occurrences checked`);
});

test('a query for 人均可支配收入 names no piece of ICU’s cut (均可) as a term', () => {
  const terms = parseQuery('居民人均可支配收入', real).terms.map((t) => t.text);
  assert.ok(!terms.includes('均可'), terms.join('|'));
  assert.ok(terms.includes('支配') && terms.includes('收入') && terms.includes('居民'), terms.join('|'));
});
