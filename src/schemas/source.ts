import { z } from 'astro/zod';

/** The SHA-256 of a raw source file's bytes, in lowercase hex (`sha256sum seeds/<file>` prints it). */
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, '应为 64 位小写十六进制的 SHA-256（sha256sum seeds/文件名 可算出）');
