/**
 * Graph exports. JSON formats carry evidence as structured data; GEXF, GraphML and CSV carry it as
 * a JSON string attribute, and GDELT-derived figures (events, mentions, sources, goldstein, tone,
 * urls) as columns of their own. In the tabular/XML formats the relation type is named `relation`
 * because `type` is reserved by Gephi (directed/undirected) and by GEXF's edge element.
 *
 * Every format is written lazily from a slice of the graph (no copy, no tree of objects) as
 * UTF-8 chunks, one node or relation per line in the JSON formats (json-text.ts).
 */
import type { ActorGraph, ActorNodeAttributes, ExportFormat, RelationEdgeAttributes } from '../domain/types';
import type { SerializedGraph } from 'graphology-types';
import { asSlice } from './filter';
import type { ActorSlice } from './filter';
import type { Positions } from './layout';
import { chunked, csvRowsText, csvText, directionsWith, gexfText, graphmlText, lazy, textOf } from './flat-writers';
import type { Directions, Flat, FlatEdge, FlatGraph, FlatNode, Scalar, Schema, XmlType } from './flat-writers';
import { jsonText } from './json-text';
import type { SliceEdge } from '../algorithms/slice';
import { edgeFields } from './coded-edge';

export { EXPORT_FORMATS } from '../domain/types';
export type { ExportFormat } from '../domain/types';

/**
 * How each actor and relation is drawn, for GEXF's viz module (colours as `#rrggbb` or
 * `#rrggbbaa`): the page's default drawing (viz.ts), or what a page shows under its colourings.
 */
export interface Viz {
  node(id: string, a: ActorNodeAttributes): { color: string; size: number };
  edge(e: SliceEdge<RelationEdgeAttributes>): { color: string; thickness: number };
}

export interface ExportOutput {
  contentType: string;
  /** Suggested file extension. */
  extension: string;
  /** The file as UTF-8 chunks of about 64 KB, made as they are read; call again to read again. */
  chunks(): Iterable<Buffer>;
}

/** A whole export as one string: for small graphs (V8 strings hold at most about 512 MB). */
export function exportText(out: ExportOutput): string {
  return textOf(out.chunks());
}

/** A serialized graph with the layout's x/y on every node (new objects; the graph is untouched). */
export function withPositions(data: SerializedGraph, pos?: Positions): SerializedGraph {
  if (!pos) return data;
  return { ...data, nodes: data.nodes.map((n) => ({ ...n, attributes: { ...n.attributes, ...pos[n.key] } })) };
}

function flatNode(id: string, a: ActorNodeAttributes, pos?: Positions, viz?: Viz): FlatNode {
  const attrs: Flat = { kind: a.kind, aliases: a.aliases.join(' | '), provisional: a.provisional };
  if (a.affiliation) attrs.affiliation = a.affiliation;
  if (a.role) attrs.role = a.role;
  const p = pos?.[id];
  return { id, label: a.label, attrs, ...(p ? { x: p.x, y: p.y } : {}), ...(viz ? { viz: viz.node(id, a) } : {}) };
}

/** Edge attributes as scalars: evidence as a JSON string, GDELT figures as their own columns. */
function flatEdge(edge: SliceEdge<RelationEdgeAttributes>, viz?: Viz): FlatEdge {
  const { key, attributes: a, source, target, undirected } = edge;
  const attrs: Flat = {
    relation: a.type,
    documents: a.documents,
    firstSeen: a.firstSeen,
    lastSeen: a.lastSeen,
    evidence: a.evidence.length ? JSON.stringify(a.evidence) : '[]',
  };
  if (a.between) attrs.between = a.between.map((p) => p.join('|')).join('; ');
  const ev = a.events;
  if (ev) {
    attrs.events = ev.events;
    attrs.mentions = ev.mentions;
    attrs.sources = ev.sources;
    attrs.goldstein = ev.goldstein;
    attrs.tone = ev.tone;
    if (ev.urls.length) attrs.urls = ev.urls.join(' ');
  }
  return { id: key, source, target, directed: !undirected, label: a.type, weight: a.weight, attrs, ...(viz ? { viz: viz.edge(edge) } : {}) };
}

type Columns = Map<string, XmlType>;

/** Whether the slice's relations are all directed, all undirected (negotiates only) or both. */
function directionsOf(slice: ActorSlice): Directions | undefined {
  let directions: Directions | undefined;
  slice.forEachEdgeUnkeyed((_a, _s, _t, undirected) => (directions = directionsWith(directions, !undirected)));
  return directions;
}

const EVENT_COLUMNS: Columns = new Map([['events', 'long'], ['mentions', 'long'], ['sources', 'long'], ['goldstein', 'double'], ['tone', 'double'], ['urls', 'string']]);

/** The columns a slice uses, typed from the domain (not guessed from values) in one cheap pass. */
function schemas(slice: ActorSlice, positioned: boolean): { nodeSchema: Schema; edgeSchema: Schema } {
  let affiliation = false;
  let role = false;
  slice.forEachNode((_n, a) => {
    affiliation ||= !!a.affiliation;
    role ||= !!a.role;
  });
  let between = false;
  let events = false;
  let urls = false;
  slice.forEachEdgeUnkeyed((a) => {
    between ||= a.between !== undefined;
    events ||= a.events !== undefined;
    urls ||= !!a.events?.urls.length;
  });
  const node: Columns = new Map([['kind', 'string'], ['aliases', 'string'], ['provisional', 'boolean']]);
  if (affiliation) node.set('affiliation', 'string');
  if (role) node.set('role', 'string');
  const edge: Columns = new Map([['relation', 'string'], ['documents', 'long'], ['firstSeen', 'string'], ['lastSeen', 'string'], ['evidence', 'string']]);
  if (between) edge.set('between', 'string');
  if (events) for (const [name, t] of EVENT_COLUMNS) if (name !== 'urls' || urls) edge.set(name, t);
  // What most actors and coded-event relations have is declared once rather than written on each.
  const nodeDefaults = new Map<string, Scalar>([['aliases', ''], ['provisional', false]]);
  const edgeDefaults = new Map<string, Scalar>([['documents', 0], ['evidence', '[]']]);
  return {
    nodeSchema: { attributes: node, defaults: nodeDefaults, label: true, position: positioned && slice.order > 0 },
    edgeSchema: { attributes: edge, defaults: edgeDefaults, label: true, position: false, weight: slice.size ? 'long' : undefined, directions: directionsOf(slice) },
  };
}

function flatten(slice: ActorSlice, pos?: Positions, viz?: Viz): FlatGraph {
  return {
    name: slice.graph.getAttribute('name') ?? 'actor-graph',
    nodes: lazy(function* () {
      for (const n of slice.nodes()) yield flatNode(n, slice.graph.getNodeAttributes(n), pos, viz);
    }),
    edges: lazy(function* () {
      for (const e of slice.edges()) yield flatEdge(e, viz);
    }),
    ...schemas(slice, pos !== undefined),
  };
}

const NODE_COLUMNS = ['id', 'label', 'kind', 'affiliation', 'role', 'aliases', 'provisional'];
const EDGE_COLUMNS = ['key', 'source', 'target', 'relation', 'directed', 'weight', 'documents', 'firstSeen', 'lastSeen', 'between', 'evidence'];

function* csvNodes(slice: ActorSlice, pos?: Positions): Generator<Flat> {
  for (const id of slice.nodes()) {
    const n = flatNode(id, slice.graph.getNodeAttributes(id), pos);
    yield { id, label: n.label as string, ...n.attrs, ...(n.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : {}) };
  }
}

/** Rows in `header` order, built as arrays: no record object per relation. */
function* csvEdges(slice: ActorSlice, header: string[]): Generator<(Scalar | undefined)[]> {
  const rest = header.slice(6);
  for (const e of slice.edges()) {
    const { attrs } = flatEdge(e);
    const row: (Scalar | undefined)[] = [e.key, e.source, e.target, attrs.relation, !e.undirected, e.attributes.weight];
    for (const name of rest) row.push(attrs[name]);
    yield row;
  }
}

/** graphology's serialisation (what `graph.import` reads), one node or edge per line. */
function graphologyJson(slice: ActorSlice, pos?: Positions): Iterable<string> {
  const g = slice.graph;
  return jsonText(
    { options: { type: g.type, multi: g.multi, allowSelfLoops: g.allowSelfLoops }, attributes: g.getAttributes() },
    {
      nodes: lazy(function* () {
        for (const key of slice.nodes()) yield { key, attributes: { ...g.getNodeAttributes(key), ...pos?.[key] } };
      }),
      edges: lazy(function* () {
        for (const { key, source, target, attributes, undirected } of slice.edges()) yield { key, source, target, attributes, ...(undirected ? { undirected } : {}) };
      }),
    },
  );
}

/**
 * NetworkX/D3 node-link JSON, as NetworkX 2.8–3.x reads it: a multigraph (relations of several
 * types between two actors all kept, each with its key), directed unless every relation is
 * undirected. NetworkX has no mixed graphs, so in a mixed one every link says `directed` and an
 * undirected relation is one link, source → target, with `directed: false` (as in GEXF and GraphML).
 */
function nodeLinkJson(slice: ActorSlice, pos?: Positions): Iterable<string> {
  const g = slice.graph;
  const directions = directionsOf(slice);
  const mixed = directions === 'mixed';
  return jsonText(
    { directed: directions !== undefined && directions !== 'undirected', multigraph: true, graph: g.getAttributes() },
    {
      nodes: lazy(function* () {
        for (const id of slice.nodes()) yield { id, ...g.getNodeAttributes(id), ...pos?.[id] };
      }),
      links: lazy(function* () {
        for (const { key, source, target, attributes, undirected } of slice.edges()) yield { key, source, target, ...(mixed ? { directed: !undirected } : {}), ...edgeFields(attributes) };
      }),
    },
  );
}

/** GEXF text of a graph (or slice), piece by piece: with `viz`, each element says how it is drawn. */
export function gexfOf(graph: ActorGraph | ActorSlice, positions?: Positions, viz?: Viz): Iterable<string> {
  return gexfText(flatten(asSlice(graph), positions, viz));
}

/**
 * The graph (or a slice of it) in `format`; `positions` (the layout) adds x/y to nodes, and `viz`
 * (GEXF only) the colours and sizes they are drawn with.
 */
export function exportGraph(graph: ActorGraph | ActorSlice, format: ExportFormat, positions?: Positions, viz?: Viz): ExportOutput {
  const slice = asSlice(graph);
  const out = (contentType: string, extension: string, text: () => Iterable<string>): ExportOutput => ({
    contentType,
    extension,
    chunks: () => chunked(text()),
  });
  switch (format) {
    case 'json':
      return out('application/json', 'json', () => graphologyJson(slice, positions));
    case 'node-link':
      return out('application/json', 'json', () => nodeLinkJson(slice, positions));
    case 'gexf':
      return out('application/gexf+xml', 'gexf', () => gexfOf(slice, positions, viz));
    case 'graphml':
      return out('application/graphml+xml', 'graphml', () => graphmlText(flatten(slice, positions)));
    case 'csv-nodes':
      return out('text/csv; charset=utf-8', 'nodes.csv', () => csvText(positions ? [...NODE_COLUMNS, 'x', 'y'] : NODE_COLUMNS, csvNodes(slice, positions), false));
    case 'csv-edges':
      return out('text/csv; charset=utf-8', 'edges.csv', () => {
        const events = schemas(slice, false).edgeSchema.attributes.has('events') ? [...EVENT_COLUMNS.keys()] : [];
        const header = [...EDGE_COLUMNS, ...events];
        return csvRowsText(header, csvEdges(slice, header));
      });
  }
}
