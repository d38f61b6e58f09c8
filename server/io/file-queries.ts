/**
 * The queries of the `actor-graph` command — centrality, communities, path, export — on a graph
 * read from a user's file rather than built from our data. Same metric definitions, same
 * projections, same result shapes as the Explorer's, so the CLI prints them alike. Betweenness is
 * exact where affordable and sampled above (server/graph/sampled-betweenness.ts); the result
 * says which. Nodes keep the file's ids: the graph holds them as node keys (node-keys.ts), and every
 * answer turns keys back into ids. `label` (in the normal form of names) and `kind` come from node
 * attributes when present.
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
import type { PathResult, PathStep } from '../graph/path';
import type { EdgeBetweennessAnswer, MetricOptions, PathQuery, ProjectionInfo, Sampling } from '../domain/api';
import { edgeBetweennessAnswer } from '../query/edge-answer';
import { withDefaults } from '../query/metric-options';
import type { BetweennessMethod } from '../graph/sampled-betweenness';
import { normalizeName } from '../domain/names';
import type { RankedActor } from '../query/explorer';
import { fromNodeKey, toNodeKey } from './node-keys';
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
  // Personalization and dangling name the file's ids; the graph holds them as keys.
  const keyed = (pairs?: [string, number][]): [string, number][] | undefined => pairs?.map(([id, w]) => [toNodeKey(id), w]);
  const { values, method, sampling, warnings = [] } = measure(def, p, { ...options, personalization: keyed(options.personalization), dangling: keyed(options.dangling) });
  const said = [...undirectedWarning(graph, o.directed), ...warnings];
  const ranking = graph
    .mapNodes((key, a) => {
      const id = fromNodeKey(key);
      const label = typeof a.label === 'string' ? normalizeName(a.label) : '';
      // Keys are never reserved names, so `values` has no inherited member under one.
      return { rank: 0, id, label: label || id, kind: typeof a.kind === 'string' ? a.kind : '', value: values[key] ?? 0 };
    })
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
  const labelOf = (key: string): string => {
    const label: unknown = graph.getNodeAttribute(key, 'label');
    return typeof label === 'string' ? normalizeName(label) || fromNodeKey(key) : fromNodeKey(key);
  };
  const ranking = topLinks(c, r, o.top).map((l, i) => ({
    rank: i + 1,
    ...l,
    source: fromNodeKey(l.source),
    target: fromNodeKey(l.target),
    sourceLabel: labelOf(l.source),
    targetLabel: labelOf(l.target),
    relations: [],
  }));
  return { ...answer, ...(said.length ? { warnings: said } : {}), projection: { ...projectionInfo(c), types: [] }, ranking };
}

/** Louvain on the undirected projection, seeded and numbered by size as for the actor graph. */
export function fileCommunities(graph: Graph, options: MetricOptions = {}): CommunityResult {
  const byKey = communitiesOf(compactGraph(graph, false, options.weight), options);
  // Ids may be named like Object.prototype members: membership has no prototype to collide with.
  const membership: Record<string, number> = Object.create(null);
  const communities = byKey.communities.map(({ id, members }) => {
    const ids = members.map(fromNodeKey).sort();
    for (const m of ids) membership[m] = id;
    return { id, members: ids };
  });
  return { modularity: byKey.modularity, communities, membership };
}

/** Shortest path(s) as for the actor graph, in the file's ids; file graphs have no relation records to list. */
export function filePath(graph: Graph, from: string, to: string, o: PathQuery = {}): PathResult {
  if (!graph.hasNode(toNodeKey(from))) throw new NotFoundError('from', `unknown node "${from}"`);
  if (!graph.hasNode(toNodeKey(to))) throw new NotFoundError('to', `unknown node "${to}"`);
  const r = pathResult(compactGraph(graph, o.directed ?? false, o.weight), toNodeKey(from), toNodeKey(to), { all: o.all }, () => []);
  const ids = (nodes: string[]): string[] => nodes.map(fromNodeKey);
  const steps = (list: PathStep[]): PathStep[] => list.map((s) => ({ ...s, from: fromNodeKey(s.from), to: fromNodeKey(s.to) }));
  return {
    ...r,
    from,
    to,
    nodes: ids(r.nodes),
    steps: steps(r.steps),
    ...(r.paths ? { paths: r.paths.map((p) => ({ nodes: ids(p.nodes), steps: steps(p.steps) })) } : {}),
  };
}

export function fileExport(graph: Graph, format: ExportFormat): Iterable<Buffer> {
  return writeGraph(graph, format, fromNodeKey);
}
