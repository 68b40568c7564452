/**
 * The indexer's per-page work, spread over worker processes: reading each built page (its hash, its sort date, whether
 * Pagefind indexes it) and preparing it (prepare.ts). Both are plain JavaScript on one page at a time, and most of
 * the indexer's own time at thousands of pages, while the build's own process uses one core.
 * Few pages (an incremental build's) are done in the calling process, where starting workers would cost more.
 *
 * Processes, not worker threads: a thread's memory stays with the build's process after the thread ends (at 10,000
 * practices the build's peak, during Pagefind's run, was 140–250 MB higher with threads); a process returns it.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fork, type ChildProcess } from 'node:child_process';
import { preparePage, type PreparedPage } from './prepare.ts';
import { readPage, type ReadPage } from './read-page.ts';
import { repackBundle, type RepackReport } from './repack.ts';

export type Job = { op: 'read'; files: string[] } | { op: 'prepare'; files: string[] };
type Result<J extends Job> = J extends { op: 'read' } ? ReadPage[] : (PreparedPage | undefined)[];
/** Re-cutting one shard's word index (repack.ts), in a process of its own while Pagefind indexes the next shard. */
export type RepackJob = { op: 'repack'; dir: string; firstRank: number };

/** Runs one job in the calling process (and in each worker, on its part of the files). */
export function runJob(job: Job | RepackJob): ReadPage[] | (PreparedPage | undefined)[] | [RepackReport] {
  if (job.op === 'repack') return [repackBundle(job.dir, { firstRank: job.firstRank })];
  return job.op === 'read' ? job.files.map(readPage) : job.files.map((f) => preparePage(readFileSync(f, 'utf8')));
}

interface PoolOptions {
  /** Worker processes (default: the cores, at most 4). */
  workers?: number;
  /** Below this many files a job runs in the calling process (default 200). */
  minParallel?: number;
  /** Pages sent to a worker at a time (default 64). */
  batch?: number;
  /** The worker's script (default pool-worker.ts); tests give one that fails. */
  script?: URL;
  /** Where a warning goes (default console.warn). */
  warn?: (message: string) => void;
}

type Reply = { ok: true; out: unknown[] } | { ok: false; error: string };

/** A worker that could not start or ended without answering (not an error of the job itself). */
class WorkerFailure extends Error {}

/** Sends `job` to the worker `w` and waits for its reply. */
export function ask(w: ChildProcess, job: Job | RepackJob): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: Reply) => {
      w.off('error', onError).off('exit', onExit);
      if (m.ok) resolve(m.out);
      else reject(new Error(m.error));
    };
    const fail = (message: string) => {
      w.off('message', onMessage).off('error', onError).off('exit', onExit);
      reject(new WorkerFailure(message));
    };
    const ended = (code: number | string | null) => `the indexer's worker process ended (exit code ${code})`;
    const onError = (e: NodeJS.ErrnoException) => {
      // Sending to a worker that has just died fails (EPIPE) before its 'exit' event, which says why: wait for that.
      if (e.code === 'EPIPE' || e.code === 'ERR_IPC_CHANNEL_CLOSED') {
        if (w.exitCode !== null || w.signalCode !== null) fail(ended(w.exitCode ?? w.signalCode));
        return;
      }
      fail(e.message);
    };
    const onExit = (code: number | null, signal: string | null) => fail(ended(code ?? signal));
    w.once('message', onMessage);
    w.on('error', onError);
    w.once('exit', onExit);
    w.send(job);
  });
}

export class PagePool {
  readonly #size: number;
  readonly #minParallel: number;
  readonly #batch: number;
  readonly #script: URL;
  readonly #warn: (message: string) => void;
  #workers: ChildProcess[] = [];
  /** A worker failed: everything runs in the calling process from then on. */
  #failed = false;

  constructor(options: PoolOptions = {}) {
    this.#size = Math.max(1, options.workers ?? Math.min(availableParallelism(), 4));
    this.#minParallel = options.minParallel ?? 200;
    this.#batch = options.batch ?? 64;
    this.#script = options.script ?? new URL('./pool-worker.ts', import.meta.url);
    this.#warn = options.warn ?? ((m) => console.warn(m));
  }

  async run<J extends Job>(job: J): Promise<Result<J>> {
    if (this.#failed || this.#size < 2 || job.files.length < this.#minParallel) return runJob(job) as Result<J>;
    try {
      return await this.#parallel(job);
    } catch (e) {
      if (!(e instanceof WorkerFailure)) throw e;
      // The work is the same either way: slower, but the build goes on.
      this.#failed = true;
      await this.close();
      this.#warn(`search index: ${e.message}; the pages are prepared in the build's own process instead`);
      return runJob(job) as Result<J>;
    }
  }

  async #parallel<J extends Job>(job: J): Promise<Result<J>> {
    while (this.#workers.length < this.#size) this.#workers.push(fork(this.#script, { serialization: 'advanced', stdio: 'inherit' }));
    // Small batches, taken by whichever worker is free: the cores stay evenly busy, and no worker holds (or sends
    // back) more than one batch's pages at a time.
    const out: unknown[] = new Array(job.files.length);
    let next = 0;
    const drain = async (w: ChildProcess) => {
      while (next < job.files.length) {
        const from = next;
        next = Math.min(job.files.length, next + this.#batch);
        try {
          const got = await ask(w, { ...job, files: job.files.slice(from, next) });
          got.forEach((r, k) => (out[from + k] = r));
        } catch (e) {
          next = job.files.length;
          throw e;
        }
      }
    };
    await Promise.all(this.#workers.map(drain));
    return out as Result<J>;
  }

  /**
   * Re-cuts a shard's word index in a worker process started for it, so that the build's own process stays free to
   * feed Pagefind the next shard's pages. In the calling process when workers cannot be used.
   */
  async repack(dir: string, firstRank: number): Promise<RepackReport> {
    const job: RepackJob = { op: 'repack', dir, firstRank };
    if (this.#failed || this.#size < 2) return repackBundle(dir, { firstRank });
    const w = fork(this.#script, { serialization: 'advanced', stdio: 'inherit' });
    try {
      return (await ask(w, job))[0] as RepackReport;
    } catch (e) {
      if (!(e instanceof WorkerFailure)) throw e;
      this.#warn(`search index: ${e.message}; the shard is re-cut in the build's own process instead`);
      return repackBundle(dir, { firstRank });
    } finally {
      if (w.exitCode === null && w.signalCode === null) await new Promise((resolve) => w.once('exit', resolve).kill());
    }
  }

  async close(): Promise<void> {
    await Promise.all(
      this.#workers.map((w) => (w.exitCode !== null || w.signalCode !== null ? undefined : new Promise((resolve) => w.once('exit', resolve).kill()))),
    );
    this.#workers = [];
  }
}
