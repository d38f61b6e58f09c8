/**
 * A pool thread's full collection after each task it answers. A task is handed shared buffers (a
 * compact projection, numbered ends, a key table) and may make new ones (a followed projection);
 * their memory is one set of pages for every thread, freed only when each thread that received
 * them has collected its wrapper. V8 counts no shared buffer toward the heap's growth (a shared
 * buffer's bytes are not one isolate's), and a pool thread's own heap hardly grows, so it went
 * minutes without a collection and kept every version it had been sent or had made: at the end of
 * the living bench at 20,000 actors / 400,000 relations, 81 MB of projections the pool threads had
 * made and about 16 MB of the request thread's buffers, nearly all superseded (README.md, *Memory,
 * eleventh round*). Collecting a heap of 5–15 MB takes milliseconds, after the answer is posted
 * (the pool runs with asynchronous atomics, so the thread's event loop turns between tasks).
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * V8's full collection, got without starting node with --expose-gc: the flag is set only while a
 * fresh context is made (as jest-leak-detector does), so no other context gains a `gc`.
 */
function fullCollection(): () => void {
  v8.setFlagsFromString('--expose-gc');
  try {
    return vm.runInNewContext('gc') as () => void;
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
}

let collect: (() => void) | undefined;
let scheduled = false;

/** Asks for one full collection once the current task's answer is out (several asks: one collection). */
function collectSoon(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    (collect ??= fullCollection())();
  });
}

/** `task`, followed by a full collection of this thread once it has answered. */
export function collectingAfter<A, R>(task: (a: A) => R): (a: A) => R {
  return (a) => {
    try {
      return task(a);
    } finally {
      collectSoon();
    }
  };
}
