import type { APIRoute } from 'astro';
import { bodyHtml, corpus } from '../../data/content';
import { collectNames } from '../../lib/search/suggest';
import { decodeEntities } from '../../lib/xml';

/**
 * `/search/names.json`: the names the texts put in quotation marks (“政校企”, “金蓝领”), those on the most pages first,
 * for "您是不是要找" when a query finds nothing (see src/lib/search/suggest.ts). Loaded only then. A practice's
 * Markdown is not kept in the content store (src/content.config.ts): its rendered HTML is read, without the tags.
 * A plan keeps its Markdown (the group pages read its targets from it).
 */
export const GET: APIRoute = async () => {
  const c = await corpus();
  const text = async (e: (typeof c.practices)[number] | (typeof c.plans)[number]) =>
    e.body ?? decodeEntities((await bodyHtml(e)).replace(/<[^>]*>/g, ''));
  const texts = await Promise.all([...c.practices, ...c.plans].map(async (e) => `${e.data.title}\n${await text(e)}`));
  return new Response(JSON.stringify(collectNames(texts)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
