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
  readonly content: string;
  readonly seeds: string;
  /** The folder the site is built into. */
  readonly out: string;
  /** Builds the copies with `env` added and serves them (under `env.BASE_PATH`, as a host would, when given): the
   *  server's address, without a trailing slash and without the base path. */
  build(env?: Record<string, string>): Promise<string>;
  /** Stops the server and removes the copies, the output and the build cache. */
  close(): void;
}

export function fixtureSite(name: string): FixtureSite {
  // Made on first use, not when the spec file is loaded: Playwright loads every spec file in its main process to list
  // the tests (and again in each worker), where no afterAll runs, and each load left a copy behind in .bench/.
  let root: string | undefined;
  const made = (): string => {
    if (root) return root;
    // Under .bench/ inside the project: the build runs its prerender chunks from its output folder, and Node resolves
    // their packages from there. A copy of content/ has a build cache of its own, not dist/'s.
    mkdirSync('.bench', { recursive: true });
    root = mkdtempSync(join('.bench', `${name}-`));
    cpSync('content', join(root, 'content'), { recursive: true });
    cpSync('seeds', join(root, 'seeds'), { recursive: true });
    return root;
  };
  let server: Server | undefined;
  return {
    get content() {
      return join(made(), 'content');
    },
    get seeds() {
      return join(made(), 'seeds');
    },
    get out() {
      return join(made(), 'dist');
    },
    async build(env = {}) {
      const r = spawnSync('npx', ['astro', 'build', '--outDir', this.out], { env: { ...process.env, CONTENT_DIR: this.content, SEEDS_DIR: this.seeds, ...env }, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`fixture build (${name}) failed:\n${r.stdout}\n${r.stderr}`);
      const s = await serveStatic(this.out, 0, env.BASE_PATH ?? '/');
      server = s.server;
      return `http://127.0.0.1:${s.port}`;
    },
    close() {
      server?.close();
      if (!root) return;
      for (const dir of [root, cacheDirFor(join(root, 'content'))]) rmSync(dir, { recursive: true, force: true });
    },
  };
}
