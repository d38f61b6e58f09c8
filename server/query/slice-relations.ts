/**
 * The whole graph's relations as the actor panel's listings read them (RelationReader), from the
 * whole slice rather than a graphology graph: the server's graph keeps its edges in the slice
 * alone until a caller asks for graphology's (see Explorer.graph), and a graphology multigraph of
 * 500,000 relations held about 110 MB of the request thread's heap besides. One reader stands for
 * the graph across changes, as a patched graph does (listings compare it by identity): it reads
 * whichever slice is current. Edges are found through the slice's index of edge places, an actor's
 * by a pass over the numbered ends (about a millisecond at 500,000 relations, once per listing).
 */
import type { ActorSlice } from '../graph/filter';
import type { RelationEdgeAttributes } from '../domain/types';
import type { SliceEdge } from '../algorithms/slice';
import type { RelationReader } from './actor-listing';

export class SliceRelations implements RelationReader {
  constructor(private readonly current: () => ActorSlice) {}

  get order(): number {
    return this.current().order;
  }

  hasNode(id: string): boolean {
    return this.current().hasNode(id);
  }

  getNodeAttribute(id: string, name: 'label'): string {
    return this.current().graph.getNodeAttribute(id, name);
  }

  hasEdge(key: string): boolean {
    return this.current().placeOf(key) !== undefined;
  }

  private edge(key: string): SliceEdge<RelationEdgeAttributes> {
    const s = this.current();
    const place = s.placeOf(key);
    if (place === undefined) throw new Error(`no relation "${key}"`);
    return s.edgeAt(place);
  }

  getEdgeAttributes(key: string): RelationEdgeAttributes {
    return this.edge(key).attributes;
  }

  source(key: string): string {
    return this.edge(key).source;
  }

  target(key: string): string {
    return this.edge(key).target;
  }

  extremities(key: string): [string, string] {
    const e = this.edge(key);
    return [e.source, e.target];
  }

  isUndirected(key: string): boolean {
    return this.edge(key).undirected;
  }

  /** The keys of the actor's relations, in the slice's order. */
  edges(id: string): string[] {
    const s = this.current();
    return s.placesAt([id]).map((i) => s.keyAt(i));
  }

  areNeighbors(a: string, b: string): boolean {
    const s = this.current();
    return s.placesAt([a]).some((i) => {
      const e = s.edgeAt(i);
      return (e.source === a && e.target === b) || (e.source === b && e.target === a);
    });
  }
}
