/**
 * A worker thread's full collection once it has answered its tasks: the pool's threads, the
 * extraction worker and the store writer (exposeGcToNewThreads gives them `gc`).
 *
 * The pool's threads: a task is handed shared buffers (a compact projection, numbered ends, a key
 * table) and may make new ones (a followed projection);
 * their memory is one set of pages for every thread, freed only when each thread that received
 * them has collected its wrapper. V8 counts no shared buffer toward the heap's growth (a shared
 * buffer's bytes are not one isolate's), and a pool thread's own heap hardly grows, so it went
 * minutes without a collection and kept every version it had been sent or had made: at the end of
 * the living bench at 20,000 actors / 400,000 relations, 81 MB of projections the pool threads had
 * made and about 16 MB of the request thread's buffers, nearly all superseded (docs/history/engine-rounds.md, *Memory,
 * eleventh round*). Collecting a heap of 5–15 MB takes milliseconds; the pool runs with
 * asynchronous atomics, so the thread's event loop turns between tasks and the timer can fire.
 *
 * The extraction worker and the store writer: their heaps grow by each job's garbage (an article's
 * parse, a commit's rows) and, with the server quiet after a burst of ingests, V8 has no reason to
 * collect it: at the end of the living bench at 50,000 actors the extraction worker held 60 MB used
 * of which 41 MB was live, the writer 5.5–17.5 MB of mostly garbage (docs/history/engine-rounds.md, *Memory, fifteenth
 * round*). A full collection after the burst gives it back.
 */
import v8 from 'node:v8';

/**
 * Gives every thread started from now on a `gc` function: V8's flag, read when a thread's context is
 * made (the request thread's context, made already, gains none). Called before each worker or the
 * pool is made; never unset, since V8's flags are the process's and a thread unsetting it while
 * another starts would leave that one without `gc`.
 */
export function exposeGcToNewThreads(): void {
  v8.setFlagsFromString('--expose-gc');
}

/**
 * How long a thread waits after a task before collecting. A chain of tasks (an edge betweenness's
 * link order after its plan, an overview's layout after its choice) comes within this, so the
 * chain waits for no collection between its steps; each new task puts the collection off again.
 */
const COLLECT_AFTER_IDLE_MS = 150;

/**
 * The least time between two collections of one thread. A full collection costs in proportion to
 * what the thread holds (the extraction worker's gazetteer and matcher: about 40 MB live at 50,000
 * actors), not to what a task made; articles ingested a second apart would otherwise pay one each.
 * Within this time the collection is put off, never dropped: it comes once the interval is over.
 */
const COLLECT_AT_MOST_EVERY_MS = 5000;

let timer: NodeJS.Timeout | undefined;
/** When this thread last collected (performance.now()); -Infinity before its first. */
let lastCollected = -Infinity;

/** Milliseconds from `now` to a thread's next collection, given when it last collected. */
export const collectDelay = (lastCollectedAt: number, now: number): number =>
  Math.max(COLLECT_AFTER_IDLE_MS, lastCollectedAt + COLLECT_AT_MOST_EVERY_MS - now);

/** One full collection, if this thread has `gc`; a collection missed only frees memory later, never fails a task. */
function collect(): void {
  timer = undefined;
  lastCollected = performance.now();
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
      // Unreferenced: a thread told to close (the store writer) leaves without waiting for it.
      timer = setTimeout(collect, collectDelay(lastCollected, performance.now())).unref();
    }
  };
}
