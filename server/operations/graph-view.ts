/** The graph as the page draws it: filtered, laid out, thinned to an overview above the limit. */
import { z } from 'zod';
import { serialisedOnce } from '../api/send-json';
import { MAX_LIMIT, parseLimit } from '../graph/budget';
import { parseFilter } from '../query/options';
import { FILTER_FIELDS } from './fields';
import { defineOperation } from './operation';

export const graphView = defineOperation({
  name: 'graph',
  path: '/graph',
  summary:
    'The graph (graphology JSON, with layout positions). Above the limit (default 2000 actors, 5000 relations) it is an overview: the actors with the most relation weight and the strongest relations among them, described in `overview` (shown, total, budget); an ego network keeps its centre.',
  cost: 'light',
  params: z.strictObject({
    ...FILTER_FIELDS,
    limit: z
      .union([z.number().int().min(1).max(MAX_LIMIT), z.literal('none')])
      .meta({ description: 'Actors to draw at most (relations: 2.5 per actor), or "none" for the whole graph. Default 2000.' })
      .optional(),
  }),
  answer: { description: 'Graph, dataset version, and `overview` when the graph was thinned' },
  parse: (q) => ({ filter: parseFilter(q), budget: parseLimit(q.limit) }),
  run: async (explorer, { filter, budget }) => {
    // The version asked about: the answer is its, even if an ingest lands while it is made.
    const version = explorer.version;
    const { graph, overview } = await explorer.view(filter, budget);
    // An overview's actor and relation entries are carried from one version's to the next (graph/overview.ts's OverviewEntries): each serialised once.
    if (overview) {
      serialisedOnce(graph.nodes);
      serialisedOnce(graph.edges);
    }
    return { version, graph, ...(overview ? { overview } : {}) };
  },
  // The Explorer keeps graphs within a budget, so their serialised form is worth keeping too.
  shared: ({ budget }) => budget !== null,
});
