/**
 * Louvain over the compact graph (server/algorithms/louvain.ts): planted communities are found, the
 * reported modularity is graphology-metrics' modularity of the partition, the partition is as good
 * as graphology-communities-louvain's on a scale-free graph, and a seed gives one partition.
 */
import Graph, { UndirectedGraph } from 'graphology';
import louvainReference from 'graphology-communities-louvain';
import modularity from 'graphology-metrics/graph/modularity';
import { communitiesOf } from '../../server/graph/communities';
import { compactGraph } from '../../server/algorithms/compact';
import { louvain } from '../../server/algorithms/louvain';
import { seededRandom } from '../../server/algorithms/random';
import { scaleFreeGraph } from '../helpers/scale-free-graph';

/** k cliques of `size` nodes in a ring, each joined to the next by one edge. */
function ringOfCliques(k: number, size: number): UndirectedGraph {
  const g = new UndirectedGraph();
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < size; i++) g.addNode(`c${c}-${i}`);
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) g.addEdge(`c${c}-${i}`, `c${c}-${j}`);
  }
  for (let c = 0; c < k; c++) g.addEdge(`c${c}-0`, `c${(c + 1) % k}-1`);
  return g;
}

const scaleFree = scaleFreeGraph;

test('finds planted cliques in a ring, with the modularity graphology computes for them', () => {
  const g = ringOfCliques(12, 6);
  const r = communitiesOf(compactGraph(g, false));
  expect(r.communities).toHaveLength(12);
  for (const c of r.communities) expect(new Set(c.members.map((m) => m.split('-')[0])).size).toBe(1);
  expect(r.modularity).toBeCloseTo(modularity(g, { getNodeCommunity: (n: string) => r.membership[n] }), 12);
});

test('as good as graphology-communities-louvain on a 3,000-node scale-free graph, and repeatable', () => {
  const g = scaleFree(3000, 3, 2);
  const c = compactGraph(g, false);
  const ours = communitiesOf(c, { seed: 1 });
  const reference = louvainReference.detailed(g, { getEdgeWeight: null, rng: seededRandom(1) });
  expect(ours.modularity).toBeCloseTo(modularity(g, { getNodeCommunity: (n: string) => ours.membership[n] }), 12);
  expect(ours.modularity).toBeGreaterThan(reference.modularity - 0.01);
  expect(communitiesOf(c, { seed: 1 })).toEqual(ours);
  expect(communitiesOf(c, { seed: 2 }).membership).not.toEqual(ours.membership);
});

test('resolution: higher splits more, lower merges more', () => {
  const c = compactGraph(ringOfCliques(12, 6), false);
  const count = (resolution: number): number => louvain(c, { resolution, random: seededRandom(4) }).count;
  expect(count(0.05)).toBeLessThan(12);
  expect(count(1)).toBe(12);
  expect(count(20)).toBeGreaterThan(12);
});

test('edgeless graphs and parallel edges', () => {
  const empty = new UndirectedGraph();
  ['a', 'b'].forEach((n) => empty.addNode(n));
  expect(communitiesOf(compactGraph(empty, false))).toEqual({
    modularity: 0,
    communities: [{ id: 0, members: ['a'] }, { id: 1, members: ['b'] }],
    membership: { a: 0, b: 1 },
  });
  const multi = new Graph({ type: 'mixed', multi: true });
  ['a', 'b', 'c', 'd'].forEach((n) => multi.addNode(n));
  multi.addUndirectedEdge('a', 'b');
  multi.addDirectedEdge('a', 'b');
  multi.addDirectedEdge('b', 'a');
  multi.addUndirectedEdge('c', 'd');
  // Collapsed to the simple graph a–b, c–d: two communities, modularity 1/2.
  const r = communitiesOf(compactGraph(multi, false));
  expect(r.communities.map((x) => x.members)).toEqual([['a', 'b'], ['c', 'd']]);
  expect(r.modularity).toBeCloseTo(0.5, 12);
  expect(() => louvain(compactGraph(multi, true), { resolution: 1, random: Math.random })).toThrow(/undirected/);
});
