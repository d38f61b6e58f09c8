/**
 * The V8 limits the server's worker threads start with. V8 gives each isolate a young generation of
 * 48 MB by default (two 16 MB semi-spaces, 32 MB held), sized for a main thread that allocates fast,
 * and a young generation, once grown, stays held. Measured in docs/history/engine-rounds.md, *Memory, fifth round* (12 MB
 * for every thread) and *Memory, fifteenth round* (3 MB for the pool's threads).
 */
import v8 from 'node:v8';
import type { ResourceLimits } from 'node:worker_threads';

/**
 * The extraction worker and the store writer: a 12 MB young generation, two 4 MB semi-spaces (8 MB
 * held). Smaller, an article's parse outgrows it and its garbage is promoted: with 3 MB the
 * extraction worker's old generation was 9 MB bigger at the end of the living bench, the writer's 5.
 */
export const WORKER_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 12 };

/**
 * The pool's threads: a 3 MB young generation, two 1 MB semi-spaces (2 MB held). Their tasks make
 * typed arrays (projections, orders, positions), which V8 keeps outside the young generation, and
 * little else; with 12 MB each held 8 MB of young generation it hardly used.
 */
export const POOL_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 3 };

/**
 * `limits`, made to hold for the threads about to start. `npm start` gives node
 * `--max-semi-space-size=4` for the request thread's young generation (*Memory, seventh round*), and
 * V8 lets that flag override every new isolate's own limit: each worker held 8 MB of young generation
 * whatever its limits said. It also gives `--initial-old-space-size=150`, under which V8 runs no full
 * collection of a heap below 150 MB (the request thread's live heap is about 120 MB at 50,000 actors;
 * docs/history/engine-rounds.md, *Memory, V8's heap growth*): a worker given it let 110 MB of garbage
 * pile up before its first. Both are read when an isolate is made, so unsetting them (0, V8's "not
 * given") changes only the isolates made after it: the workers. Unset each time a thread or the pool
 * is made, not once: V8's flags are the process's, and one set again later (a test, a program that
 * embeds the server) would otherwise hold for every thread after it. (`--heap-growing-percent`, the
 * other, is read at every full collection of every thread, so it cannot be unset for the workers; it
 * costs them little: their tasks end with a collection, workers/collect-after-task.ts.)
 */
export function workerResourceLimits(limits: ResourceLimits = WORKER_RESOURCE_LIMITS): ResourceLimits {
  v8.setFlagsFromString('--max-semi-space-size=0');
  v8.setFlagsFromString('--initial-old-space-size=0');
  return limits;
}
