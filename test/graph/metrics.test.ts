/** Every metric on small graphs whose values are derived by hand, and against NetworkX references. */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type Graph from 'graphology';
import type { MetricOptions } from '../../server/domain/api';
import { findMetric, measure, METRIC_IDS, METRICS } from '../../server/graph/metrics';
import reference from '../fixtures/networkx/reference.json';

function undirected(edges: [string, string][], extra: string[] = []): UndirectedGraph {
  const g = new UndirectedGraph();
  extra.forEach((n) => g.mergeNode(n));
  edges.forEach(([a, b]) => g.mergeEdge(a, b));
  return g;
}

function directed(edges: [string, string][], extra: string[] = []): DirectedGraph {
  const g = new DirectedGraph();
  extra.forEach((n) => g.mergeNode(n));
  edges.forEach(([a, b]) => g.mergeEdge(a, b));
  return g;
}

const run = (id: string, g: Graph, options: MetricOptions = {}): Record<string, number> => {
  const m = findMetric(id);
  if (!m) throw new Error(`no metric ${id}`);
  return measure(m, g, options).values;
};

/** generate.py asked NetworkX for converged power iterations (tol 1e-10, max_iter 1000): so do we. */
const REFERENCE_POWER: MetricOptions = { tol: 1e-10, max_iter: 1000 };

function expectValues(actual: Record<string, number>, expected: Record<string, number>, digits = 6): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [k, v] of Object.entries(expected)) {
    try {
      expect(actual[k]).toBeCloseTo(v, digits);
    } catch {
      throw new Error(`node ${k}: expected ${v}, got ${actual[k]}`);
    }
  }
}

describe('metrics on hand-checked graphs', () => {
  // a - b - c
  const path3 = undirected([
    ['a', 'b'],
    ['b', 'c'],
  ]);

  test('degree is degree / (n − 1)', () => {
    expectValues(run('degree', path3), { a: 0.5, b: 1, c: 0.5 });
  });

  test('betweenness is normalised and excludes endpoints', () => {
    expectValues(run('betweenness', path3), { a: 0, b: 1, c: 0 });
    // Star with four leaves: all 6 leaf pairs pass through the centre; 6 / C(4,2) = 1.
    const star = undirected(['w', 'x', 'y', 'z'].map((l) => ['hub', l] as [string, string]));
    expectValues(run('betweenness', star), { hub: 1, w: 0, x: 0, y: 0, z: 0 });
  });

  test('closeness is (n − 1) / sum of distances on a connected graph', () => {
    expectValues(run('closeness', path3), { a: 2 / 3, b: 1, c: 2 / 3 });
  });

  test('closeness uses Wasserman–Faust scaling on a disconnected graph', () => {
    // a - b, c isolated: a reaches 1 of 2 others at distance 1 → (1/1) · (1/2).
    expectValues(run('closeness', undirected([['a', 'b']], ['c'])), { a: 0.5, b: 0.5, c: 0 });
  });

  test('pagerank with alpha 0.85 solves the stationary equations', () => {
    // x = 0.05 + 0.425 y, y = 0.05 + 1.7 x  →  y = 0.135 / 0.2775.
    const y = 0.135 / 0.2775;
    const x = 0.05 + 0.425 * y;
    expectValues(run('pagerank', path3), { a: x, b: y, c: x }, 5);
  });

  test('eigenvector has unit Euclidean norm', () => {
    // Path of three: eigenvalue √2, vector (1, √2, 1) / 2.
    expectValues(run('eigenvector', path3), { a: 0.5, b: Math.SQRT1_2, c: 0.5 }, 5);
  });

  test('directed closeness counts incoming distances, betweenness scales by (n − 1)(n − 2)', () => {
    const chain = directed([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expectValues(run('closeness', chain), { a: 0, b: 0.5, c: 2 / 3 });
    expectValues(run('betweenness', chain), { a: 0, b: 0.5, c: 0 });
    expectValues(run('in-degree', chain), { a: 0, b: 0.5, c: 0.5 });
    expectValues(run('out-degree', chain), { a: 0.5, b: 0.5, c: 0 });
  });

  test('single-node and empty graphs give zeros, not NaN', () => {
    const one = undirected([], ['solo']);
    for (const m of METRICS.filter((x) => !x.directedOnly)) {
      const v = measure(m, one).values;
      expect(Number.isFinite(v.solo)).toBe(true);
    }
    for (const m of METRICS) expect(measure(m, new UndirectedGraph()).values).toEqual({});
  });
});

describe('metrics equal NetworkX on seeded random graphs', () => {
  type Case = { name: string; directed: boolean; nodes: string[]; edges: [string, string][]; expected: Record<string, Record<string, number>> };
  const cases = (reference as unknown as { cases: Case[] }).cases;
  for (const c of cases) {
    for (const metric of Object.keys(c.expected)) {
      test(`${c.name}: ${metric}`, () => {
        const g = c.directed ? directed(c.edges, c.nodes) : undirected(c.edges, c.nodes);
        expectValues(run(metric, g, ['pagerank', 'eigenvector'].includes(metric) ? REFERENCE_POWER : {}), c.expected[metric], 5);
      });
    }
  }
});

test('the registry defines exactly the metric ids the API and CLI accept', () => {
  expect(METRICS.map((m) => m.id)).toEqual([...METRIC_IDS]);
});
