/**
 * A deterministic layout computed once on the server: seeded random start, ForceAtlas2 on the
 * undirected projection (so parallel relations do not over-attract), then noverlap so labels
 * and discs do not sit on each other. Same data → same picture on every load.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import random from 'graphology-layout/random';
import { keyedRecord } from '../domain/reserved-keys';
import type { ActorGraph } from '../domain/types';
import { edgeEndsOf, undirectedProjectionOf } from './projection';
import type { EdgeEnds } from './projection';
import { seededRandom } from '../algorithms/random';

export type Positions = Record<string, { x: number; y: number }>;

export interface LayoutOptions {
  seed?: number;
  iterations?: number;
}

export function computeLayout(graph: ActorGraph, opts: LayoutOptions = {}): Positions {
  return layoutOf(edgeEndsOf(graph), opts);
}

/** computeLayout on a graph's ids and relation ends (the same positions: the projection is built in the same order). */
export function layoutOf(input: EdgeEnds, opts: LayoutOptions = {}): Positions {
  const g = undirectedProjectionOf(input);
  if (g.order === 0) return {};
  random.assign(g, { rng: seededRandom(opts.seed ?? 7), scale: 100 });
  const iterations = opts.iterations ?? (g.order < 1000 ? 500 : 100);
  // Strong gravity keeps small disconnected groups (a pair of negotiators) near the main picture
  // instead of drifting to the edge of the frame.
  // Barnes–Hut from 1,000 actors: exact repulsion is quadratic, 4 s for a 2,000-actor overview.
  const settings = { ...forceAtlas2.inferSettings(g), strongGravityMode: true, gravity: 0.5, barnesHutOptimize: g.order > 1000 };
  forceAtlas2.assign(g, { iterations, getEdgeWeight: null, settings });
  // noverlap stops once nothing overlaps, which a crowded overview reaches late: on a 2,000-actor
  // scale-free overview 50 rounds leave 1 of 88 overlapping pairs in a fifth of 200 rounds' time.
  const rounds = g.order > 1000 ? 50 : 200;
  noverlap.assign(g, { maxIterations: rounds, settings: { margin: 2 }, inputReducer: (_k, a) => ({ x: a.x, y: a.y, size: 3 }) });
  const out: Positions = keyedRecord();
  g.forEachNode((n, a) => (out[n] = { x: a.x as number, y: a.y as number }));
  return out;
}
