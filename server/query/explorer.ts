/**
 * The query layer: one object holding a dataset, its graph and memoised results. The HTTP API, the
 * CLI and library users all call these methods, so a script and the page get the same answers.
 * Nothing is rebuilt or recomputed until the dataset changes.
 */
import type {
  ActorDetail,
  ActorRelation,
  ActorSummary,
  CentralityOverTime,
  CentralityResult,
  EdgeBetweennessAnswer,
  GraphDiff,
  ListedRelation,
  MetricInfo,
  MetricOptions,
  PathQuery,
  RankedLink,
} from '../domain/api';
import { ActorGraphError, InvalidArgumentError, NotFoundError } from '../domain/errors';
import { actorIdFor } from '../domain/slug';
import type { ActorGraph, Dataset, DocumentSummary, PeriodUnit, RelationType, SourceDocument } from '../domain/types';
import { DEFAULT_TOP_LINKS, RELATION_TYPES, RELATION_WEIGHTS } from '../domain/types';
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
import { METRICS, findMetric, measure, shapeOf } from '../graph/metrics';
import { diffSlices } from '../graph/diff';
import { edgeBetweenness, topLinks } from '../graph/edge-betweenness';
import { periodsCovering } from './periods';
import { DEFAULT_BUDGET, fitsBudget, overviewGraph, stagedLayout } from '../graph/overview';
import type { Budget, OverviewInfo } from '../graph/overview';
import { shortestPath, shortestPathViaAffiliations } from '../graph/path';
import type { PathResult } from '../graph/path';
import { compactGraph, projectionInfo } from '../graph/compact';
import type { CompactGraph, CompactShape } from '../graph/compact';
import { edgeBetweennessAnswer } from './edge-answer';
import { withDefaults } from './metric-options';
import type { SerializedGraph } from 'graphology-types';

export type { ActorDetail, ActorRelation, ActorSummary, CentralityResult, RankedActor } from '../domain/api';

export interface CentralityOptions extends GraphFilter {
  metric: string;
  directed?: boolean;
  top?: number;
  /** NetworkX's options (weight, alpha, k, …); see query/metric-options.ts. */
  options?: MetricOptions;
}


/** Edge betweenness: the filter, the projection, the options that apply and how many links to list. */
export interface EdgeBetweennessOptions extends GraphFilter {
  directed?: boolean;
  /** Links to list (default DEFAULT_TOP_LINKS: each carries its relations' quotes). */
  top?: number;
  options?: MetricOptions;
}


/** What /api/graph serves: the graph with positions, and `overview` when it was thinned. */
export interface GraphView {
  graph: SerializedGraph;
  overview?: OverviewInfo;
}

/** Above this many actors the actor panel leaves out metrics that search from every actor. */
const PANEL_ALL_PAIRS_LIMIT = 2000;

/** Only relation attributes that hold numbers can weigh a metric or path. */
function checkWeight(weight: string | undefined): void {
  if (weight !== undefined && !(RELATION_WEIGHTS as readonly string[]).includes(weight)) {
    throw new InvalidArgumentError('weight', `unknown relation attribute "${weight}" (expected one of: ${RELATION_WEIGHTS.join(', ')})`);
  }
}

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
  private compact(filter: GraphFilter, directed: boolean, slice?: ActorSlice, weight?: string, shape: CompactShape = {}): CompactGraph {
    checkWeight(weight);
    return this.remember(cacheKey('compact', { ...filter, directed, weight, ...shape }), () => compactGraph(slice ?? this.slice(filter), directed, weight, shape));
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
    const { metric, directed, top, options = {}, ...filter } = opts;
    const def = findMetric(metric);
    if (!def) throw new InvalidArgumentError('metric', `unknown metric "${metric}"`);
    const isDirected = directed ?? def.directedOnly;
    if (def.directedOnly && !isDirected) {
      throw new InvalidArgumentError('directed', `metric "${metric}" needs the directed projection (directed=true)`);
    }
    const full = this.remember(cacheKey('centrality', { metric, directed: isDirected, options, ...filter }), () => {
      const g = this.graph();
      const p = this.compact(filter, isDirected, undefined, options.weight, shapeOf(options));
      const { values, method, sampling, warnings } = measure(def, p, options);
      const ranking = p.ids
        .map((id) => ({ rank: 0, id, label: g.getNodeAttribute(id, 'label'), kind: g.getNodeAttribute(id, 'kind'), value: values[id] ?? 0 }))
        // Ties (within float noise) are broken by id so rankings repeat.
        .sort((x, y) => (Math.abs(y.value - x.value) > 1e-12 ? y.value - x.value : x.id.localeCompare(y.id)));
      ranking.forEach((r, i) => (r.rank = i + 1));
      return {
        metric,
        options: withDefaults(def.id, options),
        method,
        ...(sampling ? { sampling } : {}),
        ...(warnings ? { warnings } : {}),
        projection: { ...projectionInfo(p), types: filter.types ?? [...RELATION_TYPES] },
        ranking,
      };
    });
    return top === undefined ? full : { ...full, ranking: full.ranking.slice(0, top) };
  }

  /**
   * A metric per period (`by` day, week or month) from the first to the last date of the evidence
   * and events the filter keeps: each period's graph is what the since/until filter keeps of it.
   */
  centralityOverTime(opts: CentralityOptions & { by: PeriodUnit }): CentralityOverTime {
    const { metric, directed, top, options = {}, by, ...filter } = opts;
    const def = findMetric(metric);
    if (!def) throw new InvalidArgumentError('metric', `unknown metric "${metric}"`);
    const isDirected = directed ?? def.directedOnly;
    if (def.directedOnly && !isDirected) throw new InvalidArgumentError('directed', `metric "${metric}" needs the directed projection (directed=true)`);
    checkWeight(options.weight);
    const full = this.remember(cacheKey('over-time', { metric, directed: isDirected, options, by, ...filter }), (): CentralityOverTime => {
      const whole = this.slice(filter);
      let first: string | undefined;
      let last: string | undefined;
      whole.forEachEdge((_k, a) => {
        if (first === undefined || a.firstSeen < first) first = a.firstSeen;
        if (last === undefined || a.lastSeen > last) last = a.lastSeen;
      });
      // Events are kept whole when their span overlaps: clip to the filter's own dates.
      if (first !== undefined && filter.since && first < filter.since) first = filter.since;
      if (last !== undefined && filter.until && last > filter.until) last = filter.until;
      const periods = first === undefined || last === undefined ? [] : periodsCovering(first, last, by);
      const g = this.graph();
      const ids = whole.nodes();
      const index = new Map(ids.map((id, i) => [id, i]));
      const table = ids.map(() => new Array<number>(periods.length).fill(0));
      const warnings = new Set<string>();
      const infos = periods.map((p, j) => {
        const c = compactGraph(this.slice({ ...filter, since: p.since, until: p.until }), isDirected, options.weight, shapeOf(options));
        const r = measure(def, c, options);
        for (const w of r.warnings ?? []) warnings.add(w);
        for (const [id, v] of Object.entries(r.values)) table[index.get(id) as number][j] = v;
        return { period: p.label, since: p.since, until: p.until, nodes: c.n, edges: c.edges, method: r.method };
      });
      const total = (values: number[]): number => values.reduce((s, v) => s + v, 0);
      const actors = ids
        .map((id, i) => ({ id, label: g.getNodeAttribute(id, 'label'), kind: g.getNodeAttribute(id, 'kind'), values: table[i] }))
        .sort((x, y) => total(y.values) - total(x.values) || x.id.localeCompare(y.id));
      return {
        metric,
        by,
        options: withDefaults(def.id, options),
        projection: { directed: isDirected, ...(options.weight ? { weight: options.weight } : {}), types: filter.types ?? [...RELATION_TYPES] },
        periods: infos,
        actors,
        ...(warnings.size ? { warnings: [...warnings] } : {}),
      };
    });
    return top === undefined ? full : { ...full, actors: full.actors.slice(0, top) };
  }

  /** nx.edge_betweenness_centrality on the projection, links ranked with their relations' quotes. */
  edgeBetweenness(opts: EdgeBetweennessOptions = {}): EdgeBetweennessAnswer {
    const { directed = false, top = DEFAULT_TOP_LINKS, options = {}, ...filter } = opts;
    const full = this.remember(cacheKey('edge-betweenness', { directed, options, ...filter }), () => {
      const s = this.slice(filter);
      const c = this.compact(filter, directed, s, options.weight);
      const r = edgeBetweenness(c, { method: options.exact ? 'exact' : 'auto', normalized: options.normalized, k: options.k, seed: options.seed });
      return { c, r, s, links: topLinks(c, r) };
    });
    const { c, r, s } = full;
    const g = this.graph();
    const shown = full.links.slice(0, top);
    // The relations of the listed links, in one pass over the kept edges.
    const wanted = new Map(shown.map((l) => [`${l.source}\u0000${l.target}`, [] as ListedRelation[]]));
    s.forEachEdge((key, attributes, source, target, undirected) => {
      const r1 = { key, source, target, ...attributes };
      wanted.get(`${source}\u0000${target}`)?.push(r1);
      if (!directed || undirected) wanted.get(`${target}\u0000${source}`)?.push(r1);
    });
    const ranking: RankedLink[] = shown.map((l, i) => ({
      rank: i + 1,
      ...l,
      sourceLabel: g.getNodeAttribute(l.source, 'label'),
      targetLabel: g.getNodeAttribute(l.target, 'label'),
      relations: wanted.get(`${l.source}\u0000${l.target}`) ?? [],
    }));
    return { ...edgeBetweennessAnswer(c, r, options), projection: { ...projectionInfo(c), types: filter.types ?? [...RELATION_TYPES] }, ranking };
  }

  /** Relations that appeared, disappeared or changed between two periods (see graph/diff.ts). */
  diff(before: { since?: string; until?: string }, after: { since?: string; until?: string }, filter: GraphFilter = {}): GraphDiff {
    const g = this.graph();
    const d = diffSlices(this.slice({ ...filter, ...before }), this.slice({ ...filter, ...after }), (id) => g.getNodeAttribute(id, 'label'));
    return { ...d, before: { ...before, relations: d.before.relations }, after: { ...after, relations: d.after.relations } };
  }

  communities(filter: GraphFilter = {}, options: MetricOptions = {}): CommunityResult {
    return this.remember(cacheKey('communities', { ...filter, options }), () =>
      communitiesOf(this.compact(filter, false, undefined, options.weight), options),
    );
  }

  /**
   * Shortest path(s): undirected unless `directed`, by steps unless `weight` names a relation
   * attribute; with `viaAffiliations` an affiliation (acting for a state or body) counts as a step too.
   */
  path(from: string, to: string, filter: GraphFilter = {}, o: PathQuery = {}): PathResult {
    const s = this.slice(filter);
    if (o.viaAffiliations) return shortestPathViaAffiliations(s, from, to);
    return shortestPath(s, from, to, this.compact(filter, o.directed ?? false, s, o.weight), { all: o.all });
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

  actor(given: string): ActorDetail {
    const id = actorIdFor(given);
    const a = this.dataset.actors.find((x) => x.id === id);
    if (!a) throw new NotFoundError('id', `unknown actor "${given}"`);
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

  /** The other stored copies of the same story (its first copy and every republication), in the order stored. */
  otherCopies(id: string): DocumentSummary[] {
    const d = this.document(id);
    const story = d.republishes ?? d.id;
    return this.dataset.documents
      .filter((x) => x.id !== id && (x.id === story || x.republishes === story))
      .map(({ text: _text, ...meta }) => meta);
  }
}
