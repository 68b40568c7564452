import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus, seedText, sourceFiles } from '../../data/content';

/**
 * The raw source texts under /sources/<file>, so every page can link to what it was made from: their text as it is,
 * in UTF-8 (a file saved in GBK would otherwise reach the browser as mojibake).
 */
export const getStaticPaths = (async () => sourceFiles(await corpus()).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const text = await seedText(params.file!);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
