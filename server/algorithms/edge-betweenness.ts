/**
 * Edge betweenness (nx.edge_betweenness_centrality): for each edge of the simple graph, the share
 * of shortest paths between pairs of actors that run along it — the brokerage lines. Brandes'
 * dependencies accumulated on arcs (traversal-kernels.ts, mode `edges`), by BFS or, weighted, by
 * Dijkstra over the lightest parallel relation, sources split across threads.
 *
 * Scale as NetworkX 2.8's `_rescale_e`: normalised by n(n − 1) (directed or not: an undirected
 * edge sums its two arcs, each pair being met from both ends); raw values halved when undirected.
 * Exact while n × arcs ≤ EXACT_WORK_LIMIT (as node betweenness) or when asked; above, or with `k`,
 * estimated from k sources drawn with `seed`, scaled by n / k (NetworkX 2.8 leaves edge values
 * from k sources unscaled; scaling makes k = n the exact value, as for node betweenness).
 */
import { InvalidArgumentError } from '../domain/errors';
import type { CompactGraph } from './compact';
import { runPlan, runPlanInPool } from './parallel-job';
import type { Plan } from './parallel-job';
import { INLINE_ARCS } from './parallel-job';
import { runLinkOrderTask } from '../workers/pool';
import { drawSources } from './random';
import { EXACT_WORK_LIMIT } from './sampled-betweenness';
import type { BetweennessMethod } from './sampled-betweenness';

export interface EdgeBetweennessOptions {
  /** `auto` (default): exact while n × arcs ≤ exactWorkLimit, from sources above; `exact`: always exact. */
  method?: 'auto' | 'exact';
  normalized?: boolean;
  /** Sources to estimate from (NetworkX's `k`), drawn with `seed`. */
  k?: number;
  seed?: number;
  threads?: number;
  exactWorkLimit?: number;
}

export interface EdgeBetweennessResult {
  /** The simple graph's edges by node index (source < target when undirected), with their values. */
  sources: Int32Array;
  targets: Int32Array;
  values: Float64Array;
  method: BetweennessMethod;
  /** Sources searched from. */
  samples: number;
  threads: number;
}

/** Edge betweenness on this thread. */
export function edgeBetweenness(c: CompactGraph, o: EdgeBetweennessOptions = {}): EdgeBetweennessResult {
  return runPlan(c, planEdgeBetweenness(c, o));
}

/** The same in the worker pool, leaving this thread free; `signal` cancels. */
export function edgeBetweennessInPool(c: CompactGraph, o: EdgeBetweennessOptions = {}, signal?: AbortSignal): Promise<EdgeBetweennessResult> {
  return runPlanInPool(c, planEdgeBetweenness(c, o), signal);
}

/** What edge betweenness on `c` has to run, and how its answer is made from the per-arc sums. */
function planEdgeBetweenness(c: CompactGraph, o: EdgeBetweennessOptions = {}): Plan<EdgeBetweennessResult> {
  const { n, outOffsets } = c;
  const arcs = outOffsets[n] ?? 0;
  const k = o.k;
  if (k !== undefined && !(Number.isInteger(k) && k >= 1 && k <= n)) throw new InvalidArgumentError('k', `must be a whole number from 1 to ${n} (the actors measured), got ${k}`);
  const limit = o.exactWorkLimit ?? EXACT_WORK_LIMIT;
  const sourceCount = k ?? (o.method !== 'exact' && n * arcs > limit ? Math.max(1, Math.min(n, Math.floor(limit / Math.max(1, arcs)))) : n);
  const sources = sourceCount < n ? drawSources(n, sourceCount, o.seed ?? 42) : undefined;
  const finish = (acc: Float64Array, threads: number): EdgeBetweennessResult => edgeValues(c, acc, threads, sourceCount, o.normalized ?? true);
  if (n === 0) return { finish };
  return { job: { mode: 'edges', total: sourceCount, ...(sources ? { sources } : {}), work: sourceCount * arcs, threads: o.threads }, finish };
}

/** One value per edge of the simple graph, from the per-arc sums of `sourceCount` sources. */
function edgeValues(c: CompactGraph, acc: Float64Array, threads: number, sourceCount: number, normalized: boolean): EdgeBetweennessResult {
  const { n, outOffsets, outTargets } = c;
  const arcs = outOffsets[n] ?? 0;
  const sampled = sourceCount < n;
  let scale = normalized ? (n <= 1 ? 1 : 1 / (n * (n - 1))) : c.directed ? 1 : 0.5;
  if (sampled) scale *= n / sourceCount;
  // Undirected: one entry per pair, summing the arcs both ways (each arc's twin found by search,
  // the targets of a node being sorted).
  const edges = c.directed ? arcs : arcs / 2;
  const src = new Int32Array(edges);
  const dst = new Int32Array(edges);
  const values = new Float64Array(edges);
  let e = 0;
  for (let v = 0; v < n; v++) {
    for (let a = outOffsets[v]; a < outOffsets[v + 1]; a++) {
      const w = outTargets[a];
      if (!c.directed && w < v) continue;
      let value = acc[a];
      if (!c.directed) value += acc[arcIndex(c, w, v)];
      src[e] = v;
      dst[e] = w;
      values[e++] = value * scale;
    }
  }
  return { sources: src, targets: dst, values, method: sampled ? 'sampled' : 'exact', samples: sourceCount, threads };
}

/** Index of the out-arc v → w (targets of each node are sorted by compactGraph). */
function arcIndex(c: CompactGraph, v: number, w: number): number {
  let lo = c.outOffsets[v];
  let hi = c.outOffsets[v + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = c.outTargets[mid];
    if (t === w) return mid;
    if (t < w) lo = mid + 1;
    else hi = mid - 1;
  }
  throw new Error(`no arc ${v} → ${w}`);
}

/** A link of the ranking by node key. */
export interface LinkValue {
  source: string;
  target: string;
  value: number;
}

/** The per-edge arrays a ranking of links is made from. */
export type LinkArrays = Pick<EdgeBetweennessResult, 'values' | 'sources' | 'targets'>;

/**
 * Edge indices by decreasing value; ties within float noise by the graph's node order of the
 * source, then of the target (id order for the actor graph, whose nodes are added by id).
 */
export function linkOrder({ values, sources, targets }: LinkArrays): Int32Array {
  const order = Array.from(values.keys());
  order.sort((x, y) => (Math.abs(values[y] - values[x]) > 1e-12 ? values[y] - values[x] : sources[x] - sources[y] || targets[x] - targets[y]));
  return Int32Array.from(order);
}

/** linkOrder() in a pool worker (a sort of every link: a few hundred milliseconds at 400,000); `signal` cancels. */
export async function linkOrderInPool(r: LinkArrays, signal?: AbortSignal): Promise<Int32Array> {
  signal?.throwIfAborted();
  if (r.values.length < INLINE_ARCS) return linkOrder(r);
  return runLinkOrderTask({ values: r.values, sources: r.sources, targets: r.targets }, signal);
}

/** The links at `order` (edge indices), by node key. */
export function linksAt(c: CompactGraph, { values, sources, targets }: LinkArrays, order: ArrayLike<number>): LinkValue[] {
  return Array.from(order, (e) => ({ source: c.ids[sources[e]], target: c.ids[targets[e]], value: values[e] }));
}

/** Links by decreasing value (see linkOrder), the first `top`. */
export function topLinks(c: CompactGraph, r: EdgeBetweennessResult, top = Infinity): LinkValue[] {
  const order = linkOrder(r);
  return linksAt(c, r, order.subarray(0, Math.min(order.length, top)));
}
