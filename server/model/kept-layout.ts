/**
 * Positions kept across changes: a full layout is made once (or when asked for again); after that
 * an actor keeps its place exactly, an actor that is gone loses it, and a new actor is placed
 * beside the actors it relates to (their weighted centre plus a short offset seeded by its id), or,
 * related to nobody placed, on a spiral outside the picture. So the picture a reader has learnt
 * does not move when an article arrives.
 */
import { keyedRecord } from '../domain/reserved-keys';
import type { ActorGraph } from '../domain/types';
import { compareActorIds } from '../graph/build';
import { asSlice } from '../graph/filter';
import type { ActorSlice } from '../graph/filter';
import type { Positions } from '../graph/layout';
import { seededRandom } from '../algorithms/random';
import { placeInWaves, type NeighbourWalk } from '../graph/wave-placement';

/** What placing new actors needs to know of the picture: its centre, extent and typical relation length. */
interface Frame {
  cx: number;
  cy: number;
  radius: number;
  /** Half the median length of a relation between placed actors (as graph/overview.ts placeAround). */
  reach: number;
  /** Actors placed on the outer spiral so far: the next one goes further round. */
  peripheral: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** FNV-1a: a seed per actor id, so where an actor lands does not depend on what else arrived with it. */
function seedOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** What measuring a frame reads of the whole slice: its nodes in order, its edges' numbered ends, how many edges. */
type FrameEdges = Pick<ActorSlice, 'nodes' | 'endsByNumber' | 'size'>;

/**
 * What a kept layout measures its frame on later (see KeptLayout.of): the slice's node list and
 * numbered ends themselves when the slice has numbered them already (the first view has, by the
 * time a layout lands), else the slice. Holding the slice until an actor is first placed held its
 * key table, weight column and chunks as well: 24 MB at 500,000 relations once ingests had moved on
 * to new ones. Apart from KeptLayout.of, so that no closure there holds the slice.
 */
function frameEdgesOf(slice: ActorSlice): FrameEdges {
  const ends = slice.numberedEnds();
  if (!ends) return slice;
  const nodes = slice.nodes();
  return { nodes: () => nodes, endsByNumber: () => ends, size: slice.size };
}

/**
 * `edges`: the graph's whole slice (see FrameEdges), whose numbered ends are walked with positions by node
 * number and the lengths sorted as a typed array (at 400,000 relations, looking every end up by id
 * and sorting an array of numbers held the request thread a quarter of a second when a layout landed).
 */
function frameOf(edges: FrameEdges, positions: Positions): Frame {
  const all = Object.values(positions);
  const cx = all.length ? all.reduce((s, p) => s + p.x, 0) / all.length : 0;
  const cy = all.length ? all.reduce((s, p) => s + p.y, 0) / all.length : 0;
  const radius = all.reduce((m, p) => Math.max(m, Math.hypot(p.x - cx, p.y - cy)), 0);
  const nodes = edges.nodes();
  const xs = new Float64Array(nodes.length);
  const ys = new Float64Array(nodes.length);
  const placed = new Uint8Array(nodes.length);
  nodes.forEach((n, i) => {
    const p = positions[n];
    if (!p) return;
    xs[i] = p.x;
    ys[i] = p.y;
    placed[i] = 1;
  });
  const ends = edges.endsByNumber();
  const found = new Float64Array(edges.size);
  let count = 0;
  for (let i = 0; i < edges.size; i++) {
    const s = ends[2 * i];
    const t = ends[2 * i + 1];
    if (placed[s] && placed[t]) found[count++] = Math.hypot(xs[s] - xs[t], ys[s] - ys[t]);
  }
  const lengths = found.subarray(0, count).sort();
  return { cx, cy, radius, reach: (lengths[count >> 1] || 1) * 0.5, peripheral: 0 };
}

/**
 * Each actor's relations in `graph` as placing reads them: in graphology's order for the actor
 * (forEachEdge), which sets the order a new actor's neighbours' positions are summed in.
 */
export const graphWalk =
  (graph: ActorGraph): NeighbourWalk =>
  (n, visit) =>
    graph.forEachEdge(n, (_e, a, s, t) => visit(s === n ? t : s, Math.max(1, a.weight)));

export class KeptLayout {
  /** Measured when an actor is first placed (see `frame`). */
  private measured?: Frame;
  /** How many actors `kept` places: counted once, then kept in step by `follow`. */
  private placedCount?: number;

  private constructor(
    /**
     * Shared with callers, who must not mutate it. New actors are added to it in place; when actors
     * are gone it is replaced, so an answer still being made for an older version (graph views
     * await the worker pool) finds every position it had.
     */
    private kept: Positions,
    /** Dropped once used: it holds the positions the layout was kept with and the slice's node list and numbered ends (see frameEdgesOf). */
    private measure: (() => Frame) | undefined,
  ) {}

  /**
   * The picture as laid out, measured when an actor is first placed, not when the layout is kept:
   * a pass over every relation (a fifth of a second at 500,000) that a start's quick placement,
   * replaced seconds later, never needs.
   */
  private get frame(): Frame {
    if (!this.measured) {
      this.measured = (this.measure as () => Frame)();
      this.measure = undefined;
    }
    return this.measured;
  }

  get positions(): Positions {
    return this.kept;
  }

  /**
   * Keeps a copy of `positions`, a full layout of `graph` (or of the graph a whole slice keeps: the
   * same edges, walked faster). The frame is measured later (see `frame`) on that copy, which is
   * as it was kept until then: actors are placed into it only once the frame is measured, and
   * `follow` replaces it rather than dropping actors from it. Measured on `positions` themselves,
   * the layout held them as well as the copy (3 MB at 50,000 actors) until an actor was placed.
   * A slice does not change (a graph is sliced now).
   */
  static of(graph: ActorGraph | ActorSlice, positions: Positions): KeptLayout {
    const edges = frameEdgesOf(asSlice(graph));
    const kept = Object.assign(keyedRecord(), positions);
    return new KeptLayout(kept, () => frameOf(edges, kept));
  }

  /**
   * Follows `graph` after a change: positions of actors no longer in it are dropped, new actors
   * placed. Returns false, changing nothing, when most of the graph is new (a restored or replaced
   * store): a picture of mostly placed-beside actors is worse than a fresh layout. `walkFor`: the
   * relations of the actors to place, when `graph` holds its nodes but not its edges (see
   * Explorer.graph); by default graph's own. `joined`: when the caller knows it, every actor that
   * joined the graph since the layout last followed it (or was kept), none having left: then only
   * they are looked up, not every actor (a pass over 50,000 held the request thread 5–10 ms at
   * the first graph read after each ingest), if the count of those placed adds up.
   */
  follow(graph: ActorGraph, walkFor?: (missing: readonly string[]) => NeighbourWalk, joined?: readonly string[]): boolean {
    const missing = (joined && this.missingOf(graph, joined)) ?? graph.filterNodes((n) => this.positions[n] === undefined);
    if (missing.length * 2 > graph.order) return false;
    // Every actor of the graph but the missing ones is placed: any more placed are gone from it.
    // Counting spares a pass over every kept actor (50,000) after each ingest, which removes none.
    const stayed = graph.order - missing.length;
    if ((this.placedCount ??= Object.keys(this.kept).length) > stayed) {
      const next: Positions = keyedRecord();
      for (const id of Object.keys(this.kept)) if (graph.hasNode(id)) next[id] = this.kept[id];
      this.kept = next;
    }
    missing.sort(compareActorIds);
    if (missing.length) this.place(missing, walkFor?.(missing) ?? graphWalk(graph));
    this.placedCount = stayed + missing.length;
    return true;
  }

  /**
   * The actors of `joined` in `graph` that have no place, when they are all that `graph` lacks: the
   * layout places `placedCount` actors, all of them in `graph` (none left it), so the count adds up
   * to the graph's order exactly when no other actor lacks a place. Undefined when it does not (or
   * the count is not known yet): the caller then looks at every actor.
   */
  private missingOf(graph: ActorGraph, joined: readonly string[]): string[] | undefined {
    if (this.placedCount === undefined) return undefined;
    const missing = [...new Set(joined)].filter((id) => this.positions[id] === undefined && graph.hasNode(id));
    return this.placedCount + missing.length === graph.order ? missing : undefined;
  }

  /** Wave after wave outwards, each new actor beside its placed neighbours (offset seeded by its id); the rest on the spiral. */
  private place(ids: string[], neighbours: NeighbourWalk): void {
    for (const n of placeInWaves(ids, this.positions, neighbours, this.frame.reach, (id) => seededRandom(seedOf(id)))) this.onSpiral(n);
  }

  /** The next place on a sunflower spiral outside the picture as it was laid out. */
  private onSpiral(id: string): void {
    const f = this.frame;
    const i = f.peripheral++;
    const r = f.radius + f.reach * (2 + Math.sqrt(i + 1));
    this.positions[id] = { x: f.cx + r * Math.cos(i * GOLDEN_ANGLE), y: f.cy + r * Math.sin(i * GOLDEN_ANGLE) };
  }
}
