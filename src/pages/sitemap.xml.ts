import type { APIRoute } from 'astro';
import { corpus, PAGE_SIZE, sourceFiles } from '../data/content';
import { briefingLastChanged, lastChanged, sourceLastChanged } from '../data/history';
import { laterPages } from '../lib/paging';
import { absoluteUrl, briefingUrl, groupUrl, measureUrl, planUrl, practicesPageUrl, practiceUrl, regionUrl, sourcePageUrl, url } from '../lib/urls';
import { escapeXml } from '../lib/xml';

/**
 * sitemap.xml: every page of the site, with absolute URLs. A document's page (practice, plan, briefing, raw source)
 * gives when it last changed (<lastmod>, from the repository's history); pages that list and compare many documents
 * give none rather than a date that would say little.
 */
export const GET: APIRoute = async ({ site }) => {
  const c = await corpus();
  const pages: [path: string, lastmod?: string | undefined][] = [
    [url()],
    ...['practices', 'briefings', 'plans', 'regions', 'groups', 'measures', 'metrics', 'search', 'sources'].map((s): [string] => [url(s)]),
    // The later pages of the list of all practices are pages of the site like any other, each its own canonical.
    ...laterPages(c.practices.length, PAGE_SIZE).map((n): [string] => [practicesPageUrl(n)]),
    ...c.practices.map((p): [string, string | undefined] => [practiceUrl(p.id), lastChanged(p)]),
    ...c.briefings.map((b): [string, string | undefined] => [briefingUrl(b.id), briefingLastChanged(c, b)]),
    ...c.plans.map((p): [string, string | undefined] => [planUrl(p.id), lastChanged(p)]),
    ...c.regions.map((r): [string] => [regionUrl(r.id)]),
    ...c.groups.map((g): [string] => [groupUrl(g.id)]),
    ...c.measures.map((m): [string] => [measureUrl(m.id)]),
    ...sourceFiles(c).map((f): [string, string | undefined] => [sourcePageUrl(f), sourceLastChanged(f)]),
  ];
  const body = `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${pages.map(([p, lastmod]) => `  <url><loc>${escapeXml(absoluteUrl(p, site))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`).join('\n')}
</urlset>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
