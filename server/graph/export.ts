/**
 * Graph exports. JSON formats carry evidence as structured data; GEXF, GraphML and CSV carry it as
 * a JSON string attribute. In the tabular/XML formats the relation type is named `relation`
 * because `type` is reserved by Gephi (directed/undirected) and by GEXF's edge element.
 */
import type { ActorGraph, ActorNodeAttributes, ExportFormat, RelationEdgeAttributes } from '../domain/types';

export { EXPORT_FORMATS } from '../domain/types';
export type { ExportFormat } from '../domain/types';

export interface ExportOutput {
  body: string;
  contentType: string;
  /** Suggested file extension. */
  extension: string;
}

type Flat = Record<string, string | number | boolean>;

/** Node attributes as scalars (positions kept when a layout assigned them). */
function flatNode(id: string, a: ActorNodeAttributes & { x?: number; y?: number }): Flat {
  const out: Flat = { id, label: a.label, kind: a.kind, aliases: a.aliases.join(' | '), provisional: a.provisional };
  if (a.affiliation) out.affiliation = a.affiliation;
  if (a.role) out.role = a.role;
  if (typeof a.x === 'number' && typeof a.y === 'number') Object.assign(out, { x: a.x, y: a.y });
  return out;
}

/** Edge attributes as scalars; evidence travels as a JSON string. */
function flatEdge(a: RelationEdgeAttributes): Flat {
  const out: Flat = {
    relation: a.type,
    weight: a.weight,
    documents: a.documents,
    firstSeen: a.firstSeen,
    lastSeen: a.lastSeen,
    evidence: JSON.stringify(a.evidence),
  };
  if (a.between) out.between = a.between.map((p) => p.join('|')).join('; ');
  return out;
}

function toGexf(graph: ActorGraph): string {
  // Loaded on use: the XML writers take longer to load than most commands take to run.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { write: writeGexf } = require('graphology-gexf') as typeof import('graphology-gexf');
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (key: string, a: ActorNodeAttributes & { x?: number; y?: number }) => {
      const { id: _id, label: _label, x: _x, y: _y, ...attributes } = flatNode(key, a);
      const viz = typeof a.x === 'number' && typeof a.y === 'number' ? { viz: { x: a.x, y: a.y } } : {};
      return { label: a.label, attributes, ...viz };
    },
    formatEdge: (_key: string, a: RelationEdgeAttributes) => {
      const { weight: _weight, ...attributes } = flatEdge(a);
      return { label: a.type, weight: a.weight, attributes };
    },
  });
}

function graphmlType(v: string | number | boolean): string {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'double';
  return 'string';
}

function toGraphml(graph: ActorGraph): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { create } = require('xmlbuilder2') as typeof import('xmlbuilder2');
  const nodes = graph.mapNodes((k, a) => flatNode(k, a));
  const edges = graph.mapEdges((k, a, s, t, _sa, _ta, undirected) => ({ k, s, t, undirected, attrs: flatEdge(a) }));
  // Declare each key once, with the type of its first value.
  const keys = new Map<string, { domain: 'node' | 'edge'; name: string; type: string }>();
  const declare = (domain: 'node' | 'edge', attrs: Flat): void => {
    for (const [name, v] of Object.entries(attrs)) {
      const id = `${domain[0]}_${name}`;
      if (!keys.has(id)) keys.set(id, { domain, name, type: graphmlType(v) });
    }
  };
  nodes.forEach(({ id: _id, ...rest }) => declare('node', rest));
  edges.forEach((e) => declare('edge', e.attrs));

  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', {
    xmlns: 'http://graphml.graphdrawing.org/xmlns',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  for (const [id, k] of keys) root.ele('key', { id, for: k.domain, 'attr.name': k.name, 'attr.type': k.type });
  const g = root.ele('graph', { id: graph.getAttribute('name') ?? 'actor-graph', edgedefault: 'undirected' });
  for (const { id, ...rest } of nodes) {
    const n = g.ele('node', { id: String(id) });
    for (const [name, v] of Object.entries(rest)) n.ele('data', { key: `n_${name}` }).txt(String(v));
  }
  for (const e of edges) {
    // Directed edges say so explicitly: graphology-graphml reads only directed="true" overrides.
    const el = g.ele('edge', { id: e.k, source: e.s, target: e.t, ...(e.undirected ? {} : { directed: 'true' }) });
    for (const [name, v] of Object.entries(e.attrs)) el.ele('data', { key: `e_${name}` }).txt(String(v));
  }
  return root.end({ prettyPrint: true });
}

/** RFC 4180 cell: quoted when it holds a comma, quote or line break. */
function csvCell(v: unknown): string {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(header: string[], rows: Flat[]): string {
  return [header.join(','), ...rows.map((r) => header.map((h) => csvCell(r[h])).join(','))].join('\r\n') + '\r\n';
}

function toCsvNodes(graph: ActorGraph): string {
  const rows = graph.mapNodes((k, a) => flatNode(k, a));
  const header = ['id', 'label', 'kind', 'affiliation', 'role', 'aliases', 'provisional'];
  if (rows.some((r) => 'x' in r)) header.push('x', 'y');
  return csv(header, rows);
}

function toCsvEdges(graph: ActorGraph): string {
  const rows = graph.mapEdges((key, a, source, target, _sa, _ta, undirected) => ({
    key,
    source,
    target,
    directed: !undirected,
    ...flatEdge(a),
  }));
  return csv(
    ['key', 'source', 'target', 'relation', 'directed', 'weight', 'documents', 'firstSeen', 'lastSeen', 'between', 'evidence'],
    rows,
  );
}

/** NetworkX/D3 node-link JSON; undirected relations appear once with `directed: false`. */
function toNodeLink(graph: ActorGraph): object {
  return {
    directed: true,
    multigraph: true,
    graph: graph.getAttributes(),
    nodes: graph.mapNodes((id, a) => ({ id, ...a })),
    links: graph.mapEdges((key, a, source, target, _sa, _ta, undirected) => ({
      key,
      source,
      target,
      directed: !undirected,
      ...a,
    })),
  };
}

export function exportGraph(graph: ActorGraph, format: ExportFormat): ExportOutput {
  switch (format) {
    case 'json':
      return { body: JSON.stringify(graph.export(), null, 2), contentType: 'application/json', extension: 'json' };
    case 'node-link':
      return { body: JSON.stringify(toNodeLink(graph), null, 2), contentType: 'application/json', extension: 'json' };
    case 'gexf':
      return { body: toGexf(graph), contentType: 'application/gexf+xml', extension: 'gexf' };
    case 'graphml':
      return { body: toGraphml(graph), contentType: 'application/graphml+xml', extension: 'graphml' };
    case 'csv-nodes':
      return { body: toCsvNodes(graph), contentType: 'text/csv; charset=utf-8', extension: 'nodes.csv' };
    case 'csv-edges':
      return { body: toCsvEdges(graph), contentType: 'text/csv; charset=utf-8', extension: 'edges.csv' };
  }
}
