/**
 * Places actors that arrive in a drawn graph without a place of their own (never drawn on this
 * page), leaving every other actor where it is. The server's position is used when it is
 * trustworthy: the server kept the drawn actors where they are, and the arrival lands near its
 * drawn neighbours. Otherwise (the server laid the graph out afresh, or put the actor far away)
 * an arrival goes beside its drawn neighbours, on the side the server's layout puts it, at about
 * one relation's length; a group of arrivals with no drawn neighbour keeps its served shape and
 * goes to the emptiest part of the picture.
 */
import type { ActorMultiGraph } from './graph-data';
import type { Point } from './graph-merge';

/** Served positions further than this many relation lengths from the drawn neighbours count as far. */
const FAR = 2.5;
/** An arrival is placed at least this many relation lengths away from any other actor, when it can. */
const CLEARANCE = 0.4;
/** Drawn actors that moved more than this share of a relation length mean the server laid out afresh. */
const MOVED = 0.01;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Edges sampled for the typical relation length (enough for a stable median, cheap on big graphs). */
const LENGTH_SAMPLE = 2000;
/** Candidate spots per side when looking for room for a group without drawn neighbours. */
const SPOT_GRID = 12;

/** A grid of placed actors, for "is anyone near this point" without a pass over the graph. */
class Occupancy {
  private readonly cells = new Map<string, Point[]>();
  constructor(private readonly cell: number) {}

  private key(x: number, y: number): string {
    return `${Math.floor(x / this.cell)}:${Math.floor(y / this.cell)}`;
  }

  add(p: Point): void {
    const k = this.key(p.x, p.y);
    const list = this.cells.get(k);
    if (list) list.push(p);
    else this.cells.set(k, [p]);
  }

  /** Distance to the nearest placed actor, capped at `limit` (searches `limit`'s cells only). */
  nearest(p: Point, limit: number): number {
    const r = Math.ceil(limit / this.cell);
    const cx = Math.floor(p.x / this.cell);
    const cy = Math.floor(p.y / this.cell);
    let best = limit;
    for (let i = cx - r; i <= cx + r; i++) {
      for (let j = cy - r; j <= cy + r; j++) {
        for (const q of this.cells.get(`${i}:${j}`) ?? []) best = Math.min(best, Math.hypot(q.x - p.x, q.y - p.y));
      }
    }
    return best;
  }
}

const mean = (ps: Point[]): Point => ({ x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length });

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Gives each of `unplaced` (actors in `graph` at their served position) a place. `served`: the
 * server's positions of every actor in the data, to compare the server's frame with the drawing.
 * `live`: the actors arrived with new data. Otherwise (a filter undone, a neighbourhood brought
 * into an overview) the server's positions stand as long as its frame is the drawing's.
 */
export function placeArrivals(graph: ActorMultiGraph, unplaced: string[], served: ReadonlyMap<string, Point>, live: boolean): void {
  if (!unplaced.length) return;
  const waiting = new Set(unplaced);
  const at = (id: string): Point => graph.getNodeAttributes(id);
  const placedIds = graph.filterNodes((id) => !waiting.has(id));
  if (!placedIds.length) return; // Nothing drawn yet: the server's layout is the picture.

  const length = typicalLength(graph, waiting);
  const moved = median(placedIds.filter((id) => served.has(id)).map((id) => dist(at(id), served.get(id) as Point)));
  const frameKept = moved <= MOVED * length;
  if (frameKept && !live) return;
  const occupied = new Occupancy(CLEARANCE * length);
  for (const id of placedIds) occupied.add(at(id));
  const put = (id: string, p: Point): void => {
    graph.mergeNodeAttributes(id, { x: p.x, y: p.y });
    occupied.add(p);
    waiting.delete(id);
  };

  // Arrivals next to drawn actors first, then outwards from them, so chains of new actors follow.
  for (let progress = true; progress && waiting.size; ) {
    progress = false;
    for (const id of [...waiting]) {
      const anchors = graph.neighbors(id).filter((n) => !waiting.has(n));
      if (!anchors.length) continue;
      put(id, besideNeighbours(at(id), anchors.map(at), anchors.map((a) => served.get(a) ?? at(a)), frameKept, length, occupied));
      progress = true;
    }
  }
  // Groups of arrivals with no drawn neighbour at all (a new story among new actors).
  while (waiting.size) {
    const group = componentOf(graph, [...waiting][0], waiting);
    const shape = group.map(at);
    const inside = frameKept && shape.every((p) => occupied.nearest(p, CLEARANCE * length) >= CLEARANCE * length);
    if (inside) {
      group.forEach((id, i) => put(id, shape[i]));
      continue;
    }
    const centre = mean(shape);
    const radius = Math.max(...shape.map((p) => dist(p, centre)), 1e-9);
    const room = emptiestSpot(placedIds.map(at), occupied, length);
    const scale = group.length === 1 ? 0 : Math.min(2 * length, room.clearance / 2) / radius;
    group.forEach((id, i) => put(id, { x: room.x + (shape[i].x - centre.x) * scale, y: room.y + (shape[i].y - centre.y) * scale }));
  }
}

const dist = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);

/** Median drawn length of relations between placed actors (falls back to the picture's size over its actor count). */
function typicalLength(graph: ActorMultiGraph, waiting: ReadonlySet<string>): number {
  const lengths: number[] = [];
  const step = Math.max(1, Math.floor(graph.size / LENGTH_SAMPLE));
  let i = 0;
  graph.forEachEdge((_e, _a, s, t, sa, ta) => {
    if (i++ % step !== 0 || waiting.has(s) || waiting.has(t)) return;
    const d = dist(sa, ta);
    if (d > 0) lengths.push(d);
  });
  const m = median(lengths);
  if (m > 0) return m;
  const xs = graph.mapNodes((_n, a) => a.x);
  const ys = graph.mapNodes((_n, a) => a.y);
  const span = Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  return span > 0 ? span / Math.sqrt(graph.order) : 1;
}

/**
 * Beside the drawn neighbours: the served position when the server's frame is the drawing's and
 * it is near them; else one relation length from their centre, in the served direction, turned
 * until it is clear of other actors.
 */
function besideNeighbours(servedAt: Point, drawn: Point[], servedAnchors: Point[], frameKept: boolean, length: number, occupied: Occupancy): Point {
  const centre = mean(drawn);
  if (frameKept && dist(servedAt, centre) <= FAR * length && occupied.nearest(servedAt, CLEARANCE * length) >= CLEARANCE * length) return servedAt;
  const from = mean(servedAnchors);
  let angle = Math.atan2(servedAt.y - from.y, servedAt.x - from.x);
  if (!Number.isFinite(angle) || (servedAt.x === from.x && servedAt.y === from.y)) angle = 0;
  let best = { p: centre, clear: -1 };
  for (let k = 0; k < 24; k++) {
    const r = length * (1 + Math.floor(k / 8) * 0.5);
    const a = angle + k * GOLDEN_ANGLE;
    const p = { x: centre.x + Math.cos(a) * r, y: centre.y + Math.sin(a) * r };
    const clear = occupied.nearest(p, CLEARANCE * length);
    if (clear >= CLEARANCE * length) return p;
    if (clear > best.clear) best = { p, clear };
  }
  return best.p;
}

/** The arrivals connected to `start` through other arrivals. */
function componentOf(graph: ActorMultiGraph, start: string, waiting: ReadonlySet<string>): string[] {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    const id = queue.shift() as string;
    for (const n of graph.neighbors(id)) {
      if (waiting.has(n) && !seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return [...seen];
}

/** The point of the drawn picture's box furthest from any actor, with how far that is. */
function emptiestSpot(drawn: Point[], occupied: Occupancy, length: number): Point & { clearance: number } {
  const xs = drawn.map((p) => p.x);
  const ys = drawn.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const limit = 4 * length;
  let best = { x: x1 + length, y: (y0 + y1) / 2, clearance: 0 };
  for (let i = 0; i <= SPOT_GRID; i++) {
    for (let j = 0; j <= SPOT_GRID; j++) {
      const p = { x: x0 + ((x1 - x0) * i) / SPOT_GRID, y: y0 + ((y1 - y0) * j) / SPOT_GRID };
      const clearance = occupied.nearest(p, limit);
      if (clearance > best.clearance) best = { ...p, clearance };
    }
  }
  // A picture with no room inside: beside it, on the right.
  if (best.clearance < CLEARANCE * length * 2) return { x: x1 + 2 * length, y: (y0 + y1) / 2, clearance: 2 * length };
  return best;
}
