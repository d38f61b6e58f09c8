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
import type { Positions } from '../graph/layout';
import { seededRandom } from '../graph/random';

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

function frameOf(graph: ActorGraph, positions: Positions): Frame {
  const all = Object.values(positions);
  const cx = all.length ? all.reduce((s, p) => s + p.x, 0) / all.length : 0;
  const cy = all.length ? all.reduce((s, p) => s + p.y, 0) / all.length : 0;
  const radius = all.reduce((m, p) => Math.max(m, Math.hypot(p.x - cx, p.y - cy)), 0);
  const lengths: number[] = [];
  graph.forEachEdge((_e, _a, s, t) => {
    const p = positions[s];
    const q = positions[t];
    if (p && q) lengths.push(Math.hypot(p.x - q.x, p.y - q.y));
  });
  lengths.sort((a, b) => a - b);
  return { cx, cy, radius, reach: (lengths[lengths.length >> 1] || 1) * 0.5, peripheral: 0 };
}

export class KeptLayout {
  private constructor(
    /** Shared with callers, who must not mutate it. */
    readonly positions: Positions,
    private readonly frame: Frame,
  ) {}

  /** Keeps `positions`, a full layout of `graph`. */
  static of(graph: ActorGraph, positions: Positions): KeptLayout {
    const kept: Positions = Object.assign(keyedRecord(), positions);
    return new KeptLayout(kept, frameOf(graph, kept));
  }

  /**
   * Follows `graph` after a change: positions of actors no longer in it are dropped, new actors
   * placed. Returns false, changing nothing, when most of the graph is new (a restored or replaced
   * store): a picture of mostly placed-beside actors is worse than a fresh layout.
   */
  follow(graph: ActorGraph): boolean {
    const missing = graph.filterNodes((n) => this.positions[n] === undefined);
    if (missing.length * 2 > graph.order) return false;
    for (const id of Object.keys(this.positions)) if (!graph.hasNode(id)) delete this.positions[id];
    this.place(graph, missing.sort(compareActorIds));
    return true;
  }

  /** Wave after wave outwards, each new actor at the weighted centre of its placed neighbours plus a seeded offset. */
  private place(graph: ActorGraph, ids: string[]): void {
    const { reach } = this.frame;
    let pending = ids;
    while (pending.length) {
      const wave: [string, { x: number; y: number }][] = [];
      const rest: string[] = [];
      for (const n of pending) {
        let sx = 0;
        let sy = 0;
        let sw = 0;
        graph.forEachEdge(n, (_e, a, s, t) => {
          const p = this.positions[s === n ? t : s];
          if (!p) return;
          const w = Math.max(1, a.weight);
          sx += p.x * w;
          sy += p.y * w;
          sw += w;
        });
        if (sw === 0) {
          rest.push(n);
          continue;
        }
        const random = seededRandom(seedOf(n));
        const angle = random() * 2 * Math.PI;
        const r = reach * (0.3 + 0.7 * Math.sqrt(random()));
        wave.push([n, { x: sx / sw + r * Math.cos(angle), y: sy / sw + r * Math.sin(angle) }]);
      }
      // Positions of one wave are only read by the next, so the order within a wave does not matter.
      for (const [n, p] of wave) this.positions[n] = p;
      if (!wave.length) {
        for (const n of rest) this.onSpiral(n);
        return;
      }
      pending = rest;
    }
  }

  /** The next place on a sunflower spiral outside the picture as it was laid out. */
  private onSpiral(id: string): void {
    const f = this.frame;
    const i = f.peripheral++;
    const r = f.radius + f.reach * (2 + Math.sqrt(i + 1));
    this.positions[id] = { x: f.cx + r * Math.cos(i * GOLDEN_ANGLE), y: f.cy + r * Math.sin(i * GOLDEN_ANGLE) };
  }
}
