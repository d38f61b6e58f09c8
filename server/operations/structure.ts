/** What the graph's structure says: communities, a shortest path, and what changed between two periods. */
import { z } from 'zod';
import { MAX_PATHS, RELATION_WEIGHTS } from '../domain/types';
import { parseMetricOptions, parsePathQuery } from '../query/metric-options';
import { parseActorId, parseFilter, requireValue } from '../query/options';
import { parseDiffQuery } from '../query/requests';
import { FILTER_FIELDS, UNDATED_FILTER_FIELDS, flag, metricOptionFields } from './fields';
import { defineOperation } from './operation';

export const communities = defineOperation({
  name: 'communities',
  path: '/communities',
  summary: 'Louvain communities on the undirected projection',
  cost: 'heavy',
  cli: 'communities',
  params: z.strictObject({ ...metricOptionFields(['communities']), ...FILTER_FIELDS }),
  answer: { description: 'Communities and modularity' },
  parse: (q) => ({ filter: parseFilter(q), options: parseMetricOptions('communities', q) }),
  run: (explorer, { filter, options }, signal) => explorer.communities(filter, options, signal),
});

export const path = defineOperation({
  name: 'path',
  path: '/path',
  summary: 'Shortest path between two actors, with the relations on each step',
  cost: 'light',
  cli: 'path',
  params: z.strictObject({
    from: z.string().meta({ description: 'Start actor id.', placeholder: 'id' }),
    to: z.string().meta({ description: 'End actor id.', placeholder: 'id' }),
    directed: flag('Follow relation direction (negotiates counts both ways).'),
    weight: z
      .string()
      .meta({ description: `Relation attribute read as a distance (${RELATION_WEIGHTS.join(', ')}; on the command line, any numeric attribute of a graph file); the lightest parallel relation counts.`, placeholder: 'attribute' })
      .optional(),
    all: flag(`List every shortest path (at most ${MAX_PATHS}; \`truncated\` says when there were more).`),
    viaAffiliations: flag('Let a step be an affiliation (a person acting for a state or body); such steps carry `affiliation`.'),
    ...FILTER_FIELDS,
  }),
  answer: { description: 'Path' },
  parse: (q) => ({
    from: requireValue('from', parseActorId('from', q.from)),
    to: requireValue('to', parseActorId('to', q.to)),
    filter: parseFilter(q),
    query: parsePathQuery(q),
  }),
  run: (explorer, { from, to, filter, query }) => explorer.path(from, to, filter, query),
});

export const diff = defineOperation({
  name: 'diff',
  path: '/diff',
  summary: 'Actor pairs whose relations appeared, disappeared or changed (type or direction) between two periods of evidence',
  cost: 'light',
  cli: 'diff',
  params: z.strictObject({
    before: z.string().meta({ description: 'First period, START..END (YYYY-MM-DD; either end may be open, a single date is one day).', placeholder: 'period' }),
    after: z.string().meta({ description: 'Second period, START..END.', placeholder: 'period' }),
    ...UNDATED_FILTER_FIELDS,
  }),
  // since and until would cut both periods: refused, naming before and after instead.
  refuses: ['since', 'until'],
  answer: { description: 'Pairs appeared, disappeared and changed, with their relations and quotes in each period' },
  parse: parseDiffQuery,
  run: (explorer, { before, after, filter }) => explorer.diff(before, after, filter),
});
