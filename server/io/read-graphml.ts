/**
 * GraphML → the arrays of a FileGraph, parsed as a stream (saxes: strict XML, so a malformed file
 * is refused with its line and column) without a DOM or a graphology graph in between. The file
 * is read as graphology-graphml reads it (what this reader replaced): keys typed by `attr.type`
 * (boolean, int, long, float, double, string), a key's <default> given as written to the elements
 * without that data, `r`, `g`, `b` made a `color`, an edge `directed="true"` directed in an
 * undirected graph (which then is mixed), the first <graph>'s id and leading <data> as the
 * graph's attributes.
 *
 * Then the checks every graph file gets: node ids present and unique, edge ends present and
 * existing (nodes and edges may come in any order, so they are checked at the end), each fault
 * naming the element and its line. Edge ids that repeat are read rather than refused, with a
 * warning: NetworkX writes a multigraph's per-pair keys 0, 1, … as GraphML edge ids. A directed
 * graph whose edges carry a boolean `directed` attribute (how our exports write a mixed graph,
 * see graph/flat-writers.ts) becomes that mixed graph again.
 */
import type { Attributes } from 'graphology-types';
import { SaxesParser } from 'saxes';
import type { SaxesTagPlain } from 'saxes';
import { DIRECTED_ATTRIBUTE } from '../graph/flat-writers';
import { FileGraph } from './file-graph';
import type { FileGraphArrays } from './file-graph';
import { GraphFileError } from './graph-file-error';
import { toNodeKey } from './node-keys';

type Kind = 'graph' | 'node' | 'edge';
type Cast = (v: string) => string | number | boolean;

const CASTS: Record<string, Cast> = {
  boolean: (v) => v.toLowerCase() === 'true',
  int: Number,
  long: Number,
  float: Number,
  double: Number,
  string: (v) => v,
};

interface Key {
  name: string;
  cast: Cast;
}

/** An element's place for messages: its tag, id and line. */
interface Place {
  tag: string;
  id?: string;
  line: number;
}

/** `line 40, <edge id="e3">` for error messages. */
const where = (p: Place): string => `line ${p.line}, <${p.tag}${p.id ? ` id="${p.id}"` : ''}>`;

/** An own property whatever the name (a file's `__proto__` stays data). */
function put(attrs: Attributes, name: string, value: unknown): void {
  Object.defineProperty(attrs, name, { value, enumerable: true, writable: true, configurable: true });
}

/** A data element as read: its key id and its text. */
type Data = [string, string];

/** An element being read: where it starts, and what it collects until it closes. */
interface Open {
  tag: string;
  line: number;
  column: number;
  /** A node's or edge's data (every <data> inside it, as getElementsByTagName finds them). */
  data?: Data[];
  /** Text of a <data> or <default>, or of an element inside one (its textContent). */
  text?: string[];
  /** A <data> element's key. */
  key?: string;
  /** A node's or edge's place among the file's nodes or edges. */
  index?: number;
}

export class GraphmlReader {
  private readonly parser = new SaxesParser();
  private readonly stack: Open[] = [];
  private lastClosed?: Open;
  private root?: Place;
  private graphPlace?: Place;
  /** The first <graph> while it is open: its leading <data> are the graph's attributes. */
  private graph?: { depth: number; leading: boolean };
  private edgedefault?: string;
  private graphId?: string;
  private readonly graphData: Data[] = [];
  private readonly models: Record<Kind, Map<string, Key>> = { graph: new Map(), node: new Map(), edge: new Map() };
  private readonly defaults: Record<Kind, Map<string, string>> = { graph: new Map(), node: new Map(), edge: new Map() };
  private pendingKey?: { id: string; kinds: Kind[]; name: string; cast: Cast; defaultText?: string };
  private readonly nodeIds: string[] = [];
  private readonly nodeLines: number[] = [];
  private readonly nodeData: (Data[] | undefined)[] = [];
  /** Source and target of each edge, as written (checked at the end: nodes may come after edges). */
  private readonly edgeEnds: (string | undefined)[] = [];
  private readonly edgeIds: (string | undefined)[] = [];
  private readonly edgeDirected: (string | undefined)[] = [];
  private readonly edgeLines: number[] = [];
  private readonly edgeData: (Data[] | undefined)[] = [];

  constructor(private readonly file: string) {
    this.parser.on('error', (e) => this.syntaxError(e.message));
    // saxes is then just past the name: the tag starts name + 1 columns back (columns from 1).
    this.parser.on('opentagstart', (tag) => this.stack.push({ tag: tag.name, line: this.parser.line, column: this.parser.column - tag.name.length - 1 }));
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('closetag', () => this.close());
    this.parser.on('text', (t) => this.stack[this.stack.length - 1]?.text?.push(t));
    this.parser.on('cdata', (t) => this.stack[this.stack.length - 1]?.text?.push(t));
  }

  /** Nodes read so far (for graph-limits). */
  get order(): number {
    return this.nodeIds.length;
  }

  /** Edges read so far (for graph-limits). */
  get size(): number {
    return this.edgeLines.length;
  }

  private syntaxError(message: string): never {
    const m = /^(\d+):(\d+): (.*?)\.?$/.exec(message);
    const detail = m?.[3] ?? message;
    // An end tag that does not match (saxes has just closed the element left open), or a document
    // that ends early: name the element left open.
    const open = detail === 'unexpected close tag' ? this.lastClosed : detail.startsWith('unclosed tag') ? this.stack[this.stack.length - 1] : undefined;
    if (open) {
      throw new GraphFileError(this.file, `line ${open.line}, column ${open.column}`, 'invalid XML: an element is not closed, or its end tag does not match');
    }
    if (detail === 'document must contain a root element') throw new GraphFileError(this.file, undefined, 'invalid XML: no root element');
    throw new GraphFileError(this.file, m ? `line ${m[1]}, column ${m[2]}` : undefined, `invalid XML: ${detail}`);
  }

  private open(tag: SaxesTagPlain): void {
    const depth = this.stack.length;
    const el = this.stack[depth - 1];
    const a = tag.attributes;
    // Called for every element of a big file: no closures or arrays made here for a plain node or edge.
    if (depth > 1 && this.stack[depth - 2].text) el.text = [];
    if (this.graph?.leading && depth === this.graph.depth + 1 && tag.name.toLowerCase() !== 'data') this.graph.leading = false;
    switch (tag.name) {
      case 'node':
        el.index = this.nodeIds.length;
        this.nodeIds.push(a.id ?? '');
        this.nodeLines.push(el.line);
        this.nodeData.push(undefined);
        break;
      case 'edge':
        el.index = this.edgeLines.length;
        this.edgeEnds.push(a.source || undefined, a.target || undefined);
        this.edgeIds.push(a.id || undefined);
        this.edgeDirected.push(a.directed);
        this.edgeLines.push(el.line);
        this.edgeData.push(undefined);
        break;
      case 'data':
        el.text = [];
        el.key = a.key ?? '';
        break;
      case 'graph':
        if (this.graphPlace) break;
        this.graphPlace = { tag: tag.name, id: a.id || undefined, line: el.line };
        this.graph = { depth, leading: true };
        this.edgedefault = a.edgedefault || undefined;
        this.graphId = a.id || undefined;
        break;
      case 'key': {
        const kind = a.for || 'node';
        const kinds: Kind[] = kind === 'all' ? ['graph', 'node', 'edge'] : kind === 'graph' || kind === 'node' || kind === 'edge' ? [kind] : [];
        this.pendingKey = { id: a.id ?? '', kinds, name: a['attr.name'] ?? '', cast: CASTS[a['attr.type'] || 'string'] ?? CASTS.string };
        break;
      }
      case 'default':
        if (this.pendingKey && this.pendingKey.defaultText === undefined) el.text = [];
        break;
    }
    this.root ??= { tag: tag.name, id: a.id || undefined, line: el.line };
  }

  private close(): void {
    const el = this.stack.pop();
    if (!el) return;
    this.lastClosed = el;
    const parent = this.stack[this.stack.length - 1];
    if (el.tag === 'data' && el.key !== undefined && el.text) {
      const datum: Data = [el.key, el.text.join('')];
      for (const outer of this.stack) if (outer.index !== undefined) (outer.data ??= []).push(datum);
      if (this.graph?.leading && this.stack.length === this.graph.depth) this.graphData.push(datum);
    } else if (el.tag === 'default' && el.text && this.pendingKey) {
      this.pendingKey.defaultText = el.text.join('');
    } else if (el.tag === 'key' && this.pendingKey) {
      const k = this.pendingKey;
      for (const kind of k.kinds) {
        this.models[kind].set(k.id, { name: k.name, cast: k.cast });
        if (k.defaultText !== undefined) this.defaults[kind].set(k.name, k.defaultText);
      }
      this.pendingKey = undefined;
    } else if (el.tag === 'node' && el.data?.length) {
      this.nodeData[el.index as number] = el.data;
    } else if (el.tag === 'edge' && el.data?.length) {
      this.edgeData[el.index as number] = el.data;
    } else if (el.tag === 'graph' && this.graph && this.stack.length === this.graph.depth - 1) {
      this.graph.leading = false;
    }
    if (el.text && parent?.text) parent.text.push(el.text.join(''));
  }

  push(text: string): void {
    this.parser.write(text);
  }

  private attributes(kind: Kind, data: Data[] | undefined): Attributes {
    const attrs: Attributes = {};
    const model = this.models[kind];
    for (const [key, text] of data ?? []) {
      const spec = model.get(key);
      if (spec) put(attrs, spec.name, spec.cast(text));
      else put(attrs, key, text);
    }
    for (const [name, value] of this.defaults[kind]) if (!Object.prototype.hasOwnProperty.call(attrs, name)) put(attrs, name, value);
    if (kind === 'graph' || typeof attrs.r !== 'number' || typeof attrs.g !== 'number' || typeof attrs.b !== 'number') return attrs;
    // graphology's formatter: r, g, b become one hex colour.
    const hex = (b: number): string => `0${(b | 0).toString(16)}`.slice(-2);
    const { r, g, b, ...rest } = attrs as Attributes & { r: number; g: number; b: number };
    return { ...rest, color: `#${hex(r)}${hex(g)}${hex(b)}` };
  }

  /** Ends the document, checks it, and gives the graph with what was read despite its faults. */
  end(): { graph: FileGraph; warnings: string[] } {
    this.parser.close();
    const file = this.file;
    const root = this.root as Place;
    if (root.tag.replace(/^.*:/, '') !== 'graphml') throw new GraphFileError(file, where(root), 'root element must be <graphml>');
    if (!this.graphPlace) throw new GraphFileError(file, where(root), 'has no <graph> element');
    const edgedefault = this.edgedefault ?? 'undirected';
    if (edgedefault !== 'directed' && edgedefault !== 'undirected') {
      throw new GraphFileError(file, where(this.graphPlace), `edgedefault "${edgedefault}" is not directed or undirected`);
    }
    const index = new Map<string, number>();
    const keys: string[] = [];
    this.nodeIds.forEach((id, i) => {
      const at = (): string => where({ tag: 'node', id, line: this.nodeLines[i] });
      if (!id) throw new GraphFileError(file, at(), 'node has no id');
      if (index.has(id)) throw new GraphFileError(file, at(), `duplicate node id "${id}"`);
      index.set(id, i);
      keys.push(toNodeKey(id));
    });
    const edges = this.edgeLines.length;
    const sources: number[] = new Array<number>(edges);
    const targets: number[] = new Array<number>(edges);
    const undirected: boolean[] = new Array<boolean>(edges);
    const seen = new Set<string>();
    let repeated: string | undefined;
    const at = (i: number): string => where({ tag: 'edge', id: this.edgeIds[i], line: this.edgeLines[i] });
    const end = (i: number, which: 'source' | 'target'): number => {
      const id = this.edgeEnds[2 * i + (which === 'source' ? 0 : 1)];
      if (!id) throw new GraphFileError(file, at(i), `edge has no ${which}`);
      const v = index.get(id);
      if (v === undefined) throw new GraphFileError(file, at(i), `${which} "${id}" is not a node of the file`);
      return v;
    };
    for (let i = 0; i < edges; i++) {
      sources[i] = end(i, 'source');
      targets[i] = end(i, 'target');
      const id = this.edgeIds[i];
      if (id) {
        if (seen.has(id)) repeated ??= `${at(i)}: edge id "${id}" repeats`;
        seen.add(id);
      }
      const d = this.edgeDirected[i];
      if (d && d !== 'true' && d !== 'false') throw new GraphFileError(file, at(i), `directed "${d}" is not true or false`);
      undirected[i] = (d === 'true' ? 'directed' : edgedefault) === 'undirected';
    }
    const edgeAttributes = this.edgeData.map((d) => (d || this.defaults.edge.size ? this.attributes('edge', d) : undefined));
    const arrays: FileGraphArrays = {
      type: undirected.every((u) => u === (edgedefault === 'undirected')) ? edgedefault : 'mixed',
      attributes: { ...(this.graphId ? { id: this.graphId } : {}), ...this.attributes('graph', this.graphData) },
      keys,
      nodeAttributes: this.nodeData.map((d) => this.attributes('node', d)),
      sources,
      targets,
      undirected,
      edgeKeys: repeated ? edgeAttributes.map((_a, i) => String(i)) : this.edgeIds,
      edgeAttributes,
    };
    mixedFromDirectedAttribute(arrays);
    const warnings = repeated ? [`${file}, ${repeated} (as NetworkX writes a multigraph's keys); edges were read with ids 0 to ${edges - 1} in file order`] : [];
    return { graph: FileGraph.fromArrays(arrays), warnings };
  }
}

/**
 * A directed graph whose edges carry a boolean `directed` attribute (our export of a mixed graph)
 * as the mixed graph it was: edges with `directed` false become undirected, and the attribute,
 * now said by the edge itself, is dropped.
 */
function mixedFromDirectedAttribute(a: FileGraphArrays): void {
  if (a.type === 'undirected' || !a.edgeAttributes.some((e) => typeof e?.[DIRECTED_ATTRIBUTE] === 'boolean')) return;
  a.type = 'mixed';
  a.edgeAttributes.forEach((e, i) => {
    const directed: unknown = e?.[DIRECTED_ATTRIBUTE];
    if (!e || typeof directed !== 'boolean') return;
    const { [DIRECTED_ATTRIBUTE]: _said, ...rest } = e;
    a.edgeAttributes[i] = rest;
    a.undirected[i] = !directed;
  });
}

/** Reads GraphML text whole (the stream reader given one chunk). */
export function readGraphmlText(text: string, file: string): { graph: FileGraph; warnings: string[] } {
  const reader = new GraphmlReader(file);
  reader.push(text);
  return reader.end();
}
