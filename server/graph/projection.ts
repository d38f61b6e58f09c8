/**
 * The actor graph's projections as graphology graphs, for layouts and for library users who want
 * to run graphology code on them (the metrics use the same projections in compact form, see
 * compact.ts): every node kept, parallel edges collapsed, self-loops dropped, unweighted. Any
 * graphology graph will do, so graphs read from files project the same way.
 * - undirected (default): one edge per pair related by any selected type;
 * - directed: mediates/opposes keep their direction, negotiates counts both ways.
 */
import type Graph from 'graphology';
import { DirectedGraph, UndirectedGraph } from 'graphology';

/** Simple undirected graph: one edge per related pair. */
export function undirectedProjection(graph: Graph): UndirectedGraph {
  const out = new UndirectedGraph();
  graph.forEachNode((n) => out.addNode(n));
  graph.forEachEdge((_e, _a, s, t) => {
    if (s !== t && !out.hasEdge(s, t)) out.addEdge(s, t);
  });
  return out;
}

/** Simple directed graph: arcs follow relation direction; undirected relations give both arcs. */
export function directedProjection(graph: Graph): DirectedGraph {
  const out = new DirectedGraph();
  graph.forEachNode((n) => out.addNode(n));
  graph.forEachEdge((_e, _a, s, t, _sa, _ta, undirected) => {
    if (s === t) return;
    if (!out.hasEdge(s, t)) out.addEdge(s, t);
    if (undirected && !out.hasEdge(t, s)) out.addEdge(t, s);
  });
  return out;
}
