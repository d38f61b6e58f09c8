/**
 * Runs a traversal job (server/algorithms/traversal-kernels.ts) either here, on the calling thread, or
 * in the worker pool (server/workers/pool.ts) without blocking this thread. An algorithm states its
 * work as a Plan — the job to run, and how to turn the summed accumulator into its answer — so the
 * same plan gives the same answer on either path.
 */
import os from 'node:os';
import { claimChunks, LEDGER_LENGTH, stopClaims } from './traversal-kernels';
import type { Csr, Job } from './traversal-kernels';
import { runTraversalTasks } from '../workers/pool';
import { sharedInts } from './shared-ints';

/** Below this much work (arcs scanned) a second thread's hand-over costs more than it saves. */
const PARALLEL_WORK_MIN = 3e7;
/** Below this many arcs, work without traversals (PageRank, Louvain) is cheaper here than handed to a worker. */
export const INLINE_ARCS = 20_000;
/** Below this much traversal work (arcs scanned) a job is run here: a few milliseconds. */
export const INLINE_WORK = 2e6;
/**
 * Chunks of a job, whatever the threads: enough for two threads to balance when sources differ in
 * cost, few enough to be cheap. Fixed so that the chunks, and so the order of the sums, are the
 * same on one thread and on two.
 */
const CHUNKS = 32;

export interface JobSpec {
  mode: Job['mode'];
  total: number;
  /** Slots per node (closeness: 2); ignored by `edges`, which has one per out-arc. */
  width?: number;
  sources?: Int32Array;
  seed?: number;
  endpoints?: boolean;
  /** Pool threads to use; by default 2 when `work` (arcs to scan) pays for them. Here: always 1. */
  threads?: number;
  work: number;
}

/** An algorithm's work: a job (absent when the answer needs no traversal) and how to finish. */
export interface Plan<T> {
  job?: JobSpec;
  finish(acc: Float64Array, threads: number): T;
}

/** A plan whose answer is then reshaped by `f` (same job). */
export function mapPlan<T, U>(plan: Plan<T>, f: (value: T) => U): Plan<U> {
  return { ...(plan.job ? { job: plan.job } : {}), finish: (acc, threads) => f(plan.finish(acc, threads)) };
}

/** A plan with no traversal: its answer is computed when it is run. */
export function directPlan<T>(compute: () => T): Plan<T> {
  return { finish: () => compute() };
}

/** Threads a job of this much work gets, after checking a caller's explicit choice. */
function threadsFor(work: number, requested?: number): number {
  if (requested !== undefined) {
    if (!(Number.isInteger(requested) && requested >= 1)) throw new RangeError(`threads must be a whole number ≥ 1, got ${requested}`);
    return requested;
  }
  return work >= PARALLEL_WORK_MIN ? Math.max(1, Math.min(2, os.availableParallelism())) : 1;
}

/**
 * Only the arrays the kernels read: a CompactGraph also holds ids and strengths, which a worker
 * does not need (the arrays are SharedArrayBuffer views, so posting them copies nothing).
 */
function csrOf(c: Csr): Csr {
  const { n, outOffsets, outTargets, inOffsets, inTargets, outDistance } = c;
  return { n, outOffsets, outTargets, inOffsets, inTargets, ...(outDistance ? { outDistance } : {}) };
}

function sharedFloats(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(8 * Math.max(1, length)), 0, length);
}

function makeJob(csr: Csr, spec: JobSpec, threads: number): Job {
  const slots = spec.mode === 'edges' ? csr.outOffsets[csr.n] : csr.n * (spec.width ?? 1);
  const chunkSize = Math.max(1, Math.ceil(spec.total / CHUNKS));
  const chunks = Math.ceil(spec.total / chunkSize);
  const buffers = threads + 1;
  return {
    csr: csrOf(csr),
    mode: spec.mode,
    total: spec.total,
    slots,
    ...(spec.sources ? { sources: spec.sources } : {}),
    chunkSize,
    seed: spec.seed ?? 0,
    endpoints: spec.endpoints ?? false,
    ledger: sharedInts(LEDGER_LENGTH),
    ready: sharedInts(chunks),
    scratch: Array.from({ length: buffers }, () => sharedFloats(slots)),
    held: sharedInts(buffers),
    out: sharedFloats(slots),
    done: sharedInts(chunks),
  };
}

/** Throws unless every chunk of the job was completed. */
function checkDone(job: Job): void {
  const failed = job.done.findIndex((d) => d !== 1);
  if (failed >= 0) throw new Error(`traversal job (${job.mode}): chunk ${failed} of ${job.done.length} was not completed`);
}

/** Runs a plan on this thread (one thread, whatever `threads` says: use runPlanInPool for more). */
export function runPlan<T>(csr: Csr, plan: Plan<T>): T {
  if (!plan.job) return plan.finish(new Float64Array(0), 1);
  if (plan.job.threads !== undefined) threadsFor(plan.job.work, plan.job.threads);
  const job = makeJob(csr, plan.job, 1);
  claimChunks(job, true);
  checkDone(job);
  return plan.finish(job.out, 1);
}

/**
 * Runs a plan's job in the worker pool, one task per thread, each claiming chunks from the shared
 * counter and adding them to the shared total in chunk order. Aborting `signal` makes every task
 * stop after its current chunk (stopClaims) and rejects with the signal's
 * reason. If a task fails outright (its thread died), the others are told to leave rather than
 * wait for its chunk.
 */
export async function runPlanInPool<T>(csr: Csr, plan: Plan<T>, signal?: AbortSignal): Promise<T> {
  signal?.throwIfAborted();
  if (!plan.job) return plan.finish(new Float64Array(0), 1);
  const threads = threadsFor(plan.job.work, plan.job.threads);
  const job = makeJob(csr, plan.job, threads);
  const stop = (): void => stopClaims(job);
  signal?.addEventListener('abort', stop, { once: true });
  try {
    await runTraversalTasks(job, threads);
    signal?.throwIfAborted();
    checkDone(job);
    return plan.finish(job.out, threads);
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}
