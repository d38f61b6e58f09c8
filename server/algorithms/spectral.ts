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

/** NetworkX's PageRank options, by index: teleport and dangling distributions (null: uniform). */
export interface PagerankOptions extends PowerOptions {
  alpha: number;
  /** Teleport weights per node (normalised here); NetworkX's `personalization`. */
  personalization: Float64Array | null;
  /** Where dangling nodes' rank goes (normalised here); defaults to the personalization. */
  dangling: Float64Array | null;
}

/** A distribution from non-negative weights; uniform when absent. */
function distribution(n: number, weights: Float64Array | null): Float64Array {
  if (!weights) return new Float64Array(n).fill(1 / n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += weights[i];
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = weights[i] / sum;
  return out;
}

/**
 * PageRank (nx.pagerank): x ← α(xW + Σ_dangling x · d) + (1 − α)p, from a uniform start, where W
 * spreads each node's rank over its out-arcs in proportion to their strength (1 each when
 * unweighted) and a node without out-strength is dangling.
 */
export function pagerankValues(c: CompactGraph, o: PagerankOptions): Float64Array {
  const { n, outOffsets, inOffsets, inTargets } = c;
  const { alpha } = o;
  const strengthIn = c.inStrength;
  const strengthOut = c.outStrength;
  const teleport = distribution(n, o.personalization);
  const danglingTo = o.dangling ? distribution(n, o.dangling) : teleport;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  // share[u] = α·x[u] / out-strength(u): what u sends along each unit of out-strength this step.
  const share = new Float64Array(n);
  const invStrength = new Float64Array(n);
  const dangling: number[] = [];
  for (let u = 0; u < n; u++) {
    let d = 0;
    if (strengthOut) for (let k = outOffsets[u]; k < outOffsets[u + 1]; k++) d += strengthOut[k];
    else d = outOffsets[u + 1] - outOffsets[u];
    if (d === 0) dangling.push(u);
    else invStrength[u] = 1 / d;
  }
  for (let iteration = 0; iteration < o.maxIterations; iteration++) {
    let danglingSum = 0;
    for (const u of dangling) danglingSum += x[u];
    for (let u = 0; u < n; u++) share[u] = alpha * x[u] * invStrength[u];
    let error = 0;
    for (let v = 0; v < n; v++) {
      let sum = alpha * danglingSum * danglingTo[v] + (1 - alpha) * teleport[v];
      if (strengthIn) for (let k = inOffsets[v], end = inOffsets[v + 1]; k < end; k++) sum += share[inTargets[k]] * strengthIn[k];
      else for (let k = inOffsets[v], end = inOffsets[v + 1]; k < end; k++) sum += share[inTargets[k]];
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
 * adding x shifts the spectrum so bipartite graphs converge). In-arcs when directed, weighted by
 * their strength when the graph is weighted.
 */
export function eigenvectorValues(c: CompactGraph, o: PowerOptions): Float64Array {
  const { n, inOffsets, inTargets } = c;
  const strength = c.inStrength;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < o.maxIterations; iteration++) {
    let squares = 0;
    for (let v = 0; v < n; v++) {
      let sum = x[v];
      if (strength) for (let k = inOffsets[v], end = inOffsets[v + 1]; k < end; k++) sum += x[inTargets[k]] * strength[k];
      else for (let k = inOffsets[v], end = inOffsets[v + 1]; k < end; k++) sum += x[inTargets[k]];
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
