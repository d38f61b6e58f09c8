/** A seeded Barabási–Albert graph as a graphology graph, nodes v0..v(n−1). */
import Graph from 'graphology';
import { barabasiAlbert } from '../../scripts/bench/scale-free';

export function scaleFreeGraph(n: number, m: number, seed: number, type: 'undirected' | 'directed' = 'undirected'): Graph {
  const { edges } = barabasiAlbert(n, m, seed);
  const g = new Graph({ type });
  for (let i = 0; i < n; i++) g.addNode(`v${i}`);
  for (let i = 0; i < edges.length; i += 2) g.addEdge(`v${edges[i]}`, `v${edges[i + 1]}`);
  return g;
}
