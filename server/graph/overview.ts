/**
 * What to draw first when a graph is too big to draw whole (pure functions).
 *
 * - `overviewGraph`: the actors with the most relation weight (evidence items + coded events) and
 *   the strongest relations among them, within a budget of nodes and edges. Every actor shown
 *   keeps at least its strongest relation inside the overview, so nothing looks isolated, and
 *   actors named in `keep` (the centre of an ego network) are always in, with their relations
 *   first.
 * - `stagedLayout`: positions for a big graph in two stages — ForceAtlas2 (`computeLayout`) on the
 *   overview only, then every other actor placed beside the actors it is related to, wave by wave
 *   outwards. Laying out 20,000 actors with ForceAtlas2 and noverlap takes minutes; this takes
 *   seconds, and the part a person sees first gets the full treatment.
 */
import type { OverviewInfo } from '../domain/api';
import { keyedRecord } from '../domain/reserved-keys';
import type { ActorGraph } from '../domain/types';
import { DEFAULT_BUDGET } from './budget';
import type { Budget } from './budget';
import { compactGraph } from '../algorithms/compact';
import type { CompactGraph } from '../algorithms/compact';
import { asSlice } from './filter';
import type { ActorSlice } from './filter';
import { computeLayout } from './layout';
import type { Positions } from './layout';
import { edgeEndsOf } from './projection';
import { runLayoutTask } from '../workers/pool';
import { seededRandom } from '../algorithms/random';
import { placeInWaves, type NeighbourWalk } from './wave-placement';

export { DEFAULT_BUDGET, EDGES_PER_NODE, MAX_LIMIT, budgetFor, fitsBudget, parseLimit } from './budget';
export type { Budget } from './budget';
export type { OverviewInfo } from '../domain/api';

export interface Selection {
  nodes: Set<string>;
  /** Relation keys. */
  edges: string[];
}

/**
 * Chooses the actors and relations of an overview; see the module comment. `compact`: the
 * slice's undirected compact form, when the caller already has it.
 */
export function selectOverview(graph: ActorGraph | ActorSlice, budget: Budget, keep: string[] = [], compact?: CompactGraph): Selection {
  const slice = asSlice(graph);
  const { nodes, edges } = chooseOverview(slice, budget, keep, compact);
  return { nodes, edges: edges.map((i) => slice.edgeAt(i).key) };
}

/**
 * `selectOverview` with relations as their places in the slice. Works on actor numbers (the
 * compact graph's) and typed arrays: on 50,000 actors and 500,000 relations, string sets and maps
 * made this the slowest part of a first page load.
 */
function chooseOverview(slice: ActorSlice, budget: Budget, keep: string[], compact?: CompactGraph): { nodes: Set<string>; edges: number[] } {
  const c = compact ?? compactGraph(slice, false);
  const n = c.n;
  const number = new Map(c.ids.map((id, i) => [id, i]));
  // Each relation's ends by number (the slice's, kept with it), and each actor's relation weight
  // (quotes + coded events) and count.
  if (c.ids.length !== slice.order || slice.nodes().some((id, i) => c.ids[i] !== id)) throw new Error('the compact graph is not of this slice');
  const ends = slice.endsByNumber();
  const weight = new Float64Array(n);
  const degree = new Int32Array(n);
  const edgeWeight = new Float64Array(slice.size);
  slice.forEachEdge((_k, a, _s, _t, _u, i) => {
    const [u, v] = [ends[2 * i], ends[2 * i + 1]];
    edgeWeight[i] = a.weight;
    weight[u] += a.weight;
    weight[v] += a.weight;
    degree[u]++;
    degree[v]++;
  });
  const ranked = Int32Array.from(c.ids.keys()).sort(
    (x, y) => weight[y] - weight[x] || degree[y] - degree[x] || (c.ids[x] < c.ids[y] ? -1 : c.ids[x] > c.ids[y] ? 1 : 0),
  );
  const pinned = new Uint8Array(n);
  const member = new Uint8Array(n);
  let size = 0;
  const add = (v: number): void => {
    if (member[v]) return;
    member[v] = 1;
    size++;
  };
  for (const id of keep) {
    const v = number.get(id);
    if (v === undefined) continue;
    pinned[v] = 1;
    add(v);
  }
  for (let r = 0; r < n && size < budget.nodes; r++) add(ranked[r]);
  // Actors without any relation inside the overview would look isolated: swap them for the next
  // ranked actors that do relate to it.
  const { outOffsets, outTargets } = c;
  const hasInside = (v: number): boolean => {
    for (let k = outOffsets[v], end = outOffsets[v + 1]; k < end; k++) if (member[outTargets[k]]) return true;
    return false;
  };
  const lonely: number[] = [];
  for (let v = 0; v < n; v++) if (member[v] && !pinned[v] && !hasInside(v)) lonely.push(v);
  for (const v of lonely) member[v] = 0;
  size -= lonely.length;
  for (let r = 0; r < n && size < budget.nodes; r++) if (!member[ranked[r]] && hasInside(ranked[r])) add(ranked[r]);

  // Relations: the pinned actors' first, then each actor's strongest, then the strongest overall.
  const inside: number[] = [];
  for (let i = 0; i < slice.size; i++) if (member[ends[2 * i]] && member[ends[2 * i + 1]]) inside.push(i);
  const byStrength = inside.sort((x, y) => {
    if (edgeWeight[y] !== edgeWeight[x]) return edgeWeight[y] - edgeWeight[x];
    const [kx, ky] = [slice.keyAt(x), slice.keyAt(y)];
    return kx < ky ? -1 : kx > ky ? 1 : 0;
  });
  const chosen = new Set<number>();
  const take = (i: number): void => {
    if (chosen.size < budget.edges) chosen.add(i);
  };
  for (const i of byStrength) if (pinned[ends[2 * i]] || pinned[ends[2 * i + 1]]) take(i);
  const covered = new Uint8Array(n);
  for (const i of byStrength) {
    const [u, v] = [ends[2 * i], ends[2 * i + 1]];
    if (covered[u] && covered[v]) continue;
    take(i);
    covered[u] = covered[v] = 1;
  }
  for (const i of byStrength) take(i);
  const nodes = new Set<string>();
  for (let v = 0; v < n; v++) if (member[v]) nodes.add(c.ids[v]);
  return { nodes, edges: byStrength.filter((i) => chosen.has(i)) };
}

/** A new graph with `nodes` and the relations at `edges` among them (attribute objects shared). */
function induced(slice: ActorSlice, nodes: Set<string>, edges: number[]): ActorGraph {
  const out = slice.graph.nullCopy() as ActorGraph;
  out.replaceAttributes({ ...slice.graph.getAttributes() });
  slice.forEachNode((n, a) => {
    if (nodes.has(n)) out.addNode(n, a);
  });
  for (const i of edges) {
    const { key, source, target, undirected, attributes } = slice.edgeAt(i);
    if (undirected) out.addUndirectedEdgeWithKey(key, source, target, attributes);
    else out.addDirectedEdgeWithKey(key, source, target, attributes);
  }
  return out;
}

/** The overview of `graph` as a new graph, with what it shows out of what (`compact` as for selectOverview). */
export function overviewGraph(
  graph: ActorGraph | ActorSlice,
  budget: Budget,
  keep: string[] = [],
  compact?: CompactGraph,
): { graph: ActorGraph; info: OverviewInfo } {
  const slice = asSlice(graph);
  const { nodes, edges } = chooseOverview(slice, budget, keep, compact);
  const out = induced(slice, nodes, edges);
  return {
    graph: out,
    info: {
      shown: { nodes: out.order, edges: out.size },
      total: { nodes: slice.order, edges: slice.size },
      budget,
      rankedBy: 'weight',
    },
  };
}

/**
 * Places every actor missing from `placed` beside the placed actors it relates to: wave after
 * wave outwards, each actor at the weighted centre of its already placed neighbours plus a short
 * seeded offset (a fraction of the typical relation length), so satellites gather round the
 * actors they relate to. Actors with no path to a placed one go on a spiral outside the picture.
 */
export function placeAround(graph: ActorGraph | ActorSlice, placed: Positions, seed = 7): Positions {
  const slice = asSlice(graph);
  const out: Positions = Object.assign(keyedRecord(), placed);
  const random = seededRandom(seed);
  // Each actor's relations as (other end, weight) runs in flat arrays: one pass over the edges
  // instead of a graph lookup per actor per wave.
  const ids = slice.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const offsets = new Int32Array(ids.length + 1);
  const lengths: number[] = [];
  slice.forEachEdge((_e, _a, s, t) => {
    offsets[(index.get(s) as number) + 1]++;
    offsets[(index.get(t) as number) + 1]++;
    const p = out[s];
    const q = out[t];
    if (p && q) lengths.push(Math.hypot(p.x - q.x, p.y - q.y));
  });
  for (let i = 0; i < ids.length; i++) offsets[i + 1] += offsets[i];
  const cursor = offsets.slice(0, ids.length);
  const other = new Int32Array(offsets[ids.length]);
  const weight = new Float64Array(offsets[ids.length]);
  slice.forEachEdge((_e, a, s, t) => {
    const [i, j] = [index.get(s) as number, index.get(t) as number];
    const w = Math.max(1, a.weight);
    other[cursor[i]] = j;
    weight[cursor[i]++] = w;
    other[cursor[j]] = i;
    weight[cursor[j]++] = w;
  });
  lengths.sort((a, b) => a - b);
  const reach = (lengths[lengths.length >> 1] || 1) * 0.5;

  const neighbours: NeighbourWalk = (n, visit) => {
    const v = index.get(n) as number;
    for (let k = offsets[v]; k < offsets[v + 1]; k++) visit(ids[other[k]], weight[k]);
  };
  const unplaced = placeInWaves(
    ids.filter((n) => !out[n]),
    out,
    neighbours,
    reach,
    () => random,
  );
  if (unplaced.length) spiral(out, unplaced, reach);
  return out;
}

/** Puts `nodes` on a sunflower spiral around the existing positions. */
function spiral(out: Positions, nodes: string[], step: number): void {
  const all = Object.values(out);
  const cx = all.length ? all.reduce((s, p) => s + p.x, 0) / all.length : 0;
  const cy = all.length ? all.reduce((s, p) => s + p.y, 0) / all.length : 0;
  const radius = all.reduce((m, p) => Math.max(m, Math.hypot(p.x - cx, p.y - cy)), 0) + step * 2;
  const golden = Math.PI * (3 - Math.sqrt(5));
  nodes.forEach((n, i) => {
    const r = radius + step * Math.sqrt(i + 1);
    out[n] = { x: cx + r * Math.cos(i * golden), y: cy + r * Math.sin(i * golden) };
  });
}

/**
 * Positions for any graph: `computeLayout` as is up to the default overview size, above it
 * ForceAtlas2 on the overview and `placeAround` for the rest.
 */
export function stagedLayout(graph: ActorGraph | ActorSlice, budget: Budget = DEFAULT_BUDGET, compact?: CompactGraph): Positions {
  const slice = asSlice(graph);
  const { core, placeRest } = layoutCore(slice, budget, compact);
  const placed = computeLayout(core);
  return placeRest ? placeAround(slice, placed) : placed;
}

/** stagedLayout with its ForceAtlas2 stage in the worker pool (the same positions), so this thread keeps serving. */
export async function stagedLayoutInPool(graph: ActorGraph | ActorSlice, budget: Budget = DEFAULT_BUDGET, compact?: CompactGraph): Promise<Positions> {
  const slice = asSlice(graph);
  const { core, placeRest } = layoutCore(slice, budget, compact);
  const input = edgeEndsOf(core);
  const xy = await runLayoutTask(input);
  const placed: Positions = keyedRecord();
  input.ids.forEach((id, i) => (placed[id] = { x: xy[2 * i], y: xy[2 * i + 1] }));
  return placeRest ? placeAround(slice, placed) : placed;
}

/** What stagedLayout runs ForceAtlas2 on: the whole graph while it fits `budget`, else its overview (the rest placed around it). */
function layoutCore(slice: ActorSlice, budget: Budget, compact?: CompactGraph): { core: ActorGraph; placeRest: boolean } {
  if (slice.order <= budget.nodes) return { core: slice.toGraph() as ActorGraph, placeRest: false };
  return { core: overviewGraph(slice, budget, [], compact).graph, placeRest: true };
}
