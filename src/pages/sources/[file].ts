import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { corpus, sourceFiles } from '../../data/content';
import { seedsDir } from '../../lib/paths';

/** The raw source texts, served as they are under /sources/<file>, so every page can link to what it was made from. */
export const getStaticPaths = (async () => sourceFiles(await corpus()).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const text = await readFile(`${seedsDir}/${params.file}`);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
