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
import { findMetric, measure } from '../graph/metrics';
import { shortestPathNodes } from '../graph/path';
import type { PathResult } from '../graph/path';
import type { ProjectionInfo, Sampling } from '../domain/api';
import type { BetweennessMethod } from '../graph/sampled-betweenness';
import { normalizeName } from '../domain/names';
import type { RankedActor } from '../query/explorer';
import { fromNodeKey, toNodeKey } from './node-keys';
import { writeGraph } from './write-graph';

export interface FileCentralityResult {
  metric: string;
  method: BetweennessMethod;
  sampling?: Sampling;
  /** Relation types do not apply to file graphs: always empty. */
  projection: ProjectionInfo & { types: RelationType[] };
  ranking: RankedActor[];
}

export interface FileCentralityOptions {
  metric: string;
  directed?: boolean;
  top?: number;
}

export function fileCentrality(graph: Graph, o: FileCentralityOptions): FileCentralityResult {
  const def = findMetric(o.metric);
  if (!def) throw new InvalidArgumentError('metric', `unknown metric "${o.metric}"`);
  const directed = o.directed ?? def.directedOnly;
  if (def.directedOnly && !directed) throw new InvalidArgumentError('directed', `metric "${o.metric}" needs the directed projection (directed=true)`);
  const p = compactGraph(graph, directed);
  const { values, method, sampling } = measure(def, p);
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
    method,
    ...(sampling ? { sampling } : {}),
    projection: { ...projectionInfo(p), types: [] },
    ranking: o.top === undefined ? ranking : ranking.slice(0, o.top),
  };
}

/** Louvain on the undirected projection, seeded and numbered by size as for the actor graph. */
export function fileCommunities(graph: Graph, seed = 42): CommunityResult {
  const byKey = communitiesOf(compactGraph(graph, false), { seed });
  // Ids may be named like Object.prototype members: membership has no prototype to collide with.
  const membership: Record<string, number> = Object.create(null);
  const communities = byKey.communities.map(({ id, members }) => {
    const ids = members.map(fromNodeKey).sort();
    for (const m of ids) membership[m] = id;
    return { id, members: ids };
  });
  return { modularity: byKey.modularity, communities, membership };
}

/** Shortest path on the undirected projection; file graphs have no relation records to list. */
export function filePath(graph: Graph, from: string, to: string): PathResult {
  if (!graph.hasNode(toNodeKey(from))) throw new NotFoundError('from', `unknown node "${from}"`);
  if (!graph.hasNode(toNodeKey(to))) throw new NotFoundError('to', `unknown node "${to}"`);
  const nodes = shortestPathNodes(compactGraph(graph, false), toNodeKey(from), toNodeKey(to)).map(fromNodeKey);
  const steps = nodes.slice(1).map((b, i) => ({ from: nodes[i], to: b, relations: [] }));
  return { from, to, nodes, length: nodes.length ? nodes.length - 1 : null, steps };
}

export function fileExport(graph: Graph, format: ExportFormat): Iterable<Buffer> {
  return writeGraph(graph, format, fromNodeKey);
}
