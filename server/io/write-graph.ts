/**
 * Writes any graphology graph (one read from a user's file, whatever its attributes) in the
 * export formats of server/graph/export.ts, which is specific to the actor graph's attributes.
 * Scalar attributes are written as they are; arrays and objects as JSON strings, since GEXF,
 * GraphML and CSV hold only scalars. What the readers in this folder read back.
 */
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { ExportFormat } from '../graph/export';
import { toCsv, toGexf, toGraphml } from '../graph/flat-writers';
import type { Flat, FlatEdge, FlatGraph, FlatNode } from '../graph/flat-writers';

function flat(attrs: Attributes): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    out[k] = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : JSON.stringify(v);
  }
  return out;
}

function toNodeLink(graph: Graph): object {
  const mixed = graph.type === 'mixed';
  return {
    directed: graph.type !== 'undirected',
    multigraph: graph.multi,
    graph: graph.getAttributes(),
    nodes: graph.mapNodes((id, a) => ({ id, ...a })),
    links: graph.mapEdges((_k, a, source, target, _sa, _ta, undirected) => ({ source, target, ...(mixed ? { directed: !undirected } : {}), ...a })),
  };
}

function flatten(graph: Graph): FlatGraph {
  return {
    directed: graph.type === 'directed',
    nodes: graph.mapNodes((id, a) => {
      const attrs = flat(a);
      const node: FlatNode = { id, attrs };
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
      const edge: FlatEdge = { id: key, source, target, directed: !undirected, attrs };
      // A numeric weight is the edge's weight; any other stays an ordinary attribute.
      if (typeof attrs.weight === 'number') {
        edge.weight = attrs.weight;
        delete attrs.weight;
      }
      return edge;
    }),
  };
}

/** The graph in one of the export formats, as text. */
export function writeGraph(graph: Graph, format: ExportFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(graph.export(), null, 2);
    case 'node-link':
      return JSON.stringify(toNodeLink(graph), null, 2);
    case 'gexf':
      return toGexf(flatten(graph));
    case 'graphml':
      return toGraphml(flatten(graph));
    case 'csv-nodes':
      return toCsv(['id'], graph.mapNodes((id, a) => ({ ...flat(a), id })));
    case 'csv-edges':
      return toCsv(
        ['key', 'source', 'target', 'directed'],
        graph.mapEdges((key, a, source, target, _sa, _ta, undirected) => ({ ...flat(a), key, source, target, directed: !undirected })),
      );
  }
}
