/**
 * A pool thread's full collection once it has answered its tasks. A task is handed shared buffers
 * (a compact projection, numbered ends, a key table) and may make new ones (a followed projection);
 * their memory is one set of pages for every thread, freed only when each thread that received
 * them has collected its wrapper. V8 counts no shared buffer toward the heap's growth (a shared
 * buffer's bytes are not one isolate's), and a pool thread's own heap hardly grows, so it went
 * minutes without a collection and kept every version it had been sent or had made: at the end of
 * the living bench at 20,000 actors / 400,000 relations, 81 MB of projections the pool threads had
 * made and about 16 MB of the request thread's buffers, nearly all superseded (docs/history/engine-rounds.md, *Memory,
 * eleventh round*). Collecting a heap of 5–15 MB takes milliseconds; the pool runs with
 * asynchronous atomics, so the thread's event loop turns between tasks and the timer can fire.
 * `gc` is there because makePool (pool.ts) exposes it to the threads it starts.
 */

/**
 * How long a thread waits after a task before collecting. A chain of tasks (an edge betweenness's
 * link order after its plan, an overview's layout after its choice) comes within this, so the
 * chain waits for no collection between its steps; each new task puts the collection off again.
 */
const COLLECT_AFTER_IDLE_MS = 150;

let timer: NodeJS.Timeout | undefined;

/** One full collection, if this thread has `gc`; a collection missed only frees memory later, never fails a task. */
function collect(): void {
  timer = undefined;
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return;
  try {
    gc();
  } catch {
    // Nothing to do: the buffers are freed at the thread's next collection instead.
  }
}

/** `task`, followed by a full collection of this thread once it has been idle a moment. */
export function collectingAfter<A, R>(task: (a: A) => R): (a: A) => R {
  return (a) => {
    clearTimeout(timer);
    try {
      return task(a);
    } finally {
      timer = setTimeout(collect, COLLECT_AFTER_IDLE_MS);
    }
  };
}
