/** The actors: the list, one actor's detail, and the metrics the page can size them by. */
import { z } from 'zod';
import { serialisedOnce } from '../api/send-json';
import { pathId } from './fields';
import { defineOperation } from './operation';

export const actorList = defineOperation({
  name: 'actors',
  path: '/actors',
  summary: 'All actors',
  cost: 'light',
  cli: 'actors',
  params: z.strictObject({}),
  answer: { description: 'Actor list' },
  parse: () => ({}),
  run: (explorer) => ({ actors: explorer.actors() }),
});

export const actorDetail = defineOperation({
  name: 'actor',
  path: '/actors/:id',
  summary: 'One actor with its relations grouped by type and its centralities',
  cost: 'heavy',
  params: z.strictObject({ id: pathId('Actor id') }),
  answer: { description: 'Actor detail' },
  failures: { 422: 'A centrality of the panel did not converge' },
  parse: (q) => ({ id: String(q.id) }),
  // The relations are the same object for a data version (Explorer.actorRelations), and each type's
  // list is carried to later versions while no change touches it: each serialised once.
  run: async (explorer, { id }, signal) => {
    const detail = await explorer.actor(id, signal);
    serialisedOnce(detail.relations);
    for (const list of Object.values(detail.relations)) serialisedOnce(list);
    return detail;
  },
  // A panel is read again and again (each click, each page after an ingest): made and serialised once per version.
  shared: () => true,
  lasting: (detail) => detail.centralityVersion === undefined,
});

export const metricList = defineOperation({
  name: 'metrics',
  path: '/metrics',
  summary: 'Available centrality metrics',
  cost: 'light',
  params: z.strictObject({}),
  answer: { description: 'Metric list' },
  parse: () => ({}),
  run: (explorer) => ({ metrics: explorer.metrics() }),
  send: (res, result) => void res.json(result),
});
