/**
 * GEXF 1.3, GraphML and CSV text from a graph flattened to scalar attributes. Shared by the actor
 * graph's exports (export.ts) and the writer for graphs read from files (io/write-graph.ts).
 *
 * Written as plain strings rather than through graphology-gexf or xmlbuilder2: those build a tree
 * of objects per element and took 37 s for a 50k-node, 500k-edge graph. Attribute types are
 * inferred from the values: whole numbers → long, other numbers → double, booleans, else string
 * (a name whose values mix types is declared with the widest).
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

export interface FlatGraph {
  name?: string;
  /** Edge direction unless an edge says otherwise. */
  directed: boolean;
  nodes: FlatNode[];
  edges: FlatEdge[];
}

type XmlType = 'boolean' | 'long' | 'double' | 'string';

/**
 * Collects text in UTF-8 buffers of about 64 KB. Joining hundreds of thousands of small strings
 * at the end keeps every piece alive as a rope node until then; flushing to bytes as we go lets
 * the pieces die young, which halved the time of a 100 MB export.
 */
class Sink {
  private parts: Buffer[] = [];
  private current = '';

  push(...texts: string[]): void {
    for (const t of texts) this.current += t;
    if (this.current.length > 65536) this.flush();
  }

  private flush(): void {
    this.parts.push(Buffer.from(this.current, 'utf8'));
    this.current = '';
  }

  text(): string {
    this.flush();
    return Buffer.concat(this.parts).toString('utf8');
  }
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
function declare(records: Flat[]): Map<string, XmlType> {
  const types = new Map<string, XmlType>();
  for (const r of records) {
    for (const name in r) {
      const t = typeOf(r[name]);
      const known = types.get(name);
      if (known === undefined) types.set(name, t);
      else if (known !== t) types.set(name, known === 'long' && t === 'double' ? 'double' : known === 'double' && t === 'long' ? 'double' : 'string');
    }
  }
  return types;
}

export function toGexf(g: FlatGraph): string {
  const out = new Sink();
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">\n',
  );
  if (g.name !== undefined) out.push('<meta><name>', xmlText(g.name), '</name></meta>\n');
  out.push(`<graph defaultedgetype="${g.directed ? 'directed' : 'undirected'}">\n`);
  const attributes = (cls: 'node' | 'edge', types: Map<string, XmlType>): void => {
    if (!types.size) return;
    out.push(`<attributes class="${cls}">\n`);
    for (const [name, t] of types) out.push(`<attribute id="${xmlText(name)}" title="${xmlText(name)}" type="${t}"/>\n`);
    out.push('</attributes>\n');
  };
  attributes('node', declare(g.nodes.map((n) => n.attrs)));
  attributes('edge', declare(g.edges.map((e) => e.attrs)));
  // `<attvalue for="name" value="` per attribute name, escaped once.
  const heads = new Map<string, string>();
  const head = (name: string): string => {
    let h = heads.get(name);
    if (h === undefined) heads.set(name, (h = `<attvalue for="${xmlText(name)}" value="`));
    return h;
  };
  const values = (attrs: Flat): void => {
    let open = false;
    for (const name in attrs) {
      if (!open) out.push('<attvalues>');
      open = true;
      out.push(head(name), xmlText(attrs[name]), '"/>');
    }
    if (open) out.push('</attvalues>');
  };
  out.push('<nodes>\n');
  for (const n of g.nodes) {
    out.push('<node id="', xmlText(n.id), n.label !== undefined ? `" label="${xmlText(n.label)}">` : '">');
    values(n.attrs);
    if (n.x !== undefined && n.y !== undefined) out.push(`<viz:position x="${n.x}" y="${n.y}"/>`);
    out.push('</node>\n');
  }
  out.push('</nodes>\n<edges>\n');
  for (const e of g.edges) {
    out.push('<edge id="', xmlText(e.id), '" source="', xmlText(e.source), '" target="', xmlText(e.target), '"');
    if (e.directed !== g.directed) out.push(` type="${e.directed ? 'directed' : 'undirected'}"`);
    if (e.label !== undefined) out.push(' label="', xmlText(e.label), '"');
    if (e.weight !== undefined) out.push(` weight="${e.weight}"`);
    out.push('>');
    values(e.attrs);
    out.push('</edge>\n');
  }
  out.push('</edges>\n</graph>\n</gexf>\n');
  return out.text();
}

/** GraphML: labels, weights and positions travel as ordinary data keys (label, weight, x, y). */
export function toGraphml(g: FlatGraph): string {
  const out = new Sink();
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  );
  const key = (prefix: string, domain: string, name: string, t: XmlType): void =>
    out.push(`<key id="${prefix}_${xmlText(name)}" for="${domain}" attr.name="${xmlText(name)}" attr.type="${t}"/>\n`);
  if (g.nodes.some((n) => n.label !== undefined)) key('n', 'node', 'label', 'string');
  for (const [name, t] of declare(g.nodes.map((n) => n.attrs))) key('n', 'node', name, t);
  const positioned = g.nodes.some((n) => n.x !== undefined && n.y !== undefined);
  if (positioned) for (const axis of ['x', 'y']) key('n', 'node', axis, 'double');
  if (g.edges.some((e) => e.label !== undefined)) key('e', 'edge', 'label', 'string');
  const weights = g.edges.filter((e) => e.weight !== undefined);
  if (weights.length) key('e', 'edge', 'weight', weights.every((e) => Number.isInteger(e.weight)) ? 'long' : 'double');
  for (const [name, t] of declare(g.edges.map((e) => e.attrs))) key('e', 'edge', name, t);

  // `<data key="n_name">` per attribute name, escaped once.
  const heads = new Map<string, string>();
  const datum = (prefix: string, name: string, value: Scalar): void => {
    const k = prefix + name;
    let h = heads.get(k);
    if (h === undefined) heads.set(k, (h = `<data key="${prefix}_${xmlText(name)}">`));
    out.push(h, xmlText(value), '</data>');
  };
  const id = g.name !== undefined ? ` id="${xmlText(g.name)}"` : '';
  out.push(`<graph${id} edgedefault="${g.directed ? 'directed' : 'undirected'}">\n`);
  for (const n of g.nodes) {
    out.push('<node id="', xmlText(n.id), '">');
    if (n.label !== undefined) datum('n', 'label', n.label);
    for (const name in n.attrs) datum('n', name, n.attrs[name]);
    if (n.x !== undefined && n.y !== undefined) out.push(`<data key="n_x">${n.x}</data><data key="n_y">${n.y}</data>`);
    out.push('</node>\n');
  }
  for (const e of g.edges) {
    out.push('<edge id="', xmlText(e.id), '" source="', xmlText(e.source), '" target="', xmlText(e.target), '"');
    // Direction said on every edge that differs from the default: readers honour directed="…".
    if (e.directed !== g.directed) out.push(` directed="${e.directed}"`);
    out.push('>');
    if (e.label !== undefined) datum('e', 'label', e.label);
    if (e.weight !== undefined) datum('e', 'weight', e.weight);
    for (const name in e.attrs) datum('e', name, e.attrs[name]);
    out.push('</edge>\n');
  }
  out.push('</graph>\n</graphml>\n');
  return out.text();
}

/** RFC 4180 cell: quoted when it holds a comma, quote or line break. */
function csvCell(v: Scalar | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV table: the given columns first, then any other attribute names in sorted order. */
export function toCsv(columns: string[], rows: Flat[], extra = true): string {
  const more = extra ? [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => !columns.includes(k)).sort() : [];
  const header = [...columns, ...more];
  const lines = [header.map(csvCell).join(',')];
  for (const r of rows) lines.push(header.map((h) => csvCell(r[h])).join(','));
  return lines.join('\r\n') + '\r\n';
}
