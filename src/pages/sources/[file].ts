import type { APIRoute, GetStaticPaths } from 'astro';
import { readdir, readFile } from 'node:fs/promises';

/** The raw source texts, served as they are under /sources/<file>, so every page can link to what it was made from. */
export const getStaticPaths = (async () => {
  const files = (await readdir('seeds')).filter((f) => f.endsWith('.txt')).sort();
  return files.map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const text = await readFile(`seeds/${params.file}`);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
