/**
 * NetworkX's options (weight, alpha, personalization, dangling, normalized, endpoints, wf_improved,
 * resolution) checked against Debian's python3-networkx itself, run on the same graphs: weights
 * that change the ranking, personalisation that moves PageRank, dangling nodes, raw and
 * end-point betweenness. `npm test` installs python3-networkx (scripts/ensure-*); without it this
 * suite fails naming the package.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type Graph from 'graphology';
import type { MetricOptions } from '../../server/domain/api';
import { communitiesOf } from '../../server/graph/communities';
import { compactGraph } from '../../server/algorithms/compact';
import { findMetric, measure } from '../../server/graph/metrics';
import { seededRandom } from '../../server/algorithms/random';

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(__dirname, '..', 'fixtures', 'networkx-options', 'values.py');

interface Case {
  name: string;
  directed: boolean;
  nodes: string[];
  edges: [string, string, number][];
  calls: { id: string; fn: string; kwargs?: Record<string, unknown>; communities?: string[][] }[];
}

/** A seeded random simple graph with integer weights 1–5 (ties between paths happen, as they do in data). */
function randomCase(name: string, seed: number, n: number, m: number, directed: boolean, isolated = 0): Case {
  const random = seededRandom(seed);
  const nodes = Array.from({ length: n }, (_x, i) => `n${i}`);
  const seen = new Set<string>();
  const edges: [string, string, number][] = [];
  while (edges.length < m) {
    const a = Math.floor(random() * (n - isolated));
    const b = Math.floor(random() * (n - isolated));
    const key = directed ? `${a}>${b}` : `${Math.min(a, b)}-${Math.max(a, b)}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    edges.push([nodes[a], nodes[b], 1 + Math.floor(random() * 5)]);
  }
  return { name, directed, nodes, edges, calls: [] };
}

function graphOf(c: Case): Graph {
  const g = c.directed ? new DirectedGraph() : new UndirectedGraph();
  c.nodes.forEach((v) => g.addNode(v));
  c.edges.forEach(([a, b, w]) => g.addEdge(a, b, { w }));
  return g;
}

/** Our values for a call, under the option names NetworkX uses (closeness' distance is our weight). */
function ours(c: Case, metric: string, o: MetricOptions): Record<string, number> {
  return measure(findMetric(metric)!, compactGraph(graphOf(c), c.directed, o.weight), o).values;
}

function networkx(cases: Case[]): Record<string, unknown> {
  if (!fs.existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: sudo apt-get install -y python3-networkx`);
  const out = execFileSync(PYTHON, [SCRIPT], { input: JSON.stringify({ cases }), maxBuffer: 64 << 20 }).toString();
  return (JSON.parse(out) as { results: Record<string, unknown> }).results;
}

function expectClose(actual: Record<string, number>, expected: Record<string, number>, tolerance = 1e-9): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [k, v] of Object.entries(expected)) {
    if (Math.abs(actual[k] - v) > tolerance) throw new Error(`node ${k}: NetworkX ${v}, ours ${actual[k]}`);
  }
}

const ranking = (values: Record<string, number>): string[] =>
  Object.keys(values).sort((a, b) => values[b] - values[a] || (a < b ? -1 : 1));

// Each call: our metric and options; NetworkX gets the same options, weight as "w".
const CALLS: [string, MetricOptions][] = [
  ['betweenness', {}],
  ['betweenness', { weight: 'w' }],
  ['betweenness', { weight: 'w', normalized: false }],
  ['betweenness', { weight: 'w', endpoints: true }],
  ['betweenness', { normalized: false, endpoints: true }],
  ['closeness', { weight: 'w' }],
  ['closeness', { weight: 'w', wf_improved: false }],
  ['closeness', { wf_improved: false }],
  ['pagerank', {}],
  ['pagerank', { weight: 'w' }],
  ['pagerank', { weight: 'w', alpha: 0.7, personalization: [['n1', 2], ['n2', 1]] }],
  ['pagerank', { personalization: [['n3', 1]], dangling: [['n4', 1]] }],
  ['pagerank', { max_iter: 500, tol: 1e-12 }],
];

function kwargsOf(o: MetricOptions): Record<string, unknown> {
  const { personalization, dangling, ...rest } = o;
  return {
    ...rest,
    ...(personalization ? { personalization: Object.fromEntries(personalization) } : {}),
    ...(dangling ? { dangling: Object.fromEntries(dangling) } : {}),
  };
}

describe('metric options agree with NetworkX', () => {
  const cases = [
    randomCase('undirected, weighted, two isolated nodes', 7, 32, 70, false, 2),
    randomCase('directed, weighted, with dangling nodes', 11, 28, 60, true),
  ];
  // Eigenvector needs one component for NetworkX's iteration: a ring with weighted chords.
  const ring = randomCase('connected ring', 3, 24, 30, false);
  ring.edges.push(...Array.from({ length: 24 }, (_x, i): [string, string, number] => [`n${i}`, `n${(i + 1) % 24}`, 1 + (i % 3)]));
  const dedupe = new Map(ring.edges.map((e) => [[e[0], e[1]].sort().join('|'), e]));
  ring.edges = [...dedupe.values()];
  for (const c of cases) CALLS.forEach(([fn, o], i) => c.calls.push({ id: `${c.name}#${i}`, fn, kwargs: kwargsOf(o) }));
  ring.calls.push({ id: 'ring#eig', fn: 'eigenvector', kwargs: {} }, { id: 'ring#eigw', fn: 'eigenvector', kwargs: { weight: 'w' } });
  // Louvain's modularity on the weighted graph, for our own partition at two resolutions.
  const louvainCase = cases[0];
  const partitions = [1, 1.5].map((resolution) => communitiesOf(compactGraph(graphOf(louvainCase), false, 'w'), { resolution, seed: 3 }));
  partitions.forEach((p, i) =>
    louvainCase.calls.push({
      id: `modularity#${i}`,
      fn: 'modularity',
      kwargs: { weight: 'w', resolution: [1, 1.5][i] },
      communities: p.communities.map((x) => x.members),
    }),
  );
  const expected = networkx([...cases, ring]);

  for (const c of cases) {
    CALLS.forEach(([fn, o], i) => {
      test(`${c.name}: ${fn} ${JSON.stringify(o)}`, () => {
        expectClose(ours(c, fn, o), expected[`${c.name}#${i}`] as Record<string, number>);
      });
    });
  }

  test('eigenvector, unweighted and weighted', () => {
    expectClose(ours(ring, 'eigenvector', {}), expected['ring#eig'] as Record<string, number>);
    expectClose(ours(ring, 'eigenvector', { weight: 'w' }), expected['ring#eigw'] as Record<string, number>);
  });

  test("Louvain's reported modularity is NetworkX's for the same weighted partition and resolution", () => {
    partitions.forEach((p, i) => expect(p.modularity).toBeCloseTo(expected[`modularity#${i}`] as number, 12));
  });

  test('weights and personalisation change the ranking (so the checks above mean something)', () => {
    const c = cases[0];
    expect(ranking(ours(c, 'betweenness', { weight: 'w' }))).not.toEqual(ranking(ours(c, 'betweenness', {})));
    expect(ranking(ours(c, 'pagerank', { weight: 'w' }))).not.toEqual(ranking(ours(c, 'pagerank', {})));
    const personal = ours(c, 'pagerank', { personalization: [['n5', 1]] });
    expect(ranking(personal)[0]).toBe('n5');
  });
});

describe('options outside NetworkX agreement', () => {
  const c = randomCase('k sources', 5, 40, 90, false);
  test('k = n is the exact value; k < n is a seeded estimate that says so', () => {
    const exact = measure(findMetric('betweenness')!, compactGraph(graphOf(c), false), {});
    const all = measure(findMetric('betweenness')!, compactGraph(graphOf(c), false), { k: 40 });
    expectClose(all.values, exact.values, 1e-12);
    const some = measure(findMetric('betweenness')!, compactGraph(graphOf(c), false), { k: 10, seed: 9 });
    expect(some.method).toBe('sampled');
    expect(some.sampling?.guarantee).toMatch(/10 of 40 sources/);
    expect(measure(findMetric('betweenness')!, compactGraph(graphOf(c), false), { k: 10, seed: 9 }).values).toEqual(some.values);
  });

  test('a one-node graph has degree centrality 1, as in NetworkX', () => {
    const g = new UndirectedGraph();
    g.addNode('only');
    expect(measure(findMetric('degree')!, g).values).toEqual({ only: 1 });
  });

  test('negative or non-numeric weights are refused naming the weight', () => {
    const g = new UndirectedGraph();
    g.mergeEdge('a', 'b', { w: -1 });
    expect(() => compactGraph(g, false, 'w')).toThrow(/^weight: .*numbers ≥ 0/);
    g.setEdgeAttribute('a', 'b', 'w', 'heavy');
    expect(() => compactGraph(g, false, 'w')).toThrow(/^weight: /);
  });
});
