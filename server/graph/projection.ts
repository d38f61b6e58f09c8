/**
 * The simple graphs metrics run on. The actor graph is a mixed multigraph; centralities are
 * defined on a stated projection of it: every actor kept, parallel relations collapsed, unweighted.
 * - undirected (default): one edge per pair related by any selected type;
 * - directed: mediates/opposes keep their direction, negotiates counts both ways.
 */
import Graph, { DirectedGraph, UndirectedGraph } from 'graphology';
import type { ProjectionInfo } from '../domain/api';
import type { ActorGraph } from '../domain/types';

export type { ProjectionInfo } from '../domain/api';


/** Simple undirected graph: one edge per related pair. */
export function undirectedProjection(graph: ActorGraph): UndirectedGraph {
  const out = new UndirectedGraph();
  graph.forEachNode((n) => out.addNode(n));
  graph.forEachEdge((_e, _a, s, t) => {
    if (!out.hasEdge(s, t)) out.addEdge(s, t);
  });
  return out;
}

/** Simple directed graph: arcs follow relation direction; undirected relations give both arcs. */
export function directedProjection(graph: ActorGraph): DirectedGraph {
  const out = new DirectedGraph();
  graph.forEachNode((n) => out.addNode(n));
  graph.forEachEdge((_e, _a, s, t, _sa, _ta, undirected) => {
    if (!out.hasEdge(s, t)) out.addEdge(s, t);
    if (undirected && !out.hasEdge(t, s)) out.addEdge(t, s);
  });
  return out;
}

export function project(graph: ActorGraph, directed: boolean): Graph {
  return directed ? directedProjection(graph) : undirectedProjection(graph);
}

export function projectionInfo(g: Graph): ProjectionInfo {
  return { directed: g.type === 'directed', nodes: g.order, edges: g.size };
}
