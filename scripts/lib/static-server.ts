// A minimal static server for a built site, as any static host or intranet share would serve it: files as they are,
// `dir/` → `dir/index.html`, 404.html for the rest, Last-Modified/ETag so browsers revalidate like on a real host,
// and text (HTML, CSS, JavaScript, JSON, SVG, XML) gzip-compressed for a browser that accepts it, as nginx with
// `gzip on` or IIS's default static compression do. Pagefind's index files are compressed already.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|javascript)|image\/svg\+xml)/;
const gzipped = new Map<string, Buffer>();

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

async function find(path: string): Promise<{ path: string; mtime: Date; size: number } | undefined> {
  try {
    const s = await stat(path);
    if (s.isFile()) return { path, mtime: s.mtime, size: s.size };
    if (s.isDirectory()) return await find(join(path, 'index.html'));
  } catch {
    // not found
  }
  return undefined;
}

/** Starts serving `root` under `base` on 127.0.0.1:`port` (0 picks a free port); resolves with the server and port. */
export function serveStatic(root: string, port = 0, base = '/'): Promise<{ server: Server; port: number }> {
  const prefix = base.replace(/\/?$/, '/');
  const server = createServer((req, res) => {
    // A request never brings the server down: a malformed address, or a file removed between its lookup and its
    // reading (a test's output folder deleted while the browser still asks for its icon), is answered, not thrown.
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    });
  });
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    const rel = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    const hit = await find(join(root, rel));
    if (hit) {
      const etag = `"${hit.size.toString(16)}-${hit.mtime.getTime().toString(16)}"`;
      const headers = {
        'Content-Type': TYPES[extname(hit.path)] ?? 'application/octet-stream',
        'Last-Modified': hit.mtime.toUTCString(),
        ETag: etag,
        'Cache-Control': 'no-cache',
      };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      let body: Buffer = await readFile(hit.path);
      const extra: Record<string, string> = {};
      if (COMPRESSIBLE.test(headers['Content-Type']) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        const key = `${hit.path}:${etag}`;
        body = gzipped.get(key) ?? gzipped.set(key, gzipSync(body)).get(key)!;
        extra['Content-Encoding'] = 'gzip';
        extra['Vary'] = 'Accept-Encoding';
      }
      res.writeHead(200, { ...headers, ...extra, 'Content-Length': body.length });
      res.end(body);
      return;
    }
    const notFound = await find(join(root, '404.html'));
    res.writeHead(404, { 'Content-Type': TYPES['.html']! });
    res.end(notFound ? await readFile(notFound.path) : 'Not found');
  };
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port })),
  );
}
