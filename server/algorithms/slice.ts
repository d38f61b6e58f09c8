/**
 * A view of part of a graph without copying it: the nodes kept, and each kept edge with its
 * attributes as the view sees them (a date filter narrows an edge's evidence, for instance).
 *
 * Why not a filtered graphology copy: inserting the kept edges of a 50k-actor, 500k-relation graph
 * into a new graph took 4–14 s per filter, where a slice is a pass over the edges. Metrics, paths,
 * overviews and exports read slices; `toGraph` makes a graphology graph when one is wanted.
 */
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { EdgePlaces, below } from './edge-places';
import { extendKeyTable, keyTableWithout, type KeyTable } from './key-table';
import { edgeKeyPartsWithout, extendEdgeKeyParts, type EdgeKeyOrder, type EdgeKeyPartsOf } from './edge-key-parts';
import { Turn } from './turns';
import { byCodeUnits } from './code-unit-order';
import { sharedInts } from './shared-ints';
import { edgeKeyCode, keyOfCode } from './edge-key-codes';

/** Edge places indexed between two looks at the clock when the index is made in turns (placesInTurns). */
const PLACES_RUN = 2048;

/** `index`: the edge's place in the slice (see `edgeAt`). */
export type SliceEdgeCallback<E> = (key: string, attributes: E, source: string, target: string, undirected: boolean, index: number) => void;
/** A SliceEdgeCallback without the key, which a chunk makes again for each edge it is asked for (see EdgeChunk). */
export type UnkeyedEdgeCallback<E> = (attributes: E, source: string, target: string, undirected: boolean, index: number) => void;

/**
 * What `followed` reads of the changed graph for the edges a change touched: a graphology graph
 * has these, and so has a change's own account of its edges when graphology does not hold them
 * (model/apply-ingest.ts, patchSlice).
 */
export interface EdgeLookup<E> {
  hasEdge(key: string): boolean;
  source(key: string): string;
  target(key: string): string;
  isUndirected(key: string): boolean;
  getEdgeAttributes(key: string): E;
}

export interface SliceEdge<E> {
  key: string;
  source: string;
  target: string;
  undirected: boolean;
  attributes: E;
}

/** The items of `xs` but those at the places `cuts` (ascending), copied a run between two cuts at a time. */
function without<T>(xs: readonly T[], cuts: readonly number[]): T[] {
  const runs: T[][] = [];
  let from = 0;
  for (const i of cuts) {
    runs.push(xs.slice(from, i));
    from = i + 1;
  }
  runs.push(xs.slice(from));
  return runs.length === 1 ? runs[0] : ([] as T[]).concat(...runs);
}

/** `xs` (`width` entries per edge) without the edges at the places `cuts` (ascending), copied a run between two cuts at a time. */
function runsWithout<T extends Float64Array | Int32Array>(xs: T, cuts: readonly number[], width: number): T {
  const out = new (xs.constructor as new (length: number) => T)(xs.length - width * cuts.length);
  let [from, write] = [0, 0];
  for (const cut of [...cuts, xs.length / width]) {
    out.set(xs.subarray(width * from, width * cut), write);
    write += width * (cut - from);
    from = cut + 1;
  }
  return out;
}

/**
 * Edges per chunk of a slice's arrays. A change copies only the chunks it touches (and the list
 * of chunks): copying whole 400,000-entry arrays at each ingest (the attributes always, the rest
 * when an undirected edge turned round and went last, as in the graph) held the request thread
 * about 8 ms per article and made most of the garbage collected meanwhile.
 */
const CHUNK = 1024;

/** Room a slice of the whole graph keeps past its numbered ends, for the edges of the changes that follow (see numberedFrom). */
const ENDS_ROOM = 1.25;

/**
 * A run of a slice's edges in parallel arrays, never changed once a slice holds it (shared by the
 * slices that follow). `undirected` holds a byte per edge (1: undirected) for CHUNK edges, the
 * first `attrs.length` of them in use: a list of booleans took a pointer of 8 bytes per edge (4 MB
 * at 500,000 edges).
 */
interface EdgeChunk<E> {
  /**
   * Per edge: its key's code (edge-key-codes.ts), the key being made again from it and the ends
   * when asked for; 0 when the key is held in `held`. CHUNK entries, the first `attrs.length` in use.
   */
  codes: Uint16Array;
  /** The keys that have no code, at their places (undefined at the others); absent while every key has one. */
  held?: (string | undefined)[];
  attrs: E[];
  sources: string[];
  targets: string[];
  undirected: Uint8Array;
}

const emptyChunk = <E>(): EdgeChunk<E> => ({ codes: new Uint16Array(CHUNK), attrs: [], sources: [], targets: [], undirected: new Uint8Array(CHUNK) });

/** Adds an edge last to `chunk` (which has room for it). */
function pushEdge<E>(chunk: EdgeChunk<E>, key: string, attrs: E, source: string, target: string, undirected: boolean): void {
  const at = chunk.attrs.length;
  const code = edgeKeyCode(key, source, target);
  chunk.undirected[at] = undirected ? 1 : 0;
  chunk.codes[at] = code;
  if (!code && !chunk.held) chunk.held = new Array<string | undefined>(at).fill(undefined);
  chunk.held?.push(code ? undefined : key);
  chunk.attrs.push(attrs);
  chunk.sources.push(source);
  chunk.targets.push(target);
}

/** The key of `chunk`'s edge at `k`. */
function keyIn<E>(chunk: EdgeChunk<E>, k: number): string {
  const code = chunk.codes[k];
  return code ? keyOfCode(code, chunk.sources[k], chunk.targets[k]) : (chunk.held?.[k] as string);
}

/** A chunk's `undirected` bytes or key codes without the edges at the places `cuts` (ascending), in a chunk's room. */
function entriesWithout<T extends Uint8Array | Uint16Array>(xs: T, count: number, cuts: readonly number[]): T {
  const out = new (xs.constructor as new (length: number) => T)(CHUNK);
  let at = 0;
  let from = 0;
  for (const i of [...cuts, count]) {
    out.set(xs.subarray(from, i), at);
    at += i - from;
    from = i + 1;
  }
  return out;
}

/** The edge lists cut into chunks of CHUNK edges. */
function chunked<E>(keys: string[], attrs: E[], sources: string[], targets: string[], undirected: readonly boolean[]): EdgeChunk<E>[] {
  const out: EdgeChunk<E>[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (i % CHUNK === 0) out.push(emptyChunk<E>());
    pushEdge(out[out.length - 1], keys[i], attrs[i], sources[i], targets[i], undirected[i]);
  }
  return out;
}

export class GraphSlice<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes> {
  private constructor(
    readonly graph: Graph<N, E, G>,
    private readonly nodeKeys: string[],
    /** Undefined when every node of `graph` is kept. */
    private readonly nodeSet: Set<string> | undefined,
    /** The kept edges in order, none empty. */
    private readonly chunks: EdgeChunk<E>[],
  ) {
    this.starts = new Int32Array(chunks.length + 1);
    for (let c = 0; c < chunks.length; c++) this.starts[c + 1] = this.starts[c] + chunks[c].attrs.length;
    this.count = this.starts[chunks.length];
  }

  /**
   * The nodes `keepNode` accepts (all when absent) and the edges between them to which `view`
   * gives attributes (all, as they are, when absent; undefined drops the edge). `nodeOrder` puts
   * the nodes in its order when the graph's insertion order is not (nodes added after a build).
   */
  static of<N extends Attributes, E extends Attributes, G extends Attributes>(
    graph: Graph<N, E, G>,
    keepNode?: (key: string, attributes: N) => boolean,
    view?: (attributes: E) => E | undefined,
    nodeOrder?: (a: string, b: string) => number,
  ): GraphSlice<N, E, G> {
    const nodeKeys = keepNode ? graph.filterNodes(keepNode) : graph.nodes();
    if (nodeOrder && nodeKeys.some((k, i) => i > 0 && nodeOrder(nodeKeys[i - 1], k) > 0)) nodeKeys.sort(nodeOrder);
    const nodeSet = keepNode ? new Set(nodeKeys) : undefined;
    const chunks: EdgeChunk<E>[] = [];
    let last = emptyChunk<E>();
    graph.forEachEdge((key, a, s, t, _sa, _ta, u) => {
      if (nodeSet && !(nodeSet.has(s) && nodeSet.has(t))) return;
      const seen = view ? view(a) : a;
      if (seen === undefined) return;
      if (last.attrs.length === CHUNK || !chunks.length) chunks.push((last = emptyChunk<E>()));
      pushEdge(last, key, seen, s, t, u);
    });
    const out = new GraphSlice(graph, nodeKeys, nodeSet, chunks);
    out.whole = !keepNode && !view;
    return out;
  }

  /**
   * What `of` gives on the graph `whole` keeps all of (a slice that keeps the whole graph, whose
   * graph may hold its nodes alone: see Explorer.graph), read from `whole`: its nodes are the
   * graph's in `of`'s order (sorted, if `whole` was made with `nodeOrder`), its edges in the
   * graph's order.
   */
  static within<N extends Attributes, E extends Attributes, G extends Attributes>(
    whole: GraphSlice<N, E, G>,
    keepNode?: (key: string, attributes: N) => boolean,
    view?: (attributes: E) => E | undefined,
  ): GraphSlice<N, E, G> {
    if (!whole.whole) throw new Error('only a slice of the whole graph is sliced again');
    if (!keepNode && !view) return whole;
    const nodeKeys = keepNode ? whole.nodeKeys.filter((n) => keepNode(n, whole.graph.getNodeAttributes(n))) : whole.nodeKeys;
    const nodeSet = keepNode ? new Set(nodeKeys) : undefined;
    const chunks: EdgeChunk<E>[] = [];
    let last = emptyChunk<E>();
    whole.forEachEdge((key, a, s, t, u) => {
      if (nodeSet && !(nodeSet.has(s) && nodeSet.has(t))) return;
      const seen = view ? view(a) : a;
      if (seen === undefined) return;
      if (last.attrs.length === CHUNK || !chunks.length) chunks.push((last = emptyChunk<E>()));
      pushEdge(last, key, seen, s, t, u);
    });
    return new GraphSlice(whole.graph, nodeKeys, nodeSet, chunks);
  }

  /**
   * The whole of `graph` as `of` would slice it (no filter, no view), from its nodes and the
   * columns of the edges it has or is being given, in their order: so a slice is had without a
   * pass over the graph, or before graphology holds the edges (the server's start, see
   * graph/staged-graph.ts). The columns become the slice's: do not change them afterwards.
   */
  static whole<N extends Attributes, E extends Attributes, G extends Attributes>(
    graph: Graph<N, E, G>,
    edges: { keys: string[]; attrs: E[]; sources: string[]; targets: string[]; undirected: boolean[] },
  ): GraphSlice<N, E, G> {
    const out = new GraphSlice(graph, graph.nodes(), undefined, chunked(edges.keys, edges.attrs, edges.sources, edges.targets, edges.undirected));
    out.whole = true;
    return out;
  }

  /** True when every node and edge of the graph is kept, as it is (see `followed`). */
  private whole = false;

  /**
   * This slice after `graph` changed by adding `nodes`, removing `removedNodes`, and adding,
   * replacing the attributes of or dropping the edges `edges` (in the order they were added): what
   * `of` on the changed graph gives, without a pass over the graph. An edge dropped and added again
   * (other ends) goes last, as in the graph. Only for a slice that keeps the whole graph (no node
   * filter, no edge view). `nodeOrder`: the one the slice was made with. Code still reading this
   * slice sees it unchanged: the new slice copies the chunks the change touches (see CHUNK) and
   * shares the others. The columns, numbered ends and key table are carried on (without the edges
   * dropped: an ingest drops an undirected edge whose ends turned round); a change that removes
   * nodes leaves them to be made again when asked for.
   */
  followed(nodes: readonly string[], edges: Iterable<string>, nodeOrder?: (a: string, b: string) => number, removedNodes: readonly string[] = [], changed: EdgeLookup<E> = this.graph): GraphSlice<N, E, G> {
    if (!this.whole) throw new Error('only a slice of the whole graph can follow a change');
    const touched = [...edges];
    // The touched edges' places, from an index of every edge's place (a pass over 400,000 keys per
    // change to find them took tens of ms): made once, and handed on to the slice that follows.
    const places = this.placesByKey();
    const dropped = new Set<number>();
    const replaced: number[] = [];
    const appended: string[] = [];
    for (const key of touched) {
      const i = places.get(key);
      const kept = changed.hasEdge(key);
      if (i !== undefined && (!kept || changed.source(key) !== this.sourceAt(i) || changed.target(key) !== this.targetAt(i))) {
        dropped.add(i);
        if (kept) appended.push(key);
      } else if (i !== undefined) replaced.push(i);
      else if (kept) appended.push(key);
    }
    const gone = new Set(removedNodes);
    const cuts = [...dropped].sort((a, b) => a - b);
    const droppedKeys = cuts.map((i) => this.keyAt(i));
    const chunks = this.changedChunks(replaced, cuts, appended, changed);
    // The old keys are in `nodeOrder` (`of` sorted them): each new one goes in after the last key
    // not above it, as a stable sort of old then new would put it, without sorting them all again.
    // Shared when no node came or went (a slice never changes its node list).
    const nodeKeys = gone.size ? this.nodeKeys.filter((k) => !gone.has(k)) : nodes.length ? [...this.nodeKeys] : this.nodeKeys;
    for (const k of nodes) {
      if (!nodeOrder) {
        nodeKeys.push(k);
        continue;
      }
      let [lo, hi] = [0, nodeKeys.length];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (nodeOrder(nodeKeys[mid], k) > 0) hi = mid;
        else lo = mid + 1;
      }
      nodeKeys.splice(lo, 0, k);
    }
    const out = new GraphSlice(this.graph, nodeKeys, undefined, chunks);
    out.whole = true;
    // The index goes to the new slice, following the change. This slice makes its own again if it follows another change.
    places.follow(droppedKeys, appended, out.keyOf, out.count);
    out.keyPlaces = places;
    this.keyPlaces = undefined;
    // The key parts name ends, not their numbers: carried on whether or not nodes went.
    const edgeOf = (i: number): SliceEdge<E> => out.edgeAt(i);
    // No parts (a key without) stays so while no key is dropped; once one is, the keys may all have
    // parts again: left to be made from them when asked for, rather than keeping the key table for good.
    if (this.keyParts === null) out.keyParts = cuts.length ? undefined : null;
    else if (this.keyParts && cuts.length) out.keyParts = extendEdgeKeyParts(edgeKeyPartsWithout(this.keyParts, cuts), out.count, edgeOf) ?? null;
    else if (this.keyParts && this.keyPartsExtendable) out.keyParts = extendEdgeKeyParts(this.keyParts, out.count, edgeOf) ?? null;
    this.keyPartsExtendable = false;
    // Nodes gone renumber every end: the columns, numbered ends and key table are made again when asked for.
    if (gone.size) return out;
    // The old edges kept are the new slice's first `kept`, in order, with the edges at `cuts` left out.
    const kept = this.count - cuts.length;
    const placeOf = (i: number): number => i - below(cuts, i);
    for (const [name, column] of this.columns) {
      const next = new Float64Array(out.count);
      next.set(cuts.length ? runsWithout(column, cuts, 1) : column);
      for (const i of replaced) next[placeOf(i)] = out.attrsAt(placeOf(i))[name] as number;
      out.forEachUnkeyedFrom(kept, (a, _s, _t, _u, i) => (next[i] = a[name] as number));
      out.columns.set(name, next);
    }
    if (this.numbered) {
      const old = cuts.length ? runsWithout(this.numbered, cuts, 2) : this.numbered;
      // Appended to in place when only edges were added (see numberedFrom): this slice's ends stay as they are.
      out.numbered = out.numberedFrom(old, this.nodeKeys, kept, nodes.length ? undefined : this.nodeNumbers, !cuts.length && this.numberedExtendable);
    }
    this.numberedExtendable = false;
    // The key table's buffers go on with the new slice, which alone may write past this one's keys;
    // without the dropped keys it is copied (older slices and the pool may still read this one's).
    if (this.keyCodes && cuts.length) out.keyCodes = extendKeyTable(keyTableWithout(this.keyCodes, cuts), out.count, (i) => out.keyAt(i));
    else if (this.keyCodes && this.keyCodesExtendable) out.keyCodes = extendKeyTable(this.keyCodes, out.count, (i) => out.keyAt(i));
    this.keyCodesExtendable = false;
    return out;
  }

  /**
   * This slice's chunks with the attributes at the places `replaced` read again from the graph,
   * the edges at the places `cuts` (ascending) left out and the edges `appended` added at the end:
   * the chunks touched are copied, the others shared, and a chunk left empty goes.
   */
  private changedChunks(replaced: readonly number[], cuts: readonly number[], appended: readonly string[], changed: EdgeLookup<E>): EdgeChunk<E>[] {
    const copies = new Map<number, EdgeChunk<E>>();
    for (const i of replaced) {
      const c = this.chunkOf(i);
      let copy = copies.get(c);
      if (!copy) copies.set(c, (copy = { ...this.chunks[c], attrs: this.chunks[c].attrs.slice() }));
      copy.attrs[i - this.starts[c]] = changed.getEdgeAttributes(keyIn(copy, i - this.starts[c]));
    }
    // Chunks whose every array is a copy of their own, which may be appended to.
    const owned = new Set<EdgeChunk<E>>();
    for (let k = 0; k < cuts.length; ) {
      const c = this.chunkOf(cuts[k]);
      const local: number[] = [];
      for (; k < cuts.length && cuts[k] < this.starts[c + 1]; k++) local.push(cuts[k] - this.starts[c]);
      const from = copies.get(c) ?? this.chunks[c];
      const pick = <T>(xs: T[]): T[] => without(xs, local);
      const count = from.attrs.length;
      const copy: EdgeChunk<E> = { codes: entriesWithout(from.codes, count, local), attrs: pick(from.attrs), sources: pick(from.sources), targets: pick(from.targets), undirected: entriesWithout(from.undirected, count, local) };
      if (from.held) copy.held = pick(from.held);
      copies.set(c, copy);
      owned.add(copy);
    }
    const chunks = copies.size ? this.chunks.map((chunk, c) => copies.get(c) ?? chunk).filter((chunk) => chunk.attrs.length) : this.chunks.slice();
    let last = chunks[chunks.length - 1];
    for (const key of appended) {
      if (!last || last.attrs.length === CHUNK) chunks.push((last = emptyChunk<E>()));
      else if (!owned.has(last)) {
        const copy: EdgeChunk<E> = { codes: last.codes.slice(), attrs: last.attrs.slice(), sources: last.sources.slice(), targets: last.targets.slice(), undirected: last.undirected.slice() };
        if (last.held) copy.held = last.held.slice();
        chunks[chunks.length - 1] = last = copy;
      }
      owned.add(last);
      pushEdge(last, key, changed.getEdgeAttributes(key), changed.source(key), changed.target(key), changed.isUndirected(key));
    }
    return chunks;
  }

  /**
   * The place of the kept edge `key`, or undefined: through the index of edge places (made at the
   * first call, a pass over the keys). Only for a slice that keeps the whole graph.
   */
  placeOf(key: string): number | undefined {
    if (!this.whole) throw new Error('only a slice of the whole graph looks edges up by key');
    return this.placesByKey().get(key);
  }

  /** The places of the kept edges at any of `nodes`, in edge order (a pass over the numbered ends). */
  placesAt(nodes: Iterable<string>): number[] {
    const ends = this.endsByNumber();
    const at = new Uint8Array(this.nodeKeys.length);
    for (const n of nodes) {
      const number = this.nodeNumbers?.get(n);
      if (number !== undefined) at[number] = 1;
    }
    const out: number[] = [];
    for (let i = 0; i < this.count; i++) if (at[ends[2 * i]] || at[ends[2 * i + 1]]) out.push(i);
    return out;
  }

  /** Each chunk's first place, and the edge count after the last. */
  private readonly starts: Int32Array;
  /** The chunk of the last place looked up: places are mostly looked up in order. */
  private lastChunk = 0;

  /** The chunk holding place `i` (0 ≤ i < size). */
  private chunkOf(i: number): number {
    const starts = this.starts;
    let c = this.lastChunk;
    if (starts[c] <= i && i < starts[c + 1]) return c;
    if (starts[c + 1] <= i && i < starts[c + 2]) return (this.lastChunk = c + 1);
    let [lo, hi] = [0, this.chunks.length - 1];
    while (lo < hi) {
      c = (lo + hi + 1) >> 1;
      if (starts[c] <= i) lo = c;
      else hi = c - 1;
    }
    return (this.lastChunk = lo);
  }

  /** The source of the kept edge at place `i` (0 ≤ i < size), without making an edge object (see `edgeAt`). */
  sourceAt(i: number): string {
    const c = this.chunkOf(i);
    return this.chunks[c].sources[i - this.starts[c]];
  }

  targetAt(i: number): string {
    const c = this.chunkOf(i);
    return this.chunks[c].targets[i - this.starts[c]];
  }

  attrsAt(i: number): E {
    const c = this.chunkOf(i);
    return this.chunks[c].attrs[i - this.starts[c]];
  }

  undirectedAt(i: number): boolean {
    const c = this.chunkOf(i);
    return this.chunks[c].undirected[i - this.starts[c]] === 1;
  }

  /** Each chunk's edges from place `from` on, in order. */
  private forEachEdgeFrom(from: number, callback: SliceEdgeCallback<E>): void {
    if (from >= this.count) return;
    let i = from;
    for (let c = this.chunkOf(from); c < this.chunks.length; c++) {
      const chunk = this.chunks[c];
      const { attrs, sources, targets, undirected } = chunk;
      for (let k = i - this.starts[c]; k < attrs.length; k++) callback(keyIn(chunk, k), attrs[k], sources[k], targets[k], undirected[k] === 1, i++);
    }
  }

  /** `forEachEdgeFrom` without making the keys. */
  private forEachUnkeyedFrom(from: number, callback: UnkeyedEdgeCallback<E>): void {
    if (from >= this.count) return;
    let i = from;
    for (let c = this.chunkOf(from); c < this.chunks.length; c++) {
      const { attrs, sources, targets, undirected } = this.chunks[c];
      for (let k = i - this.starts[c]; k < attrs.length; k++) callback(attrs[k], sources[k], targets[k], undirected[k] === 1, i++);
    }
  }

  /** Each edge's place by key, made at a first `followed` and handed on to the slice that follows. */
  private keyPlaces?: EdgePlaces;

  private placesByKey(): EdgePlaces {
    return (this.keyPlaces ??= new EdgePlaces(this.keyOf, this.count));
  }

  /**
   * Makes the index of edge places the first `followed` needs, a turn of the event loop at a time
   * (algorithms/turns.ts): at 500,000 edges it held the request thread about 0.2 s at the first
   * ingest after a start. A change followed meanwhile finishes it at once. Only for a slice that
   * keeps the whole graph (the only kind that follows changes).
   */
  async placesInTurns(): Promise<void> {
    if (!this.whole || this.keyPlaces) return;
    const places = (this.keyPlaces = EdgePlaces.inSteps(this.keyOf, this.count));
    const turn = new Turn();
    while (!places.fillSome(PLACES_RUN)) if (turn.over()) await turn.pause();
  }

  /**
   * `keyAt` as a function of its own, for the place index, which keeps it: made here, it holds this
   * slice alone (one made in `followed` held the slice followed, and its columns, as well).
   */
  private readonly keyOf = (i: number): string => this.keyAt(i);

  /** Edges kept. */
  private readonly count: number;

  /** The kept edges' keys in shared memory (see key-table.ts): made once per slice, carried on by `followed`. */
  private keyCodes?: KeyTable;
  private keyCodesExtendable = true;

  keyTable(): KeyTable {
    this.keyCodes ??= extendKeyTable(undefined, this.count, (i) => this.keyAt(i));
    return this.keyCodes;
  }

  /**
   * The kept edges' keys as their parts (edge-key-parts.ts), null when some key has none: made
   * once per slice, carried on by `followed`.
   */
  private keyParts?: EdgeKeyPartsOf | null;
  private keyPartsExtendable = true;

  /** How a pool task orders this slice's edges by key: by their parts when every key has them (two bytes a key), else by the key table. */
  keyOrder(): EdgeKeyOrder {
    if (this.keyParts === undefined) this.keyParts = extendEdgeKeyParts(undefined, this.count, (i) => this.edgeAt(i)) ?? null;
    if (!this.keyParts) return { table: this.keyTable() };
    // Parts again after the keys without them were dropped (see followed): the key table carried till now is let go, not carried on.
    this.keyCodes = undefined;
    return { parts: this.keyParts.parts };
  }

  /** Numeric edge attributes by name, in edge order: made once per slice, carried on by `followed`. */
  private readonly columns = new Map<string, Float64Array>();

  /** Each kept edge's attribute `name` as a number (NaN where it is none), in edge order (do not mutate). */
  column(name: string): Float64Array {
    let column = this.columns.get(name);
    if (!column) {
      const made = new Float64Array(this.count);
      this.forEachEdgeUnkeyed((a, _s, _t, _u, i) => (made[i] = a[name] as number));
      this.columns.set(name, (column = made));
    }
    return column;
  }

  /** Each kept edge's ends as places in `nodes()`, two per edge in edge order: made once per slice, carried on by `followed`. */
  private numbered?: Int32Array;
  /** Whether a slice following this one may append to `numbered`'s buffer: only the first may (as with `keyCodes`). */
  private numberedExtendable = true;

  endsByNumber(): Int32Array {
    this.numbered ??= this.numberedFrom(new Int32Array(0), [], 0);
    return this.numbered;
  }

  /** `endsByNumber` if made already, without making it. */
  numberedEnds(): Int32Array | undefined {
    return this.numbered;
  }

  /** Each node's place in `nodes()`, made with `numbered` and handed on while no node is added. */
  private nodeNumbers?: Map<string, number>;

  /**
   * `endsByNumber` given the first `known` edges' ends numbered by `oldNodes` (old numbers are
   * renumbered, the rest looked up); `numbers`: the nodes' places, when they have not changed.
   * `extendable`: `old` is the numbered ends of the slice this one follows, which no other slice
   * appends to: with the numbers unchanged and room in its buffer, this slice's ends are a longer
   * view of that buffer, the new edges' ends written past the old ones (which a reader of the old
   * view, a pool task among them, never reads). A new 4 MB shared array at each ingest (500,000
   * relations) was most of the request thread's garbage of shared memory, which V8 does not count
   * toward starting a full collection (docs/history/engine-rounds.md, *Memory, eighth round: the request thread's shared
   * arrays after each change*).
   */
  private numberedFrom(old: Int32Array, oldNodes: readonly string[], known: number, numbers?: Map<string, number>, extendable = false): Int32Array {
    let number = numbers;
    if (!number) {
      number = new Map<string, number>();
      for (let i = 0; i < this.nodeKeys.length; i++) number.set(this.nodeKeys[i], i);
    }
    this.nodeNumbers = number;
    const inPlace = extendable && numbers !== undefined && old.buffer.byteLength >= old.byteOffset + 8 * this.count;
    // Shared memory: a pool worker reads it without a copy (graph/overview.ts). A slice of the
    // whole graph, the kind that follows changes, keeps room to append to.
    const ends = inPlace ? new Int32Array(old.buffer, old.byteOffset, 2 * this.count) : sharedInts(2 * this.count, this.whole ? ENDS_ROOM : 1);
    if (!numbers) {
      const renumber = Int32Array.from(oldNodes, (k) => (number as Map<string, number>).get(k) as number);
      for (let j = 0; j < 2 * known; j++) ends[j] = renumber[old[j]];
    } else if (!inPlace) ends.set(old.subarray(0, 2 * known));
    const numberOf = number;
    this.forEachUnkeyedFrom(known, (_a, s, t, _u, i) => {
      ends[2 * i] = numberOf.get(s) as number;
      ends[2 * i + 1] = numberOf.get(t) as number;
    });
    return ends;
  }

  /** This slice narrowed to `nodes` and the edges among them. */
  restrict(nodes: Set<string>): GraphSlice<N, E, G> {
    const kept = { keys: [] as string[], attrs: [] as E[], sources: [] as string[], targets: [] as string[], undirected: [] as boolean[] };
    this.forEachEdge((key, a, s, t, u) => {
      if (!nodes.has(s) || !nodes.has(t)) return;
      kept.keys.push(key);
      kept.attrs.push(a);
      kept.sources.push(s);
      kept.targets.push(t);
      kept.undirected.push(u);
    });
    const nodeKeys = this.nodeKeys.filter((n) => nodes.has(n));
    return new GraphSlice(this.graph, nodeKeys, new Set(nodeKeys), chunked(kept.keys, kept.attrs, kept.sources, kept.targets, kept.undirected));
  }

  get order(): number {
    return this.nodeKeys.length;
  }

  get size(): number {
    return this.count;
  }

  /** Node keys in the graph's order (do not mutate). */
  nodes(): readonly string[] {
    return this.nodeKeys;
  }

  hasNode(key: string): boolean {
    return this.nodeSet ? this.nodeSet.has(key) : this.graph.hasNode(key);
  }

  forEachNode(callback: (key: string, attributes: N) => void): void {
    for (const n of this.nodeKeys) callback(n, this.graph.getNodeAttributes(n));
  }

  forEachEdge(callback: SliceEdgeCallback<E>): void {
    this.forEachEdgeFrom(0, callback);
  }

  /** The kept edges without their keys, which a pass over them all would make again one by one (see EdgeChunk). */
  forEachEdgeUnkeyed(callback: UnkeyedEdgeCallback<E>): void {
    this.forEachUnkeyedFrom(0, callback);
  }

  /** Kept edges one by one, for code that reads them lazily (exports). */
  *edges(): Generator<SliceEdge<E>> {
    for (let i = 0; i < this.count; i++) yield this.edgeAt(i);
  }

  /** The key of the kept edge at `index` (0 ≤ index < size), without making an edge object. */
  keyAt(i: number): string {
    const c = this.chunkOf(i);
    return keyIn(this.chunks[c], i - this.starts[c]);
  }

  /** The kept edge at `index` (0 ≤ index < size). */
  edgeAt(i: number): SliceEdge<E> {
    const c = this.chunkOf(i);
    const k = i - this.starts[c];
    const chunk = this.chunks[c];
    const { sources, targets, undirected, attrs } = chunk;
    return { key: keyIn(chunk, k), source: sources[k], target: targets[k], undirected: undirected[k] === 1, attributes: attrs[k] };
  }

  /** Kept edges between `a` and `b`, either way round, by key (a pass over the kept edges). */
  edgesBetween(a: string, b: string): SliceEdge<E>[] {
    const out: SliceEdge<E>[] = [];
    this.forEachEdge((key, attributes, s, t, undirected) => {
      if ((s === a && t === b) || (s === b && t === a)) out.push({ key, source: s, target: t, undirected, attributes });
    });
    return out.sort((x, y) => byCodeUnits(x.key, y.key));
  }

  /**
   * Nodes within `depth` hops of `start` over kept edges, in any direction: one pass over the
   * kept edges per hop, which for the one or two hops of an ego network beats indexing them.
   */
  reach(start: string, depth: number): Set<string> {
    if (!this.hasNode(start)) return new Set();
    const seen = new Set([start]);
    let frontier = new Set([start]);
    for (let d = 0; d < depth && frontier.size; d++) {
      const next = new Set<string>();
      for (const { sources, targets } of this.chunks) {
        for (let k = 0; k < sources.length; k++) {
          const [s, t] = [sources[k], targets[k]];
          if (frontier.has(s) && !seen.has(t)) next.add(t);
          else if (frontier.has(t) && !seen.has(s)) next.add(s);
        }
      }
      for (const n of next) seen.add(n);
      frontier = next;
    }
    return seen;
  }

  /** The slice as a new graphology graph of the same kind, sharing attribute objects. */
  toGraph(): Graph<N, E, G> {
    const out = this.graph.nullCopy();
    out.replaceAttributes({ ...this.graph.getAttributes() });
    this.forEachNode((n, a) => out.addNode(n, a));
    this.forEachEdge((key, a, s, t, u) => {
      if (u) out.addUndirectedEdgeWithKey(key, s, t, a);
      else out.addDirectedEdgeWithKey(key, s, t, a);
    });
    return out;
  }
}
