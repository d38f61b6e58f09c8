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
import type { SerializedEdge, SerializedGraph, SerializedNode } from 'graphology-types';
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
import { extendKeyTable, type KeyTable } from '../algorithms/key-table';
import { seededRandom } from '../algorithms/random';
import { placeInWaves, type NeighbourWalk } from './wave-placement';
import { Turn } from '../algorithms/turns';
import { edgeFields } from './coded-edge';
import { byCodeUnits } from '../algorithms/code-unit-order';

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
function overviewArrays(slice: ActorSlice, budget: Budget, keep: string[], compact?: CompactGraph): { ids: readonly string[]; arrays: OverviewArrays } {
  const c = compact ?? compactGraph(slice, false);
  if (c.ids.length !== slice.order || slice.nodes().some((id, i) => c.ids[i] !== id)) throw new Error('the compact graph is not of this slice');
  const kept = keep.map((id) => c.ids.indexOf(id)).filter((v) => v >= 0);
  const arrays = { nodes: c.ids.length, outOffsets: c.outOffsets, outTargets: c.outTargets, ends: slice.endsByNumber(), edgeWeight: slice.column('weight'), keep: Int32Array.from(kept), budget };
  return { ids: c.ids, arrays };
}

/** `selectOverview` with actors as a set and relations as their places in the slice. */
function chooseOverview(slice: ActorSlice, budget: Budget, keep: string[], compact?: CompactGraph): { nodes: Set<string>; edges: Int32Array } {
  const { ids, arrays } = overviewArrays(slice, budget, keep, compact);
  const choice = chooseOverviewOf(
    arrays,
    (x, y) => byCodeUnits(slice.keyAt(x), slice.keyAt(y)),
    (x, y) => byCodeUnits(ids[x], ids[y]),
  );
  return namedChoice(ids, choice);
}

/**
 * Actor ids in shared memory for the pool's choice, made once per list of ids: a projection that
 * follows changes keeps its list while no actor joins (see compact-follow.ts).
 */
const idTables = new WeakMap<readonly string[], KeyTable>();

function idTable(ids: readonly string[]): KeyTable {
  let table = idTables.get(ids);
  if (!table) idTables.set(ids, (table = extendKeyTable(undefined, ids.length, (i) => ids[i])));
  return table;
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

/** An entry of an overview's answer, and the last overview that showed it (see OverviewEntries). */
interface Shown<T> {
  entry: T;
  shown: number;
}

/** An actor's entry, with what it was made from (see OverviewEntries.node). */
interface NodeEntry extends Shown<SerializedNode> {
  /** The actor's position object in the layout (undefined: none), or null when the answer had no positions. */
  at: { x: number; y: number } | undefined | null;
}

/**
 * The actor and relation entries of an overview's answer by their attributes object, handed from
 * one overview to the next: an ingest changes few of the actors and relations shown, and an
 * unchanged one keeps its entry, whose JSON text the answer's serialiser keeps (api/send-json.ts's
 * serialisedOnce). A change to an actor or relation gives it a new attributes object (a relation's
 * ends turned round included), and a kept layout never moves an actor's position object, so an
 * entry found is right. Made anew for each answer, the 2,000 actor entries with their positions
 * (and their text) were the largest item the request thread left to the old space per ingest at
 * 50,000 actors (about 1.1 MB of 2.6 MB besides the requests' own objects).
 *
 * Only the entries the last overview showed are kept, in maps kept too: each overview marks what
 * it shows (`begin`, then `node`/`edge`), and `keep` drops the rest. Maps made anew per overview
 * (7,000 entries, their tables grown from empty) left another 0.3 MB per ingest to the old space.
 */
export class OverviewEntries {
  private readonly nodes = new Map<object, NodeEntry>();
  private readonly edges = new Map<object, Shown<SerializedEdge>>();
  private overviews = 0;

  /** Starts an overview: what `node` and `edge` are then told, to mark what it shows. */
  begin(): number {
    return ++this.overviews;
  }

  /**
   * The entry of actor `key` (`attributes`: its attributes; `positions`: the layout, whose place
   * for the actor is added to them) in overview `shown`, made or found: graphology's export of
   * it, as withPositions (graph/export.ts) writes it.
   */
  node(key: string, attributes: object, positions: Positions | undefined, shown: number): SerializedNode {
    const at = positions ? positions[key] : null;
    let kept = this.nodes.get(attributes);
    if (!kept || kept.entry.key !== key || kept.at !== at) {
      const a = at === null ? copied(attributes) : { ...attributes, ...at };
      kept = { entry: a ? { key, attributes: a } : { key }, at, shown };
      this.nodes.set(attributes, kept);
    }
    kept.shown = shown;
    return kept.entry;
  }

  /** The entry of the relation at `i` of `slice` in overview `shown`, made or found (`mixed`: whether undirected edges are marked so). */
  edge(slice: ActorSlice, i: number, mixed: boolean, shown: number): SerializedEdge {
    const { key, source, target, undirected, attributes } = slice.edgeAt(i);
    let kept = this.edges.get(attributes);
    const e = kept?.entry;
    if (!kept || !e || e.key !== key || e.source !== source || e.target !== target || (e.undirected === true) !== (mixed && undirected)) {
      const a = copied(edgeFields(attributes));
      kept = { entry: { key, source, target, ...(a ? { attributes: a } : {}), ...(mixed && undirected ? { undirected: true } : {}) }, shown };
      this.edges.set(attributes, kept);
    }
    kept.shown = shown;
    return kept.entry;
  }

  /** Keeps the entries overview `shown` showed, and only them. */
  keep(shown: number): void {
    for (const map of [this.nodes, this.edges]) for (const [attributes, kept] of map) if (kept.shown !== shown) map.delete(attributes);
  }
}

/** A shallow copy of `o`, or undefined when it has no fields (graphology's export leaves those out). */
const copied = <T extends object>(o: T): T | undefined => (Object.keys(o).length ? { ...o } : undefined);

/**
 * overviewGraph with the choice in the worker pool, in graphology's serialised form (what
 * `overviewGraph(…).graph.export()` gives, with `positions` as withPositions adds them), so this
 * thread keeps serving: the relation keys that order equal weights are read there from shared
 * memory (slice.keyOrder()), and the answer is written from the slice without building a graph
 * (that took tens of ms at each ingest). `entries`: the last overview's actor and relation
 * entries, reused where unchanged (see OverviewEntries).
 */
export async function overviewGraphInPool(
  slice: ActorSlice,
  budget: Budget,
  keep: string[] = [],
  compact?: CompactGraph,
  entries = new OverviewEntries(),
  positions?: Positions,
): Promise<{ graph: SerializedGraph; info: OverviewInfo }> {
  const choice = await chosenInPool(slice, budget, keep, compact);
  return { graph: await serialisedInduced(slice, choice.nodes, choice.edges, entries, positions), info: overviewInfo(slice, budget, choice.nodes.size, choice.edges.length) };
}

/** chooseOverview in the worker pool (the relation keys that order equal weights read there from shared memory). */
async function chosenInPool(slice: ActorSlice, budget: Budget, keep: string[], compact?: CompactGraph): Promise<{ nodes: Set<string>; edges: Int32Array }> {
  const { ids, arrays } = overviewArrays(slice, budget, keep, compact);
  return namedChoice(ids, await runOverviewTask({ ...arrays, keys: slice.keyOrder(), ids: idTable(ids) }));
}

/** Items of an overview's answer written between two looks at the clock (see serialisedInduced). */
const INDUCED_RUN = 256;

/**
 * `induced(…).export()`, written from the slice a turn of the event loop at a time
 * (algorithms/turns.ts): at 50,000 actors, walking them for the 2,000 shown and writing 5,000
 * relations held the request thread 20–100 ms after each change on a busy machine. The slice and
 * the relations' attributes do not change meanwhile (a change makes new ones).
 */
async function serialisedInduced(slice: ActorSlice, nodes: Set<string>, edges: Int32Array, entries: OverviewEntries, positions?: Positions): Promise<SerializedGraph> {
  const g = slice.graph;
  const out: SerializedGraph = { options: { type: g.type, multi: g.multi, allowSelfLoops: g.allowSelfLoops }, attributes: { ...g.getAttributes() }, nodes: [], edges: [] };
  const turn = new Turn();
  const ids = slice.nodes();
  const shown = entries.begin();
  // In the slice's order; only the chosen nodes' attributes are looked up (not all 50,000).
  for (let v = 0; v < ids.length; v++) {
    if (v % INDUCED_RUN === 0 && turn.over()) await turn.pause();
    const key = ids[v];
    if (nodes.has(key)) out.nodes.push(entries.node(key, g.getNodeAttributes(key), positions, shown));
  }
  for (let k = 0; k < edges.length; k++) {
    if (k % INDUCED_RUN === 0 && turn.over()) await turn.pause();
    out.edges.push(entries.edge(slice, edges[k], g.type === 'mixed', shown));
  }
  entries.keep(shown);
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
  slice.forEachEdgeUnkeyed((_a, s, t) => {
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
  slice.forEachEdgeUnkeyed((a, s, t) => {
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

/**
 * stagedLayout with its ForceAtlas2 stage in the worker pool (the same positions), so this thread
 * keeps serving; the overview it lays out is chosen in the pool too (at 50,000 actors choosing it
 * here held the thread about 0.25 s, just as a server's first page asked for its graph).
 */
export async function stagedLayoutInPool(graph: ActorGraph | ActorSlice, budget: Budget = DEFAULT_BUDGET, compact?: CompactGraph): Promise<Positions> {
  const slice = asSlice(graph);
  const { core, placeRest } = slice.order <= budget.nodes ? layoutCore(slice, budget, compact) : { core: overviewOf(slice, budget, await chosenInPool(slice, budget, [], compact)).graph, placeRest: true };
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
