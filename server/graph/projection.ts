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

/**
 * A graph's actors in order and each edge's ends (actor numbers, two per edge, in the graph's edge
 * order): plain arrays a pool worker can take, from which the same projection is built.
 */
export interface EdgeEnds {
  ids: string[];
  ends: Int32Array;
}

export function edgeEndsOf(graph: Graph): EdgeEnds {
  const ids = graph.nodes();
  const number = new Map(ids.map((id, i) => [id, i]));
  const ends = new Int32Array(2 * graph.size);
  let k = 0;
  graph.forEachEdge((_e, _a, s, t) => {
    ends[k++] = number.get(s) as number;
    ends[k++] = number.get(t) as number;
  });
  return { ids, ends };
}

/** Simple undirected graph: one edge per related pair. */
export function undirectedProjection(graph: Graph): UndirectedGraph {
  return undirectedProjectionOf(edgeEndsOf(graph));
}

export function undirectedProjectionOf({ ids, ends }: EdgeEnds): UndirectedGraph {
  const out = new UndirectedGraph();
  for (const n of ids) out.addNode(n);
  for (let k = 0; k < ends.length; k += 2) {
    const [s, t] = [ids[ends[k]], ids[ends[k + 1]]];
    if (s !== t && !out.hasEdge(s, t)) out.addEdge(s, t);
  }
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
