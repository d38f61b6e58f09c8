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
import { EdgePlaces } from './edge-places';
import { extendKeyTable, type KeyTable } from './key-table';

/** `index`: the edge's place in the slice (see `edgeAt`). */
export type SliceEdgeCallback<E> = (key: string, attributes: E, source: string, target: string, undirected: boolean, index: number) => void;

export interface SliceEdge<E> {
  key: string;
  source: string;
  target: string;
  undirected: boolean;
  attributes: E;
}

/**
 * The first `count` items of `xs` but those at the places `cuts` (ascending): copied a run between
 * two cuts at a time (a change drops a few of 400,000 edges; testing every place against a set of
 * the dropped ones, in each of five arrays, held the request thread for tens of ms per ingest).
 */
function without<T>(xs: readonly T[], cuts: readonly number[], count: number): T[] {
  const runs: T[][] = [];
  let from = 0;
  for (const i of cuts) {
    runs.push(xs.slice(from, i));
    from = i + 1;
  }
  runs.push(xs.slice(from, count));
  return runs.length === 1 ? runs[0] : ([] as T[]).concat(...runs);
}

export class GraphSlice<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes> {
  private constructor(
    readonly graph: Graph<N, E, G>,
    private readonly nodeKeys: string[],
    /** Undefined when every node of `graph` is kept. */
    private readonly nodeSet: Set<string> | undefined,
    private readonly keys: string[],
    private readonly attrs: E[],
    private readonly sources: string[],
    private readonly targets: string[],
    private readonly undirected: boolean[],
  ) {
    this.count = keys.length;
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
    const keys: string[] = [];
    const attrs: E[] = [];
    const sources: string[] = [];
    const targets: string[] = [];
    const undirected: boolean[] = [];
    graph.forEachEdge((key, a, s, t, _sa, _ta, u) => {
      if (nodeSet && !(nodeSet.has(s) && nodeSet.has(t))) return;
      const seen = view ? view(a) : a;
      if (seen === undefined) return;
      keys.push(key);
      attrs.push(seen);
      sources.push(s);
      targets.push(t);
      undirected.push(u);
    });
    const out = new GraphSlice(graph, nodeKeys, nodeSet, keys, attrs, sources, targets, undirected);
    out.whole = !keepNode && !view;
    return out;
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
    const out = new GraphSlice(graph, graph.nodes(), undefined, edges.keys, edges.attrs, edges.sources, edges.targets, edges.undirected);
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
   * slice sees it unchanged. A change that only adds and replaces (an ingest) appends to the same
   * key and end arrays, past this slice's edges (copying them took tens of ms per ingest at 400,000
   * relations), and carries the columns, numbered ends and key table on; one that drops edges or
   * nodes (a curation) copies the arrays, and those are made again when asked for.
   */
  followed(nodes: readonly string[], edges: Iterable<string>, nodeOrder?: (a: string, b: string) => number, removedNodes: readonly string[] = []): GraphSlice<N, E, G> {
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
      const kept = this.graph.hasEdge(key);
      if (i !== undefined && (!kept || this.graph.source(key) !== this.sources[i] || this.graph.target(key) !== this.targets[i])) {
        dropped.add(i);
        if (kept) appended.push(key);
      } else if (i !== undefined) replaced.push(i);
      else if (kept) appended.push(key);
    }
    const gone = new Set(removedNodes);
    const onlyGrows = !dropped.size && !gone.size;
    const cuts = [...dropped].sort((a, b) => a - b);
    let keys: string[], sources: string[], targets: string[], undirected: boolean[];
    if (onlyGrows) {
      const handedOn = this.arraysHandedOn;
      this.arraysHandedOn = true;
      const mine = <T>(xs: T[]): T[] => (handedOn ? xs.slice(0, this.count) : xs);
      [keys, sources, targets, undirected] = [mine(this.keys), mine(this.sources), mine(this.targets), mine(this.undirected)];
    } else {
      const pick = <T>(xs: T[]): T[] => without(xs, cuts, this.count);
      [keys, sources, targets, undirected] = [pick(this.keys), pick(this.sources), pick(this.targets), pick(this.undirected)];
    }
    // Attributes are never shared (so this.attrs ends at this.count): replaced in a copy at their old
    // places, then the dropped ones left out.
    const updated = this.attrs.slice();
    for (const i of replaced) updated[i] = this.graph.getEdgeAttributes(this.keys[i]);
    const attrs = onlyGrows ? updated : without(updated, cuts, updated.length);
    for (const key of appended) {
      keys.push(key);
      attrs.push(this.graph.getEdgeAttributes(key));
      sources.push(this.graph.source(key));
      targets.push(this.graph.target(key));
      undirected.push(this.graph.isUndirected(key));
    }
    // The old keys are in `nodeOrder` (`of` sorted them): each new one goes in after the last key
    // not above it, as a stable sort of old then new would put it, without sorting them all again.
    const nodeKeys = gone.size ? this.nodeKeys.filter((k) => !gone.has(k)) : [...this.nodeKeys];
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
    const out = new GraphSlice(this.graph, nodeKeys, undefined, keys, attrs, sources, targets, undirected);
    out.whole = true;
    // The index goes to the new slice, following the change. This slice makes its own again if it follows another change.
    places.follow(
      cuts.map((i) => this.keys[i]),
      appended,
      keys,
      out.count,
    );
    out.keyPlaces = places;
    this.keyPlaces = undefined;
    if (!onlyGrows) return out;
    for (const [name, column] of this.columns) {
      const next = new Float64Array(out.count);
      next.set(column);
      for (const i of replaced) next[i] = attrs[i][name] as number;
      for (let i = this.count; i < out.count; i++) next[i] = attrs[i][name] as number;
      out.columns.set(name, next);
    }
    if (this.numbered) out.numbered = out.numberedFrom(this.numbered, this.nodeKeys, this.count, nodes.length ? undefined : this.nodeNumbers);
    // The key table's buffers go on with the new slice, which alone may write past this one's keys.
    if (this.keyCodes && this.keyCodesExtendable) out.keyCodes = extendKeyTable(this.keyCodes, keys.length, (i) => keys[i]);
    this.keyCodesExtendable = false;
    return out;
  }

  /** Each edge's place by key, made at a first `followed` and handed on to the slice that follows. */
  private keyPlaces?: EdgePlaces;

  private placesByKey(): EdgePlaces {
    return (this.keyPlaces ??= new EdgePlaces(this.keys, this.count));
  }

  /** Edges kept: the arrays may go on further (see `followed`). */
  private readonly count: number;
  /** Set once a slice that followed a change appends to this one's arrays. */
  private arraysHandedOn = false;

  /** The kept edges' keys in shared memory (see key-table.ts): made once per slice, carried on by `followed`. */
  private keyCodes?: KeyTable;
  private keyCodesExtendable = true;

  keyTable(): KeyTable {
    this.keyCodes ??= extendKeyTable(undefined, this.count, (i) => this.keys[i]);
    return this.keyCodes;
  }

  /** Numeric edge attributes by name, in edge order: made once per slice, carried on by `followed`. */
  private readonly columns = new Map<string, Float64Array>();

  /** Each kept edge's attribute `name` as a number (NaN where it is none), in edge order (do not mutate). */
  column(name: string): Float64Array {
    let column = this.columns.get(name);
    if (!column) {
      column = new Float64Array(this.count);
      for (let i = 0; i < this.count; i++) column[i] = this.attrs[i][name] as number;
      this.columns.set(name, column);
    }
    return column;
  }

  /** Each kept edge's ends as places in `nodes()`, two per edge in edge order: made once per slice, carried on by `followed`. */
  private numbered?: Int32Array;

  endsByNumber(): Int32Array {
    this.numbered ??= this.numberedFrom(new Int32Array(0), [], 0);
    return this.numbered;
  }

  /** Each node's place in `nodes()`, made with `numbered` and handed on while no node is added. */
  private nodeNumbers?: Map<string, number>;

  /**
   * `endsByNumber` given the first `known` edges' ends numbered by `oldNodes` (old numbers are
   * renumbered, the rest looked up); `numbers`: the nodes' places, when they have not changed.
   */
  private numberedFrom(old: Int32Array, oldNodes: readonly string[], known: number, numbers?: Map<string, number>): Int32Array {
    let number = numbers;
    if (!number) {
      number = new Map<string, number>();
      for (let i = 0; i < this.nodeKeys.length; i++) number.set(this.nodeKeys[i], i);
    }
    this.nodeNumbers = number;
    // Shared memory: a pool worker reads it without a copy (graph/overview.ts).
    const ends = new Int32Array(new SharedArrayBuffer(8 * this.count));
    if (numbers) ends.set(old.subarray(0, 2 * known));
    else {
      const renumber = Int32Array.from(oldNodes, (k) => (number as Map<string, number>).get(k) as number);
      for (let j = 0; j < 2 * known; j++) ends[j] = renumber[old[j]];
    }
    for (let i = known; i < this.count; i++) {
      ends[2 * i] = number.get(this.sources[i]) as number;
      ends[2 * i + 1] = number.get(this.targets[i]) as number;
    }
    return ends;
  }

  /** This slice narrowed to `nodes` and the edges among them. */
  restrict(nodes: Set<string>): GraphSlice<N, E, G> {
    const keep: number[] = [];
    for (let i = 0; i < this.count; i++) if (nodes.has(this.sources[i]) && nodes.has(this.targets[i])) keep.push(i);
    const pick = <T>(xs: T[]): T[] => keep.map((i) => xs[i]);
    const nodeKeys = this.nodeKeys.filter((n) => nodes.has(n));
    return new GraphSlice(this.graph, nodeKeys, new Set(nodeKeys), pick(this.keys), pick(this.attrs), pick(this.sources), pick(this.targets), pick(this.undirected));
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
    for (let i = 0; i < this.count; i++) callback(this.keys[i], this.attrs[i], this.sources[i], this.targets[i], this.undirected[i], i);
  }

  /** Kept edges one by one, for code that reads them lazily (exports). */
  *edges(): Generator<SliceEdge<E>> {
    for (let i = 0; i < this.count; i++) yield this.edgeAt(i);
  }

  /** The key of the kept edge at `index` (0 ≤ index < size), without making an edge object. */
  keyAt(i: number): string {
    return this.keys[i];
  }

  /** The kept edge at `index` (0 ≤ index < size). */
  edgeAt(i: number): SliceEdge<E> {
    return { key: this.keys[i], source: this.sources[i], target: this.targets[i], undirected: this.undirected[i], attributes: this.attrs[i] };
  }

  /** Kept edges between `a` and `b`, either way round, by key (a pass over the kept edges). */
  edgesBetween(a: string, b: string): SliceEdge<E>[] {
    const out: SliceEdge<E>[] = [];
    for (let i = 0; i < this.count; i++) {
      const [s, t] = [this.sources[i], this.targets[i]];
      if ((s === a && t === b) || (s === b && t === a)) out.push(this.edgeAt(i));
    }
    return out.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
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
      for (let i = 0; i < this.count; i++) {
        const [s, t] = [this.sources[i], this.targets[i]];
        if (frontier.has(s) && !seen.has(t)) next.add(t);
        else if (frontier.has(t) && !seen.has(s)) next.add(s);
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
