/**
 * Applies served graphs to the drawn one in place: actors and relations that left are dropped,
 * new ones added, the others get their new attributes — but an actor already drawn keeps its x/y,
 * so nothing the user is looking at moves. An actor coming back into view (a filter undone)
 * returns to where it was last drawn. What changed is returned, for the page to announce.
 */
import type { SerializedActorGraph, ActorMultiGraph } from './graph-data';

export interface Point {
  x: number;
  y: number;
}

/** What one application changed, by id. */
export interface GraphDiff {
  addedNodes: string[];
  removedNodes: string[];
  addedEdges: string[];
  removedEdges: string[];
  /** Added actors that were never drawn on this page: they still need a place (see placement.ts). */
  unplaced: string[];
  /** The served position of every actor in the new data (the server's layout, its own frame). */
  served: Map<string, Point>;
}

/**
 * Makes `graph` hold `data` plus what `more` adds (an actor's neighbourhood brought into an
 * overview). `remembered`: where actors were last drawn on this page.
 */
export function mergeServed(graph: ActorMultiGraph, remembered: ReadonlyMap<string, Point>, data: SerializedActorGraph, ...more: SerializedActorGraph[]): GraphDiff {
  const diff: GraphDiff = { addedNodes: [], removedNodes: [], addedEdges: [], removedEdges: [], unplaced: [], served: new Map() };
  if (graph.order === 0 && remembered.size === 0 && !more.length) {
    // The first picture: nothing to keep, and graphology's import is the quickest way in.
    graph.import(data);
    graph.forEachNode((id, a) => {
      diff.addedNodes.push(id);
      diff.unplaced.push(id);
      diff.served.set(id, { x: a.x, y: a.y });
    });
    diff.addedEdges = graph.edges();
    return diff;
  }
  const nodes = new Map<string, NonNullable<SerializedActorGraph['nodes'][number]['attributes']>>();
  const edges = new Map<string, SerializedActorGraph['edges'][number]>();
  for (const g of [data, ...more]) {
    for (const n of g.nodes) if (n.attributes && !nodes.has(n.key)) nodes.set(n.key, n.attributes);
    for (const e of g.edges) if (e.key !== undefined && e.attributes && !edges.has(e.key)) edges.set(e.key, e);
  }
  // What leaves: actors not served, relations not served or whose ends or direction changed, and
  // the lines the page draws itself (affiliations, re-added after each application).
  const leaving = new Set<string>();
  graph.forEachEdge((key, a, source, target, _sa, _ta, undirected) => {
    const next = edges.get(key);
    if (a.actsFor) leaving.add(key);
    else if (!next || next.source !== source || next.target !== target || Boolean(next.undirected) !== undirected) {
      leaving.add(key);
      diff.removedEdges.push(key);
    }
  });
  graph.forEachNode((id) => {
    if (!nodes.has(id)) diff.removedNodes.push(id);
  });
  // Sigma re-indexes the whole picture on every single drop: with anything to drop, the graph is
  // emptied once and rebuilt, at the places it had.
  const drawn = new Map<string, Point>();
  graph.forEachNode((id, a) => drawn.set(id, { x: a.x, y: a.y }));
  const hadEdges = new Set(graph.filterEdges((key) => !leaving.has(key)));
  if (leaving.size || diff.removedNodes.length) graph.clear();
  for (const [id, attrs] of nodes) {
    diff.served.set(id, { x: attrs.x, y: attrs.y });
    const at = drawn.get(id);
    if (at) {
      if (graph.hasNode(id)) graph.replaceNodeAttributes(id, { ...attrs, ...at });
      else graph.addNode(id, { ...attrs, ...at });
      continue;
    }
    const back = remembered.get(id);
    graph.addNode(id, { ...attrs, ...back });
    diff.addedNodes.push(id);
    if (!back) diff.unplaced.push(id);
  }
  for (const [key, e] of edges) {
    if (!e.attributes || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    if (graph.hasEdge(key)) {
      graph.replaceEdgeAttributes(key, e.attributes);
      continue;
    }
    if (e.undirected) graph.addUndirectedEdgeWithKey(key, e.source, e.target, e.attributes);
    else graph.addDirectedEdgeWithKey(key, e.source, e.target, e.attributes);
    if (!hadEdges.has(key)) diff.addedEdges.push(key);
  }
  return diff;
}

/** Where each drawn actor is, kept across filters and live updates so an actor comes back where it was. */
export class PositionMemory {
  private readonly at = new Map<string, Point>();

  get positions(): ReadonlyMap<string, Point> {
    return this.at;
  }

  remember(graph: ActorMultiGraph): void {
    graph.forEachNode((id, a) => this.at.set(id, { x: a.x, y: a.y }));
  }
}
