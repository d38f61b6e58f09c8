/**
 * Library entry point. Three lines from data to a metric:
 *   import { openExplorer } from 'actor-graph-explorer';
 *   const explorer = openExplorer();                       // bundled data, or a path
 *   await explorer.centrality({ metric: 'betweenness', top: 5 });
 * The Explorer's heavy methods (centrality, centralityOverTime, edgeBetweenness, communities)
 * return promises: their work runs in a worker pool. The graph functions below run on the calling
 * thread; their *InPool variants run in the pool.
 */
import { loadDataset } from './data/load-dataset';
import { Explorer } from './query/explorer';

export { loadDataset, loadDataDir, parseDatasetJson } from './data/load-dataset';
export { validateDataset } from './data/validate-dataset';
export { eventRecord } from './data/event-columns';
export { buildGraph, edgeKey } from './graph/build';
export { filterGraph, sliceActorGraph } from './graph/filter';
export type { ActorSlice, GraphFilter } from './graph/filter';
export { GraphSlice } from './algorithms/slice';
export { METRICS, METRIC_IDS, findMetric, measure, measureInPool } from './graph/metrics';
export { compactGraph } from './algorithms/compact';
export { edgeBetweenness, edgeBetweennessInPool, topLinks } from './algorithms/edge-betweenness';
export type { EdgeBetweennessOptions, EdgeBetweennessResult, LinkValue } from './algorithms/edge-betweenness';
export { diffSlices } from './graph/diff';
export type { CompactGraph } from './algorithms/compact';
export { undirectedProjection, directedProjection } from './graph/projection';
export { communitiesInPool, communitiesOf, detectCommunities } from './graph/communities';
export { closePool } from './workers/pool';
export { shortestPath } from './graph/path';
export { exportGraph, exportText, EXPORT_FORMATS } from './graph/export';
export type { ExportFormat, ExportOutput } from './graph/export';
export { Explorer } from './query/explorer';
export type { CentralityOptions, CentralityResult, ActorDetail } from './query/explorer';
export type { CentralityOverTime, EdgeBetweennessAnswer, GraphDiff, PairChange, RankedLink } from './domain/api';
export * from './domain/types';
export * from './domain/errors';

/** Loads a data folder or dataset file (the bundled data by default) and returns its Explorer. */
export function openExplorer(dataPath?: string): Explorer {
  return new Explorer(loadDataset(dataPath));
}
