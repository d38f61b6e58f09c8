/**
 * Edge betweenness and the options that remove our differences of definition (selfloops,
 * multigraph), checked against Debian's python3-networkx (2.8) on seeded random graphs:
 * nx.edge_betweenness_centrality on undirected and directed graphs, weighted and raw; degree and
 * PageRank on nx.MultiGraph / nx.MultiDiGraph with parallel edges and self-loops.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Graph, { DirectedGraph, MultiDirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import type { MetricOptions } from '../../server/domain/api';
import { compactGraph } from '../../server/algorithms/compact';
import { edgeBetweenness, edgeBetweennessInPool } from '../../server/algorithms/edge-betweenness';
import type { EdgeBetweennessOptions } from '../../server/algorithms/edge-betweenness';
import { findMetric, measure } from '../../server/graph/metrics';
import { seededRandom } from '../../server/algorithms/random';
import { closePool } from '../../server/workers/pool';

afterAll(closePool);

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(__dirname, '..', 'fixtures', 'networkx-options', 'values.py');

interface Case {
  name: string;
  directed: boolean;
  multigraph?: boolean;
  nodes: string[];
  edges: [string, string, number][];
  calls: { id: string; fn: string; kwargs?: Record<string, unknown> }[];
}

/** Seeded random edges with weights 1–5; `simple` refuses loops and repeated pairs. */
function randomCase(name: string, seed: number, n: number, m: number, directed: boolean, simple = true): Case {
  const random = seededRandom(seed);
  const nodes = Array.from({ length: n }, (_x, i) => `n${i}`);
  const seen = new Set<string>();
  const edges: [string, string, number][] = [];
  while (edges.length < m) {
    const a = Math.floor(random() * n);
    // A multigraph case repeats a recent pair now and then and draws a loop now and then.
    const b = !simple && random() < 0.1 ? a : Math.floor(random() * n);
    if (!simple && edges.length && random() < 0.2) {
      edges.push([...edges[edges.length - 1]]);
      continue;
    }
    const key = directed ? `${a}>${b}` : `${Math.min(a, b)}-${Math.max(a, b)}`;
    if (simple && (a === b || seen.has(key))) continue;
    seen.add(key);
    edges.push([nodes[a], nodes[b], 1 + Math.floor(random() * 5)]);
  }
  return { name, directed, ...(simple ? {} : { multigraph: true }), nodes, edges, calls: [] };
}

function graphOf(c: Case): Graph {
  const g: Graph = c.multigraph
    ? c.directed
      ? new MultiDirectedGraph({ allowSelfLoops: true })
      : new MultiUndirectedGraph({ allowSelfLoops: true })
    : c.directed
      ? new DirectedGraph()
      : new UndirectedGraph();
  c.nodes.forEach((v) => g.addNode(v));
  c.edges.forEach(([a, b, w]) => g.addEdge(a, b, { w }));
  return g;
}

function networkx(cases: Case[]): Record<string, Record<string, number>> {
  if (!fs.existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: sudo apt-get install -y python3-networkx`);
  const out = execFileSync(PYTHON, [SCRIPT], { input: JSON.stringify({ cases }), maxBuffer: 64 << 20 }).toString();
  return (JSON.parse(out) as { results: Record<string, Record<string, number>> }).results;
}

function expectClose(actual: Record<string, number>, expected: Record<string, number>, tolerance = 1e-9): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [k, v] of Object.entries(expected)) {
    if (Math.abs(actual[k] - v) > tolerance) throw new Error(`${k}: NetworkX ${v}, ours ${actual[k]}`);
  }
}

/** Our edge betweenness keyed as values.py keys NetworkX's. */
function ourEdges(c: Case, o: EdgeBetweennessOptions & { weight?: string }): Record<string, number> {
  const g = compactGraph(graphOf(c), c.directed, o.weight);
  const r = edgeBetweenness(g, o);
  const out: Record<string, number> = {};
  r.values.forEach((v, e) => (out[`${g.ids[r.sources[e]]}|${g.ids[r.targets[e]]}`] = v));
  return out;
}

const EDGE_CALLS: (EdgeBetweennessOptions & { weight?: string })[] = [{}, { weight: 'w' }, { normalized: false }, { weight: 'w', normalized: false }];

describe('edge betweenness agrees with nx.edge_betweenness_centrality', () => {
  // Node names sort as strings (n10 < n2), as the "u|v" keys of undirected edges do in both.
  const cases = [randomCase('undirected', 21, 30, 60, false), randomCase('directed', 22, 26, 70, true)];
  for (const c of cases) {
    EDGE_CALLS.forEach((o, i) => c.calls.push({ id: `${c.name}#${i}`, fn: 'edge_betweenness', kwargs: { ...o } }));
  }
  const expected = networkx(cases);
  for (const c of cases) {
    EDGE_CALLS.forEach((o, i) => {
      test(`${c.name}: ${JSON.stringify(o)}`, () => {
        const ours = ourEdges(c, o);
        // Undirected keys: NetworkX's sorted ends; ours are by node index, the same order here.
        const keyed = c.directed ? ours : Object.fromEntries(Object.entries(ours).map(([k, v]) => [k.split('|').sort().join('|'), v]));
        expectClose(keyed, expected[`${c.name}#${i}`]);
      });
    });
  }

  test('two threads give the values of one; k = n is exact; k < n is a seeded estimate', async () => {
    const g = compactGraph(graphOf(cases[0]), false, 'w');
    const one = edgeBetweenness(g, { threads: 1 });
    expect(Array.from((await edgeBetweennessInPool(g, { threads: 2 })).values).every((v, i) => Math.abs(v - one.values[i]) < 1e-12)).toBe(true);
    const all = edgeBetweenness(g, { k: g.n });
    expect(all.method).toBe('exact');
    expect(Array.from(all.values).every((v, i) => Math.abs(v - one.values[i]) < 1e-12)).toBe(true);
    const some = edgeBetweenness(g, { k: 8, seed: 5 });
    expect(some.method).toBe('sampled');
    expect(some.samples).toBe(8);
    expect(Array.from(edgeBetweenness(g, { k: 8, seed: 5 }).values)).toEqual(Array.from(some.values));
    expect(Array.from(some.values)).not.toEqual(Array.from(one.values));
  });

  test('above the work limit it estimates from sources unless exact is asked', () => {
    const g = compactGraph(graphOf(cases[0]), false);
    expect(edgeBetweenness(g, { exactWorkLimit: 100 }).method).toBe('sampled');
    expect(edgeBetweenness(g, { exactWorkLimit: 100, method: 'exact' }).method).toBe('exact');
  });
});

describe('selfloops and multigraph give NetworkX multigraph degree and PageRank', () => {
  const cases = [randomCase('multigraph', 31, 20, 60, false, false), randomCase('multidigraph', 32, 18, 60, true, false)];
  const calls: [string, string, MetricOptions][] = [
    ['degree', 'degree', {}],
    ['pagerank', 'pagerank', {}],
    ['pagerank', 'pagerank', { weight: 'w' }],
  ];
  const directedCalls: [string, string, MetricOptions][] = [
    ['in-degree', 'in_degree', {}],
    ['out-degree', 'out_degree', {}],
  ];
  for (const c of cases) {
    for (const [, fn, o] of [...calls, ...(c.directed ? directedCalls : [])]) {
      c.calls.push({ id: `${c.name}:${fn}:${JSON.stringify(o)}`, fn, kwargs: o.weight ? { weight: 'w' } : fn === 'pagerank' ? { weight: null } : {} });
    }
  }
  const expected = networkx(cases);
  for (const c of cases) {
    for (const [metric, fn, o] of [...calls, ...(c.directed ? directedCalls : [])]) {
      test(`${c.name}: ${metric} ${JSON.stringify(o)} with selfloops and multigraph`, () => {
        const g = graphOf(c);
        expect(c.edges.some(([a, b]) => a === b)).toBe(true);
        const ours = measure(findMetric(metric)!, compactGraph(g, c.directed, o.weight, { selfloops: true, multigraph: true }), { ...o, selfloops: true, multigraph: true });
        expectClose(ours.values, expected[`${c.name}:${fn}:${JSON.stringify(o)}`]);
        // Without the options the simple graph differs (so the check above means something)…
        const simple = measure(findMetric(metric)!, compactGraph(g, c.directed, o.weight), o);
        const differs = Object.keys(simple.values).some((k) => Math.abs(simple.values[k] - expected[`${c.name}:${fn}:${JSON.stringify(o)}`][k]) > 1e-6);
        // …except weighted PageRank, where parallel weights already add up: only loops differ.
        expect(differs).toBe(true);
      });
    }
  }

  test('each option alone: selfloops on an nx.Graph with loops, multigraph on an nx.MultiGraph without', () => {
    const base = randomCase('both', 33, 16, 50, false, false);
    // nx.Graph merges repeated pairs (keeping the last weight): unweighted measures only.
    const loops: Case = { ...base, name: 'loops', multigraph: undefined, calls: [] };
    const parallel: Case = { ...base, name: 'parallel', edges: base.edges.filter(([a, b]) => a !== b), calls: [] };
    for (const c of [loops, parallel]) {
      c.calls.push({ id: `${c.name}:degree`, fn: 'degree' }, { id: `${c.name}:pagerank`, fn: 'pagerank', kwargs: { weight: null } });
    }
    const nx = networkx([loops, parallel]);
    const g = graphOf(base);
    for (const metric of ['degree', 'pagerank']) {
      expectClose(measure(findMetric(metric)!, g, { selfloops: true }).values, nx[`loops:${metric}`]);
      const noLoops = graphOf(parallel);
      expectClose(measure(findMetric(metric)!, noLoops, { multigraph: true }).values, nx[`parallel:${metric}`]);
    }
  });

  test('measure() reads the options when it compacts a graphology graph itself', () => {
    const g = graphOf(cases[0]);
    const viaOptions = measure(findMetric('degree')!, g, { selfloops: true, multigraph: true });
    const viaShape = measure(findMetric('degree')!, compactGraph(g, false, undefined, { selfloops: true, multigraph: true }));
    expect(viaOptions.values).toEqual(viaShape.values);
  });
});
