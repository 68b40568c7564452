import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus, seedText, sourceCacheKey, sourceFiles } from '../../data/content';

/**
 * The raw source texts under /sources/<file>, so every page can link to what it was made from: their text as it is,
 * in UTF-8 (a file saved in GBK would otherwise reach the browser as mojibake).
 */
export const getStaticPaths = (async () => {
  const c = await corpus();
  return Promise.all(sourceFiles(c).map(async (file) => ({ params: { file }, cacheKey: await sourceCacheKey(c, file) })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const text = await seedText(params.file!);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
