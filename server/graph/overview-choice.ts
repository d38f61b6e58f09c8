/**
 * The overview's choice (see overview.ts) on actor and relation numbers and typed arrays only, so
 * it runs the same on the request thread and in a pool worker: on 20,000 actors and 400,000
 * relations it takes a few hundred milliseconds, which after each ingest must not hold readers.
 */
import type { Budget } from './budget';
import { compareKeysAt, type KeyTable } from '../algorithms/key-table';
import { compareByOrder, type EdgeKeyOrder } from '../algorithms/edge-key-parts';

/** What the choice reads: the slice's undirected compact graph, each relation's ends and weight. */
export interface OverviewArrays {
  /** Actors, numbered 0 … nodes - 1 (the compact graph's numbers, in the slice's node order). */
  nodes: number;
  /** The undirected compact graph's arcs (compact.ts). */
  outOffsets: Int32Array;
  outTargets: Int32Array;
  /** Each relation's ends by actor number, two per relation in the slice's order. */
  ends: Int32Array;
  /** Each relation's weight (quotes + coded events). */
  edgeWeight: Float64Array;
  /** Actors always in (the centre of an ego network), by number. */
  keep: Int32Array;
  budget: Budget;
}

/** The chosen actors (numbers, ascending) and relations (places in the slice, strongest first). */
export interface OverviewChoice {
  nodes: Int32Array;
  edges: Int32Array;
}

/**
 * The choice as a pool task takes it: relation keys (or their parts) and actor ids in shared memory, for the order
 * among equal weights (copying 50,000 ids to the thread held the request thread 10–100 ms per overview).
 */
export interface OverviewTask extends OverviewArrays {
  /** The relation keys' order: from their parts (with `ids` and `ends`) or their own code units. */
  keys: EdgeKeyOrder;
  ids: KeyTable;
}

export function chooseOverviewTask(task: OverviewTask): OverviewChoice {
  return chooseOverviewOf(task, compareByOrder(task.keys, task.ids, task.ends), (x, y) => compareKeysAt(task.ids, x, y));
}

/**
 * The actors with the most relation weight (then the most relations, then by id) up to the budget,
 * actors with no relation inside swapped for the next that have one; then relations among them:
 * the kept actors' first, then each actor's strongest, then the strongest overall (equal weights
 * in key order: `compareKeys` compares two relations' keys by their places, `compareIds` two
 * actors' ids by their numbers, as `<` orders strings).
 */
export function chooseOverviewOf(a: OverviewArrays, compareKeys: (x: number, y: number) => number, compareIds: (x: number, y: number) => number): OverviewChoice {
  const { outOffsets, outTargets, ends, edgeWeight, budget } = a;
  const n = a.nodes;
  const m = edgeWeight.length;
  const weight = new Float64Array(n);
  const degree = new Int32Array(n);
  for (let i = 0; i < m; i++) {
    const [u, v] = [ends[2 * i], ends[2 * i + 1]];
    weight[u] += edgeWeight[i];
    weight[v] += edgeWeight[i];
    degree[u]++;
    degree[v]++;
  }
  const ranked = Int32Array.from({ length: n }, (_, v) => v).sort((x, y) => weight[y] - weight[x] || degree[y] - degree[x] || compareIds(x, y));
  const pinned = new Uint8Array(n);
  const member = new Uint8Array(n);
  let size = 0;
  const add = (v: number): void => {
    if (member[v]) return;
    member[v] = 1;
    size++;
  };
  for (const v of a.keep) {
    pinned[v] = 1;
    add(v);
  }
  for (let r = 0; r < n && size < budget.nodes; r++) add(ranked[r]);
  // Actors without any relation inside the overview would look isolated: swap them for the next
  // ranked actors that do relate to it.
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
  for (let i = 0; i < m; i++) if (member[ends[2 * i]] && member[ends[2 * i + 1]]) inside.push(i);
  const byStrength = inside.sort((x, y) => edgeWeight[y] - edgeWeight[x] || compareKeys(x, y));
  const chosen = new Uint8Array(m);
  let taken = 0;
  const take = (i: number): void => {
    if (taken >= budget.edges || chosen[i]) return;
    chosen[i] = 1;
    taken++;
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
  const nodes: number[] = [];
  for (let v = 0; v < n; v++) if (member[v]) nodes.push(v);
  return { nodes: Int32Array.from(nodes), edges: Int32Array.from(byStrength.filter((i) => chosen[i])) };
}
