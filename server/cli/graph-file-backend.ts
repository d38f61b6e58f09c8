/**
 * What centrality, edge-betweenness, communities, path and export answer from when given
 * `--graph FILE` (graphology JSON, node-link JSON, GEXF, GraphML or edge-list CSV). Kept apart from
 * the other commands' modules so that a `--graph` run loads only what reading a file and its
 * queries need.
 */
import { FILTER_NAMES } from '../operations/fields';
import type { CentralityResult } from '../domain/api';
import { InvalidArgumentError } from '../domain/errors';
import { DEFAULT_TOP_LINKS } from '../domain/types';
import type { MetricId } from '../domain/types';
import type { CommunityResult } from '../graph/communities';
import type { PathResult } from '../graph/path';
import type { FileGraph } from '../io/file-graph';
import { fileCentrality, fileCommunities, fileEdgeBetweenness, fileExport, filePath } from '../io/file-queries';
import { readGraphFile } from '../io/read-graph';
import type { GraphFile } from '../io/read-graph';
import { parseMetricOptions, parsePathQuery } from '../query/metric-options';
import { parseBoolean, parseFormat, parseInteger, parseMetric } from '../query/options';
import type { Backend, Options } from './backend';

/** Filters select relations of the actor data; a file graph has none to select. */
const ACTOR_FILTERS = FILTER_NAMES;

/** Backend's queries over a graph file: one ranking (no periods: a file has no dates). */
export type GraphFileBackend = Omit<Backend, 'centrality'> & { centrality(o: Options): Promise<CentralityResult> };

/** Over time and the diff read evidence dates, which graph files do not have. */
const undated = (name: string): InvalidArgumentError =>
  new InvalidArgumentError(name, 'reads the dates of the actor data\'s evidence; a --graph file has none');

/**
 * The answers of centrality, communities, path and export for `--graph FILE`. The file is read on
 * first use; errors name its line or element. `actors` is refused: it lists the actor data.
 */
export function graphFileBackend(file: string): GraphFileBackend {
  let read: GraphFile | undefined;
  const load = (o: Options): FileGraph => {
    const filter = ACTOR_FILTERS.find((k) => o[k] !== undefined);
    if (filter) throw new InvalidArgumentError(filter, 'filters the actor data and does not apply to --graph files');
    return (read ??= readGraphFile(file)).fileGraph;
  };
  const text = (name: string, v: Options[string]): string => {
    if (typeof v !== 'string' || v === '') throw new InvalidArgumentError(name, 'is required');
    return v;
  };
  return {
    centrality: async (o) => {
      if (o.by !== undefined) throw undated('by');
      const metric = parseMetric(o.metric);
      const options = parseMetricOptions(metric as MetricId, o);
      return fileCentrality(load(o), { metric, directed: parseBoolean('directed', o.directed), top: parseInteger('top', o.top, 1, 1_000_000), options });
    },
    edgeBetweenness: async (o) => {
      const top = parseInteger('top', o.top, 1, 1_000_000);
      return fileEdgeBetweenness(load(o), { directed: parseBoolean('directed', o.directed), top: top ?? DEFAULT_TOP_LINKS, options: parseMetricOptions('edge-betweenness', o) });
    },
    diff: async () => {
      throw undated('graph');
    },
    communities: async (o): Promise<CommunityResult> => fileCommunities(load(o), parseMetricOptions('communities', o)),
    path: async (o): Promise<PathResult> => filePath(load(o), text('from', o.from), text('to', o.to), parsePathQuery(o)),
    export: async (o) => fileExport(load(o), parseFormat(o.format)),
    actors: async () => {
      throw new InvalidArgumentError('graph', 'the actors command lists the actor data; use export --format csv-nodes --graph FILE');
    },
    warnings: () => read?.warnings ?? [],
  };
}
