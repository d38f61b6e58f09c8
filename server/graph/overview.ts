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
import type { SerializedGraph } from 'graphology-types';
import { DEFAULT_BUDGET } from './budget';
import type { Budget } from './budget';
import { compactGraph } from '../algorithms/compact';
import type { CompactGraph } from '../algorithms/compact';
import { asSlice } from './filter';
import type { ActorSlice } from './filter';
import { computeLayout } from './layout';
import type { Positions } from './layout';
import { edgeEndsOf } from './projection';
import { runLayoutTask, runOverviewTask } from '../workers/pool';
import { chooseOverviewOf, type OverviewArrays, type OverviewChoice } from './overview-choice';
import { seededRandom } from '../algorithms/random';
import { placeInWaves, type NeighbourWalk } from './wave-placement';
import { edgeFields } from './coded-edge';

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
  return { nodes, edges: Array.from(edges, (i) => slice.keyAt(i)) };
}

/**
 * What the choice (overview-choice.ts) reads of a slice: actor and relation numbers, typed arrays.
 * On 50,000 actors and 500,000 relations, string sets and maps made this the slowest part of a
 * first page load.
 */
function overviewArrays(slice: ActorSlice, budget: Budget, keep: string[], compact?: CompactGraph): OverviewArrays {
  const c = compact ?? compactGraph(slice, false);
  if (c.ids.length !== slice.order || slice.nodes().some((id, i) => c.ids[i] !== id)) throw new Error('the compact graph is not of this slice');
  const kept = keep.map((id) => c.ids.indexOf(id)).filter((v) => v >= 0);
  return { ids: c.ids, outOffsets: c.outOffsets, outTargets: c.outTargets, ends: slice.endsByNumber(), edgeWeight: slice.column('weight'), keep: Int32Array.from(kept), budget };
}

/** `selectOverview` with actors as a set and relations as their places in the slice. */
function chooseOverview(slice: ActorSlice, budget: Budget, keep: string[], compact?: CompactGraph): { nodes: Set<string>; edges: Int32Array } {
  const a = overviewArrays(slice, budget, keep, compact);
  const keyOf = (i: number): string => slice.keyAt(i);
  return namedChoice(a.ids, chooseOverviewOf(a, (x, y) => (keyOf(x) < keyOf(y) ? -1 : keyOf(x) > keyOf(y) ? 1 : 0)));
}

const namedChoice = (ids: readonly string[], choice: OverviewChoice): { nodes: Set<string>; edges: Int32Array } => ({
  nodes: new Set(Array.from(choice.nodes, (v) => ids[v])),
  edges: choice.edges,
});

/** A new graph with `nodes` and the relations at `edges` among them (attribute objects shared). */
function induced(slice: ActorSlice, nodes: Set<string>, edges: Int32Array): ActorGraph {
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
  return overviewOf(slice, budget, chooseOverview(slice, budget, keep, compact));
}

/**
 * overviewGraph with the choice in the worker pool, in graphology's serialised form (what
 * `overviewGraph(…).graph.export()` gives), so this thread keeps serving: the relation keys that
 * order equal weights are read there from shared memory (slice.keyTable()), and the answer is
 * written from the slice without building a graph (that took tens of ms at each ingest).
 */
export async function overviewGraphInPool(slice: ActorSlice, budget: Budget, keep: string[] = [], compact?: CompactGraph): Promise<{ graph: SerializedGraph; info: OverviewInfo }> {
  const a = overviewArrays(slice, budget, keep, compact);
  const { nodes, edges } = namedChoice(a.ids, await runOverviewTask({ ...a, keys: slice.keyTable() }));
  return { graph: serialisedInduced(slice, nodes, edges), info: overviewInfo(slice, budget, nodes.size, edges.length) };
}

/** `induced(…).export()`, written from the slice. */
function serialisedInduced(slice: ActorSlice, nodes: Set<string>, edges: Int32Array): SerializedGraph {
  const g = slice.graph;
  const out: SerializedGraph = { options: { type: g.type, multi: g.multi, allowSelfLoops: g.allowSelfLoops }, attributes: { ...g.getAttributes() }, nodes: [], edges: [] };
  const copied = <T extends object>(o: T): T | undefined => (Object.keys(o).length ? { ...o } : undefined);
  // In the slice's order; only the chosen nodes' attributes are looked up (not all 20,000).
  for (const key of slice.nodes()) {
    if (!nodes.has(key)) continue;
    const a = copied(g.getNodeAttributes(key));
    out.nodes.push(a ? { key, attributes: a } : { key });
  }
  for (const i of edges) {
    const { key, source, target, undirected, attributes } = slice.edgeAt(i);
    const a = copied(edgeFields(attributes));
    out.edges.push({ key, source, target, ...(a ? { attributes: a } : {}), ...(g.type === 'mixed' && undirected ? { undirected: true } : {}) });
  }
  return out;
}

function overviewInfo(slice: ActorSlice, budget: Budget, nodes: number, edges: number): OverviewInfo {
  return { shown: { nodes, edges }, total: { nodes: slice.order, edges: slice.size }, budget, rankedBy: 'weight' };
}

function overviewOf(slice: ActorSlice, budget: Budget, { nodes, edges }: { nodes: Set<string>; edges: Int32Array }): { graph: ActorGraph; info: OverviewInfo } {
  const out = induced(slice, nodes, edges);
  return { graph: out, info: overviewInfo(slice, budget, out.order, out.size) };
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
