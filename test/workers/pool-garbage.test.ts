/**
 * A pool thread lets go of the shared memory a task was handed (server/workers/collect-garbage.ts):
 * once the request thread has dropped a shared array, the thread frees it when left without a task
 * for a moment; before, the thread's heap kept its wrapper, and so its memory, until a collection
 * V8 seldom ran there.
 */
import vm from 'node:vm';
import { linkOrder } from '../../server/algorithms/edge-betweenness';
import { closePool, runLinkOrderTask } from '../../server/workers/pool';
import { fullCollection } from '../../server/workers/collect-garbage';

// One thread, so every task runs in the thread the first started; at the request thread's priority,
// so a busy machine (the rest of the suite) does not hold its idle collection back for long.
process.env.ACTOR_GRAPH_WORKERS = '1';
process.env.ACTOR_GRAPH_WORKER_NICE = '0';
jest.setTimeout(120_000);
afterAll(closePool);

const BIG = 64 * 1048576;
/**
 * How long the test waits for the idle thread's collection: less than the pool's idle timeout (30 s),
 * after which the thread ends and its heap goes with it whether or not it collected.
 */
const WAIT_MS = 15_000;
const arrayBuffersMB = (): number => process.memoryUsage().arrayBuffers / 1048576;

/** This thread's heap collected, and a moment for V8 to free the buffers it found dead. */
async function collectHere(): Promise<void> {
  fullCollection()!();
  await new Promise((resolve) => setTimeout(resolve, 300));
}

/** Ten links in views of `buffer` (the thread's wrappers of them keep all of it). */
function linksIn(buffer: SharedArrayBuffer): { values: Float64Array; sources: Int32Array; targets: Int32Array } {
  const values = new Float64Array(buffer, 0, 10);
  const sources = new Int32Array(buffer, 80, 10);
  const targets = new Int32Array(buffer, 120, 10);
  values.forEach((_, i) => {
    values[i] = (i * 7) % 10;
    sources[i] = i;
    targets[i] = 9 - i;
  });
  return { values, sources, targets };
}

test("a pool thread frees a task's shared array once idle, after the request thread dropped it", async () => {
  await runLinkOrderTask(linksIn(new SharedArrayBuffer(1024))); // the thread started, its modules loaded
  await collectHere();
  const before = arrayBuffersMB();
  let big: SharedArrayBuffer | undefined = new SharedArrayBuffer(BIG);
  const order = await runLinkOrderTask(linksIn(big));
  expect(Array.from(order)).toEqual(Array.from(linkOrder(linksIn(new SharedArrayBuffer(1024)))));
  big = undefined;
  // The thread's own collection comes once it has had no task for half a second; on a busy machine
  // that can come seconds later: the test waits for it up to WAIT_MS (without it, the thread keeps
  // the array until it ends).
  const until = Date.now() + WAIT_MS;
  let held = Infinity;
  while (Date.now() < until) {
    await collectHere();
    held = arrayBuffersMB() - before;
    if (held < 16) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  expect(held).toBeLessThan(16);
});

test('taking the collection function leaves V8 as it was: later contexts get no gc', () => {
  expect(typeof fullCollection()).toBe('function');
  expect(vm.runInNewContext('typeof gc')).toBe(typeof (globalThis as { gc?: unknown }).gc);
});
