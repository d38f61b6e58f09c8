/**
 * GEXF 1.2draft, GraphML and CSV text from a graph flattened to scalar attributes. Shared by the
 * actor graph's exports (export.ts) and the writer for graphs read from files (io/write-graph.ts).
 *
 * GEXF is written as 1.2draft, not 1.3: NetworkX reads only 1.1draft and 1.2draft, Gephi reads
 * all three. Neither NetworkX nor igraph holds a graph mixing directed and undirected edges
 * (NetworkX refuses such a file), so a mixed graph is written as a directed one in which each
 * edge is one arc, source → target, carrying the boolean attribute `directed` (false for an
 * undirected edge such as `negotiates`). Our readers (io/read-xml.ts) turn it back into a mixed graph.
 *
 * Written as plain strings rather than through graphology-gexf or xmlbuilder2: those build a tree
 * of objects per element and took 37 s for a 50k-node, 500k-edge graph. Output comes as UTF-8
 * chunks made while they are read, so a big export is never one string (V8 caps strings at about
 * 512 MB) and its first bytes leave at once. Attribute types are given, or inferred from the
 * values: whole numbers → long, other numbers → double, booleans, else string (a name whose values
 * mix types is declared with the widest).
 */
import { rgba } from '../domain/drawing';

export type Scalar = string | number | boolean;
export type Flat = Record<string, Scalar>;

export interface FlatNode {
  id: string;
  label?: string;
  attrs: Flat;
  x?: number;
  y?: number;
  /** GEXF: how the node is drawn (viz:color, viz:size); other formats leave it out. */
  viz?: { color: string; size: number };
}

export interface FlatEdge {
  id: string;
  source: string;
  target: string;
  directed: boolean;
  label?: string;
  weight?: number;
  attrs: Flat;
  /** GEXF: how the edge is drawn (viz:color, viz:thickness); other formats leave it out. */
  viz?: { color: string; thickness: number };
}

export type XmlType = 'boolean' | 'long' | 'double' | 'string';

/** How a graph's edges are directed: all alike, or some each way. */
export type Directions = 'directed' | 'undirected' | 'mixed';

/** The edge attribute saying each edge's direction when a mixed graph is written as a directed one. */
export const DIRECTED_ATTRIBUTE = 'directed';

/** What the nodes (or edges) of a graph carry: attributes in column order with their types, and which built-ins. */
export interface Schema {
  attributes: Map<string, XmlType>;
  /** GEXF: values declared once as the default, then left out wherever an element has them. */
  defaults?: Map<string, Scalar>;
  label: boolean;
  /** Nodes: x and y. */
  position: boolean;
  /** Edges: the type that holds every weight, when any edge has one. */
  weight?: XmlType;
  /** Edges: whether they are directed, undirected or both (none: undirected). */
  directions?: Directions;
}

export interface FlatGraph {
  name?: string;
  /** Re-iterable (an array, or an object whose iterator starts afresh): read once per pass. */
  nodes: Iterable<FlatNode>;
  edges: Iterable<FlatEdge>;
  /** What nodes and edges carry; inferred from them (one more pass) when absent. */
  nodeSchema?: Schema;
  edgeSchema?: Schema;
}

/** Size at which text gathered so far is handed out as a chunk. */
const CHUNK = 65536;

/**
 * Text pieces as UTF-8 chunks of about 64 KB. Converting as we go lets the many small strings die
 * young instead of living on as one rope until the end.
 */
export function* chunked(pieces: Iterable<string>): Generator<Buffer> {
  let current = '';
  for (const piece of pieces) {
    current += piece;
    if (current.length >= CHUNK) {
      yield Buffer.from(current, 'utf8');
      current = '';
    }
  }
  if (current) yield Buffer.from(current, 'utf8');
}

/** Re-iterable lazy sequence: each pass calls `make` afresh. */
export const lazy = <T>(make: () => Iterator<T>): Iterable<T> => ({ [Symbol.iterator]: make });

/** Chunks joined back into text: for small graphs and tests. */
export function textOf(chunks: Iterable<Buffer>): string {
  return Buffer.concat([...chunks]).toString('utf8');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/**
 * Text safe inside a double-quoted XML attribute or element. Characters XML 1.0 cannot carry at
 * all (C0 controls other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF) become U+FFFD.
 */
export function xmlText(value: Scalar): string {
  if (typeof value !== 'string') return String(value); // numbers and booleans need no escaping
  // Fast path: most values need nothing. Control characters are what this function is for.
  // eslint-disable-next-line no-control-regex
  if (!/[&<>"\n\r\t\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/.test(value)) return value;
  return value
    .replace(/[&<>"\n\r\t]/g, (c) => ESCAPES[c])
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function typeOf(v: Scalar): XmlType {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  return 'string';
}

/** The type that holds values of both types. */
function widest(a: XmlType | undefined, b: XmlType): XmlType {
  if (a === undefined || a === b) return b;
  return (a === 'long' || a === 'double') && (b === 'long' || b === 'double') ? 'double' : 'string';
}

/** Attribute names in first-seen order, each with the type that holds all its values, and the built-ins used. */
function inferSchema(records: Iterable<FlatNode | FlatEdge>): Schema {
  const schema: Schema = { attributes: new Map(), label: false, position: false };
  for (const r of records) {
    for (const name in r.attrs) schema.attributes.set(name, widest(schema.attributes.get(name), typeOf(r.attrs[name])));
    schema.label ||= r.label !== undefined;
    if ('x' in r) schema.position ||= r.x !== undefined && r.y !== undefined;
    if ('weight' in r && r.weight !== undefined) schema.weight = widest(schema.weight, typeOf(r.weight));
    if ('directed' in r) schema.directions = directionsWith(schema.directions, r.directed);
  }
  return schema;
}

/** The directions of edges seen so far and one more edge. */
export function directionsWith(seen: Directions | undefined, directed: boolean): Directions {
  const one = directed ? 'directed' : 'undirected';
  return seen === undefined || seen === one ? one : 'mixed';
}

/**
 * How the XML formats write a graph's edges: the graph's one direction, and for a mixed graph
 * `directed` as the first edge attribute (any attribute of that name the edges carry gives way).
 */
function edgeLayout(schema: Schema): { directed: boolean; schema: Schema; edgeAttrs: (e: FlatEdge) => Flat } {
  const directions = schema.directions ?? 'undirected';
  if (directions !== 'mixed') return { directed: directions === 'directed', schema, edgeAttrs: (e) => e.attrs };
  const attributes = new Map<string, XmlType>([[DIRECTED_ATTRIBUTE, 'boolean']]);
  for (const [name, t] of schema.attributes) if (name !== DIRECTED_ATTRIBUTE) attributes.set(name, t);
  const defaults = schema.defaults && new Map([...schema.defaults].filter(([name]) => name !== DIRECTED_ATTRIBUTE));
  // Written on every edge, never as a default: NetworkX keeps GEXF defaults apart, in G.graph['edge_default'].
  return { directed: true, schema: { ...schema, attributes, defaults }, edgeAttrs: (e) => ({ ...e.attrs, [DIRECTED_ATTRIBUTE]: e.directed }) };
}

/** Per attribute: its name, the markup that opens its value, and its default. */
type Column = [name: string, head: string, fallback: Scalar | undefined];

/** Declares each attribute of `schema` (`declare` returns the markup opening its values). */
function columns(schema: Schema, declare: (name: string, type: XmlType, fallback: string) => string): Column[] {
  return [...schema.attributes].map(([name, t]) => [name, declare(name, t, defaultOf(schema, name)), schema.defaults?.get(name)]);
}

/** The `<default>` element of an attribute declaration, or nothing. */
function defaultOf(schema: Schema, name: string): string {
  const v = schema.defaults?.get(name);
  return v === undefined ? '' : `<default>${xmlText(v)}</default>`;
}

/** A colour (`#rrggbb` or `#rrggbbaa`) as GEXF's viz:color: r, g, b 0–255 and a 0–1, as both 1.2draft and 1.3 write it. */
function vizColour(colour: string): string {
  const { r, g, b, a } = rgba(colour);
  return `<viz:color r="${r}" g="${g}" b="${b}" a="${a}"/>`;
}

/** A number as the viz module's float, without floating-point residue. */
const vizNumber = (v: number): string => String(Math.round(v * 1e4) / 1e4);

/** GEXF text, piece by piece (see `chunked`). */
export function* gexfText(g: FlatGraph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd">\n';
  // GEXF 1.2 has no <name> in <meta>; the graph's name travels as its description.
  if (g.name !== undefined) yield `<meta><description>${xmlText(g.name)}</description></meta>\n`;
  const edges = edgeLayout(g.edgeSchema ?? inferSchema(g.edges));
  yield `<graph mode="static" defaultedgetype="${edges.directed ? 'directed' : 'undirected'}">\n`;
  // Attributes are numbered (ids "0", "1", … per class, as Gephi writes them); titles carry the names.
  const declare = (cls: 'node' | 'edge', schema: Schema): [string, Column[]] => {
    const declared: string[] = [];
    const cols = columns(schema, (name, t, fallback) => {
      const id = declared.length;
      const head = `<attribute id="${id}" title="${xmlText(name)}" type="${t}"`;
      declared.push(fallback ? `${head}>${fallback}</attribute>\n` : `${head}/>\n`);
      return `<attvalue for="${id}" value="`;
    });
    return [declared.length ? `<attributes class="${cls}">\n${declared.join('')}</attributes>\n` : '', cols];
  };
  const [nodeAttributes, nodeColumns] = declare('node', g.nodeSchema ?? inferSchema(g.nodes));
  const [edgeAttributes, edgeColumns] = declare('edge', edges.schema);
  yield nodeAttributes + edgeAttributes;
  const values = (attrs: Flat, cols: Column[]): string => {
    let text = '';
    for (const [name, head, fallback] of cols) {
      const v = attrs[name];
      if (v !== undefined && v !== fallback) text += head + xmlText(v) + '"/>';
    }
    return text && `<attvalues>${text}</attvalues>`;
  };
  yield '<nodes>\n';
  for (const n of g.nodes) {
    const label = n.label !== undefined ? `" label="${xmlText(n.label)}">` : '">';
    // The viz module's order: color, position, size (the 1.2draft and 1.3 schemas' sequence).
    const colour = n.viz ? vizColour(n.viz.color) : '';
    const position = n.x !== undefined && n.y !== undefined ? `<viz:position x="${n.x}" y="${n.y}"/>` : '';
    const size = n.viz ? `<viz:size value="${vizNumber(n.viz.size)}"/>` : '';
    yield `<node id="${xmlText(n.id)}${label}${values(n.attrs, nodeColumns)}${colour}${position}${size}</node>\n`;
  }
  yield '</nodes>\n<edges>\n';
  for (const e of g.edges) {
    const label = e.label !== undefined ? ` label="${xmlText(e.label)}"` : '';
    const weight = e.weight !== undefined ? ` weight="${e.weight}"` : '';
    const viz = e.viz ? `${vizColour(e.viz.color)}<viz:thickness value="${vizNumber(e.viz.thickness)}"/>` : '';
    yield `<edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}"${label}${weight}>${values(edges.edgeAttrs(e), edgeColumns)}${viz}</edge>\n`;
  }
  yield '</edges>\n</graph>\n</gexf>\n';
}

/** GraphML text, piece by piece: labels, weights and positions travel as ordinary data keys (label, weight, x, y). */
export function* graphmlText(g: FlatGraph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  // Keys are numbered d0, d1, … (as NetworkX and yEd write them); attr.name carries the name.
  const keys: string[] = [];
  const declare = (domain: 'node' | 'edge') => (name: string, t: XmlType, fallback = ''): string => {
    const id = `d${keys.length}`;
    const head = `<key id="${id}" for="${domain}" attr.name="${xmlText(name)}" attr.type="${t}"`;
    keys.push(fallback ? `${head}>${fallback}</key>\n` : `${head}/>\n`);
    return `<data key="${id}">`;
  };
  // Every value is written: graphology-graphml reads a key's <default> as a string whatever its type.
  const nodeSchema = { ...(g.nodeSchema ?? inferSchema(g.nodes)), defaults: undefined };
  const edges = edgeLayout({ ...(g.edgeSchema ?? inferSchema(g.edges)), defaults: undefined });
  const edgeSchema = edges.schema;
  const label = nodeSchema.label ? declare('node')('label', 'string') : '';
  const nodeColumns = columns(nodeSchema, declare('node'));
  const [x, y] = nodeSchema.position ? [declare('node')('x', 'double'), declare('node')('y', 'double')] : ['', ''];
  const edgeLabel = edgeSchema.label ? declare('edge')('label', 'string') : '';
  const weight = edgeSchema.weight ? declare('edge')('weight', edgeSchema.weight) : '';
  const edgeColumns = columns(edgeSchema, declare('edge'));
  yield keys.join('');
  const data = (attrs: Flat, cols: Column[]): string => {
    let text = '';
    for (const [name, head, fallback] of cols) {
      const v = attrs[name];
      if (v !== undefined && v !== fallback) text += head + xmlText(v) + '</data>';
    }
    return text;
  };
  const id = g.name !== undefined ? ` id="${xmlText(g.name)}"` : '';
  yield `<graph${id} edgedefault="${edges.directed ? 'directed' : 'undirected'}">\n`;
  for (const n of g.nodes) {
    let text = `<node id="${xmlText(n.id)}">`;
    if (label && n.label !== undefined) text += `${label}${xmlText(n.label)}</data>`;
    text += data(n.attrs, nodeColumns);
    if (x && n.x !== undefined && n.y !== undefined) text += `${x}${n.x}</data>${y}${n.y}</data>`;
    yield `${text}</node>\n`;
  }
  for (const e of g.edges) {
    let text = `<edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">`;
    if (edgeLabel && e.label !== undefined) text += `${edgeLabel}${xmlText(e.label)}</data>`;
    if (weight && e.weight !== undefined) text += `${weight}${e.weight}</data>`;
    text += data(edges.edgeAttrs(e), edgeColumns);
    yield `${text}</edge>\n`;
  }
  yield '</graph>\n</graphml>\n';
}

/** What a spreadsheet may run as a formula when a cell starts with it (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number: a spreadsheet reads it as a number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * RFC 4180 cell: quoted when it holds a comma, quote or line break. Text that a spreadsheet would
 * run as a formula (names, quotes and URLs come from third parties) gets a leading single quote,
 * as OWASP recommends; numbers, and text that is a plain number such as -3.5, stay as they are.
 */
function csvCell(v: Scalar | undefined): string {
  if (v === undefined) return '';
  if (typeof v !== 'string') return String(v);
  const text = FORMULA_START.test(v) && !PLAIN_NUMBER.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text, piece by piece: a header and rows of cells in its order. */
export function* csvRowsText(header: string[], rows: Iterable<(Scalar | undefined)[]>): Generator<string> {
  yield header.map(csvCell).join(',') + '\r\n';
  for (const row of rows) {
    let line = csvCell(row[0]);
    for (let i = 1; i < row.length; i++) line += ',' + csvCell(row[i]);
    yield line + '\r\n';
  }
}

/** A CSV table of records: the given columns first, then (with `extra`) any other names in sorted order. */
export function csvText(columns: string[], rows: Iterable<Flat>, extra = true): Generator<string> {
  const names = new Set<string>();
  if (extra) for (const r of rows) for (const k in r) names.add(k);
  const header = [...columns, ...[...names].filter((k) => !columns.includes(k)).sort()];
  return csvRowsText(header, lazy(function* () {
    for (const r of rows) yield header.map((h) => r[h]);
  }));
}
