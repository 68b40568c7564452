// Serves a built site as static files. Usage: node scripts/serve.ts [--dir dist] [--port 4329] [--base /sub/]
import { serveStatic } from './lib/static-server.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const dir = arg('dir', 'dist');
const base = arg('base', '/');
const { port } = await serveStatic(dir, Number(arg('port', '4329')), base);
console.log(`serving ${dir} at http://127.0.0.1:${port}${base}`);
