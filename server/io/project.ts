/**
 * Simple projections of any graphology graph, as server/graph/projection.ts makes of the actor
 * graph, so the same metrics apply to graphs read from files: every node kept, parallel edges
 * collapsed, unweighted; undirected (one edge per related pair) or directed (arcs follow
 * direction, undirected edges give both arcs). Self-loops are dropped: they lie on no shortest
 * path, and the actor graph never has them.
 */
import type Graph from 'graphology';
import { DirectedGraph, UndirectedGraph } from 'graphology';

export function projectGraph(graph: Graph, directed: boolean): Graph {
  const out = directed ? new DirectedGraph() : new UndirectedGraph();
  graph.forEachNode((n) => out.addNode(n));
  graph.forEachEdge((_e, _a, s, t, _sa, _ta, undirected) => {
    if (s === t) return;
    if (!out.hasEdge(s, t)) out.addEdge(s, t);
    if (directed && undirected && !out.hasEdge(t, s)) out.addEdge(t, s);
  });
  return out;
}
