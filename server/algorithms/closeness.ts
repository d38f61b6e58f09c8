/**
 * Closeness centrality that stays exact where that is affordable and says when it is not, as
 * betweenness does (sampled-betweenness.ts). Values are NetworkX's `closeness_centrality` with
 * wf_improved=True (Wasserman–Faust): for a node reached from r − 1 others at total distance D,
 *   closeness = ((r − 1) / (n − 1)) · ((r − 1) / D),
 * counting incoming distances when directed.
 *
 * - exact: a BFS from every node (both threads), while n × arcs ≤ EXACT_WORK_LIMIT.
 * - sampled (Eppstein–Wang): BFS from k distinct random sources. Per node, with p its share of the
 *   others that reach it and A its total distance / (n − 1), closeness = p² / A; both are means
 *   over the other nodes, estimated by their means over the sampled sources. By Hoeffding's bound
 *   (which holds for sampling without replacement), k = ⌈ln(4n/δ) / (2ε²)⌉ sources put every
 *   node's p within ε and its A within ε·Δ (Δ: a bound on the longest distance) with
 *   probability ≥ 1 − δ. The result states k, ε, δ and Δ.
 */
import type { CompactGraph } from './compact';
import { runPlan, runPlanInPool } from './parallel-job';
import type { Plan } from './parallel-job';
import { drawSources } from './random';
import { vertexDiameterBound } from './sampled-betweenness';
import type { BetweennessMethod, BetweennessOptions } from './sampled-betweenness';

/** The sampling knobs of betweenness (epsilon defaults to DEFAULT_EPSILON), and NetworkX's `wf_improved`. */
export interface ClosenessOptions extends Pick<BetweennessOptions, 'method' | 'epsilon' | 'delta' | 'seed' | 'threads' | 'exactWorkLimit'> {
  /** Scale by the share of nodes reaching this one (Wasserman–Faust; NetworkX's default, true). */
  wf_improved?: boolean;
}

export interface ClosenessResult {
  /** By node index (see CompactGraph.ids). */
  values: Float64Array;
  method: BetweennessMethod;
  /** BFS sources used (n when exact). */
  samples: number;
  /** Bound on each reach share (and, times distanceBound, on each mean distance); 0 when exact. */
  epsilon: number;
  delta: number;
  /** Δ, the bound on any finite distance that scales the mean-distance error (sampled only). */
  distanceBound?: number;
  threads: number;
}

/**
 * Largest n × arcs computed exactly by default: about one second on two threads here with the
 * direction-optimising BFS (10k nodes with 50k edges; 10k with 100k edges took 2.1 s).
 */
const CLOSENESS_EXACT_WORK_LIMIT = 1e9;

/**
 * Default bound on reach shares (mean distances: ε·Δ). 0.1 needs 726 sources at 50k actors,
 * about 1 s here; the errors seen in practice are a small fraction of the bound.
 */
const DEFAULT_EPSILON = 0.1;

/** Sources needed for bound ε with probability 1 − δ over n nodes (two estimates per node). */
export function closenessSampleSize(n: number, epsilon: number, delta: number): number {
  return Math.ceil(Math.log((4 * n) / delta) / (2 * epsilon * epsilon));
}

/** Closeness of every node, exact or sampled (see the file comment), on this thread. */
export function closenessCentrality(c: CompactGraph, options: ClosenessOptions = {}): ClosenessResult {
  return runPlan(c, planCloseness(c, options));
}

/** The same in the worker pool, leaving this thread free; `signal` cancels. */
export function closenessInPool(c: CompactGraph, options: ClosenessOptions = {}, signal?: AbortSignal): Promise<ClosenessResult> {
  return runPlanInPool(c, planCloseness(c, options), signal);
}

/** What closeness on `c` has to run, and how its answer is made from the sums. */
export function planCloseness(c: CompactGraph, options: ClosenessOptions = {}): Plan<ClosenessResult> {
  const n = c.n;
  const arcs = c.outOffsets[n] ?? 0;
  const delta = options.delta ?? 0.1;
  const epsilon = options.epsilon ?? DEFAULT_EPSILON;
  const requested = options.method ?? 'auto';
  const limit = options.exactWorkLimit ?? CLOSENESS_EXACT_WORK_LIMIT;
  const wfImproved = options.wf_improved ?? true;
  if (requested !== 'exact') {
    if (!(epsilon > 0 && epsilon < 1)) throw new RangeError(`epsilon must be in (0, 1), got ${epsilon}`);
    if (!(delta > 0 && delta < 1)) throw new RangeError(`delta must be in (0, 1), got ${delta}`);
  }
  const k = n > 1 ? closenessSampleSize(n, epsilon, delta) : n;
  // Sampling as many sources as there are nodes would be the exact computation, done less well.
  const sampled = requested === 'sampled' ? k < n : requested === 'auto' && n * arcs > limit && k < n;
  const sources = sampled ? drawSources(n, k, options.seed ?? 42) : undefined;
  const total = sources ? sources.length : n;
  const job = { mode: 'closeness' as const, total, width: 2, work: total * arcs, threads: options.threads, ...(sources ? { sources } : {}) };
  return { job, finish: (acc, threads) => closenessFrom(c, acc, threads, sources, { epsilon, delta, wfImproved }) };
}

/** Closeness from the summed distances and reach counts (sources: the sampled ones, if sampled). */
function closenessFrom(c: CompactGraph, acc: Float64Array, threads: number, sources: Int32Array | undefined, o: { epsilon: number; delta: number; wfImproved: boolean }): ClosenessResult {
  const { epsilon, delta, wfImproved } = o;
  const n = c.n;
  const total = sources ? sources.length : n;
  const values = new Float64Array(n);
  const inSample = new Uint8Array(n);
  if (sources) for (const s of sources) inSample[s] = 1;
  for (let v = 0; v < n; v++) {
    const distance = acc[v];
    const reached = acc[n + v];
    if (distance <= 0) continue;
    // Exact: ((r−1)/(n−1))·((r−1)/D). Sampled: p̂²/Â with p̂ = reached/others, Â = distance/others.
    // Without Wasserman–Faust's factor p̂ both are (r−1)/D.
    const others = sources ? total - inSample[v] : n - 1;
    values[v] = wfImproved ? (reached * reached) / (others * distance) : reached / distance;
  }
  if (!sources) return { values, method: 'exact', samples: n, epsilon: 0, delta: 0, threads };
  const distanceBound = Math.max(1, vertexDiameterBound(c) - 1);
  return { values, method: 'sampled', samples: total, epsilon, delta, distanceBound, threads };
}
