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
 * What is kept is of one slice, held weakly: the Explorer keeps a reader it no longer asks (for its
 * identity, once graphology's graph is made), which must not keep the last slice it read alive.
 */
import type { ActorSlice } from '../graph/filter';
import type { RelationEdgeAttributes } from '../domain/types';
import type { RelationReader } from './actor-listing';

export class SliceRelations implements RelationReader {
  constructor(private readonly current: () => ActorSlice) {}

  /** The slice all that is kept below is of; another slice starts afresh. */
  private keptOf?: WeakRef<ActorSlice>;

  /** The key and place (-1: not in it) of the last key looked up. */
  private lastKey?: string;
  private lastPlace = -1;

  /** The places `edges` last gave keys of, and how many of them were looked up in order since. */
  private listed: number[] = [];
  private listedRead = 0;

  /** The neighbours of actor `neighboursOf`. */
  private neighboursOf?: string;
  private neighbours = new Set<string>();

  /** The current slice, with what is kept of another slice let go. */
  private slice(): ActorSlice {
    const s = this.current();
    if (this.keptOf?.deref() !== s) {
      this.keptOf = new WeakRef(s);
      this.lastKey = undefined;
      this.lastPlace = -1;
      this.listed = [];
      this.listedRead = 0;
      this.neighboursOf = undefined;
      this.neighbours = new Set();
    }
    return s;
  }

  get order(): number {
    return this.current().order;
  }

  hasNode(id: string): boolean {
    return this.current().hasNode(id);
  }

  getNodeAttribute(id: string, name: 'label'): string {
    return this.current().graph.getNodeAttribute(id, name);
  }

  /** The place of edge `key` in slice `s` (the current one), -1 if it is not there. */
  private placeOf(s: ActorSlice, key: string): number {
    if (key !== this.lastKey) {
      this.lastKey = key;
      // A listing looks up the keys `edges` gave in their order: the next one's place is known.
      const next = this.listedRead < this.listed.length ? this.listed[this.listedRead] : -1;
      if (next >= 0 && s.keyAt(next) === key) {
        this.lastPlace = next;
        this.listedRead++;
      } else this.lastPlace = s.placeOf(key) ?? -1;
    }
    return this.lastPlace;
  }

  private place(s: ActorSlice, key: string): number {
    const place = this.placeOf(s, key);
    if (place < 0) throw new Error(`no relation "${key}"`);
    return place;
  }

  hasEdge(key: string): boolean {
    return this.placeOf(this.slice(), key) >= 0;
  }

  getEdgeAttributes(key: string): RelationEdgeAttributes {
    const s = this.slice();
    return s.attrsAt(this.place(s, key));
  }

  source(key: string): string {
    const s = this.slice();
    return s.sourceAt(this.place(s, key));
  }

  target(key: string): string {
    const s = this.slice();
    return s.targetAt(this.place(s, key));
  }

  extremities(key: string): [string, string] {
    const s = this.slice();
    const place = this.place(s, key);
    return [s.sourceAt(place), s.targetAt(place)];
  }

  isUndirected(key: string): boolean {
    const s = this.slice();
    return s.undirectedAt(this.place(s, key));
  }

  /** The keys of the actor's relations, in the slice's order. */
  edges(id: string): string[] {
    const s = this.slice();
    [this.listed, this.listedRead] = [s.placesAt([id]), 0];
    return this.listed.map((i) => s.keyAt(i));
  }

  areNeighbors(a: string, b: string): boolean {
    const s = this.slice();
    if (b === this.neighboursOf) return this.neighbours.has(a);
    if (a !== this.neighboursOf) {
      const neighbours = new Set<string>();
      for (const i of s.placesAt([a])) {
        const source = s.sourceAt(i);
        neighbours.add(source === a ? s.targetAt(i) : source);
      }
      [this.neighboursOf, this.neighbours] = [a, neighbours];
    }
    return this.neighbours.has(b);
  }
}
