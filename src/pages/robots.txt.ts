import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/robots';
import { absoluteUrl, url } from '../lib/urls';

/** robots.txt: every page may be crawled; the sitemap's absolute address follows SITE_URL and BASE_PATH. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(url(), absoluteUrl(`${url()}sitemap.xml`, site)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
