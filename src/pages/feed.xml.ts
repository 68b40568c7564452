import type { APIRoute } from 'astro';
import { corpus, practicesOf } from '../data/content';
import { briefingIssued, briefingLastChanged } from '../data/history';
import { citation } from '../lib/format';
import { latest } from '../lib/last-changed';
import { absoluteUrl, briefingUrl, practiceUrl, url } from '../lib/urls';
import { escapeXml } from '../lib/xml';

/**
 * Atom feed of briefing issues, newest first: title, dates, link and the list of practices of each. An entry is
 * published on its issue's date (the start of that day in China) and updated when its page last changed (its file's or
 * one of its practices' last commit; the issue's date without a history); the feed is updated with its latest entry.
 */
export const GET: APIRoute = async ({ site }) => {
  const c = await corpus();
  const abs = (path: string) => absoluteUrl(path, site);
  const dated = c.briefings.map((b) => {
    const published = briefingIssued(b);
    return { b, published, updated: latest([published, briefingLastChanged(c, b)])! };
  });
  const updated = latest(dated.map((d) => d.updated)) ?? '2021-01-01T00:00:00+08:00';
  const entries = dated.map(({ b, published, updated }) => {
    const items = practicesOf(c, b)
      .map((p) => `<li><a href="${escapeXml(abs(practiceUrl(p.id)))}">${escapeXml(p.data.title)}</a></li>`)
      .join('');
    return `  <entry>
    <title>${escapeXml(citation(b.data))}</title>
    <id>${escapeXml(abs(briefingUrl(b.id)))}</id>
    <link rel="alternate" type="text/html" href="${escapeXml(abs(briefingUrl(b.id)))}"/>
    <published>${published}</published>
    <updated>${updated}</updated>
    <author><name>${escapeXml(b.data.issuer)}</name></author>
    <content type="html">${escapeXml(`<ol>${items}</ol>`)}</content>
  </entry>`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>共富实践案例库：工作简报</title>
  <id>${escapeXml(abs(url()))}</id>
  <link rel="self" type="application/atom+xml" href="${escapeXml(abs(`${url()}feed.xml`))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(abs(url('briefings')))}"/>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
