/** Actors ranked by a centrality (one ranking, or one per period), and links ranked by edge betweenness. */
import { z } from 'zod';
import type { CentralityOverTime, CentralityResult } from '../domain/api';
import { DEFAULT_TOP_LINKS, MAX_PERIODS, METRIC_IDS, PERIOD_UNITS } from '../domain/types';
import { CENTRALITY_FORMATS, centralityCsv } from '../query/centrality-csv';
import { METRIC_OPTION_NAMES } from '../query/metric-options';
import { parseCentralityQuery, parseEdgeBetweennessQuery } from '../query/requests';
import { sendJson } from '../api/send-json';
import { FILTER_FIELDS, flag, metricOptionFields } from './fields';
import { defineOperation } from './operation';

const directed = flag('Use the directed projection (negotiates counts both ways).');
const top = (description: string): z.ZodOptional<z.ZodNumber> => z.number().int().min(1).max(1_000_000).meta({ description }).optional();

const centralityFields = {
  metric: z.enum(METRIC_IDS).meta({ description: 'Metric id (default degree).', placeholder: 'id' }).optional(),
  directed,
  top: top('Return only the first N.'),
  by: z
    .enum(PERIOD_UNITS)
    .meta({
      placeholder: 'unit',
      description: `One ranking per period (day, week from Monday, calendar month) from the first to the last evidence or event date the filters keep, each on the graph of what is dated in it (at most ${MAX_PERIODS} periods): a table actor × period.`,
    })
    .optional(),
  format: z
    .enum(CENTRALITY_FORMATS)
    .meta({ placeholder: 'format', description: 'json (default) or csv (rank, id, label, kind, value; with `by`: id, label, kind, one column per period). The CLI prints a table unless given one.' })
    .optional(),
  ...metricOptionFields(METRIC_IDS),
};

/** Every option name is accepted, so one that applies only elsewhere is refused saying where it applies. */
const refusedOptions = (fields: object): string[] => METRIC_OPTION_NAMES.filter((n) => !Object.prototype.hasOwnProperty.call(fields, n));

export const centrality = defineOperation({
  name: 'centrality',
  path: '/centrality',
  summary: 'Actors ranked by a centrality metric on a stated projection',
  cost: 'heavy',
  cli: 'centrality',
  params: z.strictObject({ ...centralityFields, ...FILTER_FIELDS }),
  refuses: refusedOptions(centralityFields),
  answer: { description: 'Ranking, or with `by` the table actor × period' },
  failures: { 422: 'Power iteration did not converge (not_converged)' },
  parse: parseCentralityQuery,
  run: (explorer, { request, by }, signal): Promise<CentralityResult | CentralityOverTime> => (by ? explorer.centralityOverTime({ ...request, by }, signal) : explorer.centrality(request, signal)),
  send: (res, result, { format }) => (format === 'csv' ? void res.type('text/csv').send(centralityCsv(result)) : sendJson(res, result)),
});

const edgeFields = {
  directed,
  top: top(`Return only the first N links (default ${DEFAULT_TOP_LINKS}).`),
  ...metricOptionFields(['edge-betweenness']),
};

export const edgeBetweenness = defineOperation({
  name: 'edgeBetweenness',
  path: '/edge-betweenness',
  summary: 'Links between actors ranked by edge betweenness (NetworkX edge_betweenness_centrality), each with its relations and their quotes',
  cost: 'heavy',
  cli: 'edge-betweenness',
  params: z.strictObject({ ...edgeFields, ...FILTER_FIELDS }),
  refuses: refusedOptions(edgeFields),
  answer: { description: 'Ranked links' },
  parse: parseEdgeBetweennessQuery,
  run: (explorer, request, signal) => explorer.edgeBetweenness(request, signal),
});
