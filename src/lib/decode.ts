/**
 * Turns the bytes of a raw briefing into text. Government systems emit UTF-8, GBK or GB18030 (and now and then
 * UTF-16 with a byte-order mark); the encoding is detected with the platform's TextDecoder, never guessed into
 * mojibake: anything that is not plausibly text in one of them is refused with a one-line reason.
 */
/** A file that is not plausibly text: `message` is the one-line reason (the ingest refuses the file with it). */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

/** Text decoded from a file, with the encoding it was read in. */
interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

const MAGIC: [bytes: number[], what: string][] = [
  [[0x25, 0x50, 0x44, 0x46], '这是 PDF 文件：请先把文字提取为 .txt 文本再导入'],
  [[0x50, 0x4b, 0x03, 0x04], '这是 Word/压缩包等二进制文件（ZIP 格式）：请先另存为 .txt 文本再导入'],
  [[0xd0, 0xcf, 0x11, 0xe0], '这是旧版 Office 二进制文件：请先另存为 .txt 文本再导入'],
  [[0x89, 0x50, 0x4e, 0x47], '这是 PNG 图片，不是文本'],
  [[0xff, 0xd8, 0xff], '这是 JPEG 图片，不是文本'],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0) return i;
    for (let k = 1; k < n; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += n;
  }
  return -1;
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Whether decoded text looks like mojibake rather than Chinese prose: replacement characters, the classic 锟斤拷,
 * private-use characters, or a high share of rare CJK extension / Latin-1 letters.
 */
function looksGarbled(text: string): string | undefined {
  if (text.includes('\uFFFD')) return '文本中含有替换字符“\uFFFD”，说明它已在别处被错误解码过';
  if (text.includes('锟斤拷')) return '文本中含有“锟斤拷”，说明它已在别处被错误解码过';
  let letters = 0;
  let odd = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80 || /\s/.test(ch)) continue;
    letters++;
    if ((c >= 0xe000 && c <= 0xf8ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xc0 && c <= 0x24f) || c >= 0xf0000) odd++;
  }
  if (letters >= 20 && odd / letters > 0.05) return `解码后有 ${Math.round((odd / letters) * 100)}% 的字符是生僻字或私用区字符，疑似编码错误`;
  return undefined;
}

/**
 * Decodes a raw text file. Order: refuse empty and known binary formats; honour a byte-order mark; refuse bytes
 * with NUL or many control characters (binary); then UTF-8, then GB18030 (a superset of GBK and GB2312), each
 * strict. Throws DecodeError with a one-line reason when none fits or the result looks garbled.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('文件为空（0 字节）');
  for (const [magic, what] of MAGIC) if (startsWith(bytes, magic)) throw new DecodeError(what);

  let decoded: Decoded | undefined;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = tryDecode(encoding, bytes);
    if (text === undefined) throw new DecodeError(`文件以 ${encoding.toUpperCase()} 字节序标记开头，但内容无法按该编码解码`);
    decoded = { text, encoding };
  } else {
    let control = 0;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b === 0) throw new DecodeError(`这是二进制文件（第 ${i} 字节是 NUL），不是文本`);
      if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
    }
    if (control > Math.max(2, bytes.length * 0.01)) throw new DecodeError(`这是二进制文件（含 ${control} 个控制字符），不是文本`);
    const utf8 = tryDecode('utf-8', bytes);
    if (utf8 !== undefined) decoded = { text: utf8, encoding: 'utf-8' };
    else {
      const gb = tryDecode('gb18030', bytes);
      if (gb !== undefined) decoded = { text: gb, encoding: 'gb18030' };
    }
    if (!decoded) {
      const at = firstInvalidUtf8(bytes);
      throw new DecodeError(`无法解码：既不是 UTF-8（第 ${at} 字节无效），也不是 GBK/GB18030；请用“另存为 UTF-8”重新导出`);
    }
  }
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new DecodeError('文件只有空白字符，没有内容');
  const garbled = looksGarbled(text);
  if (garbled) throw new DecodeError(`${garbled}（按 ${decoded.encoding} 读取）；请取得正确编码的原文`);
  return { text, encoding: decoded.encoding };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a file the content check has already read without a problem: plain UTF-8 read directly (the check's
 * binary and garbling tests are not repeated for every page that shows it), anything else through {@link decodeBytes}.
 */
export function decodeChecked(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return decodeBytes(bytes).text;
  }
}
