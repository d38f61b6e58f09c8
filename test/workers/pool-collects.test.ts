/**
 * A pool thread lets go of the shared buffers a task was handed once it has answered
 * (server/workers/collect-after-task.ts): a shared buffer's memory stays while any thread holds its
 * wrapper, and V8 counts no shared buffer toward a thread's next collection.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { compactGraph } from '../../server/algorithms/compact';
import type { CompactGraph } from '../../server/algorithms/compact';
import { closePool, runMetricTask } from '../../server/workers/pool';
import { scaleFreeGraph } from '../helpers/scale-free-graph';

jest.setTimeout(120_000);
afterAll(closePool);

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

test("a compact graph's shared arrays, handed to a pool task and dropped here, are freed", async () => {
  // A full collection on demand: jest runs without --expose-gc.
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const small = compactGraph(scaleFreeGraph(2000, 3, 1));
  // The pool's thread started, and its start-up's garbage gone, before the count is taken.
  await runMetricTask({ metric: 'degree', c: small, options: {} });
  const settled = async (): Promise<number> => {
    gc();
    await sleep(300);
    gc();
    return process.memoryUsage().arrayBuffers;
  };
  const before = await settled();
  // Its targets in a buffer with 64 MB of room (as a followed projection keeps room): a size no
  // other buffer of this process comes near, so the count shows whether this one was freed.
  const made = 64 << 20;
  const withRoom = (targets: Int32Array): Int32Array => {
    const room = new Int32Array(new SharedArrayBuffer(made));
    room.set(targets);
    return room.subarray(0, targets.length);
  };
  let c: CompactGraph | undefined = { ...small, outTargets: withRoom(small.outTargets) };
  expect((await runMetricTask({ metric: 'degree', c, options: {} })).values).toEqual((await runMetricTask({ metric: 'degree', c: small, options: {} })).values);
  c = undefined;
  // The thread collects once it has answered; the count falls when both threads have let go. On a
  // loaded machine the pool's thread may get its turn only seconds later, so the wait is bounded
  // by time (gross regressions only), not by a count of tries.
  let left = made;
  for (const end = Date.now() + 45_000; Date.now() < end && left > made / 4; ) left = (await settled()) - before;
  expect(left).toBeLessThan(made / 4);
});
