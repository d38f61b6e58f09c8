/**
 * GEXF 1.3, GraphML and CSV text from a graph flattened to scalar attributes. Shared by the actor
 * graph's exports (export.ts) and the writer for graphs read from files (io/write-graph.ts).
 *
 * Written as plain strings rather than through graphology-gexf or xmlbuilder2: those build a tree
 * of objects per element and took 37 s for a 50k-node, 500k-edge graph. Output comes as UTF-8
 * chunks made while they are read, so a big export is never one string (V8 caps strings at about
 * 512 MB) and its first bytes leave at once. Attribute types are given, or inferred from the
 * values: whole numbers → long, other numbers → double, booleans, else string (a name whose values
 * mix types is declared with the widest).
 */
export type Scalar = string | number | boolean;
export type Flat = Record<string, Scalar>;

export interface FlatNode {
  id: string;
  label?: string;
  attrs: Flat;
  x?: number;
  y?: number;
}

export interface FlatEdge {
  id: string;
  source: string;
  target: string;
  directed: boolean;
  label?: string;
  weight?: number;
  attrs: Flat;
}

export type XmlType = 'boolean' | 'long' | 'double' | 'string';
/** Attribute names in column order, with their types. */
export type Schema = Map<string, XmlType>;

export interface FlatGraph {
  name?: string;
  /** Edge direction unless an edge says otherwise. */
  directed: boolean;
  /** Re-iterable (an array, or an object whose iterator starts afresh): read once per pass. */
  nodes: Iterable<FlatNode>;
  edges: Iterable<FlatEdge>;
  /** Attribute declarations; inferred from the values (one more pass) when absent. */
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

/** Attribute names in first-seen order with the type that holds all their values. */
export function inferSchema(records: Iterable<{ attrs: Flat }>): Schema {
  const types: Schema = new Map();
  for (const { attrs } of records) {
    for (const name in attrs) {
      const t = typeOf(attrs[name]);
      const known = types.get(name);
      if (known === undefined) types.set(name, t);
      else if (known !== t) types.set(name, (known === 'long' || known === 'double') && (t === 'long' || t === 'double') ? 'double' : 'string');
    }
  }
  return types;
}

/** GEXF text, piece by piece (see `chunked`). */
export function* gexfText(g: FlatGraph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">\n';
  if (g.name !== undefined) yield `<meta><name>${xmlText(g.name)}</name></meta>\n`;
  yield `<graph defaultedgetype="${g.directed ? 'directed' : 'undirected'}">\n`;
  const attributes = (cls: 'node' | 'edge', types: Schema): string => {
    if (!types.size) return '';
    const declared = [...types].map(([name, t]) => `<attribute id="${xmlText(name)}" title="${xmlText(name)}" type="${t}"/>\n`);
    return `<attributes class="${cls}">\n${declared.join('')}</attributes>\n`;
  };
  yield attributes('node', g.nodeSchema ?? inferSchema(g.nodes));
  yield attributes('edge', g.edgeSchema ?? inferSchema(g.edges));
  // `<attvalue for="name" value="` per attribute name, escaped once.
  const heads = new Map<string, string>();
  const values = (attrs: Flat): string => {
    let text = '';
    for (const name in attrs) {
      let h = heads.get(name);
      if (h === undefined) heads.set(name, (h = `<attvalue for="${xmlText(name)}" value="`));
      text += h + xmlText(attrs[name]) + '"/>';
    }
    return text && `<attvalues>${text}</attvalues>`;
  };
  yield '<nodes>\n';
  for (const n of g.nodes) {
    const label = n.label !== undefined ? `" label="${xmlText(n.label)}">` : '">';
    const position = n.x !== undefined && n.y !== undefined ? `<viz:position x="${n.x}" y="${n.y}"/>` : '';
    yield `<node id="${xmlText(n.id)}${label}${values(n.attrs)}${position}</node>\n`;
  }
  yield '</nodes>\n<edges>\n';
  for (const e of g.edges) {
    const type = e.directed !== g.directed ? ` type="${e.directed ? 'directed' : 'undirected'}"` : '';
    const label = e.label !== undefined ? ` label="${xmlText(e.label)}"` : '';
    const weight = e.weight !== undefined ? ` weight="${e.weight}"` : '';
    yield `<edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}"${type}${label}${weight}>${values(e.attrs)}</edge>\n`;
  }
  yield '</edges>\n</graph>\n</gexf>\n';
}

/** GraphML text, piece by piece: labels, weights and positions travel as ordinary data keys (label, weight, x, y). */
export function* graphmlText(g: FlatGraph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  const key = (prefix: string, domain: string, name: string, t: XmlType): string =>
    `<key id="${prefix}_${xmlText(name)}" for="${domain}" attr.name="${xmlText(name)}" attr.type="${t}"/>\n`;
  // One pass over nodes and edges finds which of the built-in keys are used.
  let labelled = false;
  let positioned = false;
  for (const n of g.nodes) {
    labelled ||= n.label !== undefined;
    positioned ||= n.x !== undefined && n.y !== undefined;
  }
  let edgeLabels = false;
  let weights: XmlType | undefined;
  for (const e of g.edges) {
    edgeLabels ||= e.label !== undefined;
    if (e.weight !== undefined) weights = weights === 'double' || !Number.isInteger(e.weight) ? 'double' : 'long';
  }
  if (labelled) yield key('n', 'node', 'label', 'string');
  for (const [name, t] of g.nodeSchema ?? inferSchema(g.nodes)) yield key('n', 'node', name, t);
  if (positioned) for (const axis of ['x', 'y']) yield key('n', 'node', axis, 'double');
  if (edgeLabels) yield key('e', 'edge', 'label', 'string');
  if (weights) yield key('e', 'edge', 'weight', weights);
  for (const [name, t] of g.edgeSchema ?? inferSchema(g.edges)) yield key('e', 'edge', name, t);

  // `<data key="n_name">` per attribute name, escaped once.
  const heads = new Map<string, string>();
  const datum = (prefix: string, name: string, value: Scalar): string => {
    const k = prefix + name;
    let h = heads.get(k);
    if (h === undefined) heads.set(k, (h = `<data key="${prefix}_${xmlText(name)}">`));
    return `${h}${xmlText(value)}</data>`;
  };
  const id = g.name !== undefined ? ` id="${xmlText(g.name)}"` : '';
  yield `<graph${id} edgedefault="${g.directed ? 'directed' : 'undirected'}">\n`;
  for (const n of g.nodes) {
    let text = `<node id="${xmlText(n.id)}">`;
    if (n.label !== undefined) text += datum('n', 'label', n.label);
    for (const name in n.attrs) text += datum('n', name, n.attrs[name]);
    if (n.x !== undefined && n.y !== undefined) text += `<data key="n_x">${n.x}</data><data key="n_y">${n.y}</data>`;
    yield `${text}</node>\n`;
  }
  for (const e of g.edges) {
    let text = `<edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}"`;
    // Direction said on every edge that differs from the default: readers honour directed="…".
    if (e.directed !== g.directed) text += ` directed="${e.directed}"`;
    text += '>';
    if (e.label !== undefined) text += datum('e', 'label', e.label);
    if (e.weight !== undefined) text += datum('e', 'weight', e.weight);
    for (const name in e.attrs) text += datum('e', name, e.attrs[name]);
    yield `${text}</edge>\n`;
  }
  yield '</graph>\n</graphml>\n';
}

/** RFC 4180 cell: quoted when it holds a comma, quote or line break. */
function csvCell(v: Scalar | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV table: the given columns first, then (with `extra`) any other names in sorted order. */
export function* csvText(columns: string[], rows: Iterable<Flat>, extra = true): Generator<string> {
  const names = new Set<string>();
  if (extra) for (const r of rows) for (const k in r) names.add(k);
  const header = [...columns, ...[...names].filter((k) => !columns.includes(k)).sort()];
  yield header.map(csvCell).join(',') + '\r\n';
  for (const r of rows) yield header.map((h) => csvCell(r[h])).join(',') + '\r\n';
}
