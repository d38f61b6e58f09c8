/**
 * Closeness, exact and sampled (server/algorithms/closeness.ts). Exact values equal NetworkX's (also
 * checked on the reference graphs in metrics.test.ts); the Eppstein–Wang estimate keeps its stated
 * bound on a 3,000-node scale-free graph and on a directed graph with unreachable parts.
 */
import { UndirectedGraph } from 'graphology';
import { closenessCentrality, closenessInPool, closenessSampleSize } from '../../server/algorithms/closeness';
import { compactGraph } from '../../server/algorithms/compact';
import type { CompactGraph } from '../../server/algorithms/compact';
import { closePool } from '../../server/workers/pool';
import { scaleFreeGraph } from '../helpers/scale-free-graph';

afterAll(closePool);

const scaleFree = scaleFreeGraph;

/** Per node: share of the others that reach it, and total distance from them / (n − 1). */
function truth(c: CompactGraph): { share: number[]; mean: number[] } {
  const share = new Array<number>(c.n).fill(0);
  const mean = new Array<number>(c.n).fill(0);
  for (let s = 0; s < c.n; s++) {
    const dist = new Int32Array(c.n).fill(-1);
    dist[s] = 0;
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h];
      for (let k = c.outOffsets[v]; k < c.outOffsets[v + 1]; k++) {
        const w = c.outTargets[k];
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          queue.push(w);
          share[w] += 1 / (c.n - 1);
          mean[w] += dist[w] / (c.n - 1);
        }
      }
    }
  }
  return { share, mean };
}

test('exact closeness of a path and a star, by hand', () => {
  const g = new UndirectedGraph();
  ['a', 'b', 'c', 'x'].forEach((n) => g.addNode(n));
  g.addEdge('a', 'b');
  g.addEdge('b', 'c');
  const c = compactGraph(g);
  const r = closenessCentrality(c);
  expect(r.method).toBe('exact');
  // b reaches 2 of 3 others at total distance 2: (2/3)·(2/2); a: (2/3)·(2/3); x: isolated.
  expect(Array.from(r.values)).toEqual([4 / 9, 2 / 3, 4 / 9, 0]);
});

describe('sampled closeness on a 3,000-node scale-free graph', () => {
  const c = compactGraph(scaleFree(3000, 4, 9));
  const exact = closenessCentrality(c, { method: 'exact', threads: 1 });
  const { share, mean } = truth(c);

  test('the exact method agrees with a plain BFS per node', () => {
    for (let v = 0; v < c.n; v++) expect(exact.values[v]).toBeCloseTo((share[v] * share[v]) / mean[v], 12);
  });

  test('the estimate keeps its bound: reach share within ε, mean distance within ε·Δ', () => {
    const s = closenessCentrality(c, { method: 'sampled', epsilon: 0.1, delta: 0.1, seed: 5 });
    expect(s).toMatchObject({ method: 'sampled', epsilon: 0.1, delta: 0.1, samples: closenessSampleSize(3000, 0.1, 0.1) });
    expect(s.distanceBound).toBeGreaterThanOrEqual(Math.max(...mean)); // a mean is at most the longest distance
    // Connected: every share is 1, so closeness = 1 / mean and the mean's bound gives the value's.
    for (let v = 0; v < c.n; v++) {
      const estimatedMean = 1 / s.values[v];
      expect(Math.abs(estimatedMean - mean[v])).toBeLessThanOrEqual(s.epsilon * s.distanceBound!);
    }
    // In practice far tighter than the bound: the typical error is a few hundredths of a step.
    const errors = Array.from(s.values, (x, v) => Math.abs(1 / x - mean[v]));
    expect(errors.reduce((a, b) => a + b, 0) / errors.length).toBeLessThan(0.1);
  });

  test('same seed, same estimate, whatever the thread count; auto samples only above the limit', async () => {
    const one = closenessCentrality(c, { method: 'sampled', seed: 3, threads: 1 });
    const two = await closenessInPool(c, { method: 'sampled', seed: 3, threads: 2 });
    expect(two.threads).toBe(2);
    expect(Array.from(two.values)).toEqual(Array.from(one.values));
    expect(closenessCentrality(c).method).toBe('exact');
    expect(closenessCentrality(c, { exactWorkLimit: 1000 }).method).toBe('sampled');
  });
});

test('closeness on a directed graph with unreachable actors: exact agrees with BFS, sampled stays within the bound', () => {
  const g = scaleFree(1500, 2, 4, 'directed');
  for (let i = 0; i < 100; i++) g.addNode(`isolated${i}`);
  const c = compactGraph(g);
  const { share, mean } = truth(c);
  // Exact first: the BFS turns bottom-up (in-arcs) in the middle levels, which must not change a distance.
  const exact = closenessCentrality(c, { method: 'exact' });
  for (let v = 0; v < c.n; v++) expect(exact.values[v]).toBeCloseTo(mean[v] > 0 ? (share[v] * share[v]) / mean[v] : 0, 12);
  const s = closenessCentrality(c, { method: 'sampled', epsilon: 0.1, seed: 2 });
  // The value is p̂²/Â; with p̂ within ε of p and Â within εΔ of A it lies in
  // [(p − ε)² / (A + εΔ), (p + ε)² / (A − εΔ)].
  const eps = s.epsilon;
  const slack = eps * s.distanceBound!;
  for (let v = 0; v < c.n; v++) {
    const lo = Math.max(0, share[v] - eps) ** 2 / (mean[v] + slack);
    const hi = mean[v] - slack > 0 ? Math.min(1, share[v] + eps) ** 2 / (mean[v] - slack) : Infinity;
    expect(s.values[v]).toBeGreaterThanOrEqual(lo - 1e-12);
    expect(s.values[v]).toBeLessThanOrEqual(hi + 1e-12);
  }
});

test('asking for more sources than there are actors computes the exact values', () => {
  const c = compactGraph(scaleFree(200, 2, 1));
  const r = closenessCentrality(c, { method: 'sampled', epsilon: 0.05 });
  expect(r.method).toBe('exact');
  expect(() => closenessCentrality(c, { method: 'sampled', epsilon: 2 })).toThrow(/epsilon/);
});
