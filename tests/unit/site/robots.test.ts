// robots.txt (src/lib/robots.ts): at a host's root it allows everything; under a sub-path only the sub-path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { robotsTxt } from '../../../src/lib/robots.ts';

test('at the root: every page allowed, the sitemap named', () => {
  assert.equal(robotsTxt('/', 'https://a.gov.cn/sitemap.xml'), 'User-agent: *\nAllow: /\n\nSitemap: https://a.gov.cn/sitemap.xml\n');
});

test('under a sub-path: the rules name the sub-path, after a comment saying they go into the root robots.txt', () => {
  const lines = robotsTxt('/gongfu/', 'https://a.gov.cn/gongfu/sitemap.xml').split('\n');
  assert.match(lines[0]!, /^# .*\/gongfu\/.*根目录的 robots\.txt/);
  assert.ok(lines.includes('Allow: /gongfu/'));
  assert.ok(!lines.includes('Allow: /'));
  assert.ok(lines.includes('Sitemap: https://a.gov.cn/gongfu/sitemap.xml'));
});
