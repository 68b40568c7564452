import type { APIRoute } from 'astro';
import { corpus, practicesOf } from '../data/content';
import { citation, isoDate } from '../lib/format';
import { briefingUrl, practiceUrl, url } from '../lib/urls';
import { escapeXml } from '../lib/xml';

/** Atom feed of briefing issues, newest first: title, date, link and the list of practices of each. */
export const GET: APIRoute = async ({ site }) => {
  const c = await corpus();
  const abs = (path: string) => new URL(path, site).href;
  const updated = c.briefings[0] ? `${isoDate(c.briefings[0].data.date)}T00:00:00Z` : '2021-01-01T00:00:00Z';
  const entries = c.briefings.map((b) => {
    const items = practicesOf(c, b)
      .map((p) => `<li><a href="${escapeXml(abs(practiceUrl(p.id)))}">${escapeXml(p.data.title)}</a></li>`)
      .join('');
    return `  <entry>
    <title>${escapeXml(citation(b.data))}</title>
    <id>${escapeXml(abs(briefingUrl(b.id)))}</id>
    <link rel="alternate" type="text/html" href="${escapeXml(abs(briefingUrl(b.id)))}"/>
    <updated>${isoDate(b.data.date)}T00:00:00Z</updated>
    <author><name>${escapeXml(b.data.issuer)}</name></author>
    <content type="html">${escapeXml(`<ol>${items}</ol>`)}</content>
  </entry>`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>共富实践案例库：工作简报</title>
  <id>${escapeXml(abs(url()))}</id>
  <link rel="self" href="${escapeXml(abs(`${url()}feed.xml`))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(abs(url('briefings')))}"/>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
