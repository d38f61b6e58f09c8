import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { POOL_RESOURCE_LIMITS, WORKER_RESOURCE_LIMITS, workerResourceLimits } from '../../server/workers/thread-limits';

/**
 * A thread that makes many short-lived objects (so its young generation grows to its most) and
 * answers with the MB its young generation then holds.
 */
function youngHeldMb(limits: ReturnType<typeof workerResourceLimits>): Promise<number> {
  const source = `
    const v8 = require('node:v8');
    let a = [];
    for (let i = 0; i < 3e6; i++) { a.push({ i }); if (a.length > 1000) a = []; }
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    require('node:worker_threads').parentPort.postMessage(young.space_size / 1048576);`;
  const w = new Worker(source, { eval: true, resourceLimits: limits });
  return new Promise<number>((resolve, reject) => {
    w.once('message', (mb: number) => void w.terminate().then(() => resolve(mb)));
    w.once('error', reject);
  });
}

// `npm start` gives node --max-semi-space-size=4 (a 4 MB semi-space, 8 MB held) for the request thread;
// V8 applies that flag to every isolate made while it is set, over the isolate's own limits.
test("a worker's young generation follows its limits, not the request thread's --max-semi-space-size", async () => {
  v8.setFlagsFromString('--max-semi-space-size=4');
  try {
    expect(await youngHeldMb(workerResourceLimits(POOL_RESOURCE_LIMITS))).toBeLessThanOrEqual(2);
    expect(await youngHeldMb(workerResourceLimits(WORKER_RESOURCE_LIMITS))).toBeLessThanOrEqual(8);
  } finally {
    v8.setFlagsFromString('--max-semi-space-size=0');
  }
}, 30_000);

/** A thread that makes 300 MB of 1 MB arrays, each dropped at once, and answers with the most MB its heap held meanwhile. */
function heapHeldAtMostMb(limits: ReturnType<typeof workerResourceLimits>): Promise<number> {
  const source = `
    const v8 = require('node:v8');
    let most = 0, last;
    for (let i = 0; i < 300; i++) { last = new Array(131072).fill(i); most = Math.max(most, v8.getHeapStatistics().total_heap_size); }
    require('node:worker_threads').parentPort.postMessage(most / 1048576);`;
  const w = new Worker(source, { eval: true, resourceLimits: limits });
  return new Promise<number>((resolve, reject) => {
    w.once('message', (mb: number) => void w.terminate().then(() => resolve(mb)));
    w.once('error', reject);
  });
}

// `npm start` gives node --initial-old-space-size=150 for the request thread: V8 runs no full
// collection of a heap below that size, in every isolate made while the flag is set (117 MB held by
// this thread with it, about 40 without).
test("a worker's heap is collected before it reaches the request thread's --initial-old-space-size", async () => {
  v8.setFlagsFromString('--initial-old-space-size=150');
  try {
    expect(await heapHeldAtMostMb(workerResourceLimits(WORKER_RESOURCE_LIMITS))).toBeLessThan(80);
  } finally {
    v8.setFlagsFromString('--initial-old-space-size=0');
  }
}, 30_000);
