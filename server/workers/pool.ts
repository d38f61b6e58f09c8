/**
 * The worker pool heavy graph work runs in (piscina), started from a compiled worker file: the
 * request thread hands a job over and awaits it, so readers are served meanwhile. Threads start
 * when first needed and leave when idle, so a CLI run or a test exits on its own.
 *
 * ACTOR_GRAPH_WORKERS sets the pool size (default: the cores, at most 2, as the kernels use 2).
 */
import os from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import type { Job } from '../graph/traversal-kernels';
import type { TraversalTask } from './traversal-task';

/** Idle threads stay this long, so a burst of queries pays the start-up once. */
const IDLE_MS = 30_000;

let pool: Piscina | undefined;
let submitted = 0;

/** The pool size ACTOR_GRAPH_WORKERS asks for, checked. */
export function poolSize(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.ACTOR_GRAPH_WORKERS;
  if (raw === undefined || raw === '') return Math.max(1, Math.min(2, os.availableParallelism()));
  const n = Number(raw);
  if (!(Number.isInteger(n) && n >= 1)) throw new RangeError(`ACTOR_GRAPH_WORKERS must be a whole number ≥ 1, got "${raw}"`);
  return n;
}

/**
 * The compiled worker beside this file (dist/server/workers), or, when this module runs from its
 * .ts source, the shim that loads the source through ts-node (see ts-worker.js).
 */
function workerFile(): string {
  return __filename.endsWith('.ts') ? path.join(__dirname, 'ts-worker.js') : path.join(__dirname, 'traversal-task.js');
}

function thePool(): Piscina {
  if (!pool) {
    const size = poolSize();
    pool = new Piscina({ filename: workerFile(), minThreads: 0, maxThreads: size, idleTimeout: IDLE_MS });
  }
  return pool;
}

/** Runs `threads` tasks on the job (each claims chunks until none is left); resolves to their outputs. */
export async function runTraversalTasks(job: Job, threads: number): Promise<Float64Array[]> {
  const p = thePool();
  const outs = Array.from({ length: threads }, () => new Float64Array(new SharedArrayBuffer(8 * Math.max(1, job.slots))));
  submitted += threads;
  await Promise.all(outs.map((out) => p.run({ job, out } satisfies TraversalTask)));
  return outs.map((out) => (out.length === job.slots ? out : out.subarray(0, job.slots)));
}

/** Tasks handed to the pool since start (tests count them to check that joined queries run once). */
export function poolTasksSubmitted(): number {
  return submitted;
}

/** Stops the pool's threads (tests, and a CLI that wants to exit at once); it restarts when needed. */
export async function closePool(): Promise<void> {
  const p = pool;
  pool = undefined;
  if (p) await p.destroy();
}
