import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteUrl, asset, practicesPageUrl, practiceUrl, sourcePageUrl, sourceUrl, url } from '../../../src/lib/urls.ts';

// Outside Astro (no BASE_URL) the base is the root; scripts/check-links.ts and the BASE_PATH build cover a sub-path.
test('site URLs end in / and encode their parts; files do not', () => {
  assert.equal(url(), '/');
  assert.equal(url('practices'), '/practices/');
  assert.equal(practiceUrl('yuhuan-three-drives'), '/practices/yuhuan-three-drives/');
  assert.equal(url('regions', '玉环'), '/regions/%E7%8E%89%E7%8E%AF/');
  assert.equal(asset('sources', '002_x.txt'), '/sources/002_x.txt');
});

test('the list of practices: page 1 is the list itself; source pages may open at a line', () => {
  assert.equal(practicesPageUrl(1), '/practices/');
  assert.equal(practicesPageUrl(3), '/practices/page/3/');
  assert.equal(sourceUrl('002_x.txt'), '/sources/002_x.txt');
  assert.equal(sourcePageUrl('002_x.txt'), '/sources/002_x/');
  assert.equal(sourcePageUrl('002_x.txt', 12), '/sources/002_x/#L12');
});

test('an address made absolute keeps the site’s sub-path and encodes nothing twice', () => {
  assert.equal(absoluteUrl(practiceUrl('玉环'), 'https://a.gov.cn/'), 'https://a.gov.cn/practices/%E7%8E%89%E7%8E%AF/');
  assert.equal(absoluteUrl('/gongfu/feed.xml', new URL('https://a.gov.cn/gongfu/')), 'https://a.gov.cn/gongfu/feed.xml');
});
