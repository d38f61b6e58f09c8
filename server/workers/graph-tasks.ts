/**
 * The pool's worker entry (one compiled file, one export per task; piscina calls them by name):
 * - traversal: runs chunks of one traversal job (algorithms/traversal-kernels.ts) into `out`. Graph
 *   arrays, the claim counter, the done flags and `out` are SharedArrayBuffer views: nothing is
 *   copied in or out, the caller reads `out` when the task resolves.
 * - metric: a metric that needs no traversal (degree, PageRank, eigenvector) on a compact graph.
 * - communities: Louvain on a compact graph.
 * - linkOrder: edge betweenness's links sorted by value.
 * - overview: the actors and relations an overview shows (graph/overview-choice.ts); the relation
 *   keys that order equal weights are shared memory too.
 * - compactFollow: a kept compact graph's arrays copied with an ingest's arcs added
 *   (algorithms/compact-follow.ts), a pass over every arc the request thread need not make.
 * - layout: ForceAtlas2 (graph/layout.ts) on a graph's ids and relation ends; positions come back as
 *   x, y pairs in id order (a typed array: a null-prototype record would not survive the copy).
 * The compact graph's arrays are shared too; only its ids are copied. Every task is followed by a
 * full collection of the thread, so the shared buffers it was given or made are let go once it has
 * answered (workers/collect-after-task.ts).
 */
import type { MetricOptions } from '../domain/api';
import { ActorGraphError } from '../domain/errors';
import { communitiesOf } from '../graph/communities';
import type { CommunityOptions, CommunityResult } from '../graph/communities';
import type { CompactGraph } from '../algorithms/compact';
import { changedCompact } from '../algorithms/compact-follow';
import type { CompactChange } from '../algorithms/compact-follow';
import { linkOrder } from '../algorithms/edge-betweenness';
import { layoutOf } from '../graph/layout';
import { chooseOverviewTask } from '../graph/overview-choice';
import type { OverviewChoice, OverviewTask } from '../graph/overview-choice';
import type { EdgeEnds } from '../graph/projection';
import type { LinkArrays } from '../algorithms/edge-betweenness';
import { findMetric } from '../graph/metrics';
import type { MetricRun } from '../graph/metrics';
import { runPlan } from '../algorithms/parallel-job';
import { claimChunks } from '../algorithms/traversal-kernels';
import type { Job } from '../algorithms/traversal-kernels';
import { collectingAfter } from './collect-after-task';

export interface TraversalTask {
  job: Job;
}

export interface MetricTask {
  metric: string;
  c: CompactGraph;
  options: MetricOptions;
}

/** A compact graph without its node keys (the worker needs only its arrays), and the change to make to it. */
export interface CompactFollowTask {
  c: Omit<CompactGraph, 'ids'>;
  change: CompactChange;
}

export interface CommunitiesTask {
  c: CompactGraph;
  options: CommunityOptions;
}

/**
 * An ActorGraphError a task met (a metric that did not converge: a 422 for the client), returned
 * rather than thrown: a thrown error reaches the request thread as a plain Error, its class, code
 * and status lost, and would be answered as a 500. pool.ts throws it again there.
 */
export interface TaskFailure {
  failed: { message: string; code: string; status: number };
}

function carryingFailures<A, R>(task: (a: A) => R): (a: A) => R | TaskFailure {
  return (a) => {
    try {
      return task(a);
    } catch (e) {
      if (e instanceof ActorGraphError) return { failed: { message: e.message, code: e.code, status: e.status } };
      throw e;
    }
  };
}

export const traversal = collectingAfter(({ job }: TraversalTask): void => claimChunks(job));

export const metric = collectingAfter(
  carryingFailures(({ metric: id, c, options }: MetricTask): MetricRun => {
    const def = findMetric(id);
    if (!def) throw new Error(`unknown metric "${id}"`);
    return runPlan(c, def.plan(c, options));
  }),
);

export const communities = collectingAfter(carryingFailures(({ c, options }: CommunitiesTask): CommunityResult => communitiesOf(c, options)));

export const compactFollow = collectingAfter(({ c, change }: CompactFollowTask): Omit<CompactGraph, 'ids'> => changedCompact(c, change));

export const linkOrderTask = collectingAfter((r: LinkArrays): Int32Array => linkOrder(r));

export const layout = collectingAfter((input: EdgeEnds): Float64Array => {
  const positions = layoutOf(input);
  const xy = new Float64Array(2 * input.ids.length);
  input.ids.forEach((id, i) => {
    xy[2 * i] = positions[id].x;
    xy[2 * i + 1] = positions[id].y;
  });
  return xy;
});

export const overview = collectingAfter((task: OverviewTask): OverviewChoice => chooseOverviewTask(task));
