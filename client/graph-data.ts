/**
 * The graphology instance the page draws, and the one way /api/graph answers are applied to it:
 * in place (graph-merge.ts), so sigma, views and state keep their references across reloads and
 * an actor already drawn never moves — filter changes and live updates alike.
 */
import { MultiGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { GraphAttributes } from '../server/domain/types';
import type { EdgeAttrs, NodeAttrs, RelationEdgeAttrs } from './api-types';
import { mergeServed } from './graph-merge';
import type { GraphDiff, Point } from './graph-merge';
import { placeArrivals } from './placement';

export type ActorMultiGraph = MultiGraph<NodeAttrs, EdgeAttrs, GraphAttributes>;
export type SerializedActorGraph = SerializedGraph<NodeAttrs, RelationEdgeAttrs, GraphAttributes>;

export interface BBox {
  x: [number, number];
  y: [number, number];
}

/** An empty mixed multigraph, the shape the server sends. */
export function createGraph(): ActorMultiGraph {
  return new MultiGraph<NodeAttrs, EdgeAttrs, GraphAttributes>({ type: 'mixed', allowSelfLoops: false });
}

/**
 * Makes `graph` show the served graphs (an overview, and an actor's neighbourhood brought into
 * it): drawn actors keep their place, actors drawn before come back to theirs (`remembered`),
 * new ones are placed beside their neighbours (`live`: they came with new data; see placement.ts); parallel edges are indexed, so several relation
 * types between one pair are drawn as separate curves. Returns what changed.
 */
export function applyGraph(graph: ActorMultiGraph, served: SerializedActorGraph[], remembered: ReadonlyMap<string, Point>, live: boolean): GraphDiff {
  const [data, ...more] = served;
  const diff = mergeServed(graph, remembered, data, ...more);
  placeArrivals(graph, diff.unplaced, diff.served, live);
  indexParallel(graph);
  return diff;
}

/** Key of the line from an actor to the one it acts for. */
const affiliationKey = (actor: string, actsFor: string): string => `acts-for:${actor}->${actsFor}`;

/**
 * Adds a line from each drawn actor to the drawn actor it acts for (its affiliation): part of the
 * picture though not a relation, so it carries no quotes and is drawn quieter (renderer.ts).
 */
export function addAffiliationLinks(graph: ActorMultiGraph): void {
  graph.forEachNode((n, a) => {
    if (a.affiliation && graph.hasNode(a.affiliation) && !graph.hasEdge(affiliationKey(n, a.affiliation))) {
      graph.addDirectedEdgeWithKey(affiliationKey(n, a.affiliation), n, a.affiliation, { actsFor: true });
    }
  });
  indexParallel(graph);
}

function indexParallel(graph: ActorMultiGraph): void {
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

/** Earliest and latest date of a served graph's evidence and coded events. */
export function evidenceDateBounds(data: SerializedActorGraph): { min: string; max: string } | null {
  let min = '';
  let max = '';
  const see = (date: string): void => {
    if (!min || date < min) min = date;
    if (!max || date > max) max = date;
  };
  for (const e of data.edges) {
    for (const ev of e.attributes?.evidence ?? []) see(ev.date);
    const events = e.attributes?.events;
    if (events) {
      see(events.firstSeen);
      see(events.lastSeen);
    }
  }
  return min ? { min, max } : null;
}
