/**
 * A graph read from a user's file, held as arrays: node keys (node-keys.ts) and attributes in file
 * order, edges as pairs of node indexes. A metric needs only the compact projection
 * (algorithms/compact.ts), which is made from the arrays directly; the graphology graph (what export
 * writes) is built only when asked for. Building one for a 100k-edge file cost more than reading
 * the file, its PageRank and its answer together.
 *
 * Readers that build graphology themselves (JSON, CSV, GEXF) give it with FileGraph.of(); the
 * GraphML reader (read-graphml.ts) fills the arrays as it parses.
 */
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { compactEdges, readWeight } from '../algorithms/compact';
import type { CompactGraph, CompactShape } from '../algorithms/compact';

export type FileGraphType = 'directed' | 'undirected' | 'mixed';

/** The arrays of a file graph; edge arrays are aligned (edge i is sources[i], targets[i], …). */
export interface FileGraphArrays {
  type: FileGraphType;
  /** Whether parallel edges are kept apart; by default only when a pair repeats (as graphology's GraphML parser). */
  multi?: boolean;
  /** Graph-level attributes. */
  attributes: Attributes;
  /** Node keys, in file order. */
  keys: string[];
  nodeAttributes: Attributes[];
  sources: number[];
  targets: number[];
  undirected: boolean[];
  /** The file's edge id, when it gave one (else graphology makes one up). */
  edgeKeys: (string | undefined)[];
  /** An edge's attributes; undefined when it has none. */
  edgeAttributes: (Attributes | undefined)[];
}

/** What graphology's own GraphML parser makes of edges: the multigraph only when a pair repeats (per edge type). */
function hasParallelEdges(a: FileGraphArrays): boolean {
  const seen = new Set<string>();
  for (let i = 0; i < a.sources.length; i++) {
    const [s, t] = a.undirected[i] && a.sources[i] > a.targets[i] ? [a.targets[i], a.sources[i]] : [a.sources[i], a.targets[i]];
    const pair = `${a.undirected[i] ? 'u' : 'd'}${s},${t}`;
    if (seen.has(pair)) return true;
    seen.add(pair);
  }
  return false;
}

function graphOf(a: FileGraphArrays): Graph {
  const graph = new Graph({ type: a.type, multi: a.multi ?? hasParallelEdges(a) });
  graph.replaceAttributes(a.attributes);
  a.keys.forEach((key, i) => graph.addNode(key, a.nodeAttributes[i]));
  for (let i = 0; i < a.sources.length; i++) {
    const [s, t, key, attrs] = [a.keys[a.sources[i]], a.keys[a.targets[i]], a.edgeKeys[i], a.edgeAttributes[i] ?? {}];
    if (a.undirected[i]) {
      if (key === undefined) graph.addUndirectedEdge(s, t, attrs);
      else graph.addUndirectedEdgeWithKey(key, s, t, attrs);
    } else if (key === undefined) graph.addDirectedEdge(s, t, attrs);
    else graph.addDirectedEdgeWithKey(key, s, t, attrs);
  }
  return graph;
}

export class FileGraph {
  private index?: Map<string, number>;

  private constructor(
    readonly arrays: FileGraphArrays,
    private built?: Graph,
  ) {}

  static fromArrays(arrays: FileGraphArrays): FileGraph {
    return new FileGraph(arrays);
  }

  /** A graph a reader built with graphology: its arrays, and the graph itself kept for export. */
  static of(graph: Graph): FileGraph {
    const keys = graph.nodes();
    const index = new Map(keys.map((k, i) => [k, i]));
    const a: FileGraphArrays = {
      type: graph.type,
      multi: graph.multi,
      attributes: graph.getAttributes(),
      keys,
      nodeAttributes: keys.map((k) => graph.getNodeAttributes(k)),
      sources: [],
      targets: [],
      undirected: [],
      edgeKeys: [],
      edgeAttributes: [],
    };
    graph.forEachEdge((key, attrs, s, t, _sa, _ta, undirected) => {
      a.sources.push(index.get(s) as number);
      a.targets.push(index.get(t) as number);
      a.undirected.push(undirected);
      a.edgeKeys.push(key);
      a.edgeAttributes.push(attrs);
    });
    const g = new FileGraph(a, graph);
    g.index = index;
    return g;
  }

  /** Nodes. */
  get order(): number {
    return this.arrays.keys.length;
  }

  /** Edges. */
  get size(): number {
    return this.arrays.sources.length;
  }

  /** Edges that have a direction. */
  get directedSize(): number {
    return this.arrays.undirected.reduce((n, u) => (u ? n : n + 1), 0);
  }

  /** The index of the node kept under `key`, or undefined when there is none. */
  indexOf(key: string): number | undefined {
    this.index ??= new Map(this.arrays.keys.map((k, i) => [k, i]));
    return this.index.get(key);
  }

  /** The graph as graphology, built on first use (export writes from it); not to be changed: the arrays would not follow. */
  graph(): Graph {
    return (this.built ??= graphOf(this.arrays));
  }

  /** The compact projection metrics run on, straight from the arrays (as compactGraph makes it of the graph). */
  compact(directed: boolean, weight?: string, shape: CompactShape = {}): CompactGraph {
    const { keys, sources, targets, undirected, edgeKeys, edgeAttributes } = this.arrays;
    return compactEdges(keys, directed, weight, shape, (edge) => {
      for (let i = 0; i < sources.length; i++) {
        edge(sources[i], targets[i], undirected[i], weight === undefined ? 1 : readWeight(edgeAttributes[i], weight, edgeKeys[i] ?? String(i)));
      }
    });
  }
}
