import { IMPORT_JOB, importJob } from '../modules/imports/imports.job.ts';
import { IMPORT_UNDO_JOB, importUndoJob } from '../modules/imports/imports.undo.ts';
import { startWorker, type Worker, type WorkerDeps, type WorkerOptions } from './worker.ts';

/** Every kind of job the app runs, by name; a worker only claims the jobs it has a handler for. */
export function jobHandlers(deps: WorkerDeps) {
  return { [IMPORT_JOB]: importJob(deps), [IMPORT_UNDO_JOB]: importUndoJob(deps) };
}

/** Started on the job thread (`thread.ts`); `stop()` hands back the running job and waits for it. */
export function startJobs(deps: WorkerDeps, options: WorkerOptions = {}): Worker {
  return startWorker(deps, jobHandlers(deps), options);
}
