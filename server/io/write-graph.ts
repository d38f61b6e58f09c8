/**
 * Writes any graphology graph (one read from a user's file, whatever its attributes) in the
 * export formats of server/graph/export.ts, which is specific to the actor graph's attributes.
 * Scalar attributes are written as they are; arrays and objects as JSON strings, since GEXF,
 * GraphML and CSV hold only scalars. What the readers in this folder read back.
 */
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { ExportFormat } from '../graph/export';
import { chunked, csvText, directionsWith, gexfText, graphmlText, lazy } from '../graph/flat-writers';
import { jsonText } from '../graph/json-text';
import type { Directions, Flat, FlatEdge, FlatGraph, FlatNode } from '../graph/flat-writers';

function flat(attrs: Attributes): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    out[k] = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : JSON.stringify(v);
  }
  return out;
}

/** Whether the graph's edges are directed, undirected or both (a graphology graph typed `mixed` may hold one kind only). */
function directionsOf(graph: Graph): Directions | undefined {
  if (graph.type !== 'mixed') return graph.size ? graph.type : undefined;
  let directions: Directions | undefined;
  graph.forEachEdge((_k, _a, _s, _t, _sa, _ta, undirected) => (directions = directionsWith(directions, !undirected)));
  return directions;
}

/** A node's id as written: the identity for our own graphs, fromNodeKey for graphs read from files. */
export type NodeId = (key: string) => string;
const asIs: NodeId = (key) => key;

/** Node-link JSON as NetworkX reads it: in a mixed graph (directed) every link says `directed`, as export.ts writes. */
function nodeLink(graph: Graph, id: NodeId): Iterable<string> {
  const directions = directionsOf(graph);
  const mixed = directions === 'mixed';
  return jsonText(
    { directed: directions === undefined ? graph.type === 'directed' : directions !== 'undirected', multigraph: graph.multi, graph: graph.getAttributes() },
    {
      nodes: lazy(function* () {
        for (const { node, attributes } of graph.nodeEntries()) yield { id: id(node), ...attributes };
      }),
      links: lazy(function* () {
        for (const { source, target, attributes, undirected } of graph.edgeEntries()) {
          yield { source: id(source), target: id(target), ...(mixed ? { directed: !undirected } : {}), ...attributes };
        }
      }),
    },
  );
}

/** graphology's own serialisation, one node or edge per line. */
function graphologyJson(graph: Graph, id: NodeId): Iterable<string> {
  return jsonText(
    { options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops }, attributes: graph.getAttributes() },
    {
      nodes: lazy(function* () {
        for (const { node, attributes } of graph.nodeEntries()) yield { key: id(node), attributes };
      }),
      edges: lazy(function* () {
        for (const { edge: key, source, target, attributes, undirected } of graph.edgeEntries()) {
          yield { key, source: id(source), target: id(target), attributes, ...(undirected && graph.type === 'mixed' ? { undirected } : {}) };
        }
      }),
    },
  );
}

function flatten(graph: Graph, id: NodeId): FlatGraph {
  return {
    nodes: graph.mapNodes((key, a) => {
      const attrs = flat(a);
      const node: FlatNode = { id: id(key), attrs };
      if (attrs.label !== undefined) node.label = String(attrs.label);
      delete attrs.label;
      // Numeric x and y are a position; anything else stays an ordinary attribute.
      if (typeof attrs.x === 'number' && typeof attrs.y === 'number') {
        Object.assign(node, { x: attrs.x, y: attrs.y });
        delete attrs.x;
        delete attrs.y;
      }
      return node;
    }),
    edges: graph.mapEdges((key, a, source, target, _sa, _ta, undirected) => {
      const attrs = flat(a);
      const edge: FlatEdge = { id: key, source: id(source), target: id(target), directed: !undirected, attrs };
      // A numeric weight is the edge's weight; any other stays an ordinary attribute.
      if (typeof attrs.weight === 'number') {
        edge.weight = attrs.weight;
        delete attrs.weight;
      }
      return edge;
    }),
  };
}

/**
 * The graph in one of the export formats, as UTF-8 chunks made while they are read. `id` turns a
 * node key into the id written (for graphs read from files: server/io/node-keys.ts).
 */
export function writeGraph(graph: Graph, format: ExportFormat, id: NodeId = asIs): Iterable<Buffer> {
  switch (format) {
    case 'json':
      return chunked(graphologyJson(graph, id));
    case 'node-link':
      return chunked(nodeLink(graph, id));
    case 'gexf':
      return chunked(gexfText(flatten(graph, id)));
    case 'graphml':
      return chunked(graphmlText(flatten(graph, id)));
    case 'csv-nodes':
      return chunked(csvText(['id'], graph.mapNodes((key, a) => ({ ...flat(a), id: id(key) }))));
    case 'csv-edges':
      return chunked(
        csvText(
          ['key', 'source', 'target', 'directed'],
          graph.mapEdges((key, a, source, target, _sa, _ta, undirected) => ({ ...flat(a), key, source: id(source), target: id(target), directed: !undirected })),
        ),
      );
  }
}
