/**
 * PageRank and eigenvector centrality by power iteration over the compact graph, with NetworkX's
 * definitions and graphology-metrics' convergence test (L1 change < n × tolerance). Written over
 * the CSR arrays rather than called from graphology-metrics because that library rebuilds its
 * neighbourhood index from the graphology graph on every call, which cost 10× igraph's time.
 * Each node pulls from its in-arcs, so every write is sequential and nothing is allocated per step.
 */
import type { CompactGraph } from './compact';

export interface PowerOptions {
  maxIterations: number;
  tolerance: number;
}

/** Thrown when the iteration does not settle; metrics.ts turns it into a typed 422. */
export class NotConvergedError extends Error {}

/** PageRank with damping `alpha`; the rank of dangling nodes is spread uniformly (nx.pagerank). */
export function pagerankValues(c: CompactGraph, alpha: number, o: PowerOptions): Float64Array {
  const { n, outOffsets, inOffsets, inTargets } = c;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  // share[u] = α·x[u] / outdeg(u): what u sends along each out-arc this step.
  const share = new Float64Array(n);
  const invDegree = new Float64Array(n);
  const dangling: number[] = [];
  for (let u = 0; u < n; u++) {
    const d = outOffsets[u + 1] - outOffsets[u];
    if (d === 0) dangling.push(u);
    else invDegree[u] = 1 / d;
  }
  for (let iteration = 0; iteration < o.maxIterations; iteration++) {
    let danglingSum = 0;
    for (const u of dangling) danglingSum += x[u];
    const base = (alpha * danglingSum + 1 - alpha) / n;
    for (let u = 0; u < n; u++) share[u] = alpha * x[u] * invDegree[u];
    let error = 0;
    for (let v = 0; v < n; v++) {
      let sum = base;
      for (let k = inOffsets[v], end = inOffsets[v + 1]; k < end; k++) sum += share[inTargets[k]];
      next[v] = sum;
      error += Math.abs(sum - x[v]);
    }
    [x, next] = [next, x];
    if (error < n * o.tolerance) return x;
  }
  throw new NotConvergedError('pagerank');
}

/**
 * Eigenvector centrality: x ← (x + Aᵀx) / ‖·‖₂, from a uniform start (nx.eigenvector_centrality;
 * adding x shifts the spectrum so bipartite graphs converge). In-arcs when directed.
 */
export function eigenvectorValues(c: CompactGraph, o: PowerOptions): Float64Array {
  const { n, inOffsets, inTargets } = c;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < o.maxIterations; iteration++) {
    let squares = 0;
    for (let v = 0; v < n; v++) {
      let sum = x[v];
      for (let k = inOffsets[v], end = inOffsets[v + 1]; k < end; k++) sum += x[inTargets[k]];
      next[v] = sum;
      squares += sum * sum;
    }
    const norm = Math.sqrt(squares);
    let error = 0;
    for (let v = 0; v < n; v++) {
      next[v] /= norm;
      error += Math.abs(next[v] - x[v]);
    }
    [x, next] = [next, x];
    if (error < n * o.tolerance) return x;
  }
  throw new NotConvergedError('eigenvector');
}
