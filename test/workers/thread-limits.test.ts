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
