/**
 * Betweenness centrality that stays exact where that is affordable and says when it is not.
 *
 * - exact: Brandes' algorithm (unweighted) over a CSR copy of the graph, sources split across
 *   threads; chosen while n × arcs ≤ EXACT_WORK_LIMIT (measured: about 1.5 s on 2 cores).
 * - sampled: Riondato–Kornaropoulos (2016): r shortest paths drawn between uniform random pairs,
 *   with r = ⌈(c / ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉, c = 0.5, VD an upper bound on the vertex
 *   diameter. Then, with probability at least 1 − δ, every value is within ε of the exact one.
 *
 * Values are NetworkX's `betweenness_centrality(normalized=True, endpoints=False)` in both methods,
 * so exact and sampled results share one scale; ε is stated in that scale. Results always say
 * which method ran, with its sample count and bound.
 */
import type Graph from 'graphology';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { claimChunks, makeWorkspace, runChunk, WORKER_SOURCE } from './sampled-betweenness-worker';
import type { Csr, Job } from './sampled-betweenness-worker';

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
}

export interface BetweennessResult {
  values: Record<string, number>;
  method: BetweennessMethod;
  /** Exact: BFS sources (every node). Sampled: shortest paths drawn. */
  samples: number;
  /** The bound that holds with probability 1 − delta; 0 for exact values. */
  epsilon: number;
  delta: number;
  /** Upper bound on the vertex diameter that sized the sample (sampled only). */
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

/** Below this much work (n × arcs) a worker's start-up (~30 ms) costs more than it saves. */
const PARALLEL_WORK_MIN = 3e7;
/** Chunks per thread: enough for balance when sources differ in cost, few enough to be cheap. */
const CHUNKS_PER_THREAD = 16;
/** Riondato–Kornaropoulos' universal constant (Löffler and Phillips' estimate). */
const RK_CONSTANT = 0.5;

/** Copies the graph into CSR arrays on shared memory (so workers read it without a copy). */
export function toCsr(graph: Graph): { csr: Csr; ids: string[] } {
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const directed = graph.directedSize > 0;
  const outCount = new Int32Array(n + 1);
  const inCount = new Int32Array(n + 1);
  graph.forEachEdge((_e, _a, s, t, _sa, _ta, undirected) => {
    if (s === t) return; // self-loops lie on no shortest path
    const a = index.get(s)!;
    const b = index.get(t)!;
    outCount[a + 1]++;
    inCount[b + 1]++;
    if (undirected) {
      outCount[b + 1]++;
      inCount[a + 1]++;
    }
  });
  const fill = (count: Int32Array, reverse: boolean): { offsets: Int32Array; targets: Int32Array } => {
    const offsets = new Int32Array(new SharedArrayBuffer(4 * (n + 1)));
    for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + count[i + 1];
    const targets = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, offsets[n])));
    const cursor = offsets.slice(0, n);
    graph.forEachEdge((_e, _a, s, t, _sa, _ta, undirected) => {
      if (s === t) return;
      const a = index.get(s)!;
      const b = index.get(t)!;
      if (reverse) targets[cursor[b]++] = a;
      else targets[cursor[a]++] = b;
      if (undirected) {
        if (reverse) targets[cursor[a]++] = b;
        else targets[cursor[b]++] = a;
      }
    });
    return { offsets, targets };
  };
  const out = dedupe(fill(outCount, false), graph);
  const inn = directed ? dedupe(fill(inCount, true), graph) : out;
  return { csr: { n, outOffsets: out.offsets, outTargets: out.targets, inOffsets: inn.offsets, inTargets: inn.targets }, ids };
}

/** Parallel edges (multigraphs, or mixed graphs with both u→v and u–v) would count paths twice. */
function dedupe(adj: { offsets: Int32Array; targets: Int32Array }, graph: Graph): { offsets: Int32Array; targets: Int32Array } {
  if (!graph.multi && graph.type !== 'mixed') return adj;
  const { offsets, targets } = adj;
  const n = offsets.length - 1;
  const newOffsets = new Int32Array(new SharedArrayBuffer(4 * (n + 1)));
  let write = 0;
  for (let v = 0; v < n; v++) {
    const seg = targets.subarray(offsets[v], offsets[v + 1]).sort();
    newOffsets[v] = write;
    for (let k = 0; k < seg.length; k++) if (k === 0 || seg[k] !== seg[k - 1]) targets[write++] = seg[k];
  }
  newOffsets[n] = write;
  return { offsets: newOffsets, targets };
}

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

function defaultThreads(): number {
  return Math.max(1, Math.min(2, os.availableParallelism()));
}

/**
 * Runs `total` sources or samples over `threads` threads (this one plus workers) and returns the
 * summed accumulator. The main thread works too and then blocks on the done flags, so the call
 * stays synchronous; chunks a worker failed on are redone here.
 */
function runJob(csr: Csr, mode: BetweennessMethod, total: number, seed: number, threads: number): Float64Array {
  const chunkSize = Math.max(1, Math.ceil(total / (threads * CHUNKS_PER_THREAD)));
  const chunks = Math.ceil(total / chunkSize);
  const job: Job = {
    csr,
    mode,
    total,
    chunkSize,
    seed,
    control: new Int32Array(new SharedArrayBuffer(4)),
    done: new Int32Array(new SharedArrayBuffer(4 * Math.max(1, chunks))),
  };
  const workers: Worker[] = [];
  const outs: Float64Array[] = [];
  try {
    for (let i = 1; i < threads; i++) {
      const out = new Float64Array(new SharedArrayBuffer(8 * csr.n));
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { job, out } });
      // A failing worker is seen through its chunk flags; its error event must not crash us.
      worker.on('error', () => undefined);
      worker.unref();
      workers.push(worker);
      outs.push(out);
    }
    const acc = new Float64Array(csr.n);
    claimChunks(job, acc);
    const ws = makeWorkspace(csr.n);
    for (let c = 0; c < chunks; c++) {
      while (Atomics.load(job.done, c) === 0) Atomics.wait(job.done, c, 0);
      if (Atomics.load(job.done, c) === 2) runChunk(job, c, ws, acc);
    }
    for (const out of outs) for (let v = 0; v < csr.n; v++) acc[v] += out[v];
    return acc;
  } finally {
    for (const w of workers) void w.terminate();
  }
}

/** Betweenness of every node, exact or sampled (see the file comment), NetworkX-normalised. */
export function betweennessCentrality(graph: Graph, options: BetweennessOptions = {}): BetweennessResult {
  const { csr, ids } = toCsr(graph);
  const n = csr.n;
  const arcs = csr.outOffsets[n] ?? 0;
  const work = n * arcs;
  const limit = options.exactWorkLimit ?? EXACT_WORK_LIMIT;
  const requested = options.method ?? 'auto';
  const method: BetweennessMethod = requested === 'auto' ? (work <= limit ? 'exact' : 'sampled') : requested;
  const delta = options.delta ?? 0.1;
  const epsilon = options.epsilon ?? 0.01;
  if (options.threads !== undefined && !(Number.isInteger(options.threads) && options.threads >= 1)) {
    throw new RangeError(`threads must be a whole number ≥ 1, got ${options.threads}`);
  }
  const zeros = (): Record<string, number> => Object.fromEntries(ids.map((id) => [id, 0]));
  const threadsFor = (w: number): number => options.threads ?? (w >= PARALLEL_WORK_MIN ? defaultThreads() : 1);

  if (method === 'exact' || n <= 2) {
    if (n <= 2) return { values: zeros(), method: 'exact', samples: n, epsilon: 0, delta: 0, threads: 1 };
    const threads = threadsFor(work);
    const acc = runJob(csr, 'exact', n, 0, threads);
    // NetworkX: sum over all sources (ordered pairs), scaled by 1 / ((n − 1)(n − 2)).
    const scale = 1 / ((n - 1) * (n - 2));
    const values: Record<string, number> = {};
    ids.forEach((id, i) => (values[id] = acc[i] * scale));
    return { values, method: 'exact', samples: n, epsilon: 0, delta: 0, threads };
  }

  if (!(epsilon > 0 && epsilon < 1)) throw new RangeError(`epsilon must be in (0, 1), got ${epsilon}`);
  if (!(delta > 0 && delta < 1)) throw new RangeError(`delta must be in (0, 1), got ${delta}`);
  const vd = vertexDiameterBound(csr);
  // No shortest path has an inner vertex: every value is exactly 0.
  if (vd <= 2) return { values: zeros(), method: 'exact', samples: 0, epsilon: 0, delta: 0, threads: 1 };
  // RK bound a value normalised by n(n − 1); NetworkX's scale is n / (n − 2) times that.
  const rkEpsilon = (epsilon * (n - 2)) / n;
  const samples = sampleSize(rkEpsilon, delta, vd);
  // A bidirectional sample scans a small part of the arcs; a quarter is a generous estimate.
  const threads = threadsFor((samples * arcs) / 4);
  const acc = runJob(csr, 'sampled', samples, options.seed ?? 42, threads);
  const scale = n / (n - 2) / samples;
  const values: Record<string, number> = {};
  ids.forEach((id, i) => (values[id] = acc[i] * scale));
  return { values, method: 'sampled', samples, epsilon, delta, vertexDiameterBound: vd, threads };
}
