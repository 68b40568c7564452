/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers, text strings and
 * definite-length arrays. Enough to read a Pagefind 1.6 metadata or word-index file and write it back byte for byte
 * (repack.ts); anything else is an error, so that a changed Pagefind format fails the build instead of writing a
 * broken index.
 */

export type Cbor = number | string | Cbor[];

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

export function decodeCbor(bytes: Uint8Array): Cbor {
  let at = 0;
  const item = (): Cbor => {
    const start = at;
    const { major, n, next } = readHead(bytes, at);
    at = next;
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 3: {
        if (at + n > bytes.length) throw new Error('CBOR: unexpected end of data');
        const s = utf8.decode(bytes.subarray(at, at + n));
        at += n;
        return s;
      }
      case 4: {
        const out: Cbor[] = new Array(n);
        for (let i = 0; i < n; i++) out[i] = item();
        return out;
      }
      default:
        throw new Error(`CBOR: unsupported major type ${major} at byte ${start}`);
    }
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} byte(s) after the value`);
  return value;
}

/** Where the item that starts at `at` ends: reads only its heads, not its values. */
export function skipCbor(bytes: Uint8Array, at: number): number {
  let pending = 1;
  while (pending > 0) {
    const { major, n, next } = readHead(bytes, at);
    pending--;
    at = next;
    if (major === 3) at += n;
    else if (major === 4) pending += n;
    else if (major > 1) throw new Error(`CBOR: unsupported major type ${major} at byte ${at}`);
  }
  if (at > bytes.length) throw new Error('CBOR: unexpected end of data');
  return at;
}

/** The head of the item at `at`: its major type, its argument (a value, or a length) and where its content starts. */
export function readHead(bytes: Uint8Array, at: number): { major: number; n: number; next: number } {
  if (at >= bytes.length) throw new Error('CBOR: unexpected end of data');
  const head = bytes[at++]!;
  const info = head & 31;
  let n = info;
  if (info >= 24) {
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (!size) throw new Error(`CBOR: unsupported length encoding ${info} at byte ${at - 1}`);
    if (at + size > bytes.length) throw new Error('CBOR: unexpected end of data');
    n = 0;
    for (let i = 0; i < size; i++) n = n * 256 + bytes[at++]!;
  }
  return { major: head >> 5, n, next: at };
}

/** The head of an item of major type `major` with argument `n`, shortest form. */
export function cborHead(major: number, n: number): Uint8Array {
  const out: number[] = [];
  if (n < 24) out.push((major << 5) | n);
  else if (n < 0x100) out.push((major << 5) | 24, n);
  else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 255);
  else if (n < 0x100000000) out.push((major << 5) | 26, (n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
  else throw new Error(`CBOR: number too large: ${n}`);
  return Uint8Array.from(out);
}

/** Encodes with the shortest length encoding, as Pagefind's encoder (minicbor) does. */
export function encodeCbor(value: Cbor): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number) => {
    for (const b of cborHead(major, n)) out.push(b);
  };
  const item = (v: Cbor) => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error(`CBOR: not an integer: ${v}`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const b = encoder.encode(v);
      head(3, b.length);
      for (const x of b) out.push(x);
    } else {
      head(4, v.length);
      for (const x of v) item(x);
    }
  };
  item(value);
  return Uint8Array.from(out);
}
