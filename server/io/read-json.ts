/**
 * JSON graph files → graphology: graphology's own serialisation (`graph.export()`: nodes with
 * `key`, edges with `source`/`target`, optional `undirected` and `options`) and node-link JSON
 * (NetworkX `node_link_data`, D3: nodes with `id`, `links` or `edges` with `source`/`target`,
 * which may also be indices into `nodes`). Errors name the line and column of a syntax error, or
 * the JSON path of a bad record (`links[12].source`).
 */
import Graph from 'graphology';
import type { Attributes, GraphType } from 'graphology-types';
import { GraphFileError } from './graph-file-error';
import { findJsonSyntaxError } from './json-syntax';
import { toNodeKey } from './node-keys';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses JSON, reporting a syntax error by line and column. */
function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const at = findJsonSyntaxError(text);
    if (at) throw new GraphFileError(file, `line ${at.line}, column ${at.column}`, `invalid JSON: ${at.message}`);
    throw new GraphFileError(file, undefined, `invalid JSON (${(e as Error).message})`);
  }
}

/** Node-link when nodes carry `id` or edges come as `links`; graphology when nodes carry `key`. */
function isNodeLink(data: Json): boolean {
  if (Array.isArray(data.links)) return true;
  const first = Array.isArray(data.nodes) ? (data.nodes as unknown[])[0] : undefined;
  if (isObject(first)) return 'id' in first && !('key' in first);
  return !('options' in data) && !('attributes' in data);
}

function attributesOf(v: unknown, file: string, path: string): Attributes {
  if (v === undefined) return {};
  if (!isObject(v)) throw new GraphFileError(file, path, 'must be an object');
  return v;
}

function idOf(v: unknown, file: string, path: string): string {
  if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) return String(v);
  throw new GraphFileError(file, path, `must be a string or a number, got ${JSON.stringify(v) ?? 'nothing'}`);
}

/** Adds an edge between two node keys, turning graphology's complaints into one naming the record. */
function addEdge(graph: Graph, file: string, path: string, key: string | undefined, s: string, t: string, undirected: boolean, attrs: Attributes): void {
  try {
    if (key !== undefined) {
      if (undirected) graph.addUndirectedEdgeWithKey(key, s, t, attrs);
      else graph.addDirectedEdgeWithKey(key, s, t, attrs);
    } else if (undirected) graph.addUndirectedEdge(s, t, attrs);
    else graph.addDirectedEdge(s, t, attrs);
  } catch (e) {
    throw new GraphFileError(file, path, (e as Error).message.replace(/^Graph\.\w+: /, ''));
  }
}

function arrayField(data: Json, name: string, file: string): unknown[] {
  const v = data[name];
  if (!Array.isArray(v)) throw new GraphFileError(file, name, 'must be an array');
  return v;
}

/** graphology's serialisation format. */
function readGraphologyJson(data: Json, file: string): Graph {
  const options = attributesOf(data.options, file, 'options');
  const type = options.type ?? 'mixed';
  if (!['mixed', 'directed', 'undirected'].includes(type)) throw new GraphFileError(file, 'options.type', `unknown graph type "${String(type)}"`);
  const graph = new Graph({ type: type as GraphType, multi: options.multi !== false, allowSelfLoops: options.allowSelfLoops !== false });
  graph.replaceAttributes(attributesOf(data.attributes, file, 'attributes'));
  arrayField(data, 'nodes', file).forEach((n, i) => {
    const path = `nodes[${i}]`;
    if (!isObject(n)) throw new GraphFileError(file, path, 'must be an object');
    const id = idOf(n.key, file, `${path}.key`);
    const key = toNodeKey(id);
    if (graph.hasNode(key)) throw new GraphFileError(file, `${path}.key`, `duplicate node "${id}"`);
    graph.addNode(key, attributesOf(n.attributes, file, `${path}.attributes`));
  });
  arrayField(data, 'edges', file).forEach((e, i) => {
    const path = `edges[${i}]`;
    if (!isObject(e)) throw new GraphFileError(file, path, 'must be an object');
    const key = e.key === undefined ? undefined : idOf(e.key, file, `${path}.key`);
    const [s, t] = (['source', 'target'] as const).map((end) => {
      const id = idOf(e[end], file, `${path}.${end}`);
      if (!graph.hasNode(toNodeKey(id))) throw new GraphFileError(file, `${path}.${end}`, `"${id}" is not a node of the file`);
      return toNodeKey(id);
    });
    const undirected = e.undirected === true || type === 'undirected';
    addEdge(graph, file, path, key, s, t, undirected, attributesOf(e.attributes, file, `${path}.attributes`));
  });
  return graph;
}

/** Node-link JSON (NetworkX, D3). Per-link `directed` overrides the graph-level flag. */
function readNodeLinkJson(data: Json, file: string): Graph {
  const linksName = Array.isArray(data.links) ? 'links' : 'edges';
  const nodes = arrayField(data, 'nodes', file);
  const links = arrayField(data, linksName, file);
  const directed = data.directed === true;
  const graph = new Graph({ type: 'mixed', multi: data.multigraph === true, allowSelfLoops: true });
  if (isObject(data.graph)) graph.replaceAttributes(data.graph);
  const ids: string[] = nodes.map((n, i) => {
    const path = `nodes[${i}]`;
    if (!isObject(n)) throw new GraphFileError(file, path, 'must be an object');
    const { id: raw, ...attrs } = n;
    const id = idOf(raw, file, `${path}.id`);
    const key = toNodeKey(id);
    if (graph.hasNode(key)) throw new GraphFileError(file, `${path}.id`, `duplicate node "${id}"`);
    graph.addNode(key, attrs);
    return key;
  });
  // D3 writes endpoints as indices into `nodes`; a number that is not itself a node id is one.
  const endpoint = (v: unknown, path: string): string => {
    const id = idOf(v, file, path);
    if (graph.hasNode(toNodeKey(id))) return toNodeKey(id);
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < ids.length) return ids[v];
    throw new GraphFileError(file, path, `"${id}" is not a node id (nor an index into nodes)`);
  };
  links.forEach((l, i) => {
    const path = `${linksName}[${i}]`;
    if (!isObject(l)) throw new GraphFileError(file, path, 'must be an object');
    // `key` stays an attribute: NetworkX numbers parallel edges per pair (0, 1, …), not globally.
    const { source, target, directed: own, ...attrs } = l;
    const s = endpoint(source, `${path}.source`);
    const t = endpoint(target, `${path}.target`);
    addEdge(graph, file, path, undefined, s, t, !(typeof own === 'boolean' ? own : directed), attrs);
  });
  return graph;
}

/** A JSON graph file of either kind, and which it was. */
export function readJsonGraph(text: string, file: string): { graph: Graph; format: 'graphology-json' | 'node-link' } {
  const data = parseJsonText(text, file);
  if (!isObject(data)) throw new GraphFileError(file, undefined, 'must hold a JSON object with "nodes"');
  return isNodeLink(data)
    ? { graph: readNodeLinkJson(data, file), format: 'node-link' }
    : { graph: readGraphologyJson(data, file), format: 'graphology-json' };
}
