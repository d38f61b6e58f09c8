/**
 * The queries of the `actor-graph` command — centrality, communities, path, export — on a graph
 * read from a user's file rather than built from our data. Same metric definitions, same
 * projections, same result shapes as the Explorer's, so the CLI prints them alike. Betweenness is
 * exact where affordable and sampled above (server/graph/sampled-betweenness.ts); the result
 * says which. Nodes keep the file's ids; `label` and `kind` come from node attributes when present.
 */
import type Graph from 'graphology';
import { InvalidArgumentError, NotFoundError } from '../domain/errors';
import type { RelationType } from '../domain/types';
import { communitiesOf } from '../graph/communities';
import type { CommunityResult } from '../graph/communities';
import { compactGraph, projectionInfo } from '../graph/compact';
import type { ExportFormat } from '../graph/export';
import { edgeBetweenness, topLinks } from '../graph/edge-betweenness';
import { findMetric, measure, shapeOf } from '../graph/metrics';
import { pathResult } from '../graph/path';
import type { PathResult } from '../graph/path';
import type { EdgeBetweennessAnswer, MetricOptions, PathQuery, ProjectionInfo, Sampling } from '../domain/api';
import { edgeBetweennessAnswer } from '../query/edge-answer';
import { withDefaults } from '../query/metric-options';
import type { BetweennessMethod } from '../graph/sampled-betweenness';
import type { RankedActor } from '../query/explorer';
import { writeGraph } from './write-graph';

export interface FileCentralityResult {
  metric: string;
  options: MetricOptions;
  method: BetweennessMethod;
  sampling?: Sampling;
  warnings?: string[];
  /** Relation types do not apply to file graphs: always empty. */
  projection: ProjectionInfo & { types: RelationType[] };
  ranking: RankedActor[];
}

export interface FileCentralityOptions {
  metric: string;
  directed?: boolean;
  top?: number;
  options?: MetricOptions;
}

/** Said once per answer when a file that declares directed edges is measured undirected. */
function undirectedWarning(graph: Graph, directed: boolean | undefined): string[] {
  if (directed !== undefined || graph.directedSize === 0) return [];
  return [`the file has ${graph.directedSize} directed edges, measured here on the undirected projection; pass --directed (directed=true) to follow their direction`];
}

export function fileCentrality(graph: Graph, o: FileCentralityOptions): FileCentralityResult {
  const def = findMetric(o.metric);
  if (!def) throw new InvalidArgumentError('metric', `unknown metric "${o.metric}"`);
  const directed = o.directed ?? def.directedOnly;
  if (def.directedOnly && !directed) throw new InvalidArgumentError('directed', `metric "${o.metric}" needs the directed projection (directed=true)`);
  const options = o.options ?? {};
  const p = compactGraph(graph, directed, options.weight, shapeOf(options));
  const { values, method, sampling, warnings = [] } = measure(def, p, options);
  const said = [...undirectedWarning(graph, o.directed), ...warnings];
  const ranking = graph
    .mapNodes((id, a) => ({
      rank: 0,
      id,
      label: typeof a.label === 'string' ? a.label : id,
      kind: typeof a.kind === 'string' ? a.kind : '',
      value: values[id] ?? 0,
    }))
    // Ties (within float noise) are broken by id so rankings repeat.
    .sort((x, y) => (Math.abs(y.value - x.value) > 1e-12 ? y.value - x.value : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  ranking.forEach((r, i) => (r.rank = i + 1));
  return {
    metric: o.metric,
    options: withDefaults(def.id, options),
    method,
    ...(sampling ? { sampling } : {}),
    ...(said.length ? { warnings: said } : {}),
    projection: { ...projectionInfo(p), types: [] },
    ranking: o.top === undefined ? ranking : ranking.slice(0, o.top),
  };
}

/** nx.edge_betweenness_centrality on the file's graph; links carry no relation records. */
export function fileEdgeBetweenness(graph: Graph, o: { directed?: boolean; top?: number; options?: MetricOptions }): EdgeBetweennessAnswer {
  const options = o.options ?? {};
  const c = compactGraph(graph, o.directed ?? false, options.weight);
  const r = edgeBetweenness(c, { method: options.exact ? 'exact' : 'auto', normalized: options.normalized, k: options.k, seed: options.seed });
  const answer = edgeBetweennessAnswer(c, r, options);
  const said = [...undirectedWarning(graph, o.directed), ...(answer.warnings ?? [])];
  const labelOf = (id: string): string => {
    const label: unknown = graph.getNodeAttribute(id, 'label');
    return typeof label === 'string' ? label : id;
  };
  const ranking = topLinks(c, r, o.top).map((l, i) => ({ rank: i + 1, ...l, sourceLabel: labelOf(l.source), targetLabel: labelOf(l.target), relations: [] }));
  return { ...answer, ...(said.length ? { warnings: said } : {}), projection: { ...projectionInfo(c), types: [] }, ranking };
}

/** Louvain on the undirected projection, seeded and numbered by size as for the actor graph. */
export function fileCommunities(graph: Graph, options: MetricOptions = {}): CommunityResult {
  return communitiesOf(compactGraph(graph, false, options.weight), options);
}

/** Shortest path(s) as for the actor graph; file graphs have no relation records to list. */
export function filePath(graph: Graph, from: string, to: string, o: PathQuery = {}): PathResult {
  if (!graph.hasNode(from)) throw new NotFoundError('from', `unknown node "${from}"`);
  if (!graph.hasNode(to)) throw new NotFoundError('to', `unknown node "${to}"`);
  return pathResult(compactGraph(graph, o.directed ?? false, o.weight), from, to, { all: o.all }, () => []);
}

export function fileExport(graph: Graph, format: ExportFormat): Iterable<Buffer> {
  return writeGraph(graph, format);
}
