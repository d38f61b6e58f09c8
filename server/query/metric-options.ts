/**
 * NetworkX's options for the centralities and Louvain, declared once: each option's name (as
 * NetworkX spells it, used by the API; the CLI flag is the same name with hyphens), what it
 * applies to, its default, its value on the wire (zod) and how its raw value is parsed. The
 * operations that take them (server/operations) list them as parameters, so the API, the CLI,
 * the OpenAPI document and `--help` are all made from this list.
 */
import { z } from 'zod';
import type { MetricOptions, PathQuery } from '../domain/api';
import { InvalidArgumentError } from '../domain/errors';
import { METRIC_OPTION_DEFAULTS } from '../domain/types';
import type { MetricId } from '../domain/types';
import { parseBoolean, parseInteger, parseNumber } from './options';
import type { Raw } from './options';

/** What an option can apply to: a metric, edge betweenness, or Louvain. */
export type OptionTarget = MetricId | 'edge-betweenness' | 'communities';

export interface OptionSpec {
  name: keyof MetricOptions;
  appliesTo: readonly OptionTarget[];
  /** NetworkX's default, in words. */
  default: string;
  /** The default as a value, where there is one to state in answers. */
  fallback?: MetricOptions[keyof MetricOptions];
  help: string;
  /** The value on the wire, for the OpenAPI document and the page's types. */
  schema: z.ZodType;
  parse(raw: Raw): MetricOptions[keyof MetricOptions];
}

/** "a,b" (weight 1 each) or "a:2,b:0.5": actor ids with non-negative weights, not all zero. */
function parseWeights(name: string, v: Raw): [string, number][] | undefined {
  if (v === undefined) return undefined;
  if (Array.isArray(v)) throw new InvalidArgumentError(name, 'given more than once');
  const items = String(v).split(',').map((x) => x.trim());
  if (items.some((x) => !x)) throw new InvalidArgumentError(name, 'must be a comma-separated list of ids, each optionally id:weight');
  const seen = new Set<string>();
  const out = items.map((item): [string, number] => {
    const at = item.lastIndexOf(':');
    const id = at < 0 ? item : item.slice(0, at);
    const w = at < 0 ? 1 : parseNumber(name, item.slice(at + 1), 0, Number.MAX_VALUE);
    if (!id) throw new InvalidArgumentError(name, `"${item}" has no id`);
    if (seen.has(id)) throw new InvalidArgumentError(name, `"${id}" is listed twice`);
    seen.add(id);
    return [id, w as number];
  });
  if (!out.some(([, w]) => w > 0)) throw new InvalidArgumentError(name, 'needs at least one weight above 0');
  return out;
}

/** An edge attribute's name, for `weight`. */
function parseWeightName(v: Raw): string | undefined {
  if (v === undefined) return undefined;
  const s = String(v).trim();
  if (!s || Array.isArray(v)) throw new InvalidArgumentError('weight', 'must name one edge attribute');
  return s;
}

/** The path options: along direction, weighted, every shortest path, or across affiliations. */
export function parsePathQuery(q: Record<string, Raw>): PathQuery {
  const out: PathQuery = {
    directed: parseBoolean('directed', q.directed),
    weight: parseWeightName(q.weight),
    all: parseBoolean('all', q.all),
    viaAffiliations: parseBoolean('viaAffiliations', q.viaAffiliations),
  };
  // A path across affiliations is one unweighted, undirected shortest path (graph/affiliation-path).
  if (out.viaAffiliations && (out.directed || out.weight !== undefined || out.all)) {
    throw new InvalidArgumentError('viaAffiliations', 'cannot be combined with directed, weight or all');
  }
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as PathQuery;
}

const CENTRALITIES_WEIGHTED: OptionTarget[] = ['betweenness', 'edge-betweenness', 'closeness', 'eigenvector', 'pagerank', 'communities'];
const POWER: OptionTarget[] = ['pagerank', 'eigenvector'];
const BETWEENNESS: OptionTarget[] = ['betweenness', 'edge-betweenness'];
/** Where our simple graph and NetworkX's multigraph or self-loops differ: the degrees and PageRank. */
const COUNTS: OptionTarget[] = ['degree', 'in-degree', 'out-degree', 'pagerank'];

export const METRIC_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'weight',
    appliesTo: CENTRALITIES_WEIGHTED,
    default: 'none (unweighted)',
    help: 'edge attribute to weigh by: a distance for betweenness and closeness (paths through light edges are shorter), a strength for PageRank, eigenvector and Louvain',
    schema: z.string(),
    parse: (v) => parseWeightName(v),
  },
  {
    name: 'exact',
    fallback: METRIC_OPTION_DEFAULTS.exact,
    appliesTo: ['betweenness', 'edge-betweenness', 'closeness'],
    default: 'false (exact while affordable, sampled above)',
    help: 'compute exactly whatever the size (the answer warns when that is expected to take long)',
    schema: z.boolean(),
    parse: (v) => parseBoolean('exact', v),
  },
  {
    name: 'alpha',
    fallback: METRIC_OPTION_DEFAULTS.alpha,
    appliesTo: ['pagerank'],
    default: '0.85',
    help: 'damping factor',
    schema: z.number().gt(0).max(1),
    parse: (v) => parseNumber('alpha', v, 0, 1, { open: true }),
  },
  {
    name: 'personalization',
    appliesTo: ['pagerank'],
    default: 'none (uniform teleport)',
    help: 'teleport to these actors: "a,b" or with weights "a:2,b:1"',
    schema: z.string(),
    parse: (v) => parseWeights('personalization', v),
  },
  {
    name: 'dangling',
    appliesTo: ['pagerank'],
    default: 'the personalization',
    help: 'where the rank of actors without out-relations goes: "a,b" or "a:2,b:1"',
    schema: z.string(),
    parse: (v) => parseWeights('dangling', v),
  },
  {
    name: 'max_iter',
    fallback: METRIC_OPTION_DEFAULTS.max_iter,
    appliesTo: POWER,
    default: '100',
    help: 'power iterations before giving up (422 not_converged)',
    schema: z.number().int().min(1).max(100000),
    parse: (v) => parseInteger('max_iter', v, 1, 100000),
  },
  {
    name: 'tol',
    fallback: METRIC_OPTION_DEFAULTS.tol,
    appliesTo: POWER,
    default: '1e-06',
    help: 'convergence: stop when the summed change is below n × tol',
    schema: z.number().gt(0).max(1),
    parse: (v) => parseNumber('tol', v, 0, 1, { open: true }),
  },
  {
    name: 'normalized',
    fallback: METRIC_OPTION_DEFAULTS.normalized,
    appliesTo: BETWEENNESS,
    default: 'true',
    help: 'divide by the number of pairs; false gives raw counts (halved when undirected)',
    schema: z.boolean(),
    parse: (v) => parseBoolean('normalized', v),
  },
  {
    name: 'endpoints',
    fallback: METRIC_OPTION_DEFAULTS.endpoints,
    appliesTo: ['betweenness'],
    default: 'false',
    help: "count a path's end points as lying on it",
    schema: z.boolean(),
    parse: (v) => parseBoolean('endpoints', v),
  },
  {
    name: 'k',
    appliesTo: BETWEENNESS,
    default: 'none (all sources)',
    help: 'estimate from k sources drawn with seed, scaled by n / k',
    schema: z.number().int().min(1).max(1e9),
    parse: (v) => parseInteger('k', v, 1, 1e9),
  },
  {
    name: 'seed',
    fallback: METRIC_OPTION_DEFAULTS.seed,
    appliesTo: ['betweenness', 'edge-betweenness', 'closeness', 'communities'],
    default: '42',
    help: 'seed of the sampler (betweenness, edge betweenness, closeness) or of the visiting order (Louvain)',
    schema: z.number().int().min(-2147483648).max(2147483647),
    parse: (v) => parseInteger('seed', v, -2147483648, 2147483647),
  },
  {
    name: 'wf_improved',
    fallback: METRIC_OPTION_DEFAULTS.wf_improved,
    appliesTo: ['closeness'],
    default: 'true',
    help: "scale by the share of actors that reach this one (Wasserman–Faust)",
    schema: z.boolean(),
    parse: (v) => parseBoolean('wf_improved', v),
  },
  {
    name: 'resolution',
    fallback: METRIC_OPTION_DEFAULTS.resolution,
    appliesTo: ['communities'],
    default: '1',
    help: 'Louvain resolution: above 1 favours smaller communities',
    schema: z.number().gt(0).max(1e6),
    parse: (v) => parseNumber('resolution', v, 0, 1e6, { open: true }),
  },
  {
    name: 'selfloops',
    fallback: METRIC_OPTION_DEFAULTS.selfloops,
    appliesTo: COUNTS,
    default: 'false (self-loops dropped)',
    help: "keep self-loops, as NetworkX does: a loop adds 2 to an undirected degree, 1 to in- and out-degree, and is an arc for PageRank",
    schema: z.boolean(),
    parse: (v) => parseBoolean('selfloops', v),
  },
  {
    name: 'multigraph',
    fallback: METRIC_OPTION_DEFAULTS.multigraph,
    appliesTo: COUNTS,
    default: 'false (parallel relations merged)',
    help: "count parallel relations each, as NetworkX's MultiGraph: in degree, and as the strength of the merged edge in unweighted PageRank",
    schema: z.boolean(),
    parse: (v) => parseBoolean('multigraph', v),
  },
];

/** The option names, as query parameters. */
export const METRIC_OPTION_NAMES: readonly string[] = METRIC_OPTIONS.map((o) => o.name);

/** The options that apply to a target. */
const optionsFor = (target: OptionTarget): OptionSpec[] => METRIC_OPTIONS.filter((o) => o.appliesTo.includes(target));

/** The options that apply to `target` with their defaults filled in: what an answer states it used. */
export function withDefaults(target: OptionTarget, given: MetricOptions): MetricOptions {
  const out: MetricOptions = {};
  for (const spec of optionsFor(target)) {
    const v = given[spec.name] ?? spec.fallback;
    if (v !== undefined) Object.assign(out, { [spec.name]: v });
  }
  return out;
}

/**
 * The options given in `q` (keyed by NetworkX's names) for `target`, parsed; an option that does
 * not apply to the target is an error naming it.
 */
export function parseMetricOptions(target: OptionTarget, q: Record<string, Raw>): MetricOptions {
  const out: MetricOptions = {};
  for (const spec of METRIC_OPTIONS) {
    const raw = Object.prototype.hasOwnProperty.call(q, spec.name) ? q[spec.name] : undefined;
    if (raw === undefined) continue;
    if (!spec.appliesTo.includes(target)) {
      throw new InvalidArgumentError(spec.name, `applies to ${spec.appliesTo.join(', ')}, not ${target}`);
    }
    const value = spec.parse(raw);
    if (value !== undefined) Object.assign(out, { [spec.name]: value });
  }
  if (out.exact && out.k !== undefined) throw new InvalidArgumentError('k', 'samples sources; it cannot be combined with exact=true');
  return out;
}
