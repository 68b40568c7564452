/**
 * Traditional characters in a query, read as simplified ones (溫嶺 → 温岭, 技術工人 → 技术工人). The site's texts are in
 * simplified characters; a reader who types traditional ones (from Taiwan, Hong Kong, or an input method left that way)
 * would find nothing. The table is OpenCC's (Apache-2.0, through the `opencc-js` package), built into
 * `/search/t2s.json` at build time and loaded only when a query in Chinese misses a term (src/scripts/search/engine.ts).
 */

/** The shape of `/search/t2s.json`: `pairs` is traditional, simplified, traditional, simplified … one code point each. */
export interface T2sTable {
  source: string;
  pairs: string;
}

/**
 * The 6,763 characters of GB 2312, the standard simplified set: none of them is read as another character. OpenCC's
 * table maps some of them too (么 → 幺, 著 → 着), which would turn 怎么 into 怎幺.
 */
export function gb2312Hanzi(): Set<string> {
  const decoder = new TextDecoder('gb2312');
  const out = new Set<string>();
  for (let row = 0xb0; row <= 0xf7; row++) {
    for (let col = 0xa1; col <= 0xfe; col++) {
      const ch = decoder.decode(new Uint8Array([row, col]));
      if ([...ch].length === 1 && ch !== '\ufffd') out.add(ch);
    }
  }
  return out;
}

/**
 * The table from OpenCC's dictionaries: `ts` is TSCharacters (`T S|T S2 S3|…`, the first simplified form is taken),
 * `variants` are its regional-variant tables reversed (`裡 裏|…`: a variant to the standard traditional form).
 * Only single characters that change are kept, and none of `keep` (the standard simplified characters).
 */
export function buildT2s(ts: string, variants: readonly string[] = [], keep: ReadonlySet<string> = new Set()): T2sTable {
  const entries = (dict: string) =>
    dict.split('|').flatMap((e) => {
      const [from, to] = e.split(' ');
      return from && to && [...from].length === 1 && [...to].length === 1 ? [[from, to] as const] : [];
    });
  const toSimple = new Map(entries(ts));
  const out = new Map<string, string>();
  for (const [from, to] of toSimple) if (from !== to) out.set(from, to);
  for (const dict of variants) {
    for (const [variant, standard] of entries(dict)) {
      const simple = toSimple.get(standard) ?? standard;
      if (variant !== simple && !out.has(variant)) out.set(variant, simple);
    }
  }
  for (const ch of keep) out.delete(ch);
  const pairs = [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([a, b]) => a + b).join('');
  return { source: 'OpenCC TSCharacters, TWVariantsRev, HKVariantsRev (Apache-2.0), via opencc-js', pairs };
}

/** The lookup map of a table. */
export function t2sMap(table: T2sTable): Map<string, string> {
  const cps = [...table.pairs];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < cps.length; i += 2) map.set(cps[i]!, cps[i + 1]!);
  return map;
}

/** `text` with each traditional character that the table knows replaced by its simplified form. */
export function toSimplified(text: string, map: ReadonlyMap<string, string>): string {
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}
