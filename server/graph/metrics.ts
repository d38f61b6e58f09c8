/**
 * Centrality metrics, registered as objects in one list so the API, the CLI and the page can
 * enumerate them. Each runs on the compact graph of a projection (compact.ts) and gives
 * NetworkX's values (checked against NetworkX in test/graph/metrics.test.ts, metric-options.test.ts and networkx-definitions.test.ts):
 * - degree: degree / (n − 1) (nx.degree_centrality; in directed mode in+out); self-loops dropped
 *   and parallel relations merged unless `selfloops` / `multigraph` (then as NetworkX counts them);
 * - betweenness: normalised, endpoints excluded (nx.betweenness_centrality; `weight` a distance),
 *   exact or sampled (sampled-betweenness.ts); edge betweenness is apart (edge-betweenness.ts);
 * - closeness: Wasserman–Faust for disconnected graphs, incoming distances when directed
 *   (nx.closeness_centrality, wf_improved=True), exact or sampled (closeness.ts);
 * - eigenvector: unit Euclidean norm, in-edges when directed (nx.eigenvector_centrality);
 * - pagerank: alpha 0.85, dangling mass spread uniformly (nx.pagerank), parallel relations one
 *   link (summed weights when weighted) unless `multigraph`, self-loops dropped unless `selfloops`.
 */
import type Graph from 'graphology';
import type { MetricOptions, Sampling } from '../domain/api';
import { ActorGraphError, InvalidArgumentError } from '../domain/errors';
import { METRIC_OPTION_DEFAULTS } from '../domain/types';
import type { MetricId } from '../domain/types';
import { planCloseness } from '../algorithms/closeness';
import { byKey, compactGraph } from '../algorithms/compact';
import type { CompactGraph, CompactShape } from '../algorithms/compact';
import { directPlan, INLINE_ARCS, INLINE_WORK, mapPlan, runPlan, runPlanInPool } from '../algorithms/parallel-job';
import type { Plan } from '../algorithms/parallel-job';
import { planBetweenness } from '../algorithms/sampled-betweenness';
import { runMetricTask } from '../workers/pool';
import type { BetweennessMethod } from '../algorithms/sampled-betweenness';
import { eigenvectorValues, NotConvergedError, pagerankValues } from '../algorithms/spectral';

export type MetricValues = Record<string, number>;

/** A metric's values by node index, and how they were obtained. */
export interface MetricRun {
  values: Float64Array;
  method: BetweennessMethod;
  sampling?: Sampling;
  warnings?: string[];
}

export interface MetricDefinition {
  id: MetricId;
  label: string;
  description: string;
  /** Only meaningful on the directed projection. */
  directedOnly: boolean;
  /** `all-pairs` metrics search from every actor when exact (sampled on big graphs). */
  cost: 'linear' | 'all-pairs';
  /** The work the metric needs on `c` (traversals run here or in the worker pool; see parallel-job.ts). */
  plan(c: CompactGraph, o: MetricOptions): Plan<MetricRun>;
}

const D = METRIC_OPTION_DEFAULTS;

const exact = (values: Float64Array): MetricRun => ({ values, method: 'exact' });

/** NetworkX's degree centrality: degree / (n − 1), and 1 for the node of a one-node graph. */
function degreeOf(c: CompactGraph, get: (v: number) => number): MetricRun {
  const values = new Float64Array(c.n);
  if (c.n === 1) return exact(values.fill(1));
  const ratio = c.n - 1;
  for (let v = 0; v < c.n; v++) values[v] = get(v) / ratio;
  return exact(values);
}

/**
 * Edges at v along one side's arcs: one per arc, or with `multigraph` the parallel edges each arc
 * merged (its strength, unweighted); `loopTwice` counts a kept self-loop twice, as NetworkX's
 * undirected degree does.
 */
function arcsAt(c: CompactGraph, offsets: Int32Array, targets: Int32Array, strength: Float64Array | undefined, v: number, loopTwice: boolean): number {
  if (!c.multigraph && !(loopTwice && c.selfloops)) return offsets[v + 1] - offsets[v];
  let d = 0;
  for (let k = offsets[v]; k < offsets[v + 1]; k++) {
    const edges = c.multigraph && strength ? strength[k] : 1;
    d += loopTwice && targets[k] === v ? 2 * edges : edges;
  }
  return d;
}

const outDegree = (c: CompactGraph, v: number, loopTwice = false): number => arcsAt(c, c.outOffsets, c.outTargets, c.outStrength, v, loopTwice);
const inDegree = (c: CompactGraph, v: number): number => arcsAt(c, c.inOffsets, c.inTargets, c.inStrength, v, false);

/** Power-iteration metrics that fail to converge are reported as a typed error. */
function iterative(id: string, maxIterations: number, run: () => Float64Array): MetricRun {
  try {
    return exact(run());
  } catch (e) {
    if (e instanceof NotConvergedError) {
      throw new ActorGraphError(`${id}: power iteration did not converge in ${maxIterations} iterations (raise max_iter or tol)`, 'not_converged', 422);
    }
    throw e;
  }
}

/** Whether `o` names actors, which a plan reads through the graph's node keys (vectorOf): else a plan never reads them. */
const namesActors = (o: MetricOptions): boolean => o.personalization !== undefined || o.dangling !== undefined;

/** [id, weight] pairs as a vector over the graph's nodes; an id not in the graph is an error naming the option. */
function vectorOf(c: CompactGraph, name: string, pairs: [string, number][] | undefined): Float64Array | null {
  if (!pairs) return null;
  const index = new Map(c.ids.map((id, i) => [id, i]));
  const out = new Float64Array(c.n);
  for (const [id, w] of pairs) {
    const i = index.get(id);
    if (i === undefined) throw new InvalidArgumentError(name, `"${id}" is not an actor of the graph measured`);
    out[i] = w;
  }
  return out;
}

/** Work units (n × arcs) computed per second and thread by exact betweenness, as measured for EXACT_WORK_LIMIT. */
const BRANDES_RATE = 7e7;

/** A warning when an exact all-pairs run is expected to take over ten seconds. */
export function slowExactWarning(metric: string, c: CompactGraph): string[] {
  const work = c.n * c.outOffsets[c.n];
  const seconds = work / (2 * BRANDES_RATE);
  if (seconds < 10) return [];
  return [`exact ${metric} on ${c.n} actors and ${c.outOffsets[c.n]} arcs: expect about ${Math.round(seconds)} s on two threads (${(c.outDistance ? 'weighted, slower still' : 'unweighted')})`];
}

const percent = (delta: number): string => `${+(100 * (1 - delta)).toFixed(2)}%`;

const DEFINITIONS: MetricDefinition[] = [
  {
    id: 'degree',
    cost: 'linear',
    label: 'Degree',
    description: 'Share of the other actors this actor is related to (in + out when directed).',
    directedOnly: false,
    plan: (c) => directPlan(() => degreeOf(c, (v) => (c.directed ? outDegree(c, v) + inDegree(c, v) : outDegree(c, v, true)))),
  },
  {
    id: 'in-degree',
    cost: 'linear',
    label: 'In-degree',
    description: 'Share of the other actors with a relation pointing at this actor.',
    directedOnly: true,
    plan: (c) => directPlan(() => degreeOf(c, (v) => inDegree(c, v))),
  },
  {
    id: 'out-degree',
    cost: 'linear',
    label: 'Out-degree',
    description: 'Share of the other actors this actor has a relation pointing to.',
    directedOnly: true,
    plan: (c) => directPlan(() => degreeOf(c, (v) => outDegree(c, v))),
  },
  {
    id: 'betweenness',
    cost: 'all-pairs',
    label: 'Betweenness',
    description: 'Share of shortest paths between other actors that pass through this actor: brokers.',
    directedOnly: false,
    plan: (c, o) => mapPlan(planBetweenness(c, {
        method: o.exact ? 'exact' : 'auto',
        normalized: o.normalized ?? D.normalized,
        endpoints: o.endpoints ?? D.endpoints,
        seed: o.seed ?? D.seed,
        ...(o.k === undefined ? {} : { k: o.k }),
      }), (r): MetricRun => {
      const warnings = o.exact ? slowExactWarning('betweenness', c) : [];
      if (r.method === 'exact') return { ...exact(r.values), ...(warnings.length ? { warnings } : {}) };
      const guarantee =
        r.sampler === 'sources'
          ? `from ${r.samples} of ${c.n} sources drawn with seed ${o.seed ?? D.seed}, scaled by n / k: an unbiased estimate without a stated bound`
          : `every value within ${r.epsilon} of the exact one with probability ≥ ${percent(r.delta)}`;
      return { values: r.values, method: 'sampled', sampling: { samples: r.samples, epsilon: r.epsilon, delta: r.delta, guarantee } };
    }),
  },
  {
    id: 'closeness',
    cost: 'all-pairs',
    label: 'Closeness',
    description: 'Inverse mean distance to the actors it can reach, scaled by the share reachable.',
    directedOnly: false,
    plan: (c, o) => mapPlan(planCloseness(c, { method: o.exact ? 'exact' : 'auto', seed: o.seed ?? D.seed, wf_improved: o.wf_improved ?? D.wf_improved }), (r): MetricRun => {
      const warnings = o.exact ? slowExactWarning('closeness', c) : [];
      if (r.method === 'exact') return { ...exact(r.values), ...(warnings.length ? { warnings } : {}) };
      const distanceBound = r.distanceBound ?? 0;
      const guarantee =
        `from ${r.samples} sampled sources: every actor's share of actors reaching it within ${r.epsilon}, and its ` +
        `mean distance within ${+(r.epsilon * distanceBound).toFixed(3)} ${c.outDistance ? 'units of weight' : 'steps'}, with probability ≥ ${percent(r.delta)}`;
      return { values: r.values, method: 'sampled', sampling: { samples: r.samples, epsilon: r.epsilon, delta: r.delta, distanceBound, guarantee } };
    }),
  },
  {
    id: 'eigenvector',
    cost: 'linear',
    label: 'Eigenvector',
    description: 'Related to actors that are themselves central (unit Euclidean norm).',
    directedOnly: false,
    plan: (c, o) => {
      const power = { maxIterations: o.max_iter ?? D.max_iter, tolerance: o.tol ?? D.tol };
      return directPlan(() => iterative('eigenvector', power.maxIterations, () => eigenvectorValues(c, power)));
    },
  },
  {
    id: 'pagerank',
    cost: 'linear',
    label: 'PageRank',
    description: 'Random-walk importance with damping alpha (0.85); sums to 1.',
    directedOnly: false,
    plan: (c, o) => {
      const options = {
        maxIterations: o.max_iter ?? D.max_iter,
        tolerance: o.tol ?? D.tol,
        alpha: o.alpha ?? D.alpha,
        personalization: vectorOf(c, 'personalization', o.personalization),
        dangling: vectorOf(c, 'dangling', o.dangling),
      };
      return directPlan(() => iterative('pagerank', options.maxIterations, () => pagerankValues(c, options)));
    },
  },
];

/** The registry. An empty graph has no values. */
export const METRICS: readonly MetricDefinition[] = DEFINITIONS.map((d) => ({
  ...d,
  plan: (c: CompactGraph, o: MetricOptions) => (c.n === 0 ? directPlan(() => exact(new Float64Array(0))) : d.plan(c, o)),
}));

export { METRIC_IDS } from '../domain/types';

/** A metric's values by node key and how they were obtained (API, CLI and library shape). */
export interface Measured {
  values: MetricValues;
  method: BetweennessMethod;
  sampling?: Sampling;
  warnings?: string[];
}

/**
 * Runs a metric on a compact graph, or on a graphology graph (compacted here: directed only when
 * the graph is, weighted by `options.weight`; build the compact graph once with compactGraph() to
 * run several metrics). Options are NetworkX's (see MetricOptions), with NetworkX's defaults.
 */
export function measure(def: MetricDefinition, g: CompactGraph | Graph, options: MetricOptions = {}): Measured {
  const c = 'outOffsets' in g ? g : compactGraph(g, undefined, options.weight, shapeOf(options));
  return keyed(c, runPlan(c, def.plan(c, options)));
}

/**
 * measure() on a compact graph off this thread: traversals in the worker pool, other metrics in
 * one pool task (small graphs, where a hand-over costs more than the work, are measured here);
 * `signal` cancels.
 */
export async function measureInPool(def: MetricDefinition, c: CompactGraph, options: MetricOptions = {}, signal?: AbortSignal): Promise<Measured> {
  return keyed(c, await runInPool(def, c, options, signal));
}

/**
 * measureInPool()'s values by node index (values[i] is c.ids[i]'s): for a caller that reads a few
 * actors' values, as the actor panel does, and need not build a record over every actor.
 */
export async function runInPool(def: MetricDefinition, c: CompactGraph, options: MetricOptions = {}, signal?: AbortSignal): Promise<MetricRun> {
  signal?.throwIfAborted();
  const plan = def.plan(c, options);
  const arcs = c.outOffsets[c.n] ?? 0;
  if (plan.job ? plan.job.work < INLINE_WORK : arcs < INLINE_ARCS) return runPlan(c, plan);
  if (plan.job) return runPlanInPool(c, plan, signal);
  // Node keys only when the options name actors: copying 50,000 of them to the thread held this one 10–20 ms per measurement.
  return runMetricTask({ metric: def.id, c: namesActors(options) ? c : { ...c, ids: [] }, options }, signal);
}

function keyed(c: CompactGraph, { values, ...how }: MetricRun): Measured {
  return { values: byKey(c, values), ...how };
}

/** The compact graph's shape the options ask for (selfloops, multigraph). */
export function shapeOf(o: MetricOptions): CompactShape {
  return { ...(o.selfloops ? { selfloops: true } : {}), ...(o.multigraph ? { multigraph: true } : {}) };
}

export function findMetric(id: string): MetricDefinition | undefined {
  return METRICS.find((m) => m.id === id);
}
