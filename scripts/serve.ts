// A minimal static server for the built site (dist/), as any static host or intranet share would serve it: files as
// they are, `dir/` → `dir/index.html`, 404.html for the rest. Used by the browser tests and the benchmarks.
// Usage: node scripts/serve.ts [--dir dist] [--port 4329] [--base /sub/]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const root = arg('dir', 'dist');
const port = Number(arg('port', '4329'));
const base = arg('base', '/').replace(/\/?$/, '/');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

async function file(path: string): Promise<Buffer | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? await readFile(path) : s.isDirectory() ? await file(join(path, 'index.html')) : undefined;
  } catch {
    return undefined;
  }
}

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (!path.startsWith(base)) {
    res.writeHead(404).end();
    return;
  }
  const rel = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
  const local = join(root, rel);
  const body = await file(local);
  if (body) {
    const type = TYPES[extname(local)] ?? (extname(local) ? 'application/octet-stream' : TYPES['.html']!);
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length });
    res.end(body);
    return;
  }
  const notFound = await file(join(root, '404.html'));
  res.writeHead(404, { 'Content-Type': TYPES['.html']! });
  res.end(notFound ?? 'Not found');
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
