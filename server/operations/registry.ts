/**
 * Every read operation, in one list: the HTTP routes (api/operation-routes.ts), the OpenAPI
 * document (api/openapi.ts), the CLI's flags and local answers (cli/operation-flags.ts,
 * cli/backend.ts) and the page's typed fetcher (client/api.ts) are made from it.
 */
import { actorDetail, actorList, metricList } from './actors';
import { centrality, edgeBetweenness } from './centrality';
import { audit, relation, review } from './curation-reads';
import { documentDetail, documentList } from './documents';
import { exportGraph } from './export-graph';
import { graphView } from './graph-view';
import type { Operation } from './operation';
import { communities, diff, path } from './structure';

export const OPERATIONS = {
  graph: graphView,
  actors: actorList,
  actor: actorDetail,
  metrics: metricList,
  centrality,
  edgeBetweenness,
  diff,
  communities,
  path,
  export: exportGraph,
  documents: documentList,
  document: documentDetail,
  review,
  audit,
  relation,
};

export type Operations = typeof OPERATIONS;
export type OperationName = keyof Operations;

/** The operations as a list, for code that treats them all alike. */
// Each operation's own parameter and result types do not matter to the route and document makers.
export const OPERATION_LIST = Object.values(OPERATIONS) as unknown as readonly Operation[];
