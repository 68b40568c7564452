// GB18030 encoding for tests of GBK input (a seed variant, a content file): Node has a GB18030 decoder but no encoder, so the table is built by
// decoding every two-byte sequence (and, for the few characters GBK lacks, such as ¹, the four-byte ones).

let gbTable: Map<string, number[]> | undefined;
function gbEncoder(): Map<string, number[]> {
  if (gbTable) return gbTable;
  gbTable = new Map();
  const dec = new TextDecoder('gb18030', { fatal: true });
  for (let b1 = 0x81; b1 <= 0xfe; b1++) {
    for (let b2 = 0x40; b2 <= 0xfe; b2++) {
      if (b2 === 0x7f) continue;
      try {
        const ch = dec.decode(new Uint8Array([b1, b2]));
        if (ch.length === 1 && !gbTable.has(ch)) gbTable.set(ch, [b1, b2]);
      } catch {
        /* not a character */
      }
    }
  }
  return gbTable;
}
function gb18030FourByte(ch: string): number[] {
  const dec = new TextDecoder('gb18030', { fatal: true });
  for (let b1 = 0x81; b1 <= 0x84; b1++)
    for (let b2 = 0x30; b2 <= 0x39; b2++)
      for (let b3 = 0x81; b3 <= 0xfe; b3++)
        for (let b4 = 0x30; b4 <= 0x39; b4++) {
          try {
            if (dec.decode(new Uint8Array([b1, b2, b3, b4])) === ch) return [b1, b2, b3, b4];
          } catch {
            /* not a character */
          }
        }
  throw new Error(`cannot encode ${ch} in GB18030`);
}
/** Encodes text as GB18030 (GBK for every character GBK has). */
export function encodeGb18030(text: string): Uint8Array {
  const table = gbEncoder();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      let bytes = table.get(ch);
      if (!bytes) {
        bytes = gb18030FourByte(ch);
        table.set(ch, bytes);
      }
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
