/**
 * Writes any graphology graph (one read from a user's file, whatever its attributes) in the
 * export formats of server/graph/export.ts, which is specific to the actor graph's attributes.
 * Scalar attributes are written as they are; arrays and objects as JSON strings, since GEXF,
 * GraphML and CSV hold only scalars. What the readers in this folder read back.
 */
import type Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { Attributes } from 'graphology-types';
import { create } from 'xmlbuilder2';
import type { ExportFormat } from '../graph/export';

type Scalar = string | number | boolean;
type Flat = Record<string, Scalar>;

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

function toGexf(graph: Graph): string {
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key: string, a: Attributes) => {
      const { label, ...rest } = flat(a);
      return { ...(label !== undefined ? { label: String(label) } : {}), attributes: rest };
    },
    formatEdge: (_key: string, a: Attributes) => {
      const { weight, ...rest } = flat(a);
      return { ...(typeof weight === 'number' ? { weight } : {}), attributes: rest };
    },
  });
}

function graphmlType(v: Scalar): string {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  return 'string';
}

function toGraphml(graph: Graph): string {
  const nodes = graph.mapNodes((id, a) => ({ id, attrs: flat(a) }));
  const edges = graph.mapEdges((key, a, source, target, _sa, _ta, undirected) => ({ key, source, target, undirected, attrs: flat(a) }));
  // One key per attribute name; a name whose values mix types is declared as a string.
  const keys = new Map<string, { domain: 'node' | 'edge'; name: string; type: string }>();
  const declare = (domain: 'node' | 'edge', attrs: Flat): void => {
    for (const [name, v] of Object.entries(attrs)) {
      const id = `${domain[0]}_${name}`;
      const k = keys.get(id);
      if (!k) keys.set(id, { domain, name, type: graphmlType(v) });
      else if (k.type !== graphmlType(v)) k.type = k.type === 'long' && typeof v === 'number' ? 'double' : 'string';
    }
  };
  nodes.forEach((n) => declare('node', n.attrs));
  edges.forEach((e) => declare('edge', e.attrs));
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', { xmlns: 'http://graphml.graphdrawing.org/xmlns' });
  for (const [id, k] of keys) root.ele('key', { id, for: k.domain, 'attr.name': k.name, 'attr.type': k.type });
  const g = root.ele('graph', { edgedefault: graph.type === 'directed' ? 'directed' : 'undirected' });
  for (const n of nodes) {
    const el = g.ele('node', { id: n.id });
    for (const [name, v] of Object.entries(n.attrs)) el.ele('data', { key: `n_${name}` }).txt(String(v));
  }
  for (const e of edges) {
    // Directed edges say so on each edge: readers honour directed="true" whatever the default.
    const el = g.ele('edge', { id: e.key, source: e.source, target: e.target, ...(e.undirected ? {} : { directed: 'true' }) });
    for (const [name, v] of Object.entries(e.attrs)) el.ele('data', { key: `e_${name}` }).txt(String(v));
  }
  return root.end({ prettyPrint: true });
}

/** RFC 4180 cell: quoted when it holds a comma, quote or line break. */
function cell(v: Scalar | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(fixed: string[], rows: Flat[]): string {
  const extra = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => !fixed.includes(k)).sort();
  const header = [...fixed, ...extra];
  return [header.map((h) => cell(h)).join(','), ...rows.map((r) => header.map((h) => cell(r[h])).join(','))].join('\r\n') + '\r\n';
}

/** The graph in one of the export formats, as text. */
export function writeGraph(graph: Graph, format: ExportFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(graph.export(), null, 2);
    case 'node-link':
      return JSON.stringify(toNodeLink(graph), null, 2);
    case 'gexf':
      return toGexf(graph);
    case 'graphml':
      return toGraphml(graph);
    case 'csv-nodes':
      return csv(['id'], graph.mapNodes((id, a) => ({ ...flat(a), id })));
    case 'csv-edges':
      return csv(
        ['key', 'source', 'target', 'directed'],
        graph.mapEdges((key, a, source, target, _sa, _ta, undirected) => ({ ...flat(a), key, source, target, directed: !undirected })),
      );
  }
}
