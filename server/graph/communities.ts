/**
 * Louvain communities on the undirected projection, seeded so the partition repeats. Communities
 * are renumbered by size (largest first, ties by smallest member id) for stable output.
 */
import louvain from 'graphology-communities-louvain';
import type { ActorGraph } from '../domain/types';
import { undirectedProjection } from './projection';
import { seededRandom } from './random';

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

export interface CommunityOptions {
  resolution?: number;
  seed?: number;
}

export function detectCommunities(graph: ActorGraph, opts: CommunityOptions = {}): CommunityResult {
  const g = undirectedProjection(graph);
  if (g.order === 0) return { modularity: 0, communities: [], membership: {} };
  const res = louvain.detailed(g, {
    getEdgeWeight: null,
    resolution: opts.resolution ?? 1,
    rng: seededRandom(opts.seed ?? 42),
  });
  const groups = new Map<number, string[]>();
  for (const [node, c] of Object.entries(res.communities)) {
    const list = groups.get(c);
    if (list) list.push(node);
    else groups.set(c, [node]);
  }
  const sorted = [...groups.values()]
    .map((m) => m.sort())
    .sort((a, b) => b.length - a.length || a[0].localeCompare(b[0]));
  const membership: Record<string, number> = {};
  const communities = sorted.map((members, id) => {
    members.forEach((m) => (membership[m] = id));
    return { id, members };
  });
  // Louvain reports NaN modularity on a graph with no edges.
  return { modularity: Number.isFinite(res.modularity) ? res.modularity : 0, communities, membership };
}
