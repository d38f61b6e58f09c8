/**
 * Seeded Barabási–Albert graphs for the benchmark: every new node attaches to m distinct existing
 * nodes chosen in proportion to their degree, so the graph is scale-free with m × (n − m) edges.
 * Returned as integer edge pairs so our side and igraph's read exactly the same graph.
 */
import { seededRandom } from '../../server/algorithms/random';

export interface EdgeList {
  nodes: number;
  /** Flat pairs: edge i joins edges[2i] and edges[2i + 1]. */
  edges: Int32Array;
}

export function barabasiAlbert(n: number, m: number, seed: number): EdgeList {
  const random = seededRandom(seed);
  const edges = new Int32Array(2 * m * Math.max(0, n - m));
  // Every edge end, once per edge: drawing from it is drawing by degree.
  const ends = new Int32Array(2 * m * Math.max(0, n - m));
  let endCount = 0;
  let edgeCount = 0;
  const chosen = new Set<number>();
  for (let v = m; v < n; v++) {
    chosen.clear();
    if (v === m) for (let u = 0; u < m; u++) chosen.add(u);
    while (chosen.size < m) chosen.add(ends[Math.floor(random() * endCount)]);
    for (const u of chosen) {
      edges[2 * edgeCount] = u;
      edges[2 * edgeCount + 1] = v;
      edgeCount++;
      ends[endCount++] = u;
      ends[endCount++] = v;
    }
  }
  return { nodes: n, edges };
}
