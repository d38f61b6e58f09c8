/**
 * The pool's worker entry: runs chunks of one traversal job (graph/traversal-kernels.ts) into the
 * output array it is handed. Graph arrays, the claim counter, the done flags and the output are
 * SharedArrayBuffer views, so nothing is copied in or out; the caller reads `out` when the task
 * resolves.
 */
import { claimChunks } from '../graph/traversal-kernels';
import type { Job } from '../graph/traversal-kernels';

export interface TraversalTask {
  job: Job;
  out: Float64Array;
}

export default function traversalTask({ job, out }: TraversalTask): void {
  claimChunks(job, out);
}
