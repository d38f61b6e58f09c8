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
  const nodes = new Map<string, NonNullable<SerializedActorGraph['nodes'][number]['attributes']>>();
  const edges = new Map<string, SerializedActorGraph['edges'][number]>();
  for (const g of [data, ...more]) {
    for (const n of g.nodes) if (n.attributes && !nodes.has(n.key)) nodes.set(n.key, n.attributes);
    for (const e of g.edges) if (e.key !== undefined && e.attributes && !edges.has(e.key)) edges.set(e.key, e);
  }
  // Edges first: a relation whose ends or direction changed is dropped and added again.
  graph.forEachEdge((key, a, source, target, _sa, _ta, undirected) => {
    const next = edges.get(key);
    // Lines the page draws itself (affiliations) are re-added after each application.
    if (a.actsFor || !next || next.source !== source || next.target !== target || Boolean(next.undirected) !== undirected) {
      graph.dropEdge(key);
      if (!a.actsFor) diff.removedEdges.push(key);
    }
  });
  graph.forEachNode((id) => {
    if (!nodes.has(id)) diff.removedNodes.push(id);
  });
  for (const id of diff.removedNodes) graph.dropNode(id);
  for (const [id, attrs] of nodes) {
    diff.served.set(id, { x: attrs.x, y: attrs.y });
    if (graph.hasNode(id)) {
      const { x, y } = graph.getNodeAttributes(id);
      graph.replaceNodeAttributes(id, { ...attrs, x, y });
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
    diff.addedEdges.push(key);
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
