/**
 * The whole graph's relations as the actor panel's listings read them (RelationReader), from the
 * whole slice rather than a graphology graph: the server's graph keeps its edges in the slice
 * alone until a caller asks for graphology's (see Explorer.graph), and a graphology multigraph of
 * 500,000 relations held about 110 MB of the request thread's heap besides. One reader stands for
 * the graph across changes, as a patched graph does (listings compare it by identity): it reads
 * whichever slice is current. Edges are found through the slice's index of edge places, an actor's
 * by a pass over the numbered ends (about a millisecond at 500,000 relations, once per listing).
 * A listing reads each relation several times by key in a row (whether it is there, its attributes,
 * ends and direction), the relations in the order `edges` gave them: the last key's place is kept,
 * the next one's is known without the index, and fields are read at the place, no edge object made. Whether two actors are neighbours is answered from the set of the last actor's
 * neighbours, made once per slice (a listing following a change asks it of every actor the change
 * touched, the same actor each time: a pass over the ends per question was 2-3 ms at 60,000 relations).
 */
import type { ActorSlice } from '../graph/filter';
import type { RelationEdgeAttributes } from '../domain/types';
import type { RelationReader } from './actor-listing';

export class SliceRelations implements RelationReader {
  constructor(private readonly current: () => ActorSlice) {}

  /** The slice, key and place (-1: not in it) of the last key looked up. */
  private lastSlice?: ActorSlice;
  private lastKey = '';
  private lastPlace = -1;

  /** The places `edges` last gave keys of, in `listedIn`, and how many of them were looked up in order since. */
  private listedIn?: ActorSlice;
  private listed: number[] = [];
  private listedRead = 0;

  /** The neighbours of actor `neighboursOf` in slice `neighboursIn`. */
  private neighboursIn?: ActorSlice;
  private neighboursOf = '';
  private neighbours = new Set<string>();

  get order(): number {
    return this.current().order;
  }

  hasNode(id: string): boolean {
    return this.current().hasNode(id);
  }

  getNodeAttribute(id: string, name: 'label'): string {
    return this.current().graph.getNodeAttribute(id, name);
  }

  /** The place of edge `key` in the current slice, -1 if it is not there. */
  private placeOf(key: string): number {
    const s = this.current();
    if (s !== this.lastSlice || key !== this.lastKey) {
      this.lastSlice = s;
      this.lastKey = key;
      // A listing looks up the keys `edges` gave in their order: the next one's place is known.
      const next = s === this.listedIn && this.listedRead < this.listed.length ? this.listed[this.listedRead] : -1;
      if (next >= 0 && s.keyAt(next) === key) {
        this.lastPlace = next;
        this.listedRead++;
      } else this.lastPlace = s.placeOf(key) ?? -1;
    }
    return this.lastPlace;
  }

  private place(key: string): number {
    const place = this.placeOf(key);
    if (place < 0) throw new Error(`no relation "${key}"`);
    return place;
  }

  hasEdge(key: string): boolean {
    return this.placeOf(key) >= 0;
  }

  getEdgeAttributes(key: string): RelationEdgeAttributes {
    const place = this.place(key);
    return this.current().attrsAt(place);
  }

  source(key: string): string {
    const place = this.place(key);
    return this.current().sourceAt(place);
  }

  target(key: string): string {
    const place = this.place(key);
    return this.current().targetAt(place);
  }

  extremities(key: string): [string, string] {
    const place = this.place(key);
    const s = this.current();
    return [s.sourceAt(place), s.targetAt(place)];
  }

  isUndirected(key: string): boolean {
    const place = this.place(key);
    return this.current().undirectedAt(place);
  }

  /** The keys of the actor's relations, in the slice's order. */
  edges(id: string): string[] {
    const s = this.current();
    [this.listedIn, this.listed, this.listedRead] = [s, s.placesAt([id]), 0];
    return this.listed.map((i) => s.keyAt(i));
  }

  areNeighbors(a: string, b: string): boolean {
    const s = this.current();
    if (s === this.neighboursIn && b === this.neighboursOf) return this.neighbours.has(a);
    if (s !== this.neighboursIn || a !== this.neighboursOf) {
      const neighbours = new Set<string>();
      for (const i of s.placesAt([a])) {
        const source = s.sourceAt(i);
        neighbours.add(source === a ? s.targetAt(i) : source);
      }
      [this.neighboursIn, this.neighboursOf, this.neighbours] = [s, a, neighbours];
    }
    return this.neighbours.has(b);
  }
}
