/**
 * Raw query → typed request for centrality (one ranking or over time), edge betweenness and the
 * diff: one parser each, the `parse` of their operations (server/operations), which declare the
 * parameter names.
 */
import { InvalidArgumentError } from '../domain/errors';
import type { MetricId, PeriodUnit } from '../domain/types';
import type { GraphFilter } from '../graph/filter';
import type { CentralityOptions, EdgeBetweennessOptions } from './explorer';
import { parseMetricOptions } from './metric-options';
import { CENTRALITY_FORMATS } from './centrality-csv';
import type { CentralityFormat } from './centrality-csv';
import { parseBoolean, parseBy, parseEnum, parseFilter, parseInteger, parseMetric } from './options';
import type { Raw } from './options';
import { parsePeriod } from './periods';

type Query = Record<string, Raw>;

export function parseCentralityQuery(q: Query): { request: CentralityOptions; by?: PeriodUnit; format: CentralityFormat } {
  const metric = parseMetric(q.metric);
  const by = parseBy(q.by);
  return {
    request: {
      ...parseFilter(q),
      metric,
      directed: parseBoolean('directed', q.directed),
      top: parseInteger('top', q.top, 1, 1_000_000),
      options: parseMetricOptions(metric as MetricId, q),
    },
    ...(by ? { by } : {}),
    format: parseEnum('format', q.format, CENTRALITY_FORMATS, 'json'),
  };
}

export function parseEdgeBetweennessQuery(q: Query): EdgeBetweennessOptions {
  const top = parseInteger('top', q.top, 1, 1_000_000);
  return {
    ...parseFilter(q),
    directed: parseBoolean('directed', q.directed),
    ...(top === undefined ? {} : { top }),
    options: parseMetricOptions('edge-betweenness', q),
  };
}

/** The diff's periods replace the filters' since and until, which are refused naming them. */
export function parseDiffQuery(q: Query): { before: { since?: string; until?: string }; after: { since?: string; until?: string }; filter: GraphFilter } {
  for (const name of ['since', 'until']) {
    if (q[name] !== undefined) throw new InvalidArgumentError(name, 'does not apply to the diff: its periods are before and after (START..END)');
  }
  return { before: parsePeriod('before', q.before), after: parsePeriod('after', q.after), filter: parseFilter(q) };
}
