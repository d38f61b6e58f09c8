/**
 * Louvain communities on the undirected projection (louvain.ts), seeded so the partition repeats.
 * Communities are renumbered by size (largest first, ties by smallest member id) for stable output.
 */
import type Graph from 'graphology';
import { keyedRecord } from '../domain/reserved-keys';
import { compactGraph } from '../algorithms/compact';
import type { CompactGraph } from '../algorithms/compact';
import { louvain } from '../algorithms/louvain';
import { seededRandom } from '../algorithms/random';
import { runCommunitiesTask } from '../workers/pool';
import { INLINE_ARCS } from '../algorithms/parallel-job';
import type { MetricOptions } from '../domain/api';
import { METRIC_OPTION_DEFAULTS } from '../domain/types';

export interface Community {
  id: number;
  members: string[];
}

export interface CommunityResult {
  modularity: number;
  communities: Community[];
  /** actor id → community id */
  membership: Record<string, number>;
}

/** NetworkX's Louvain options (resolution, seed); the graph's strength weighs the edges when weighted. */
export type CommunityOptions = Pick<MetricOptions, 'resolution' | 'seed'>;

/** Louvain on a compact undirected graph (see compact.ts). */
export function communitiesOf(c: CompactGraph, opts: CommunityOptions = {}): CommunityResult {
  if (c.n === 0) return { modularity: 0, communities: [], membership: keyedRecord() };
  const res = louvain(c, {
    resolution: opts.resolution ?? METRIC_OPTION_DEFAULTS.resolution,
    random: seededRandom(opts.seed ?? METRIC_OPTION_DEFAULTS.seed),
  });
  const groups: string[][] = Array.from({ length: res.count }, () => []);
  for (let i = 0; i < c.n; i++) groups[res.membership[i]].push(c.ids[i]);
  const sorted = groups.map((m) => m.sort()).sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));
  const membership = keyedRecord<number>();
  const communities = sorted.map((members, id) => {
    members.forEach((m) => (membership[m] = id));
    return { id, members };
  });
  return { modularity: res.modularity, communities, membership };
}

/**
 * communitiesOf() off this thread, in a pool worker (small graphs are done here); `signal`
 * cancels. The membership is rebuilt here: a record crossing threads loses its null prototype.
 */
export async function communitiesInPool(c: CompactGraph, opts: CommunityOptions = {}, signal?: AbortSignal): Promise<CommunityResult> {
  signal?.throwIfAborted();
  if ((c.outOffsets[c.n] ?? 0) < INLINE_ARCS) return communitiesOf(c, opts);
  const { modularity, communities } = await runCommunitiesTask({ c, options: opts }, signal);
  const membership = keyedRecord<number>();
  for (const { id, members } of communities) for (const m of members) membership[m] = id;
  return { modularity, communities, membership };
}

/** Louvain on the actor graph's undirected projection. */
export function detectCommunities(graph: Graph, opts: CommunityOptions = {}): CommunityResult {
  return communitiesOf(compactGraph(graph, false), opts);
}
