import type { APIRoute } from 'astro';
import ts from 'opencc-js/dict/TSCharacters';
import tw from 'opencc-js/dict/TWVariantsRev';
import hk from 'opencc-js/dict/HKVariantsRev';
import { buildT2s, gb2312Hanzi } from '../../lib/search/t2s';

/**
 * `/search/t2s.json`: traditional → simplified characters, for a query typed in traditional characters (see
 * src/lib/search/t2s.ts). Loaded by the search only when a query in Chinese misses a term.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildT2s(ts, [tw, hk], gb2312Hanzi())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
