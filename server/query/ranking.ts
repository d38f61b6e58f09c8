/**
 * A centrality answer from a metric's values, for the actor graph (explorer.ts) and for a user's
 * graph file (io/file-queries.ts) alike: the request checked the same way, the same options stated,
 * the same ranking with ties broken the same way.
 */
import type { CentralityResult, MetricOptions, RankedActor } from '../domain/api';
import { InvalidArgumentError } from '../domain/errors';
import type { RelationType } from '../domain/types';
import { projectionInfo } from '../algorithms/compact';
import type { CompactGraph } from '../algorithms/compact';
import { findMetric } from '../graph/metrics';
import type { Measured, MetricDefinition } from '../graph/metrics';
import { withDefaults } from './metric-options';
import { byCodeUnits } from '../algorithms/code-unit-order';

/** How ids compare where values tie: by UTF-16 code units (as Python's sorted()), the same in every locale. */
export const compareIds = byCodeUnits;

/** Values closer than this are a tie (float noise), broken by id so rankings repeat. */
const TIE = 1e-12;

/** What a ranking shows of a node of the projection, by its key there. */
export type Describe = (key: string) => Pick<RankedActor, 'id' | 'label' | 'kind'>;

/** Every node of `keys` ranked by its value (0 when it has none), highest first. */
function rankActors(keys: readonly string[], values: Record<string, number>, describe: Describe): RankedActor[] {
  const ranking = keys
    .map((key) => ({ rank: 0, ...describe(key), value: values[key] ?? 0 }))
    .sort((x, y) => (Math.abs(y.value - x.value) > TIE ? y.value - x.value : compareIds(x.id, y.id)));
  ranking.forEach((r, i) => (r.rank = i + 1));
  return ranking;
}

/** A centrality request checked: the metric and the projection's direction. */
export interface CheckedMetric {
  def: MetricDefinition;
  isDirected: boolean;
}

/** The metric by id, and the projection it runs on: directed when asked, or when the metric needs it. */
export function checkMetric(metric: string, directed: boolean | undefined): CheckedMetric {
  const def = findMetric(metric);
  if (!def) throw new InvalidArgumentError('metric', `unknown metric "${metric}"`);
  const isDirected = directed ?? def.directedOnly;
  if (def.directedOnly && !isDirected) throw new InvalidArgumentError('directed', `metric "${metric}" needs the directed projection (directed=true)`);
  return { def, isDirected };
}

/**
 * The answer for a metric measured on `p`: the options it used, how, and the ranking. `types` are
 * the relation types the projection kept (none for a file graph); `warnings` are said before the
 * metric's own.
 */
export function centralityAnswer(
  def: MetricDefinition,
  options: MetricOptions,
  p: CompactGraph,
  m: Measured,
  describe: Describe,
  types: RelationType[],
  warnings: string[] = [],
): CentralityResult {
  const said = [...warnings, ...(m.warnings ?? [])];
  return {
    metric: def.id,
    options: withDefaults(def.id, options),
    method: m.method,
    ...(m.sampling ? { sampling: m.sampling } : {}),
    ...(said.length ? { warnings: said } : {}),
    projection: { ...projectionInfo(p), types },
    ranking: rankActors(p.ids, m.values, describe),
  };
}
