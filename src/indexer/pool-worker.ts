/** A worker process of {@link PagePool}: runs each job it is sent and sends the result back. */
import { runJob, type Job, type RepackJob } from './pool.ts';

process.on('message', (job: Job | RepackJob) => {
  try {
    process.send!({ ok: true, out: runJob(job) });
  } catch (e) {
    process.send!({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
