/**
 * Runs a traversal job (server/graph/traversal-kernels.ts) on this thread and up to one worker
 * per spare core, and returns the summed accumulator. The main thread works too and then blocks
 * on the chunks' done flags, so callers stay synchronous; chunks a worker failed on are redone
 * here, so a worker that cannot start costs time, never a wrong answer.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { claimChunks, makeWorkspace, runChunk, WORKER_SOURCE } from './traversal-kernels';
import type { Csr, Job } from './traversal-kernels';

/** Below this much work (arcs scanned) a worker's start-up (~30 ms) costs more than it saves. */
const PARALLEL_WORK_MIN = 3e7;
/** Chunks per thread: enough for balance when sources differ in cost, few enough to be cheap. */
const CHUNKS_PER_THREAD = 16;

export interface JobSpec {
  mode: Job['mode'];
  total: number;
  /** Slots per node (closeness: 2); ignored by `edges`, which has one per out-arc. */
  width?: number;
  sources?: Int32Array;
  seed?: number;
  endpoints?: boolean;
  /** Threads to use, this one included; by default 2 when `work` (arcs to scan) pays for them. */
  threads?: number;
  work: number;
}

/** Threads a job of this much work gets, after checking a caller's explicit choice. */
export function threadsFor(work: number, requested?: number): number {
  if (requested !== undefined) {
    if (!(Number.isInteger(requested) && requested >= 1)) throw new RangeError(`threads must be a whole number ≥ 1, got ${requested}`);
    return requested;
  }
  return work >= PARALLEL_WORK_MIN ? Math.max(1, Math.min(2, os.availableParallelism())) : 1;
}

export function runJob(csr: Csr, spec: JobSpec): { acc: Float64Array; threads: number } {
  const threads = threadsFor(spec.work, spec.threads);
  // Edge betweenness accumulates per out-arc; the others per node (closeness: 2 slots each).
  const size = spec.mode === 'edges' ? csr.outOffsets[csr.n] : csr.n * (spec.width ?? 1);
  const chunkSize = Math.max(1, Math.ceil(spec.total / (threads * CHUNKS_PER_THREAD)));
  const chunks = Math.ceil(spec.total / chunkSize);
  const job: Job = {
    csr,
    mode: spec.mode,
    total: spec.total,
    slots: size,
    ...(spec.sources ? { sources: spec.sources } : {}),
    chunkSize,
    seed: spec.seed ?? 0,
    endpoints: spec.endpoints ?? false,
    control: new Int32Array(new SharedArrayBuffer(4)),
    done: new Int32Array(new SharedArrayBuffer(4 * Math.max(1, chunks))),
  };
  const workers: Worker[] = [];
  const outs: Float64Array[] = [];
  try {
    for (let i = 1; i < threads; i++) {
      const out = new Float64Array(new SharedArrayBuffer(8 * size));
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { job, out } });
      // A failing worker is seen through its chunk flags; its error event must not crash us.
      worker.on('error', () => undefined);
      worker.unref();
      workers.push(worker);
      outs.push(out);
    }
    const acc = new Float64Array(size);
    claimChunks(job, acc);
    const ws = makeWorkspace(csr.n, csr.outOffsets[csr.n]);
    for (let c = 0; c < chunks; c++) {
      while (Atomics.load(job.done, c) === 0) Atomics.wait(job.done, c, 0);
      if (Atomics.load(job.done, c) === 2) runChunk(job, c, ws, acc);
    }
    for (const out of outs) for (let v = 0; v < size; v++) acc[v] += out[v];
    return { acc, threads };
  } finally {
    for (const w of workers) void w.terminate();
  }
}
