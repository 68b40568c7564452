// Structured data (src/lib/structured-data.ts): valid JSON-LD that says only what the content says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { briefingLd, briefingPageLd, jsonLdText, planLd, planPageLd, practiceLd, practicePageLd, websiteLd } from '../../../src/lib/structured-data.ts';

test('the JSON cannot end its <script> element, whatever a title holds', () => {
  const text = jsonLdText({ headline: '标题</script><script>alert(1)</script>' });
  assert.ok(!text.includes('</'));
  assert.equal(JSON.parse(text).headline, '标题</script><script>alert(1)</script>');
});

test('a practice: published on its issue date in China, by the issue’s issuer, no author the text does not name', () => {
  const ld = practiceLd({
    title: '天台县创新“和盈模式”',
    description: undefined,
    url: 'https://a.gov.cn/practices/x/',
    date: new Date(Date.UTC(2021, 11, 1)),
    region: '天台县',
    keywords: [],
    issue: { name: '《台州共富工作简报》（期号未注明，2021年12月1日）', url: 'https://a.gov.cn/briefings/y/', issuer: '台州市…办公室' },
  });
  assert.equal(ld['@type'], 'Article');
  assert.equal(ld.datePublished, '2021-12-01T00:00:00+08:00');
  assert.deepEqual(ld.publisher, { '@type': 'GovernmentOrganization', name: '台州市…办公室' });
  for (const absent of ['author', 'dateModified', 'image', 'description', 'keywords']) assert.ok(!(absent in ld), absent);
});

test('a plan without a date or issuers claims neither', () => {
  const ld = planLd({ title: '台州市…实施方案', description: 'd', url: 'u', issuers: [], region: '台州市', status: '征求意见稿' });
  assert.equal(ld['@type'], 'Report');
  assert.ok(!('datePublished' in ld) && !('publisher' in ld) && !('identifier' in ld));
  assert.equal(ld.creativeWorkStatus, '征求意见稿');
});

test('a briefing lists its practices in order; the site offers its search as a SearchAction', () => {
  const ld = briefingLd({ name: 'n', url: 'u', date: new Date(Date.UTC(2021, 8, 30)), issuer: 'i', series: 's', issueNumber: '3', practices: [{ title: 'a', url: 'ua' }, { title: 'b', url: 'ub' }] });
  assert.deepEqual((ld.hasPart as { headline: string }[]).map((p) => p.headline), ['a', 'b']);
  assert.equal(ld.issueNumber, '3');
  const site = websiteLd({ name: 'n', url: 'https://a.gov.cn/sub/', description: 'd', searchUrl: 'https://a.gov.cn/sub/search/' });
  assert.equal((site.potentialAction as { target: string }).target, 'https://a.gov.cn/sub/search/?q={search_term_string}');
});

test('a practice page and a plan page: absolute URLs on the site, the issue cited as the page cites it, keywords the groups then the measures', () => {
  const ld = practicePageLd(
    { id: 'tiantai-heying', title: '天台县创新“和盈模式”', date: new Date(Date.UTC(2021, 8, 30)), region: '天台县', groups: ['低收入农户'], measures: ['产业带动', '消薄'] },
    { id: 'taizhou-3', data: { series: '台州共富工作简报', number: 3, date: new Date(Date.UTC(2021, 8, 30)), issuer: '台州市共富办' } },
    'https://a.gov.cn/',
  );
  assert.equal(ld.url, 'https://a.gov.cn/practices/tiantai-heying/');
  assert.equal(ld.keywords, '低收入农户,产业带动,消薄');
  assert.deepEqual(ld.isPartOf, { '@type': 'PublicationIssue', name: '《台州共富工作简报》第3期（2021年9月30日）', url: 'https://a.gov.cn/briefings/taizhou-3/' });
  const plan = planPageLd({ id: 'qingtian', description: 'd', region: '青田县', data: { title: '青田县…方案', issuers: ['青田县人民政府办公室'], docNumber: '青委办发〔2022〕14号', status: '正式印发' } }, 'https://a.gov.cn/');
  assert.equal(plan.url, 'https://a.gov.cn/plans/qingtian/');
  assert.equal(plan.identifier, '青委办发〔2022〕14号');
  assert.deepEqual(plan.publisher, [{ '@type': 'GovernmentOrganization', name: '青田县人民政府办公室' }]);
  const issue = briefingPageLd(
    { id: 'taizhou-3', data: { series: '台州共富工作简报', number: 3, date: new Date(Date.UTC(2021, 8, 30)), issuer: '台州市共富办' } },
    [{ id: 'b', data: { title: '乙' } }, { id: 'a', data: { title: '甲' } }],
    'https://a.gov.cn/',
  );
  assert.equal(issue.name, '《台州共富工作简报》第3期（2021年9月30日）');
  assert.equal(issue.issueNumber, '3');
  assert.deepEqual((issue.hasPart as { url: string }[]).map((p) => p.url), ['https://a.gov.cn/practices/b/', 'https://a.gov.cn/practices/a/']);
});
