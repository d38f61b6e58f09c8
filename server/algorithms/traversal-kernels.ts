/**
 * Traversal kernels over a compressed adjacency (CSR) — Brandes' betweenness from a source (on
 * nodes, or on arcs for edge betweenness), one Riondato–Kornaropoulos path sample, closeness
 * distances from a source — and the chunk loop that runs them, on the calling thread or in a pool
 * worker (server/workers/graph-tasks.ts loads this module; parallel-job.ts plans the jobs).
 *
 * Work is split into a fixed number of chunks (of sources for Brandes and closeness, of sample
 * indices for paths), claimed through an atomic counter by whichever thread is free, so a slow
 * start of a worker costs nothing. A finished chunk waits in a shared scratch buffer until every
 * chunk before it has been added, then is added to the one shared total: the sums are made in
 * chunk order whichever thread ran what, so the answer is the same to the last bit from run to
 * run and for one thread or two (floating-point addition is not associative: added in the order
 * chunks happened to finish, edge betweenness differed between runs in its last bit). Each chunk
 * is marked done once added, so the caller can tell a finished job from one stopped early
 * (cancelled, or a failed worker).
 */

/**
 * Adjacency in CSR form. For undirected graphs the in-arrays are the out-arrays. `outDistance`
 * (per out-arc, aligned with outTargets) makes the traversals weighted: Dijkstra instead of BFS.
 */
export interface Csr {
  n: number;
  outOffsets: Int32Array;
  outTargets: Int32Array;
  inOffsets: Int32Array;
  inTargets: Int32Array;
  outDistance?: Float64Array;
}

/** What the threads share: the graph, the work list and the claim/done flags. */
export interface Job {
  csr: Csr;
  /**
   * brandes: betweenness from every source; edges: the same dependencies accumulated on out-arcs
   * (edge betweenness); paths: sampled shortest paths; closeness: distances.
   */
  mode: 'brandes' | 'edges' | 'paths' | 'closeness';
  /** Sources or samples to process, split into chunks of `chunkSize`. */
  total: number;
  /** Brandes and closeness: the source of item i is sources[i] (all nodes when absent). */
  sources?: Int32Array;
  /** Brandes: count each path's end points too (NetworkX's `endpoints=True`). */
  endpoints: boolean;
  /**
   * Length of the accumulator: n (one slot per node), 2n for closeness (distance sums, then reach
   * counts), or the number of out-arcs for edges (aligned with outTargets).
   */
  slots: number;
  chunkSize: number;
  seed: number;
  /** Counters shared by the threads (LEDGER_* below). */
  ledger: Int32Array;
  /** Per chunk: 0 not finished, k > 0 finished into scratch buffer k − 1 and not yet added, −1 failed. */
  ready: Int32Array;
  /** Shared scratch buffers of `slots` values, one more than the threads: a finished chunk waits in one. */
  scratch: Float64Array[];
  /** Per scratch buffer: 1 while a chunk is computed in it or waits in it, else 0. */
  held: Int32Array;
  /** The job's total: the chunks' results added in chunk order. */
  out: Float64Array;
  /** Per chunk: 0 pending (or skipped after a cancel), 1 done (added to `out`), 2 failed. */
  done: Int32Array;
}

/** ledger[LEDGER_CLAIM]: the next unclaimed chunk (moved past the end to stop: stopClaims). */
const LEDGER_CLAIM = 0;
/** ledger[LEDGER_NEXT]: the next chunk to add to the total. */
const LEDGER_NEXT = 1;
/** ledger[LEDGER_LOCK]: 1 while a thread adds finished chunks to the total. */
const LEDGER_LOCK = 2;
/** ledger[LEDGER_FREED]: counts freed scratch buffers; a thread with none free waits on it. */
const LEDGER_FREED = 3;
export const LEDGER_LENGTH = 4;
/** How long a thread waiting for a scratch buffer sleeps before it looks again whether the job was stopped. */
const WAIT_MS = 500;

/** Scratch arrays reused across sources and samples, so the hot loops allocate nothing. */
export interface Workspace {
  distS: Int32Array;
  distT: Int32Array;
  sigmaS: Float64Array;
  sigmaT: Float64Array;
  coeff: Float64Array;
  orderS: Int32Array;
  orderT: Int32Array;
  meetU: Int32Array;
  meetW: Int32Array;
  meetP: Float64Array;
  /** Weighted traversals: tentative distances (−1: unseen) and a binary heap of (key, node). */
  weight: Float64Array;
  heapKeys: Float64Array;
  heapNodes: Int32Array;
  /** [0]: heap size; [1]: nodes settled so far. */
  heapSize: Int32Array;
}

/** `arcs`: out-arcs of the graph (a lazy-deletion heap holds at most one entry per arc, plus one). */
function makeWorkspace(n: number, arcs: number): Workspace {
  const distS = new Int32Array(n).fill(-1);
  const distT = new Int32Array(n).fill(-1);
  return {
    distS,
    distT,
    sigmaS: new Float64Array(n),
    sigmaT: new Float64Array(n),
    coeff: new Float64Array(n),
    orderS: new Int32Array(n),
    orderT: new Int32Array(n),
    meetU: new Int32Array(16),
    meetW: new Int32Array(16),
    meetP: new Float64Array(16),
    weight: new Float64Array(n).fill(-1),
    heapKeys: new Float64Array(arcs + 1),
    heapNodes: new Int32Array(arcs + 1),
    heapSize: new Int32Array(2),
  };
}

/** Pushes (key, node) on the workspace's min-heap. */
function heapPush(ws: Workspace, key: number, node: number): void {
  const keys = ws.heapKeys;
  const nodes = ws.heapNodes;
  let i = ws.heapSize[0]++;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (keys[parent] <= key) break;
    keys[i] = keys[parent];
    nodes[i] = nodes[parent];
    i = parent;
  }
  keys[i] = key;
  nodes[i] = node;
}

/** Pops the node with the least key (the caller reads that key from heapKeys[0] first). */
function heapPop(ws: Workspace): number {
  const keys = ws.heapKeys;
  const nodes = ws.heapNodes;
  const top = nodes[0];
  const size = --ws.heapSize[0];
  const key = keys[size];
  const node = nodes[size];
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    if (child + 1 < size && keys[child + 1] < keys[child]) child++;
    if (keys[child] >= key) break;
    keys[i] = keys[child];
    nodes[i] = nodes[child];
    i = child;
  }
  keys[i] = key;
  nodes[i] = node;
  return top;
}

/**
 * Dijkstra from s along out-arcs weighted by outDistance, settling nodes into ws.orderS in order of
 * distance (ws.weight holds the distances). With `sigma`, counts shortest paths as NetworkX's
 * `_single_source_dijkstra_path_basic` does: a tie is an exactly equal float sum. Returns the
 * number of nodes settled (s included).
 */
function dijkstraFrom(csr: Csr, s: number, ws: Workspace, sigma: Float64Array | null): number {
  const { outOffsets, outTargets } = csr;
  const weights = csr.outDistance as Float64Array;
  const dist = ws.weight;
  const settled = ws.distS;
  const order = ws.orderS;
  let count = 0;
  ws.heapSize[0] = 0;
  dist[s] = 0;
  if (sigma) sigma[s] = 1;
  heapPush(ws, 0, s);
  while (ws.heapSize[0] > 0) {
    const d = ws.heapKeys[0];
    const v = heapPop(ws);
    if (settled[v] >= 0 || d > dist[v]) continue;
    settled[v] = count;
    order[count++] = v;
    for (let k = outOffsets[v], end = outOffsets[v + 1]; k < end; k++) {
      const w = outTargets[k];
      if (settled[w] >= 0) continue;
      const dw = d + weights[k];
      const seen = dist[w];
      if (seen < 0 || dw < seen) {
        dist[w] = dw;
        if (sigma) sigma[w] = sigma[v];
        heapPush(ws, dw, w);
      } else if (sigma && dw === seen) sigma[w] += sigma[v];
    }
  }
  return count;
}

/**
 * Brandes' accumulation from one source on a weighted graph (after dijkstraFrom): dependencies
 * in reverse order of distance, pulled from the out-arcs whose end lies exactly one arc further.
 */
function weightedBrandesFrom(csr: Csr, s: number, ws: Workspace, acc: Float64Array, endpoints: boolean): void {
  const { outOffsets, outTargets } = csr;
  const weights = csr.outDistance as Float64Array;
  const sigma = ws.sigmaS;
  const coeff = ws.coeff;
  const order = ws.orderS;
  const dist = ws.weight;
  const settled = ws.distS;
  const count = dijkstraFrom(csr, s, ws, sigma);
  for (let i = count - 1; i > 0; i--) {
    const v = order[i];
    const dv = dist[v];
    let sum = 0;
    for (let k = outOffsets[v], end = outOffsets[v + 1]; k < end; k++) {
      const w = outTargets[k];
      if (settled[w] > i && dv + weights[k] === dist[w]) sum += coeff[w];
    }
    const dependency = sigma[v] * sum;
    acc[v] += endpoints ? dependency + 1 : dependency;
    coeff[v] = (1 + dependency) / sigma[v];
  }
  if (endpoints) acc[s] += count - 1;
  for (let i = 0; i < count; i++) {
    settled[order[i]] = -1;
    dist[order[i]] = -1;
  }
}

/**
 * The forward pass of Brandes' algorithm (unweighted): a BFS from s along out-arcs that leaves the
 * distances in ws.distS, the numbers of shortest paths in ws.sigmaS and the nodes in BFS order in
 * ws.orderS; returns how many nodes it reached (s included).
 */
function countShortestPaths(csr: Csr, s: number, ws: Workspace): number {
  const { outOffsets, outTargets } = csr;
  const dist = ws.distS;
  const sigma = ws.sigmaS;
  const order = ws.orderS;
  dist[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = order[head++];
    const dv = dist[v] + 1;
    const sv = sigma[v];
    for (let k = outOffsets[v], end = outOffsets[v + 1]; k < end; k++) {
      const w = outTargets[k];
      let dw = dist[w];
      if (dw < 0) {
        dist[w] = dw = dv;
        sigma[w] = 0;
        order[tail++] = w;
      }
      if (dw === dv) sigma[w] += sv;
    }
  }
  return tail;
}

/**
 * Brandes' accumulation from one source onto arcs (unweighted; NetworkX's `_accumulate_edges`):
 * the BFS of brandesFrom, then, in reverse BFS order, each arc v → w one level down carries
 * σ(v) · (1 + δ(w)) / σ(w) of the dependency, added to acc[k] for the arc's index k. The source's
 * own arcs count too. An undirected edge's value is the sum over its two arcs.
 */
function edgeBrandesFrom(csr: Csr, s: number, ws: Workspace, acc: Float64Array): void {
  const { outOffsets, outTargets } = csr;
  const dist = ws.distS;
  const sigma = ws.sigmaS;
  const coeff = ws.coeff;
  const order = ws.orderS;
  const tail = countShortestPaths(csr, s, ws);
  for (let i = tail - 1; i >= 0; i--) {
    const v = order[i];
    const next = dist[v] + 1;
    const sv = sigma[v];
    let sum = 0;
    for (let k = outOffsets[v], end = outOffsets[v + 1]; k < end; k++) {
      const w = outTargets[k];
      if (dist[w] === next) {
        acc[k] += sv * coeff[w];
        sum += coeff[w];
      }
    }
    coeff[v] = (1 + sv * sum) / sv;
  }
  for (let i = 0; i < tail; i++) dist[order[i]] = -1;
}

/** edgeBrandesFrom on a weighted graph: Dijkstra (dijkstraFrom), arcs whose end lies exactly one arc further. */
function weightedEdgeBrandesFrom(csr: Csr, s: number, ws: Workspace, acc: Float64Array): void {
  const { outOffsets, outTargets } = csr;
  const weights = csr.outDistance as Float64Array;
  const sigma = ws.sigmaS;
  const coeff = ws.coeff;
  const order = ws.orderS;
  const dist = ws.weight;
  const settled = ws.distS;
  const count = dijkstraFrom(csr, s, ws, sigma);
  for (let i = count - 1; i >= 0; i--) {
    const v = order[i];
    const dv = dist[v];
    const sv = sigma[v];
    let sum = 0;
    for (let k = outOffsets[v], end = outOffsets[v + 1]; k < end; k++) {
      const w = outTargets[k];
      if (settled[w] > i && dv + weights[k] === dist[w]) {
        acc[k] += sv * coeff[w];
        sum += coeff[w];
      }
    }
    coeff[v] = (1 + sv * sum) / sv;
  }
  for (let i = 0; i < count; i++) {
    settled[order[i]] = -1;
    dist[order[i]] = -1;
  }
}

/** Closeness' part from one source on a weighted graph: as distancesFrom, by Dijkstra. */
function weightedDistancesFrom(csr: Csr, s: number, ws: Workspace, acc: Float64Array): void {
  const n = csr.n;
  const order = ws.orderS;
  const dist = ws.weight;
  const count = dijkstraFrom(csr, s, ws, null);
  for (let i = 1; i < count; i++) {
    acc[order[i]] += dist[order[i]];
    acc[n + order[i]] += 1;
  }
  for (let i = 0; i < count; i++) {
    ws.distS[order[i]] = -1;
    dist[order[i]] = -1;
  }
}

/**
 * Brandes' accumulation from one source (unweighted): BFS counting shortest paths, then
 * dependencies in reverse BFS order. The back pass pulls from successors (out-arcs one level
 * down) instead of pushing to predecessors: one write per vertex rather than per arc, and no
 * predecessor lists. Adds δ_s(v) to acc[v] for every v ≠ s (and, with `endpoints`, 1 for each node
 * s reaches, counted at both ends).
 */
function brandesFrom(csr: Csr, s: number, ws: Workspace, acc: Float64Array, endpoints: boolean): void {
  const { outOffsets, outTargets } = csr;
  const dist = ws.distS;
  const sigma = ws.sigmaS;
  // During the back pass, coeff[w] = (1 + δ[w]) / σ[w], the share each path to w passes on.
  const coeff = ws.coeff;
  const order = ws.orderS;
  const tail = countShortestPaths(csr, s, ws);
  for (let i = tail - 1; i > 0; i--) {
    const v = order[i];
    const next = dist[v] + 1;
    let sum = 0;
    for (let k = outOffsets[v], end = outOffsets[v + 1]; k < end; k++) {
      const w = outTargets[k];
      if (dist[w] === next) sum += coeff[w];
    }
    const dependency = sigma[v] * sum;
    acc[v] += endpoints ? dependency + 1 : dependency;
    coeff[v] = (1 + dependency) / sigma[v];
  }
  if (endpoints) acc[s] += tail - 1;
  // Reset only what was touched, so a source costs O(reached arcs), not O(n).
  for (let i = 0; i < tail; i++) dist[order[i]] = -1;
}

/**
 * One Riondato–Kornaropoulos sample: a uniform random pair (s, t), s ≠ t, and one of their
 * shortest paths drawn uniformly; adds 1 to acc[v] for each inner vertex v of that path.
 * Balanced bidirectional BFS (expand the side whose frontier has fewer arcs to scan): on
 * small-world graphs it touches a small part of the graph where a plain BFS touches most of it.
 * The randomness of sample i depends only on (seed, i), so results do not depend on threads.
 */
function samplePath(csr: Csr, index: number, seed: number, endpoints: boolean, ws: Workspace, acc: Float64Array): void {
  const { n, outOffsets, outTargets, inOffsets, inTargets } = csr;
  // mulberry32 seeded from (seed, index) by a murmur-style mix.
  let state = Math.imul(seed ^ 0x5bd1e995, 0x27d4eb2d) ^ Math.imul(index + 1, 0x9e3779b1);
  state = Math.imul(state ^ (state >>> 15), 0x85ebca6b) >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const s = Math.floor(random() * n);
  let t = Math.floor(random() * (n - 1));
  if (t >= s) t++;

  const { distS, distT, sigmaS, sigmaT, orderS, orderT } = ws;
  distS[s] = 0;
  sigmaS[s] = 1;
  orderS[0] = s;
  distT[t] = 0;
  sigmaT[t] = 1;
  orderT[0] = t;
  // Frontiers are the index ranges [fromS, toS) of orderS and [fromT, toT) of orderT.
  let fromS = 0;
  let toS = 1;
  let fromT = 0;
  let toT = 1;
  let arcsS = outOffsets[s + 1] - outOffsets[s];
  let arcsT = inOffsets[t + 1] - inOffsets[t];
  let meetings = 0;
  let total = 0;
  while (meetings === 0 && fromS < toS && fromT < toT) {
    const forward = arcsS <= arcsT;
    const offsets = forward ? outOffsets : inOffsets;
    const targets = forward ? outTargets : inTargets;
    const dist = forward ? distS : distT;
    const sigma = forward ? sigmaS : sigmaT;
    const order = forward ? orderS : orderT;
    const other = forward ? distT : distS;
    const otherSigma = forward ? sigmaT : sigmaS;
    const from = forward ? fromS : fromT;
    const to = forward ? toS : toT;
    let tail = to;
    let arcs = 0;
    for (let i = from; i < to; i++) {
      const v = order[i];
      const dv = dist[v] + 1;
      const sv = sigma[v];
      for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
        const w = targets[k];
        if (other[w] >= 0) {
          // An arc between the two frontiers: every such arc ends a shortest s–t path.
          if (meetings === ws.meetU.length) {
            const u2 = new Int32Array(meetings * 2);
            const w2 = new Int32Array(meetings * 2);
            const p2 = new Float64Array(meetings * 2);
            u2.set(ws.meetU);
            w2.set(ws.meetW);
            p2.set(ws.meetP);
            ws.meetU = u2;
            ws.meetW = w2;
            ws.meetP = p2;
          }
          const p = sv * otherSigma[w];
          // Stored as (s-side end, t-side end) whichever side is expanding.
          ws.meetU[meetings] = forward ? v : w;
          ws.meetW[meetings] = forward ? w : v;
          ws.meetP[meetings] = p;
          meetings++;
          total += p;
          continue;
        }
        if (meetings > 0) continue;
        let dw = dist[w];
        if (dw < 0) {
          dist[w] = dw = dv;
          sigma[w] = 0;
          order[tail++] = w;
          arcs += offsets[w + 1] - offsets[w];
        }
        if (dw === dv) sigma[w] += sv;
      }
    }
    if (forward) {
      fromS = to;
      toS = tail;
      arcsS = arcs;
    } else {
      fromT = to;
      toT = tail;
      arcsT = arcs;
    }
  }

  if (meetings > 0) {
    if (endpoints) {
      acc[s] += 1;
      acc[t] += 1;
    }
    // Pick the middle arc in proportion to the paths through it, then walk back to each end,
    // choosing each predecessor in proportion to its own path count.
    let r = random() * total;
    let pick = 0;
    while (pick < meetings - 1 && r >= ws.meetP[pick]) r -= ws.meetP[pick++];
    const u = ws.meetU[pick];
    const w = ws.meetW[pick];
    for (let v = u; v !== s; ) {
      acc[v] += 1;
      let q = random() * sigmaS[v];
      const dp = distS[v] - 1;
      let next = -1;
      for (let k = inOffsets[v], end = inOffsets[v + 1]; k < end; k++) {
        const x = inTargets[k];
        if (distS[x] === dp) {
          next = x;
          q -= sigmaS[x];
          if (q < 0) break;
        }
      }
      v = next;
    }
    for (let v = w; v !== t; ) {
      acc[v] += 1;
      let q = random() * sigmaT[v];
      const dp = distT[v] - 1;
      let next = -1;
      for (let k = outOffsets[v], end = outOffsets[v + 1]; k < end; k++) {
        const x = outTargets[k];
        if (distT[x] === dp) {
          next = x;
          q -= sigmaT[x];
          if (q < 0) break;
        }
      }
      v = next;
    }
  }
  for (let i = 0; i < toS; i++) distS[orderS[i]] = -1;
  for (let i = 0; i < toT; i++) distT[orderT[i]] = -1;
}

/**
 * Closeness' part from one source: a BFS along out-arcs adding d(s, w) to acc[w] and 1 to
 * acc[n + w] for every w ≠ s it reaches, so each node collects its incoming distances
 * (NetworkX's closeness of a directed graph; the same thing when undirected).
 *
 * Direction-optimising (Beamer et al., 2012): while the frontier is small, levels grow top-down
 * (scan the frontier's out-arcs); once its arcs outnumber a fourteenth of the unvisited nodes'
 * arcs, bottom-up (each unvisited node scans its in-arcs and stops at the first that reaches
 * back into the frontier), until the frontier shrinks below a twenty-fourth of the nodes. On
 * small-world graphs the middle levels, which hold most nodes, then cost a fraction of their
 * arcs. Only distances are needed, so stopping at the first parent found changes nothing.
 */
function distancesFrom(csr: Csr, s: number, ws: Workspace, acc: Float64Array): void {
  const { n, outOffsets, outTargets, inOffsets, inTargets } = csr;
  const dist = ws.distS;
  const order = ws.orderS;
  dist[s] = 0;
  order[0] = s;
  let head = 0;
  let tail = 1;
  let level = 0;
  let frontierArcs = outOffsets[s + 1] - outOffsets[s];
  let unvisitedArcs = outOffsets[n] - frontierArcs;
  let bottomUp = false;
  while (head < tail) {
    const levelEnd = tail;
    const next = level + 1;
    if (!bottomUp && frontierArcs * 14 > unvisitedArcs) bottomUp = true;
    else if (bottomUp && (levelEnd - head) * 24 < n) bottomUp = false;
    let added = 0;
    if (bottomUp) {
      for (let v = 0; v < n; v++) {
        if (dist[v] >= 0) continue;
        for (let k = inOffsets[v], end = inOffsets[v + 1]; k < end; k++) {
          if (dist[inTargets[k]] === level) {
            dist[v] = next;
            order[tail++] = v;
            added += outOffsets[v + 1] - outOffsets[v];
            break;
          }
        }
      }
    } else {
      for (let i = head; i < levelEnd; i++) {
        const v = order[i];
        for (let k = outOffsets[v], end = outOffsets[v + 1]; k < end; k++) {
          const w = outTargets[k];
          if (dist[w] < 0) {
            dist[w] = next;
            order[tail++] = w;
            added += outOffsets[w + 1] - outOffsets[w];
          }
        }
      }
    }
    for (let i = levelEnd; i < tail; i++) {
      acc[order[i]] += next;
      acc[n + order[i]] += 1;
    }
    head = levelEnd;
    frontierArcs = added;
    unvisitedArcs -= added;
    level = next;
  }
  for (let i = 0; i < tail; i++) dist[order[i]] = -1;
}

/** Runs one chunk of the job into `acc`. */
function runChunk(job: Job, chunk: number, ws: Workspace, acc: Float64Array): void {
  const start = chunk * job.chunkSize;
  const end = Math.min(job.total, start + job.chunkSize);
  const weighted = job.csr.outDistance !== undefined;
  for (let i = start; i < end; i++) {
    const source = job.sources ? job.sources[i] : i;
    if (job.mode === 'paths') samplePath(job.csr, i, job.seed, job.endpoints, ws, acc);
    else if (job.mode === 'brandes') {
      if (weighted) weightedBrandesFrom(job.csr, source, ws, acc, job.endpoints);
      else brandesFrom(job.csr, source, ws, acc, job.endpoints);
    } else if (job.mode === 'edges') {
      if (weighted) weightedEdgeBrandesFrom(job.csr, source, ws, acc);
      else edgeBrandesFrom(job.csr, source, ws, acc);
    } else if (weighted) weightedDistancesFrom(job.csr, source, ws, acc);
    else distancesFrom(job.csr, source, ws, acc);
  }
}

/** Takes a free scratch buffer, waiting for one if need be; −1 once no chunk is left to claim (or the job was stopped). */
function takeScratch(job: Job): number {
  const { ledger, held } = job;
  for (;;) {
    const freed = Atomics.load(ledger, LEDGER_FREED);
    for (let k = 0; k < held.length; k++) if (Atomics.compareExchange(held, k, 0, 1) === 0) return k;
    if (Atomics.load(ledger, LEDGER_CLAIM) >= job.done.length) return -1;
    Atomics.wait(ledger, LEDGER_FREED, freed, WAIT_MS);
  }
}

function freeScratch(job: Job, k: number): void {
  Atomics.store(job.held, k, 0);
  Atomics.add(job.ledger, LEDGER_FREED, 1);
  Atomics.notify(job.ledger, LEDGER_FREED);
}

/**
 * Stops the job (cancelled, or one of its threads failed outright): no chunk is claimed any more,
 * threads finish the chunk they run, and a thread waiting for a scratch buffer leaves.
 */
export function stopClaims(job: Job): void {
  Atomics.store(job.ledger, LEDGER_CLAIM, job.done.length);
  Atomics.add(job.ledger, LEDGER_FREED, 1);
  Atomics.notify(job.ledger, LEDGER_FREED);
}

/**
 * Adds every finished chunk whose turn has come to the total, in chunk order. One thread adds at a
 * time; a thread that finds another adding leaves, and the adder looks again after letting go, so a
 * chunk marked finished meanwhile is never left behind.
 */
function addFinished(job: Job): void {
  const { ledger, ready, out, done } = job;
  const chunks = done.length;
  for (;;) {
    if (Atomics.compareExchange(ledger, LEDGER_LOCK, 0, 1) !== 0) return;
    let next = Atomics.load(ledger, LEDGER_NEXT);
    for (; next < chunks; next++) {
      const mark = Atomics.load(ready, next);
      if (mark === 0) break;
      if (mark > 0) {
        const scratch = job.scratch[mark - 1];
        for (let v = 0; v < job.slots; v++) out[v] += scratch[v];
        Atomics.store(done, next, 1);
        freeScratch(job, mark - 1);
      }
    }
    Atomics.store(ledger, LEDGER_NEXT, next);
    Atomics.store(ledger, LEDGER_LOCK, 0);
    if (next >= chunks || Atomics.load(ready, next) === 0) return;
  }
}

/**
 * Claims chunks until none is left, running each into a scratch buffer and adding what is due to
 * the total. A chunk that throws is marked failed and this thread stops; with `rethrow` the error
 * is passed on too (on the calling thread, where it is the caller's answer).
 */
export function claimChunks(job: Job, rethrow = false): void {
  const ws = makeWorkspace(job.csr.n, job.csr.outOffsets[job.csr.n]);
  const chunks = job.done.length;
  for (;;) {
    const k = takeScratch(job);
    if (k < 0) return;
    const c = Atomics.add(job.ledger, LEDGER_CLAIM, 1);
    if (c >= chunks) {
      freeScratch(job, k);
      return;
    }
    try {
      job.scratch[k].fill(0);
      runChunk(job, c, ws, job.scratch[k]);
      Atomics.store(job.ready, c, k + 1);
    } catch (e) {
      Atomics.store(job.done, c, 2);
      Atomics.store(job.ready, c, -1);
      freeScratch(job, k);
      addFinished(job);
      if (rethrow) throw e;
      return;
    }
    addFinished(job);
  }
}
