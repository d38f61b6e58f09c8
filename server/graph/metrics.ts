/**
 * Centrality metrics, registered as objects in one list so the API, the CLI and the page can
 * enumerate them. Each runs on the compact graph of a projection (compact.ts) and gives
 * NetworkX's values (checked against NetworkX in test/graph/networkx-reference.test.ts):
 * - degree: degree / (n − 1) (nx.degree_centrality; in directed mode in+out);
 * - betweenness: normalised, endpoints excluded, unweighted (nx.betweenness_centrality), exact
 *   or sampled (sampled-betweenness.ts);
 * - closeness: Wasserman–Faust for disconnected graphs, incoming distances when directed
 *   (nx.closeness_centrality, wf_improved=True), exact or sampled (closeness.ts);
 * - eigenvector: unit Euclidean norm, in-edges when directed (nx.eigenvector_centrality);
 * - pagerank: alpha 0.85, dangling mass spread uniformly (nx.pagerank).
 */
import type Graph from 'graphology';
import type { Sampling } from '../domain/api';
import { ActorGraphError } from '../domain/errors';
import type { MetricId } from '../domain/types';
import { closenessCentrality } from './closeness';
import { byKey, compactGraph } from './compact';
import type { CompactGraph } from './compact';
import { betweennessCentrality } from './sampled-betweenness';
import type { BetweennessMethod } from './sampled-betweenness';
import { eigenvectorValues, NotConvergedError, pagerankValues } from './spectral';

export type MetricValues = Record<string, number>;

/** A metric's values by node index, and how they were obtained. */
export interface MetricRun {
  values: Float64Array;
  method: BetweennessMethod;
  sampling?: Sampling;
}

export interface MetricDefinition {
  id: MetricId;
  label: string;
  description: string;
  /** Only meaningful on the directed projection. */
  directedOnly: boolean;
  /** `all-pairs` metrics search from every actor when exact (sampled on big graphs). */
  cost: 'linear' | 'all-pairs';
  run(c: CompactGraph): MetricRun;
}

/** Power iterations: a generous cap, and a tolerance tight enough to match NetworkX to 1e-6. */
const POWER = { maxIterations: 1000, tolerance: 1e-10 };

const exact = (values: Float64Array): MetricRun => ({ values, method: 'exact' });

function degreeOf(c: CompactGraph, get: (v: number) => number): MetricRun {
  const values = new Float64Array(c.n);
  const ratio = c.n - 1;
  for (let v = 0; v < c.n; v++) values[v] = ratio > 0 ? get(v) / ratio : 0;
  return exact(values);
}

const outDegree = (c: CompactGraph, v: number): number => c.outOffsets[v + 1] - c.outOffsets[v];
const inDegree = (c: CompactGraph, v: number): number => c.inOffsets[v + 1] - c.inOffsets[v];

/** Power-iteration metrics that fail to converge are reported as a typed error. */
function iterative(id: string, run: () => Float64Array): MetricRun {
  try {
    return exact(run());
  } catch (e) {
    if (e instanceof NotConvergedError) {
      throw new ActorGraphError(`${id}: power iteration did not converge in ${POWER.maxIterations} iterations`, 'not_converged', 422);
    }
    throw e;
  }
}

const percent = (delta: number): string => `${+(100 * (1 - delta)).toFixed(2)}%`;

const DEFINITIONS: MetricDefinition[] = [
  {
    id: 'degree',
    cost: 'linear',
    label: 'Degree',
    description: 'Share of the other actors this actor is related to (in + out when directed).',
    directedOnly: false,
    run: (c) => degreeOf(c, (v) => (c.directed ? outDegree(c, v) + inDegree(c, v) : outDegree(c, v))),
  },
  {
    id: 'in-degree',
    cost: 'linear',
    label: 'In-degree',
    description: 'Share of the other actors with a relation pointing at this actor.',
    directedOnly: true,
    run: (c) => degreeOf(c, (v) => inDegree(c, v)),
  },
  {
    id: 'out-degree',
    cost: 'linear',
    label: 'Out-degree',
    description: 'Share of the other actors this actor has a relation pointing to.',
    directedOnly: true,
    run: (c) => degreeOf(c, (v) => outDegree(c, v)),
  },
  {
    id: 'betweenness',
    cost: 'all-pairs',
    label: 'Betweenness',
    description: 'Share of shortest paths between other actors that pass through this actor: brokers.',
    directedOnly: false,
    run: (c) => {
      const r = betweennessCentrality(c);
      if (r.method === 'exact') return exact(r.values);
      const guarantee = `every value within ${r.epsilon} of the exact one with probability ≥ ${percent(r.delta)}`;
      return { values: r.values, method: 'sampled', sampling: { samples: r.samples, epsilon: r.epsilon, delta: r.delta, guarantee } };
    },
  },
  {
    id: 'closeness',
    cost: 'all-pairs',
    label: 'Closeness',
    description: 'Inverse mean distance to the actors it can reach, scaled by the share reachable.',
    directedOnly: false,
    run: (c) => {
      const r = closenessCentrality(c);
      if (r.method === 'exact') return exact(r.values);
      const distanceBound = r.distanceBound ?? 0;
      const guarantee =
        `from ${r.samples} sampled sources: every actor's share of actors reaching it within ${r.epsilon}, and its ` +
        `mean distance within ${+(r.epsilon * distanceBound).toFixed(3)} steps, with probability ≥ ${percent(r.delta)}`;
      return { values: r.values, method: 'sampled', sampling: { samples: r.samples, epsilon: r.epsilon, delta: r.delta, distanceBound, guarantee } };
    },
  },
  {
    id: 'eigenvector',
    cost: 'linear',
    label: 'Eigenvector',
    description: 'Related to actors that are themselves central (unit Euclidean norm).',
    directedOnly: false,
    run: (c) => iterative('eigenvector', () => eigenvectorValues(c, POWER)),
  },
  {
    id: 'pagerank',
    cost: 'linear',
    label: 'PageRank',
    description: 'Random-walk importance with damping 0.85; sums to 1.',
    directedOnly: false,
    run: (c) => iterative('pagerank', () => pagerankValues(c, 0.85, POWER)),
  },
];

/** The registry. An empty graph has no values. */
export const METRICS: readonly MetricDefinition[] = DEFINITIONS.map((d) => ({
  ...d,
  run: (c: CompactGraph) => (c.n === 0 ? exact(new Float64Array(0)) : d.run(c)),
}));

export { METRIC_IDS } from '../domain/types';

/** A metric's values by node key and how they were obtained (API, CLI and library shape). */
export interface Measured {
  values: MetricValues;
  method: BetweennessMethod;
  sampling?: Sampling;
}

/**
 * Runs a metric on a compact graph, or on a graphology graph (compacted here: directed only when
 * the graph is; build the compact graph once with compactGraph() to run several metrics).
 */
export function measure(def: MetricDefinition, g: CompactGraph | Graph): Measured {
  const c = 'outOffsets' in g ? g : compactGraph(g);
  const { values, ...how } = def.run(c);
  return { values: byKey(c, values), ...how };
}

export function findMetric(id: string): MetricDefinition | undefined {
  return METRICS.find((m) => m.id === id);
}
