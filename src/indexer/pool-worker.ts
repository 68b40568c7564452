/** A worker thread of {@link PagePool}: runs each job it is sent and posts the result back. */
import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './pool.ts';

parentPort!.on('message', (job: Job) => {
  try {
    parentPort!.postMessage({ ok: true, out: runJob(job) });
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
