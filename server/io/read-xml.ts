/**
 * GEXF files → graphology (GraphML has its own stream reader, read-graphml.ts). The XML is parsed
 * once with @xmldom/xmldom (what graphology-gexf uses itself), so syntax errors come with their line
 * and column; then every node and edge element is checked (ids present and unique, endpoints that
 * exist, numeric weights) and a fault names the element and its line. Only a checked document is
 * handed to the graphology parser, whose own errors name neither.
 *
 * Edge ids that repeat are read rather than refused, with a warning: NetworkX writes a
 * multigraph's per-pair keys 0, 1, … as GraphML edge ids. A directed graph whose edges carry a
 * boolean `directed` attribute (how our exports write a mixed graph, see graph/flat-writers.ts)
 * becomes that mixed graph again.
 */
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { DIRECTED_ATTRIBUTE } from '../graph/flat-writers';
import { GraphFileError } from './graph-file-error';
import { toNodeKey } from './node-keys';

/** A graph read from a file, with what was read despite the file's faults. */
export interface XmlGraph {
  graph: Graph;
  warnings: string[];
}

/**
 * The part of xmldom's DOM used here (its own typings would pull the browser DOM types into the
 * whole program). Note that xmldom's getAttribute returns '' for a missing attribute.
 */
interface XmlElement {
  tagName: string;
  lineNumber?: number;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

interface XmlDocument {
  documentElement: XmlElement | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

interface XmlDom {
  DOMParser: new (options: { locator: object; errorHandler: Record<'warning' | 'error' | 'fatalError', (msg: string) => void> }) => {
    parseFromString(text: string, mime: string): XmlDocument;
  };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- typed locally, see XmlElement
const xmldom = require('@xmldom/xmldom') as XmlDom;

/**
 * Parses XML; the first problem stops with its line and column. xmldom reports some
 * well-formedness errors (a mismatched end tag, an unquoted attribute) only as warnings, so
 * warnings count too; its message for an unclosed element is reworded.
 */
function parseXml(text: string, file: string): XmlDocument {
  let failure: string | undefined;
  const note = (msg: string): void => {
    failure ??= msg;
  };
  const doc = new xmldom.DOMParser({ locator: {}, errorHandler: { warning: note, error: note, fatalError: note } }).parseFromString(
    text,
    'application/xml',
  );
  if (failure) {
    const at = /@#\[line:(\d+),col:(\d+)\]/.exec(failure);
    const message = failure
      .replace(/^\[xmldom \w+\]\s*/, '')
      .replace(/\s*@#\[line:\d+,col:\d+\]\s*$/, '')
      .replace(/^unclosed xml attribute$/, 'an element is not closed, or its end tag does not match')
      .trim();
    throw new GraphFileError(file, at ? `line ${at[1]}, column ${at[2]}` : undefined, `invalid XML: ${message}`);
  }
  if (!doc.documentElement) throw new GraphFileError(file, undefined, 'invalid XML: no root element');
  return doc;
}

/** `line 40, <edge id="e3">` for error messages. */
function where(el: XmlElement): string {
  const id = el.getAttribute('id');
  const tag = `<${el.tagName}${id ? ` id="${id}"` : ''}>`;
  return el.lineNumber ? `line ${el.lineNumber}, ${tag}` : tag;
}

function checkRoot(doc: XmlDocument, root: string, file: string): XmlElement {
  const el = doc.documentElement!;
  if (el.tagName.replace(/^.*:/, '') !== root) throw new GraphFileError(file, where(el), `root element must be <${root}>`);
  const graph = doc.getElementsByTagName('graph')[0];
  if (!graph) throw new GraphFileError(file, where(el), 'has no <graph> element');
  return graph;
}

/**
 * Node ids present and unique, edge endpoints present and existing. Edge ids that repeat are
 * replaced by every edge's place in the file (0, 1, …), with a warning naming the first repeat.
 * Once checked, node ids and endpoints are rewritten to their graphology keys (node-keys.ts) for
 * the parser.
 */
function checkNodesAndEdges(doc: XmlDocument, file: string, checkEdge: (edge: XmlElement) => void): string[] {
  const nodes = new Set<string>();
  for (const node of Array.from(doc.getElementsByTagName('node'))) {
    const id = node.getAttribute('id');
    if (!id) throw new GraphFileError(file, where(node), 'node has no id');
    if (nodes.has(id)) throw new GraphFileError(file, where(node), `duplicate node id "${id}"`);
    nodes.add(id);
    node.setAttribute('id', toNodeKey(id));
  }
  const edgeIds = new Set<string>();
  let repeated: string | undefined;
  const edges = Array.from(doc.getElementsByTagName('edge'));
  for (const edge of edges) {
    for (const end of ['source', 'target']) {
      const id = edge.getAttribute(end);
      if (!id) throw new GraphFileError(file, where(edge), `edge has no ${end}`);
      if (!nodes.has(id)) throw new GraphFileError(file, where(edge), `${end} "${id}" is not a node of the file`);
      edge.setAttribute(end, toNodeKey(id));
    }
    const id = edge.getAttribute('id');
    if (id) {
      if (edgeIds.has(id)) repeated ??= `${where(edge)}: edge id "${id}" repeats`;
      edgeIds.add(id);
    }
    checkEdge(edge);
  }
  if (!repeated) return [];
  edges.forEach((edge, i) => edge.setAttribute('id', String(i)));
  return [`${file}, ${repeated} (as NetworkX writes a multigraph's keys); edges were read with ids 0 to ${edges.length - 1} in file order`];
}

/**
 * A directed graph whose edges carry a boolean `directed` attribute (our export of a mixed graph)
 * as the mixed graph it was: edges with `directed` false become undirected, and the attribute,
 * now said by the edge itself, is dropped. Any other graph is returned as it is.
 */
function mixedFromDirectedAttribute(graph: Graph): Graph {
  if (graph.type === 'undirected' || !graph.someEdge((_k, a) => typeof a[DIRECTED_ATTRIBUTE] === 'boolean')) return graph;
  const mixed = new Graph({ type: 'mixed', multi: graph.multi, allowSelfLoops: graph.allowSelfLoops });
  mixed.replaceAttributes(graph.getAttributes());
  graph.forEachNode((n, a) => mixed.addNode(n, a));
  graph.forEachEdge((key, a, source, target) => {
    const { [DIRECTED_ATTRIBUTE]: directed, ...attrs } = a;
    if (typeof directed !== 'boolean') mixed.addDirectedEdgeWithKey(key, source, target, a);
    else if (directed) mixed.addDirectedEdgeWithKey(key, source, target, attrs);
    else mixed.addUndirectedEdgeWithKey(key, source, target, attrs);
  });
  return mixed;
}

function libraryParse(file: string, run: () => Graph): Graph {
  try {
    return run();
  } catch (e) {
    throw new GraphFileError(file, undefined, (e as Error).message.replace(/^graphology-\w+\/parser: /, ''));
  }
}

const EDGE_TYPES = new Set(['directed', 'undirected', 'mutual']);

export function readGexfGraph(text: string, file: string): XmlGraph {
  const doc = parseXml(text, file);
  const graphElement = checkRoot(doc, 'gexf', file);
  // GEXF's "mutual" is an undirected edge; graphology has no such type.
  const fixType = (el: XmlElement, attr: string): void => {
    const t = el.getAttribute(attr);
    if (!t) return;
    if (!EDGE_TYPES.has(t)) throw new GraphFileError(file, where(el), `${attr} "${t}" is not directed, undirected or mutual`);
    if (t === 'mutual') el.setAttribute(attr, 'undirected');
  };
  fixType(graphElement, 'defaultedgetype');
  const warnings = checkNodesAndEdges(doc, file, (edge) => {
    fixType(edge, 'type');
    const w = edge.getAttribute('weight');
    if (w && !Number.isFinite(Number(w))) throw new GraphFileError(file, where(edge), `weight "${w}" is not a number`);
  });
  // The parser accepts a parsed document; its typings name the browser's Document.
  const graph = libraryParse(file, () => parseGexf(Graph, doc as never, { allowUndeclaredAttributes: true }));
  return { graph: mixedFromDirectedAttribute(graph), warnings };
}
