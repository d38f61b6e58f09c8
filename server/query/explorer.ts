/**
 * The query layer: one object holding a dataset, its graph and memoised results. The HTTP API, the
 * CLI and library users all call these methods, so a script and the page get the same answers.
 * Nothing is rebuilt or recomputed until the dataset changes.
 */
import type { ActorDetail, ActorRelation, ActorSummary, CentralityResult, MetricInfo } from '../domain/api';
import { ActorGraphError, InvalidArgumentError, NotFoundError } from '../domain/errors';
import type { ActorGraph, Dataset, DocumentSummary, RelationType, SourceDocument } from '../domain/types';
import { RELATION_TYPES } from '../domain/types';
import { versionOf } from '../curation/curation-queries';
import { subjectKey } from '../domain/curation';
import { buildGraph } from '../graph/build';
import { rolledUpDataset } from '../graph/rollup-view';
import { communitiesOf } from '../graph/communities';
import type { CommunityResult } from '../graph/communities';
import { exportGraph, withPositions } from '../graph/export';
import type { ExportFormat, ExportOutput } from '../graph/export';
import { isEmptyFilter, sliceActorGraph } from '../graph/filter';
import type { ActorSlice, GraphFilter } from '../graph/filter';
import type { Positions } from '../graph/layout';
import { METRICS, findMetric, measure } from '../graph/metrics';
import { DEFAULT_BUDGET, fitsBudget, overviewGraph, stagedLayout } from '../graph/overview';
import type { Budget, OverviewInfo } from '../graph/overview';
import { shortestPath, shortestPathViaAffiliations } from '../graph/path';
import type { PathResult } from '../graph/path';
import { compactGraph, projectionInfo } from '../graph/compact';
import type { CompactGraph } from '../graph/compact';
import type { SerializedGraph } from 'graphology-types';

export type { ActorDetail, ActorRelation, ActorSummary, CentralityResult, RankedActor } from '../domain/api';

export interface CentralityOptions extends GraphFilter {
  metric: string;
  directed?: boolean;
  top?: number;
}

/** What /api/graph serves: the graph with positions, and `overview` when it was thinned. */
export interface GraphView {
  graph: SerializedGraph;
  overview?: OverviewInfo;
}

/** Above this many actors the actor panel leaves out metrics that search from every actor. */
const PANEL_ALL_PAIRS_LIMIT = 2000;

/** Stable JSON of an options object, for cache keys. */
function cacheKey(name: string, o: object): string {
  return name + JSON.stringify(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

export class Explorer {
  private dataset: Dataset;
  private cachedGraph?: ActorGraph;
  private cachedRollup?: ActorGraph;
  private cachedLayout?: Positions;
  private readonly memo = new Map<string, unknown>();
  /** Bumped on every dataset change; clients use it to tell whether their copy is stale. */
  version = 1;

  constructor(dataset: Dataset) {
    this.dataset = dataset;
  }

  /** Replaces the dataset; every cached graph and result is dropped. */
  setDataset(dataset: Dataset): void {
    this.dataset = dataset;
    this.cachedGraph = undefined;
    this.cachedRollup = undefined;
    this.cachedLayout = undefined;
    this.memo.clear();
    this.version++;
  }

  getDataset(): Dataset {
    return this.dataset;
  }

  private remember<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  /** The full graph (shared; callers must not mutate it). */
  graph(): ActorGraph {
    return (this.cachedGraph ??= buildGraph(this.dataset));
  }

  /** The rolled-up graph: people and bodies folded into their state (see graph/rollup-view.ts). */
  rolledUpGraph(): ActorGraph {
    return (this.cachedRollup ??= buildGraph(rolledUpDataset(this.dataset), 'actor-graph (rolled up)'));
  }

  /**
   * Positions of the full graph, computed once per dataset version: ForceAtlas2 on the whole
   * graph up to the overview size, in two stages above it (see graph/overview.ts).
   */
  layout(): Positions {
    return (this.cachedLayout ??= stagedLayout(this.slice(), DEFAULT_BUDGET, this.compact({}, false)));
  }

  /**
   * What a filter keeps of the graph, as a slice (no copy; see graph/slice.ts). The unfiltered
   * slice is kept; filtered ones take a pass over the edges and are made when asked for.
   */
  slice(filter: GraphFilter = {}): ActorSlice {
    if (isEmptyFilter(filter)) return this.remember('slice', () => sliceActorGraph(this.graph()));
    const { rollup, ...rest } = filter;
    return sliceActorGraph(rollup ? this.rolledUpGraph() : this.graph(), rest);
  }

  /**
   * The compact projection metrics, communities, paths and overviews run on, once per filter
   * (`slice`: the filter's slice, when the caller already has it).
   */
  private compact(filter: GraphFilter, directed: boolean, slice?: ActorSlice): CompactGraph {
    return this.remember(cacheKey('compact', { ...filter, directed }), () => compactGraph(slice ?? this.slice(filter), directed));
  }

  /**
   * The graph to draw for a filter: whole while it fits `budget` (null: always whole), else its
   * overview — the strongest actors and relations, the ego network's centre always kept.
   */
  view(filter: GraphFilter = {}, budget: Budget | null = DEFAULT_BUDGET): GraphView {
    const compute = (): GraphView => {
      const s = this.slice(filter);
      const pos = this.layout();
      if (fitsBudget(s, budget)) return { graph: withPositions(s.toGraph().export(), pos) };
      const keep = filter.actor ? [filter.actor] : [];
      const { graph, info } = overviewGraph(s, budget as Budget, keep, this.compact(filter, false, s));
      return { graph: withPositions(graph.export(), pos), overview: info };
    };
    // The whole of a big graph is not worth keeping in memory; answers within a budget are.
    return budget ? this.remember(cacheKey('view', { ...filter, budget }), compute) : compute();
  }

  metrics(): MetricInfo[] {
    return METRICS.map(({ id, label, description, directedOnly }) => ({ id, label, description, directedOnly }));
  }

  centrality(opts: CentralityOptions): CentralityResult {
    const { metric, directed, top, ...filter } = opts;
    const def = findMetric(metric);
    if (!def) throw new InvalidArgumentError('metric', `unknown metric "${metric}"`);
    const isDirected = directed ?? def.directedOnly;
    if (def.directedOnly && !isDirected) {
      throw new InvalidArgumentError('directed', `metric "${metric}" needs the directed projection (directed=true)`);
    }
    const full = this.remember(cacheKey('centrality', { metric, directed: isDirected, ...filter }), () => {
      const g = this.graph();
      const p = this.compact(filter, isDirected);
      const { values, method, sampling } = measure(def, p);
      const ranking = p.ids
        .map((id) => ({ rank: 0, id, label: g.getNodeAttribute(id, 'label'), kind: g.getNodeAttribute(id, 'kind'), value: values[id] ?? 0 }))
        // Ties (within float noise) are broken by id so rankings repeat.
        .sort((x, y) => (Math.abs(y.value - x.value) > 1e-12 ? y.value - x.value : x.id.localeCompare(y.id)));
      ranking.forEach((r, i) => (r.rank = i + 1));
      return {
        metric,
        method,
        ...(sampling ? { sampling } : {}),
        projection: { ...projectionInfo(p), types: filter.types ?? [...RELATION_TYPES] },
        ranking,
      };
    });
    return top === undefined ? full : { ...full, ranking: full.ranking.slice(0, top) };
  }

  communities(filter: GraphFilter = {}): CommunityResult {
    return this.remember(cacheKey('communities', filter), () => communitiesOf(this.compact(filter, false)));
  }

  /** `viaAffiliations`: an affiliation (acting for a state or body) counts as a step too. */
  path(from: string, to: string, filter: GraphFilter = {}, viaAffiliations = false): PathResult {
    const s = this.slice(filter);
    if (viaAffiliations) return shortestPathViaAffiliations(s, from, to);
    return shortestPath(s, from, to, this.compact(filter, false, s));
  }

  export(format: ExportFormat, filter: GraphFilter = {}): ExportOutput {
    return this.remember(cacheKey(`export:${format}`, filter), () => exportGraph(this.slice(filter), format, this.layout()));
  }

  actors(): ActorSummary[] {
    const g = this.graph();
    return [...this.dataset.actors]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((a) => ({ ...a, relationCount: g.degree(a.id) }));
  }

  actor(id: string): ActorDetail {
    const a = this.dataset.actors.find((x) => x.id === id);
    if (!a) throw new NotFoundError('id', `unknown actor "${id}"`);
    const g = this.graph();
    const relations = Object.fromEntries(RELATION_TYPES.map((t) => [t, [] as ActorRelation[]])) as Record<
      RelationType,
      ActorRelation[]
    >;
    g.forEachEdge(id, (key, attrs, source, target, _sa, _ta, undirected) => {
      const other = source === id ? target : source;
      relations[attrs.type].push({
        key,
        source,
        target,
        other,
        otherLabel: g.getNodeAttribute(other, 'label'),
        direction: undirected ? 'both' : source === id ? 'out' : 'in',
        ...attrs,
      });
    });
    for (const list of Object.values(relations)) list.sort((x, y) => y.weight - x.weight || x.other.localeCompare(y.other));
    // The panel must answer at once: on big graphs all-pairs metrics are left to /api/centrality.
    const centrality: Record<string, number> = {};
    const big = g.order > PANEL_ALL_PAIRS_LIMIT;
    for (const m of METRICS.filter((x) => !x.directedOnly && !(big && x.cost === 'all-pairs'))) {
      try {
        centrality[m.id] = this.centrality({ metric: m.id }).ranking.find((r) => r.id === id)?.value ?? 0;
      } catch (e) {
        if (!(e instanceof ActorGraphError)) throw e; // a metric that did not converge is left out
      }
    }
    return { ...a, relations, centrality, version: versionOf(this.dataset, subjectKey('actor', id)) };
  }

  documents(): DocumentSummary[] {
    return this.dataset.documents.map(({ text: _text, ...meta }) => meta);
  }

  document(id: string): SourceDocument {
    const d = this.dataset.documents.find((x) => x.id === id);
    if (!d) throw new NotFoundError('id', `unknown document "${id}"`);
    return d;
  }
}
