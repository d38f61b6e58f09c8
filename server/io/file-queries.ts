/**
 * The queries of the `actor-graph` command — centrality, communities, path, export — on a graph
 * read from a user's file rather than built from our data: the Explorer's engine (the same metric
 * code, options and ranking, query/ranking.ts) on the file's compact projection, made from the
 * arrays it was read into (file-graph.ts). Betweenness is exact where affordable and sampled above
 * (server/algorithms/sampled-betweenness.ts); the result says which. Nodes keep the file's ids: the
 * graph holds them as node keys (node-keys.ts), and every answer turns keys back into ids. `label`
 * (in the normal form of names) and `kind` come from node attributes when present.
 */
import { NotFoundError } from '../domain/errors';
import { communitiesOf } from '../graph/communities';
import type { CommunityResult } from '../graph/communities';
import { projectionInfo } from '../algorithms/compact';
import type { ExportFormat } from '../graph/export';
import { edgeBetweenness, topLinks } from '../algorithms/edge-betweenness';
import { measure, shapeOf } from '../graph/metrics';
import { pathResult } from '../graph/path';
import type { PathResult, PathStep } from '../graph/path';
import type { CentralityResult, EdgeBetweennessAnswer, MetricOptions, PathQuery } from '../domain/api';
import { edgeBetweennessAnswer } from '../query/edge-answer';
import { centralityAnswer, checkMetric } from '../query/ranking';
import type { Describe } from '../query/ranking';
import { normalizeName } from '../domain/names';
import type { FileGraph } from './file-graph';
import { fromNodeKey, toNodeKey } from './node-keys';
import { writeGraph } from './write-graph';

export interface FileCentralityOptions {
  metric: string;
  directed?: boolean;
  top?: number;
  options?: MetricOptions;
}

/** Said once per answer when a file that declares directed edges is measured undirected. */
function undirectedWarning(graph: FileGraph, directed: boolean | undefined): string[] {
  if (directed !== undefined) return [];
  const edges = graph.directedSize;
  return edges ? [`the file has ${edges} directed edges, measured here on the undirected projection; pass --directed (directed=true) to follow their direction`] : [];
}

/** A node's id, label and kind by its key: the file's id, its label attribute (else the id) and kind. */
function describer(graph: FileGraph): Describe {
  const { nodeAttributes } = graph.arrays;
  return (key) => {
    const id = fromNodeKey(key);
    const a = nodeAttributes[graph.indexOf(key) as number];
    const label = typeof a?.label === 'string' ? normalizeName(a.label) : '';
    return { id, label: label || id, kind: typeof a?.kind === 'string' ? a.kind : '' };
  };
}

export function fileCentrality(graph: FileGraph, o: FileCentralityOptions): CentralityResult {
  const { def, isDirected } = checkMetric(o.metric, o.directed);
  const options = o.options ?? {};
  const p = graph.compact(isDirected, options.weight, shapeOf(options));
  // Personalization and dangling name the file's ids; the graph holds them as keys.
  const keyed = (pairs?: [string, number][]): [string, number][] | undefined => pairs?.map(([id, w]) => [toNodeKey(id), w]);
  const m = measure(def, p, { ...options, personalization: keyed(options.personalization), dangling: keyed(options.dangling) });
  const r = centralityAnswer(def, options, p, m, describer(graph), [], undirectedWarning(graph, o.directed));
  return o.top === undefined ? r : { ...r, ranking: r.ranking.slice(0, o.top) };
}

/** nx.edge_betweenness_centrality on the file's graph; links carry no relation records. */
export function fileEdgeBetweenness(graph: FileGraph, o: { directed?: boolean; top?: number; options?: MetricOptions }): EdgeBetweennessAnswer {
  const options = o.options ?? {};
  const c = graph.compact(o.directed ?? false, options.weight);
  const r = edgeBetweenness(c, { method: options.exact ? 'exact' : 'auto', normalized: options.normalized, k: options.k, seed: options.seed });
  const answer = edgeBetweennessAnswer(c, r, options);
  const said = [...undirectedWarning(graph, o.directed), ...(answer.warnings ?? [])];
  const describe = describer(graph);
  const labelOf = (key: string): string => describe(key).label;
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
export function fileCommunities(graph: FileGraph, options: MetricOptions = {}): CommunityResult {
  const byKey = communitiesOf(graph.compact(false, options.weight), options);
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
export function filePath(graph: FileGraph, from: string, to: string, o: PathQuery = {}): PathResult {
  if (graph.indexOf(toNodeKey(from)) === undefined) throw new NotFoundError('from', `unknown node "${from}"`);
  if (graph.indexOf(toNodeKey(to)) === undefined) throw new NotFoundError('to', `unknown node "${to}"`);
  const r = pathResult(graph.compact(o.directed ?? false, o.weight), toNodeKey(from), toNodeKey(to), { all: o.all }, () => []);
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

export function fileExport(graph: FileGraph, format: ExportFormat): Iterable<Buffer> {
  return writeGraph(graph.graph(), format, fromNodeKey);
}
