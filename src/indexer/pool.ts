/**
 * The indexer's per-page work, spread over worker threads: reading each built page (its hash, its sort date, whether
 * Pagefind indexes it) and preparing it (prepare.ts). Both are plain JavaScript on one page at a time, and most of
 * the indexer's own time at thousands of pages; Pagefind and Astro's rendering leave the second core idle meanwhile.
 * Few pages (an incremental build's) are done on the calling thread, where starting workers would cost more.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { preparePage, type PreparedPage } from './prepare.ts';
import { readPage, type ReadPage } from './read-page.ts';

export type Job = { op: 'read'; files: string[] } | { op: 'prepare'; files: string[] };
type Result<J extends Job> = J extends { op: 'read' } ? ReadPage[] : (PreparedPage | undefined)[];

/** Runs one job on the calling thread (and in each worker, on its part of the files). */
export function runJob(job: Job): ReadPage[] | (PreparedPage | undefined)[] {
  return job.op === 'read' ? job.files.map(readPage) : job.files.map((f) => preparePage(readFileSync(f, 'utf8')));
}

export interface PoolOptions {
  /** Worker threads (default: the cores, at most 4). */
  threads?: number;
  /** Below this many files a job runs on the calling thread (default 200). */
  minParallel?: number;
  /** Pages sent to a worker at a time (default 64). */
  batch?: number;
}

type Reply = { ok: true; out: unknown[] } | { ok: false; error: string };

/** Sends `job` to the worker `w` and waits for its reply. */
function ask(w: Worker, job: Job): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: Reply) => {
      w.off('error', onError);
      if (m.ok) resolve(m.out);
      else reject(new Error(m.error));
    };
    const onError = (e: Error) => {
      w.off('message', onMessage);
      reject(e);
    };
    w.once('message', onMessage);
    w.once('error', onError);
    w.postMessage(job);
  });
}

export class PagePool {
  readonly #threads: number;
  readonly #minParallel: number;
  readonly #batch: number;
  #workers: Worker[] = [];

  constructor(options: PoolOptions = {}) {
    this.#threads = Math.max(1, options.threads ?? Math.min(availableParallelism(), 4));
    this.#minParallel = options.minParallel ?? 200;
    this.#batch = options.batch ?? 64;
  }

  async run<J extends Job>(job: J): Promise<Result<J>> {
    if (this.#threads < 2 || job.files.length < this.#minParallel) return runJob(job) as Result<J>;
    while (this.#workers.length < this.#threads) this.#workers.push(new Worker(new URL('./pool-worker.ts', import.meta.url)));
    // Small batches, taken by whichever worker is free: the cores stay evenly busy, and no worker holds (or sends
    // back) more than one batch's pages at a time.
    const out: unknown[] = new Array(job.files.length);
    let next = 0;
    const drain = async (w: Worker) => {
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

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
    this.#workers = [];
  }
}
