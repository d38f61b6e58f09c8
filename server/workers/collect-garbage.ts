/**
 * V8's full collection, for a worker thread to run between tasks. A pool thread is handed views of
 * shared memory (a graph's key table, numbered ends, projections: tens of MB at 50,000 actors) and
 * after the task its heap still holds their wrappers until its next full collection; V8 does not
 * count shared memory toward the pressure that starts one, and a pool thread allocates too little
 * to start one otherwise. So each pool thread held the shared arrays of the tasks it ran last, long
 * after the request thread had let them go: 25–57 MB per thread at the end of the 50,000-actor bench
 * (README.md, *Memory, eighth round: the worker threads*).
 *
 * V8 gives its `gc` function only to contexts made while its `--expose-gc` flag is set; the flag is
 * process-wide, so it is set only while one context is made to take the function from, and put back.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/** The function `--expose-gc` gives a context, if this one got it. */
const gcOf = (context: vm.Context): (() => void) | undefined => {
  const gc: unknown = vm.runInContext('typeof gc === "function" ? gc : undefined', context);
  return typeof gc === 'function' ? (gc as () => void) : undefined;
};

/**
 * V8's full collection of this thread's heap. Two threads that take it at once can see each other
 * put the flag back before their context was made, so it is asked again a few times; a V8 that
 * never gives it leaves collections to V8 (undefined): the memory above, not the answers, is lost.
 */
export function fullCollection(): (() => void) | undefined {
  const given = (globalThis as { gc?: unknown }).gc;
  if (typeof given === 'function') return given as () => void; // the process runs with --expose-gc
  for (let attempt = 0; attempt < 5; attempt++) {
    v8.setFlagsFromString('--expose-gc');
    const context = vm.createContext();
    v8.setFlagsFromString('--no-expose-gc');
    const gc = gcOf(context);
    if (gc) return gc;
  }
  return undefined;
}
