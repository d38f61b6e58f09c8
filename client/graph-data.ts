/**
 * The graphology instance the page draws, and the one way a /api/graph answer is applied to it:
 * in place (clear + import), so sigma, views and state keep their references across reloads —
 * the same path a live update will take when the server pushes a new version.
 */
import { MultiGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { GraphAttributes } from '../server/domain/types';
import type { EdgeAttrs, NodeAttrs } from './api-types';

export type ActorMultiGraph = MultiGraph<NodeAttrs, EdgeAttrs, GraphAttributes>;
export type SerializedActorGraph = SerializedGraph<NodeAttrs, EdgeAttrs, GraphAttributes>;

export interface BBox {
  x: [number, number];
  y: [number, number];
}

/** An empty mixed multigraph, the shape the server sends. */
export function createGraph(): ActorMultiGraph {
  return new MultiGraph<NodeAttrs, EdgeAttrs, GraphAttributes>({ type: 'mixed', allowSelfLoops: false });
}

/**
 * Replaces the content of `graph` with a served graph and indexes parallel edges, so several
 * relation types between one pair are drawn as separate curves.
 */
export function applyGraph(graph: ActorMultiGraph, data: SerializedActorGraph): void {
  graph.clear();
  graph.import(data);
  indexParallelEdgesIndex(graph, {
    edgeIndexAttribute: 'parallelIndex',
    edgeMinIndexAttribute: 'parallelMinIndex',
    edgeMaxIndexAttribute: 'parallelMaxIndex',
  });
}

/**
 * Extent of the served layout. Used as sigma's custom bounding box so that filtering actors
 * out does not rescale the picture: every actor keeps its place whatever is shown.
 */
export function layoutBBox(data: SerializedActorGraph): BBox | null {
  if (!data.nodes.length) return null;
  const xs = data.nodes.map((n) => n.attributes?.x ?? 0);
  const ys = data.nodes.map((n) => n.attributes?.y ?? 0);
  return { x: [Math.min(...xs), Math.max(...xs)], y: [Math.min(...ys), Math.max(...ys)] };
}

/** Earliest and latest evidence date of a served graph. */
export function evidenceDateBounds(data: SerializedActorGraph): { min: string; max: string } | null {
  let min = '';
  let max = '';
  for (const e of data.edges) {
    for (const ev of e.attributes?.evidence ?? []) {
      if (!min || ev.date < min) min = ev.date;
      if (!max || ev.date > max) max = ev.date;
    }
  }
  return min ? { min, max } : null;
}
