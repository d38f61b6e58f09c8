/**
 * Betweenness centrality that stays exact where that is affordable and says when it is not.
 *
 * - exact: Brandes' algorithm (unweighted) over the compact graph, sources split across threads; chosen while n × arcs ≤ EXACT_WORK_LIMIT (measured: about 1.5 s on 2 cores).
 * - sampled: Riondato–Kornaropoulos (2016): r shortest paths drawn between uniform random pairs,
 *   with r = ⌈(c / ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉, c = 0.5, VD an upper bound on the vertex
 *   diameter. Then, with probability at least 1 − δ, every value is within ε of the exact one.
 *
 * Values are NetworkX's `betweenness_centrality(normalized=True, endpoints=False)` in both methods,
 * so exact and sampled results share one scale; ε is stated in that scale. Results always say
 * which method ran, with its sample count and bound.
 */
import { InvalidArgumentError } from '../domain/errors';
import type { CompactGraph } from './compact';
import { runPlan, runPlanInPool } from './parallel-job';
import type { Plan } from './parallel-job';
import { drawSources } from './random';
import type { Csr } from './traversal-kernels';

export type BetweennessMethod = 'exact' | 'sampled';

export interface BetweennessOptions {
  /** `auto` (default): exact while n × arcs ≤ exactWorkLimit, sampled above. */
  method?: 'auto' | BetweennessMethod;
  /** Additive error bound of the estimate, in the normalised scale (default 0.01). */
  epsilon?: number;
  /** Probability that some value misses the bound (default 0.1). */
  delta?: number;
  /** Seed of the sampler; equal seeds give equal estimates whatever the thread count. */
  seed?: number;
  /**
   * Threads to use, this one included. Default: 2 (1 on a single-core machine) when the work is
   * large enough for a worker's start-up to pay, else 1.
   */
  threads?: number;
  exactWorkLimit?: number;
  /** NetworkX's `normalized` (default true): divided by the number of pairs; else raw (halved when undirected). */
  normalized?: boolean;
  /** NetworkX's `endpoints` (default false): a path's end points count as lying on it. */
  endpoints?: boolean;
  /** NetworkX's `k`: Brandes from k sources drawn with `seed`, scaled by n / k (an estimate without a bound). */
  k?: number;
}

export interface BetweennessResult {
  /** By node index (see CompactGraph.ids). */
  values: Float64Array;
  method: BetweennessMethod;
  /** Exact: searches (every node). Sampled: shortest paths drawn, or k sources. */
  samples: number;
  /** The bound that holds with probability 1 − delta; 0 for exact values and for k sources. */
  epsilon: number;
  delta: number;
  /** How the estimate was made: random pairs with a bound, or NetworkX's k sources. */
  sampler?: 'pairs' | 'sources';
  /** Upper bound on the vertex diameter that sized the sample (pairs only). */
  vertexDiameterBound?: number;
  threads: number;
}

/**
 * Largest n × arcs computed exactly by default (arcs: 2 per undirected edge). Measured on the
 * 2-core machine this was written on: exact Brandes runs at about 7e7 such units per second and
 * thread, so 2e8 keeps an exact answer near 1.5 s on two threads (3 s on one): a 3,000-node graph
 * with 30,000 edges. The sampled estimate takes about 1.5 s for ε = 0.01 on 50k nodes / 500k edges.
 */
export const EXACT_WORK_LIMIT = 2e8;

/** Riondato–Kornaropoulos' universal constant (Löffler and Phillips' estimate). */
const RK_CONSTANT = 0.5;

/**
 * Upper bound on the vertex diameter (vertices on a longest shortest path).
 * Undirected: per component, one BFS from any vertex v; any path is ≤ d₁ + d₂ edges where d₁ ≥ d₂
 * are the two largest distances from v, so VD ≤ d₁ + d₂ + 1. Directed: no such bound exists, so
 * the size of the largest weakly connected component (a path cannot hold more vertices).
 */
export function vertexDiameterBound(csr: Csr): number {
  const { n, outOffsets, outTargets, inOffsets, inTargets } = csr;
  const directed = outOffsets !== inOffsets;
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let bound = n > 0 ? 1 : 0;
  for (let root = 0; root < n; root++) {
    if (dist[root] >= 0) continue;
    dist[root] = 0;
    queue[0] = root;
    let head = 0;
    let tail = 1;
    let d1 = 0;
    let d2 = 0;
    while (head < tail) {
      const v = queue[head++];
      const dv = dist[v];
      if (dv > d1) [d1, d2] = [dv, d1];
      else if (dv > d2) d2 = dv;
      // Weak components in the directed case: follow arcs both ways.
      for (const [offsets, targets] of directed ? [[outOffsets, outTargets], [inOffsets, inTargets]] : [[outOffsets, outTargets]]) {
        for (let k = offsets[v]; k < offsets[v + 1]; k++) {
          const w = targets[k];
          if (dist[w] < 0) {
            dist[w] = dv + 1;
            queue[tail++] = w;
          }
        }
      }
    }
    bound = Math.max(bound, directed ? tail : Math.min(tail, d1 + d2 + 1));
  }
  return bound;
}

/** Riondato–Kornaropoulos sample size for a bound ε (their scale) with probability 1 − δ. */
export function sampleSize(epsilon: number, delta: number, vdBound: number): number {
  return Math.ceil((RK_CONSTANT / (epsilon * epsilon)) * (Math.floor(Math.log2(vdBound - 2)) + 1 + Math.log(1 / delta)));
}

/**
 * NetworkX's scale for sums over ordered source–target pairs (`_rescale`): normalised by the
 * pairs a node can lie between, else halved on undirected graphs (each pair is met from both ends).
 */
function networkxScale(n: number, directed: boolean, normalized: boolean, endpoints: boolean): number {
  if (!normalized) return directed ? 1 : 0.5;
  if (endpoints) return n < 2 ? 1 : 1 / (n * (n - 1));
  return n <= 2 ? 1 : 1 / ((n - 1) * (n - 2));
}

/** Betweenness of every node, exact or sampled (see the file comment), on NetworkX's scale, on this thread. */
export function betweennessCentrality(c: CompactGraph, options: BetweennessOptions = {}): BetweennessResult {
  return runPlan(c, planBetweenness(c, options));
}

/** The same in the worker pool (`threads` of them), leaving this thread free; `signal` cancels. */
export function betweennessInPool(c: CompactGraph, options: BetweennessOptions = {}, signal?: AbortSignal): Promise<BetweennessResult> {
  return runPlanInPool(c, planBetweenness(c, options), signal);
}

/** What betweenness on `c` has to run, and how its answer is made from the sums. */
export function planBetweenness(c: CompactGraph, options: BetweennessOptions = {}): Plan<BetweennessResult> {
  const n = c.n;
  const arcs = c.outOffsets[n] ?? 0;
  const work = n * arcs;
  const limit = options.exactWorkLimit ?? EXACT_WORK_LIMIT;
  const delta = options.delta ?? 0.1;
  const epsilon = options.epsilon ?? 0.01;
  const endpoints = options.endpoints ?? false;
  const scale = networkxScale(n, c.directed, options.normalized ?? true, endpoints);
  const scaled = (acc: Float64Array, factor: number): Float64Array => {
    for (let i = 0; i < n; i++) acc[i] *= factor;
    return acc;
  };
  const weighted = c.outDistance !== undefined;
  const k = options.k;
  if (k !== undefined && !(Number.isInteger(k) && k >= 1 && k <= n)) throw new InvalidArgumentError('k', `must be a whole number from 1 to ${n} (the actors measured), got ${k}`);
  const requested = options.method ?? 'auto';
  // Pair sampling runs a bidirectional BFS: weighted graphs are estimated from sources instead.
  const overLimit = requested === 'sampled' || (requested === 'auto' && work > limit);
  const sourceCount = k ?? (overLimit && weighted ? Math.max(1, Math.min(n, Math.floor(limit / Math.max(1, arcs)))) : n);

  if (sourceCount < n) {
    const sources = drawSources(n, sourceCount, options.seed ?? 42);
    return {
      job: { mode: 'brandes', total: sourceCount, sources, endpoints, work: sourceCount * arcs, threads: options.threads },
      finish: (acc, threads) => ({ values: scaled(acc, (scale * n) / sourceCount), method: 'sampled', sampler: 'sources', samples: sourceCount, epsilon: 0, delta: 0, threads }),
    };
  }
  if (!overLimit || weighted || n <= 2) {
    if (n <= 2 && !endpoints) return { finish: () => ({ values: new Float64Array(n), method: 'exact', samples: n, epsilon: 0, delta: 0, threads: 1 }) };
    return {
      job: { mode: 'brandes', total: n, endpoints, work, threads: options.threads },
      finish: (acc, threads) => ({ values: scaled(acc, scale), method: 'exact', samples: n, epsilon: 0, delta: 0, threads }),
    };
  }

  if (!(epsilon > 0 && epsilon < 1)) throw new RangeError(`epsilon must be in (0, 1), got ${epsilon}`);
  if (!(delta > 0 && delta < 1)) throw new RangeError(`delta must be in (0, 1), got ${delta}`);
  const vd = vertexDiameterBound(c);
  // No shortest path has an inner vertex: every value is exactly 0 (but for end points).
  if (vd <= 2 && !endpoints) return { finish: () => ({ values: new Float64Array(n), method: 'exact', samples: 0, epsilon: 0, delta: 0, threads: 1 }) };
  // RK bound a value normalised by n(n − 1) (the share of ordered pairs); ε is stated in NetworkX's
  // normalised scale, which is n / (n − 2) times that without end points.
  const rkEpsilon = endpoints ? epsilon : (epsilon * (n - 2)) / n;
  const samples = sampleSize(rkEpsilon, delta, Math.max(3, vd));
  // A bidirectional sample scans a small part of the arcs; a quarter is a generous estimate.
  return {
    job: { mode: 'paths', total: samples, seed: options.seed ?? 42, endpoints, work: (samples * arcs) / 4, threads: options.threads },
    // Each sample estimates the sum over the n(n − 1) ordered pairs.
    finish: (acc, threads) => ({ values: scaled(acc, (scale * n * (n - 1)) / samples), method: 'sampled', sampler: 'pairs', samples, epsilon, delta, vertexDiameterBound: vd, threads }),
  };
}
