import type { APIRoute } from 'astro';
import { corpus } from '../../data/content';
import { collectNames } from '../../lib/search/suggest';
import { decodeEntities } from '../../lib/xml';

/**
 * `/search/names.json`: the names the texts put in quotation marks (“政校企”, “金蓝领”), those on the most pages first,
 * for "您是不是要找" when a query finds nothing (see src/lib/search/suggest.ts). Loaded only then. A practice's
 * Markdown is not kept in the content store (src/content.config.ts): its rendered HTML is read, without the tags.
 */
export const GET: APIRoute = async () => {
  const c = await corpus();
  const text = (e: { body?: string | undefined; rendered?: { html?: string } | undefined }) =>
    e.body ?? decodeEntities((e.rendered?.html ?? '').replace(/<[^>]*>/g, ''));
  const texts = [...c.practices, ...c.plans].map((e) => `${e.data.title}\n${text(e)}`);
  return new Response(JSON.stringify(collectNames(texts)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
