/**
 * Centrality metrics, registered as objects in one list so the API, the CLI and the page can
 * enumerate them. Each runs graphology-metrics on a projection (see projection.ts) with the
 * options that make its values equal NetworkX's definitions:
 * - degree: degree / (n − 1) (nx.degree_centrality; in directed mode in+out);
 * - betweenness: normalised, endpoints excluded, unweighted (nx.betweenness_centrality);
 * - closeness: Wasserman–Faust for disconnected graphs, incoming distances when directed
 *   (nx.closeness_centrality, wf_improved=True);
 * - eigenvector: unit Euclidean norm, in-edges when directed (nx.eigenvector_centrality);
 * - pagerank: alpha 0.85, dangling mass spread uniformly (nx.pagerank).
 */
import type Graph from 'graphology';
import { betweenness, closeness, eigenvector, pagerank } from 'graphology-metrics/centrality';
import { ActorGraphError } from '../domain/errors';
import type { MetricId } from '../domain/types';
import { betweennessCentrality } from './sampled-betweenness';
import type { BetweennessMethod } from './sampled-betweenness';

export type MetricValues = Record<string, number>;

export interface MetricDefinition {
  id: MetricId;
  label: string;
  description: string;
  /** Only meaningful on the directed projection. */
  directedOnly: boolean;
  /** `all-pairs` metrics run a search from every actor: minutes on tens of thousands of actors. */
  cost: 'linear' | 'all-pairs';
  compute(g: Graph): MetricValues;
}

/** Power iterations: a generous cap, and a tolerance tight enough to match NetworkX to 1e-6. */
const MAX_ITERATIONS = 1000;
const TOLERANCE = 1e-10;

function degreeOf(g: Graph, get: (node: string) => number): MetricValues {
  const out: MetricValues = {};
  const ratio = g.order - 1;
  g.forEachNode((n) => (out[n] = ratio > 0 ? get(n) / ratio : 0));
  return out;
}

/** Power-iteration metrics throw when they fail to converge; report that as a typed error. */
function iterative(id: string, run: () => MetricValues): MetricValues {
  try {
    return run();
  } catch (e) {
    if (/failed to converge/.test((e as Error).message)) {
      throw new ActorGraphError(`${id}: power iteration did not converge in ${MAX_ITERATIONS} iterations`, 'not_converged', 422);
    }
    throw e;
  }
}

const DEFINITIONS: MetricDefinition[] = [
  {
    id: 'degree',
    cost: 'linear',
    label: 'Degree',
    description: 'Share of the other actors this actor is related to (in + out when directed).',
    directedOnly: false,
    compute: (g) => degreeOf(g, (n) => g.degree(n)),
  },
  {
    id: 'in-degree',
    cost: 'linear',
    label: 'In-degree',
    description: 'Share of the other actors with a relation pointing at this actor.',
    directedOnly: true,
    compute: (g) => degreeOf(g, (n) => g.inDegree(n)),
  },
  {
    id: 'out-degree',
    cost: 'linear',
    label: 'Out-degree',
    description: 'Share of the other actors this actor has a relation pointing to.',
    directedOnly: true,
    compute: (g) => degreeOf(g, (n) => g.outDegree(n)),
  },
  {
    id: 'betweenness',
    cost: 'all-pairs',
    label: 'Betweenness',
    description: 'Share of shortest paths between other actors that pass through this actor: brokers.',
    directedOnly: false,
    compute: (g) => betweenness(g, { normalized: true, getEdgeWeight: null }),
  },
  {
    id: 'closeness',
    cost: 'all-pairs',
    label: 'Closeness',
    description: 'Inverse mean distance to the actors it can reach, scaled by the share reachable.',
    directedOnly: false,
    compute: (g) => closeness(g, { wassermanFaust: true }),
  },
  {
    id: 'eigenvector',
    cost: 'linear',
    label: 'Eigenvector',
    description: 'Related to actors that are themselves central (unit Euclidean norm).',
    directedOnly: false,
    compute: (g) =>
      iterative('eigenvector', () =>
        eigenvector(g, { getEdgeWeight: null, maxIterations: MAX_ITERATIONS, tolerance: TOLERANCE }),
      ),
  },
  {
    id: 'pagerank',
    cost: 'linear',
    label: 'PageRank',
    description: 'Random-walk importance with damping 0.85; sums to 1.',
    directedOnly: false,
    compute: (g) =>
      iterative('pagerank', () =>
        pagerank(g, { alpha: 0.85, getEdgeWeight: null, maxIterations: MAX_ITERATIONS, tolerance: TOLERANCE }),
      ),
  },
];

/** The registry. graphology's indices cannot be built on an empty graph, which has no values anyway. */
export const METRICS: readonly MetricDefinition[] = DEFINITIONS.map((d) => ({
  ...d,
  compute: (g: Graph) => (g.order === 0 ? {} : d.compute(g)),
}));

export { METRIC_IDS } from '../domain/types';

/** A metric's values and how they were obtained (betweenness is sampled on big graphs). */
export interface Measured {
  values: MetricValues;
  method: BetweennessMethod;
  sampling?: { samples: number; epsilon: number; delta: number };
}

/**
 * Runs a metric. Betweenness goes through our Brandes/Riondato–Kornaropoulos implementation: exact
 * (on two threads) while affordable, a sampled estimate with a stated bound above that.
 */
export function measure(def: MetricDefinition, g: Graph): Measured {
  if (def.id !== 'betweenness' || g.order === 0) return { values: def.compute(g), method: 'exact' };
  const r = betweennessCentrality(g);
  return r.method === 'exact'
    ? { values: r.values, method: 'exact' }
    : { values: r.values, method: 'sampled', sampling: { samples: r.samples, epsilon: r.epsilon, delta: r.delta } };
}

export function findMetric(id: string): MetricDefinition | undefined {
  return METRICS.find((m) => m.id === id);
}
