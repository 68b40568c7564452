import type { APIRoute } from 'astro';
import { corpus, metricSources, must } from '../../data/content';
import { toCsv } from '../../lib/csv';
import { FIGURE_COLUMNS, figureTable } from '../../lib/indicators';
import { siteUrlKnown } from '../../lib/paths';
import { absoluteUrl, planUrl, practiceUrl } from '../../lib/urls';

/**
 * Every figure of the site as a spreadsheet (/metrics/data.csv, linked from /metrics/): one row per figure of every
 * practice and plan, with its sentence and the address of that sentence. Addresses are absolute when SITE_URL is set.
 */
export const GET: APIRoute = async ({ site }) => {
  const c = await corpus();
  const rows = figureTable(metricSources(c), {
    regionName: (id) => must(c.region, id, 'region').data.name,
    indicatorName: (id) => c.indicator.get(id)?.data.name,
    href: (s, n) => {
      const path = `${s.kind === 'practice' ? practiceUrl(s.id) : planUrl(s.id)}#m-${n}`;
      return siteUrlKnown && site ? absoluteUrl(path, site) : path;
    },
  });
  return new Response(toCsv([FIGURE_COLUMNS, ...rows]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
