import type { APIRoute } from 'astro';
import { url } from '../lib/urls';

/** robots.txt: every page may be crawled; the sitemap's absolute address follows SITE_URL and BASE_PATH. */
export const GET: APIRoute = ({ site }) => {
  const body = `User-agent: *
Allow: /

Sitemap: ${new URL(`${url()}sitemap.xml`, site).href}
`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
