/**
 * Graph exports. JSON formats carry evidence as structured data; GEXF, GraphML and CSV carry it as
 * a JSON string attribute, and GDELT-derived figures (events, mentions, sources, goldstein, tone,
 * urls) as columns of their own. In the tabular/XML formats the relation type is named `relation`
 * because `type` is reserved by Gephi (directed/undirected) and by GEXF's edge element.
 */
import type { ActorGraph, ActorNodeAttributes, ExportFormat, RelationEdgeAttributes } from '../domain/types';
import type { SerializedGraph } from 'graphology-types';
import type { Positions } from './layout';
import { toCsv, toGexf, toGraphml } from './flat-writers';
import type { Flat, FlatEdge, FlatGraph, FlatNode } from './flat-writers';

export { EXPORT_FORMATS } from '../domain/types';
export type { ExportFormat } from '../domain/types';

export interface ExportOutput {
  body: string;
  contentType: string;
  /** Suggested file extension. */
  extension: string;
}

/** A serialized graph with the layout's x/y on every node (new objects; the graph is untouched). */
export function withPositions(data: SerializedGraph, pos?: Positions): SerializedGraph {
  if (!pos) return data;
  return { ...data, nodes: data.nodes.map((n) => ({ ...n, attributes: { ...n.attributes, ...pos[n.key] } })) };
}

function flatNode(id: string, a: ActorNodeAttributes, pos?: Positions): FlatNode {
  const attrs: Flat = { kind: a.kind, aliases: a.aliases.join(' | '), provisional: a.provisional };
  if (a.affiliation) attrs.affiliation = a.affiliation;
  if (a.role) attrs.role = a.role;
  const p = pos?.[id];
  return { id, label: a.label, attrs, ...(p ? { x: p.x, y: p.y } : {}) };
}

/** Edge attributes as scalars: evidence as a JSON string, GDELT figures as their own columns. */
function flatEdge(key: string, a: RelationEdgeAttributes, source: string, target: string, undirected: boolean): FlatEdge {
  const attrs: Flat = {
    relation: a.type,
    documents: a.documents,
    firstSeen: a.firstSeen,
    lastSeen: a.lastSeen,
    evidence: JSON.stringify(a.evidence),
  };
  if (a.between) attrs.between = a.between.map((p) => p.join('|')).join('; ');
  const ev = a.events;
  if (ev) {
    Object.assign(attrs, { events: ev.events, mentions: ev.mentions, sources: ev.sources, goldstein: ev.goldstein, tone: ev.tone });
    if (ev.urls.length) attrs.urls = ev.urls.join(' ');
  }
  return { id: key, source, target, directed: !undirected, label: a.type, weight: a.weight, attrs };
}

function flatten(graph: ActorGraph, pos?: Positions): FlatGraph {
  return {
    name: graph.getAttribute('name') ?? 'actor-graph',
    directed: false,
    nodes: graph.mapNodes((k, a) => flatNode(k, a, pos)),
    edges: graph.mapEdges((k, a, s, t, _sa, _ta, undirected) => flatEdge(k, a, s, t, undirected)),
  };
}

const NODE_COLUMNS = ['id', 'label', 'kind', 'affiliation', 'role', 'aliases', 'provisional'];
const EDGE_COLUMNS = ['key', 'source', 'target', 'relation', 'directed', 'weight', 'documents', 'firstSeen', 'lastSeen', 'between', 'evidence'];
const EVENT_COLUMNS = ['events', 'mentions', 'sources', 'goldstein', 'tone', 'urls'];

function toCsvNodes(graph: ActorGraph, pos?: Positions): string {
  const rows = graph.mapNodes((k, a) => {
    const n = flatNode(k, a, pos);
    return { id: n.id, label: a.label, ...n.attrs, ...(n.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : {}) };
  });
  return toCsv(pos ? [...NODE_COLUMNS, 'x', 'y'] : NODE_COLUMNS, rows, false);
}

function toCsvEdges(graph: ActorGraph): string {
  let events = false;
  const rows = graph.mapEdges((key, a, source, target, _sa, _ta, undirected) => {
    events ||= a.events !== undefined;
    return { key, source, target, directed: !undirected, weight: a.weight, ...flatEdge(key, a, source, target, undirected).attrs };
  });
  return toCsv(events ? [...EDGE_COLUMNS, ...EVENT_COLUMNS] : EDGE_COLUMNS, rows, false);
}

/** NetworkX/D3 node-link JSON; undirected relations appear once with `directed: false`. */
function toNodeLink(graph: ActorGraph, pos?: Positions): object {
  return {
    directed: true,
    multigraph: true,
    graph: graph.getAttributes(),
    nodes: graph.mapNodes((id, a) => ({ id, ...a, ...pos?.[id] })),
    links: graph.mapEdges((key, a, source, target, _sa, _ta, undirected) => ({
      key,
      source,
      target,
      directed: !undirected,
      ...a,
    })),
  };
}

/** The graph in `format`; `positions` (the layout) adds x/y to nodes in GEXF, GraphML and CSV. */
export function exportGraph(graph: ActorGraph, format: ExportFormat, positions?: Positions): ExportOutput {
  switch (format) {
    case 'json':
      return { body: JSON.stringify(withPositions(graph.export(), positions), null, 2), contentType: 'application/json', extension: 'json' };
    case 'node-link':
      return { body: JSON.stringify(toNodeLink(graph, positions), null, 2), contentType: 'application/json', extension: 'json' };
    case 'gexf':
      return { body: toGexf(flatten(graph, positions)), contentType: 'application/gexf+xml', extension: 'gexf' };
    case 'graphml':
      return { body: toGraphml(flatten(graph, positions)), contentType: 'application/graphml+xml', extension: 'graphml' };
    case 'csv-nodes':
      return { body: toCsvNodes(graph, positions), contentType: 'text/csv; charset=utf-8', extension: 'nodes.csv' };
    case 'csv-edges':
      return { body: toCsvEdges(graph), contentType: 'text/csv; charset=utf-8', extension: 'edges.csv' };
  }
}
