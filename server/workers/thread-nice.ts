/**
 * Background threads (the worker pool, the extraction worker, the store writer) run at a lower
 * priority, Unix nice: when the cores are busy the request thread is scheduled first, so a read is
 * not held behind an article's extraction or a layout; when nothing else runs it changes nothing.
 * ACTOR_GRAPH_WORKER_NICE sets it (0: the same priority as requests).
 *
 * On Linux a nice value is a thread's own (setpriority given a thread id), so a worker lowers
 * itself alone; elsewhere the pool's threads are lowered by piscina (its optional @napi-rs/nice)
 * and the other workers keep the process's priority.
 */
import fs from 'node:fs';
import os from 'node:os';
import { isMainThread } from 'node:worker_threads';

const DEFAULT_NICE = 10;

/** The nice increment ACTOR_GRAPH_WORKER_NICE asks for, checked (0 to 19, as Unix nice). */
export function workerNice(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.ACTOR_GRAPH_WORKER_NICE;
  if (raw === undefined || raw === '') return DEFAULT_NICE;
  const n = Number(raw);
  if (!(Number.isInteger(n) && n >= 0 && n <= 19)) throw new RangeError(`ACTOR_GRAPH_WORKER_NICE must be a whole number from 0 to 19, got "${raw}"`);
  return n;
}

/** This thread's id on Linux ("PID/task/TID" is where /proc/thread-self points), else undefined. */
function threadId(): number | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(tid) && tid > 0 ? tid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Lowers the calling worker thread's priority by `increment` (from ACTOR_GRAPH_WORKER_NICE when
 * not given); returns the nice value it now runs at, or undefined where it cannot (not Linux, the
 * main thread, a refused call). Never raises it, and never fails the worker: a thread left at the
 * process's priority only shares the cores with requests as before.
 */
export function lowerThisWorker(increment?: number): number | undefined {
  if (isMainThread) return undefined;
  try {
    // A value out of range is refused where the pool is made (on the request thread); here it only leaves the thread as it is.
    const by = increment ?? workerNice();
    const tid = threadId();
    if (by === 0 || tid === undefined) return undefined;
    const nice = Math.min(19, os.getPriority(tid) + by);
    os.setPriority(tid, nice);
    return os.getPriority(tid);
  } catch {
    return undefined;
  }
}
