/** The parts of an edge-betweenness answer shared by the actor data and graph files. */
import type { EdgeBetweennessAnswer, MetricOptions } from '../domain/api';
import { METRIC_OPTION_DEFAULTS } from '../domain/types';
import type { CompactGraph } from '../algorithms/compact';
import type { EdgeBetweennessResult } from '../algorithms/edge-betweenness';
import { slowExactWarning } from '../graph/metrics';
import { withDefaults } from './metric-options';

export function edgeBetweennessAnswer(
  c: CompactGraph,
  r: EdgeBetweennessResult,
  options: MetricOptions,
): Pick<EdgeBetweennessAnswer, 'metric' | 'options' | 'method' | 'sampling' | 'warnings' | 'links'> {
  const warnings = options.exact ? slowExactWarning('edge betweenness', c) : [];
  const seed = options.seed ?? METRIC_OPTION_DEFAULTS.seed;
  return {
    metric: 'edge-betweenness',
    options: withDefaults('edge-betweenness', options),
    method: r.method,
    ...(r.method === 'sampled'
      ? {
          sampling: {
            samples: r.samples,
            epsilon: 0,
            delta: 0,
            guarantee: `from ${r.samples} of ${c.n} sources drawn with seed ${seed}, scaled by n / k: an unbiased estimate without a stated bound`,
          },
        }
      : {}),
    ...(warnings.length ? { warnings } : {}),
    links: r.values.length,
  };
}
