/**
 * A graph's or a slice's contents as plain arrays, for tests that compare a model patched by
 * deltas with one loaded afresh: nodes and edges in key order (with ends, direction and
 * attributes), a slice's in its own order.
 */
import type { ActorGraph } from '../../server/domain/types';
import type { ActorSlice } from '../../server/graph/filter';

export const nodesOf = (g: ActorGraph): unknown[] => g.nodes().sort().map((n) => [n, g.getNodeAttributes(n)]);

export const edgesOf = (g: ActorGraph): unknown[] =>
  g
    .edges()
    .sort()
    .map((k) => [k, g.source(k), g.target(k), g.isUndirected(k), g.getEdgeAttributes(k)]);

/** A slice's actors and relations, in its order. */
export const sliceOf = (s: ActorSlice): unknown[] => {
  const edges: unknown[] = [];
  s.forEachEdge((key, attributes, source, target, undirected) => edges.push([key, source, target, undirected, attributes]));
  return [s.nodes(), edges];
};
