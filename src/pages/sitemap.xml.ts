import type { APIRoute } from 'astro';
import { corpus, PAGE_SIZE, sourceFiles } from '../data/content';
import { laterPages } from '../lib/paging';
import { briefingUrl, groupUrl, measureUrl, planUrl, practicesPageUrl, practiceUrl, regionUrl, sourcePageUrl, url } from '../lib/urls';
import { escapeXml } from '../lib/xml';

/** sitemap.xml: every page of the site, with absolute URLs. */
export const GET: APIRoute = async ({ site }) => {
  const c = await corpus();
  const paths = [
    url(),
    ...['practices', 'briefings', 'plans', 'regions', 'groups', 'measures', 'metrics', 'search', 'sources'].map((s) => url(s)),
    // The later pages of the list of all practices are pages of the site like any other, each its own canonical.
    ...laterPages(c.practices.length, PAGE_SIZE).map((n) => practicesPageUrl(n)),
    ...c.practices.map((p) => practiceUrl(p.id)),
    ...c.briefings.map((b) => briefingUrl(b.id)),
    ...c.plans.map((p) => planUrl(p.id)),
    ...c.regions.map((r) => regionUrl(r.id)),
    ...c.groups.map((g) => groupUrl(g.id)),
    ...c.measures.map((m) => measureUrl(m.id)),
    ...sourceFiles(c).map((f) => sourcePageUrl(f)),
  ];
  const body = `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${paths.map((p) => `  <url><loc>${escapeXml(new URL(p, site).href)}</loc></url>`).join('\n')}
</urlset>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
