/**
 * Betweenness, exact and sampled (server/algorithms/sampled-betweenness.ts): exact equals NetworkX,
 * two threads equal one, and the Riondato–Kornaropoulos estimate stays within its stated ε of the
 * exact values on a 2,000-node scale-free graph. Seeded, so every run draws the same sample.
 */
import Graph, { UndirectedGraph } from 'graphology';
import { byKey, compactGraph } from '../../server/algorithms/compact';
import { betweennessInPool, betweennessCentrality as onCompact, sampleSize, vertexDiameterBound } from '../../server/algorithms/sampled-betweenness';
import { closePool } from '../../server/workers/pool';
import type { BetweennessOptions } from '../../server/algorithms/sampled-betweenness';
import { scaleFreeGraph } from '../helpers/scale-free-graph';
import reference from '../fixtures/networkx/reference.json';

interface Case {
  name: string;
  directed: boolean;
  nodes: string[];
  edges: [string, string][];
  expected: { betweenness: Record<string, number> };
}

const scaleFree = scaleFreeGraph;

/** Betweenness of a graphology graph, values by node key. */
function betweennessCentrality(g: Graph, o?: BetweennessOptions) {
  const c = compactGraph(g);
  const r = onCompact(c, o);
  return { ...r, values: byKey(c, r.values) };
}

/** The same in the worker pool (where more than one thread is used). */
async function inPool(g: Graph, o?: BetweennessOptions) {
  const c = compactGraph(g);
  const r = await betweennessInPool(c, o);
  return { ...r, values: byKey(c, r.values) };
}

afterAll(closePool);

function maxDiff(a: Record<string, number>, b: Record<string, number>): number {
  return Math.max(...Object.keys(b).map((k) => Math.abs(a[k] - b[k])));
}

test.each((reference as unknown as { cases: Case[] }).cases.map((c) => [c.name, c] as const))('exact equals NetworkX: %s', (_name, c) => {
  const g = new Graph({ type: c.directed ? 'directed' : 'undirected' });
  c.nodes.forEach((n) => g.addNode(n));
  c.edges.forEach(([s, t]) => g.addEdge(s, t));
  const r = betweennessCentrality(g);
  expect(r).toMatchObject({ method: 'exact', epsilon: 0, delta: 0, samples: c.nodes.length });
  expect(maxDiff(r.values, c.expected.betweenness)).toBeLessThan(1e-12);
});

describe('a 2,000-node scale-free graph (10,000 edges)', () => {
  const g = scaleFree(2000, 5, 3);
  const exact = betweennessCentrality(g, { method: 'exact', threads: 1 });

  test('two threads give the exact values of one', async () => {
    const two = await inPool(g, { method: 'exact', threads: 2 });
    expect(two.threads).toBe(2);
    expect(maxDiff(two.values, exact.values)).toBeLessThan(1e-12);
  });

  test('the sampled estimate is within its stated bound of the exact values', () => {
    const s = betweennessCentrality(g, { method: 'sampled', epsilon: 0.02, delta: 0.1, seed: 7 });
    expect(s).toMatchObject({ method: 'sampled', epsilon: 0.02, delta: 0.1 });
    expect(s.samples).toBe(sampleSize((0.02 * 1998) / 2000, 0.1, s.vertexDiameterBound!));
    expect(maxDiff(s.values, exact.values)).toBeLessThanOrEqual(s.epsilon);
    // What the bound implies for rankings: the estimated top actor is within 2ε of the true top.
    const first = Object.keys(s.values).reduce((a, b) => (s.values[b] > s.values[a] ? b : a));
    expect(exact.values[first]).toBeGreaterThanOrEqual(Math.max(...Object.values(exact.values)) - 2 * s.epsilon);
  });

  test('the estimate depends on the seed only, not on the thread count', async () => {
    const one = betweennessCentrality(g, { method: 'sampled', epsilon: 0.05, seed: 11, threads: 1 });
    const two = await inPool(g, { method: 'sampled', epsilon: 0.05, seed: 11, threads: 2 });
    expect([one.threads, two.threads]).toEqual([1, 2]);
    expect(two.values).toEqual(one.values);
    expect(betweennessCentrality(g, { method: 'sampled', epsilon: 0.05, seed: 12 }).values).not.toEqual(one.values);
  });

  test('auto: exact under the work limit, sampled above, and says which', () => {
    expect(betweennessCentrality(g).method).toBe('exact');
    expect(betweennessCentrality(g, { exactWorkLimit: 1000, epsilon: 0.05 }).method).toBe('sampled');
  });
});

test('sampling on directed and disconnected graphs stays within the bound', () => {
  const g = scaleFreeGraph(300, 2, 5, 'directed');
  for (let i = 300; i < 320; i++) g.addNode(`v${i}`); // 20 isolated nodes
  const exact = betweennessCentrality(g, { method: 'exact' });
  const s = betweennessCentrality(g, { method: 'sampled', epsilon: 0.03, seed: 1 });
  expect(maxDiff(s.values, exact.values)).toBeLessThanOrEqual(0.03);
});

test('vertex diameter bound: at least the true vertex diameter, per component', () => {
  const path = new UndirectedGraph();
  for (let i = 0; i < 10; i++) path.addNode(`p${i}`);
  for (let i = 0; i < 9; i++) path.addEdge(`p${i}`, `p${i + 1}`);
  path.addNode('x');
  path.addNode('y');
  path.addEdge('x', 'y');
  const bound = vertexDiameterBound(compactGraph(path));
  expect(bound).toBeGreaterThanOrEqual(10);
  expect(bound).toBeLessThanOrEqual(10); // the BFS starts at an end, so the bound is tight here
});

test('tiny and edgeless graphs are exact zeros', () => {
  const g = new UndirectedGraph();
  g.addNode('a');
  g.addNode('b');
  expect(betweennessCentrality(g)).toMatchObject({ method: 'exact', values: { a: 0, b: 0 } });
  g.addNode('c');
  expect(betweennessCentrality(g, { method: 'sampled' })).toMatchObject({ method: 'exact', values: { a: 0, b: 0, c: 0 } });
});

test('parallel edges and self-loops do not count twice', () => {
  const multi = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  ['a', 'b', 'c'].forEach((n) => multi.addNode(n));
  multi.addUndirectedEdge('a', 'b');
  multi.addUndirectedEdge('a', 'b');
  multi.addDirectedEdge('a', 'b');
  multi.addUndirectedEdge('b', 'c');
  multi.addUndirectedEdge('c', 'c');
  // a–b–c: b lies on the one shortest path between a and c, both ways.
  expect(betweennessCentrality(multi).values).toEqual({ a: 0, b: 1, c: 0 });
});
