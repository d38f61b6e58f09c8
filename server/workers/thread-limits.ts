/**
 * The V8 limits every worker thread of the server starts with (the pool's, the extraction
 * worker and the store writer). V8 gives each isolate a young generation of 32 MB by default (two 16 MB semi-spaces),
 * sized for a main thread that allocates fast; a worker's tasks (a layout, an overview choice, an
 * article's extraction) keep little young garbage, yet the three threads held 96 MB of it, about
 * 8 % of the server's memory at 50,000 actors. A 12 MB young generation is two 4 MB semi-spaces
 * (8 MB held): measured in README.md, *Memory, fifth round*.
 */
import type { ResourceLimits } from 'node:worker_threads';

export const WORKER_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 12 };
