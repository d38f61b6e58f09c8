/**
 * A graph's or a slice's contents as plain arrays, for tests that compare a model patched by
 * deltas with one loaded afresh: nodes and edges in key order (with ends, direction and
 * attributes), a slice's in its own order. Attributes are compared as they are written (JSON):
 * an edge backed by one coded event reads its figures from the record (graph/record-figures.ts),
 * which a structural comparison would not look into.
 */
import type { ActorGraph, Dataset } from '../../server/domain/types';
import type { ActorSlice } from '../../server/graph/filter';

export const nodesOf = (g: ActorGraph): unknown[] => g.nodes().sort().map((n) => [n, g.getNodeAttributes(n)]);

const written = (attributes: object): unknown => JSON.parse(JSON.stringify(attributes)) as unknown;

/**
 * A dataset as it is written (JSON): a live dataset's coded events are rows of columns
 * (server/data/event-columns.ts) with no fields of their own, which a structural comparison would take for empty objects.
 */
export const datasetAsWritten = (d: Dataset | Dataset['eventRelations']): unknown => (d === undefined ? undefined : written(d));

export const edgesOf = (g: ActorGraph): unknown[] =>
  g
    .edges()
    .sort()
    .map((k) => [k, g.source(k), g.target(k), g.isUndirected(k), written(g.getEdgeAttributes(k))]);

/** A slice's actors and relations, in its order. */
export const sliceOf = (s: ActorSlice): unknown[] => {
  const edges: unknown[] = [];
  s.forEachEdge((key, attributes, source, target, undirected) => edges.push([key, source, target, undirected, written(attributes)]));
  return [s.nodes(), edges];
};
