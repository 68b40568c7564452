// A site of its own for a browser test: a copy of content/ (and seeds/, when the test adds sources) that the test
// changes, built with `npx astro build` and served as static files, then removed with its build cache.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { cacheDirFor } from '../../src/lib/paths.ts';

interface FixtureSite {
  /** The copies to change before {@link FixtureSite.build}. */
  content: string;
  seeds: string;
  /** The folder the site is built into. */
  out: string;
  /** Builds the copies with `env` added and serves them (under `env.BASE_PATH`, as a host would, when given): the
   *  server's address, without a trailing slash and without the base path. */
  build(env?: Record<string, string>): Promise<string>;
  /** Stops the server and removes the copies, the output and the build cache. */
  close(): void;
}

export function fixtureSite(name: string): FixtureSite {
  // Under .bench/ inside the project: the build runs its prerender chunks from its output folder, and Node resolves
  // their packages from there. A copy of content/ has a build cache of its own, not dist/'s.
  mkdirSync('.bench', { recursive: true });
  const root = mkdtempSync(join('.bench', `${name}-`));
  const content = join(root, 'content');
  const seeds = join(root, 'seeds');
  cpSync('content', content, { recursive: true });
  cpSync('seeds', seeds, { recursive: true });
  const out = join(root, 'dist');
  let server: Server | undefined;
  return {
    content,
    seeds,
    out,
    async build(env = {}) {
      const r = spawnSync('npx', ['astro', 'build', '--outDir', out], { env: { ...process.env, CONTENT_DIR: content, SEEDS_DIR: seeds, ...env }, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`fixture build (${name}) failed:\n${r.stdout}\n${r.stderr}`);
      const s = await serveStatic(out, 0, env.BASE_PATH ?? '/');
      server = s.server;
      return `http://127.0.0.1:${s.port}`;
    },
    close() {
      server?.close();
      for (const dir of [root, cacheDirFor(content)]) rmSync(dir, { recursive: true, force: true });
    },
  };
}
