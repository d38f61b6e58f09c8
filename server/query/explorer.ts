/**
 * The query layer: one object holding a dataset, its graph and cached results. The HTTP API, the
 * CLI and library users all call these methods, so a script and the page get the same answers.
 * Heavy operations (centrality, edge betweenness, communities) are async: their work runs in the
 * worker pool (workers/pool.ts) while this thread keeps serving, an identical query in flight is
 * joined, and an AbortSignal cancels it. Results live in a bounded cache (result-cache.ts) keyed
 * by the dataset version.
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
import { ActorGraphError, InvalidArgumentError, NotFoundError, unknownActor } from '../domain/errors';
import { actorIdFor } from '../domain/slug';
import type { ActorGraph, Dataset, DocumentSummary, PeriodUnit, RelationType, SourceDocument } from '../domain/types';
import { DEFAULT_TOP_LINKS, RELATION_TYPES, RELATION_WEIGHTS, summaryOf } from '../domain/types';
import { versionOf } from '../curation/curation-queries';
import { subjectKey } from '../domain/curation';
import { buildGraph, compareActorIds } from '../graph/build';
import { StagedGraph } from '../graph/staged-graph';
import { checkExpandable, expandedPositions, rolledUpDataset } from '../graph/rollup-view';
import { communitiesInPool } from '../graph/communities';
import type { CommunityResult } from '../graph/communities';
import { exportGraph, withPositions } from '../graph/export';
import { defaultViz, degreesOf } from '../graph/viz';
import type { ExportFormat, ExportOutput } from '../graph/export';
import { isEmptyFilter, sliceActorGraph } from '../graph/filter';
import type { ActorSlice, GraphFilter } from '../graph/filter';
import type { Positions } from '../graph/layout';
import { METRICS, measureInPool, runInPool, shapeOf } from '../graph/metrics';
import { diffSlices } from '../graph/diff';
import { edgeBetweennessInPool, linkOrderInPool, linksAt } from '../algorithms/edge-betweenness';
import { periodsCovering } from './periods';
import { DEFAULT_BUDGET, OverviewEntries, fitsBudget, overviewGraphInPool, stagedLayout, stagedLayoutInPool } from '../graph/overview';
import type { Budget, OverviewInfo } from '../graph/overview';
import { shortestPath, shortestPathViaAffiliations } from '../graph/path';
import type { PathResult } from '../graph/path';
import { compactGraph, projectionInfo } from '../algorithms/compact';
import { spiralPlacement } from '../graph/quick-placement';
import { compactChange, followCompact } from '../algorithms/compact-follow';
import { INLINE_ARCS } from '../algorithms/parallel-job';
import { runCompactFollowTask } from '../workers/pool';
import type { CompactGraph, CompactShape } from '../algorithms/compact';
import { edgeBetweennessAnswer } from './edge-answer';
import { withDefaults } from './metric-options';
import { centralityAnswer, checkMetric, compareIds } from './ranking';
import { keyedMeasurement, valueOf } from './indexed-measurement';
import type { IndexedMeasurement } from './indexed-measurement';
import type { CheckedMetric } from './ranking';
import { ResultCache } from './result-cache';
import type { ChangeSet, CommittedIngest } from '../domain/change';
import { applyIngest, patchGraph, patchSlice } from '../model/apply-ingest';
import type { EdgeEnds, GraphPatch } from '../model/apply-ingest';
import { checkIngest } from '../model/check-ingest';
import { checkCuration } from '../model/check-curation';
import type { CheckedCuration } from '../model/check-curation';
import { applyCuration } from '../model/apply-curation';
import type { RowReader } from '../store/row-changes';
import type { CurationEvent, RowChange } from '../domain/curation';
import type { CheckedIngest } from '../model/check-ingest';
import { DatasetIndex } from '../model/dataset-index';
import { EventColumns } from '../data/event-columns';
import { KeptLayout } from '../model/kept-layout';
import type { SerializedGraph } from 'graphology-types';
import { Turn } from '../algorithms/turns';
import { compareListed, followListing, listedEntry } from './actor-listing';
import type { ListedEntry, ListedRelations, ListingChange, RelationReader } from './actor-listing';
import { SliceRelations } from './slice-relations';
import type { NeighbourWalk } from '../graph/wave-placement';
import { graphWalk } from '../model/kept-layout';
import type { TouchedGraph } from '../model/apply-ingest';
import { edgeFields } from '../graph/coded-edge';

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

/** Cache keys of metric values measured on the whole graph (structure only: no labels, no filter on attributes). */
const WHOLE_MEASURE = 'measured-whole';

/** Actors whose relations are kept listed for the current version (the busiest of 20,000: about 2 MB). */
const LISTED_ACTORS = 16;

/** Versions whose changes are kept for listings to follow (a listing older than that is made afresh). */
const FOLLOWED_VERSIONS = 64;

/**
 * While the data keep changing, the actor panel's centralities are measured again at most this
 * often (each measurement first brings the metrics' projections up to the graph, a pass over every
 * arc on the request thread); between measurements the panel gives the last ones, with the version
 * they were measured at.
 */
const PANEL_REMEASURE_MS = 1000;

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

/** The kept projections (by direction) followed in the pool, and the version of the graph they are of. */
interface CaughtUp {
  version: number;
  compacts: Map<boolean, CompactGraph>;
}

/** A centrality request checked: the metric, the projection's direction and the rest. */
interface CheckedCentrality extends CheckedMetric {
  options: MetricOptions;
  filter: GraphFilter;
  top?: number;
}

/** The results cache's key for a metric's values over its projection. */
// Values measured on the whole graph are named apart: a change of actor attributes keeps them.
const measuredKey = (q: CheckedCentrality): string =>
  cacheKey(isEmptyFilter(q.filter) ? WHOLE_MEASURE : 'measured', { metric: q.def.id, directed: q.isDirected, options: q.options, ...q.filter });

/** A metric's values over projection `c` by node index, measured in the worker pool; `signal` cancels. */
async function measureIndexed(q: CheckedCentrality, c: CompactGraph, signal?: AbortSignal): Promise<IndexedMeasurement> {
  return { ...(await runInPool(q.def, c, q.options, signal)), ids: c.ids };
}

function checkCentrality(opts: CentralityOptions): CheckedCentrality {
  const { metric, directed, top, options = {}, ...filter } = opts;
  return { ...checkMetric(metric, directed), options, filter, ...(top === undefined ? {} : { top }) };
}

export interface ExplorerOptions {
  /** The results cache's bound in bytes (default: ACTOR_GRAPH_CACHE_MB, see result-cache.ts). */
  cacheBytes?: number;
  /**
   * A layout kept from an earlier run (the store's): used instead of laying out afresh while most
   * actors have a place in it; the others are placed beside their neighbours, as after an ingest.
   */
  positions?: Positions;
  /** Told of each full layout made (not of actors placed after a change), e.g. to store it. */
  onLayout?: (positions: Positions) => void;
}

/**
 * The columns the dataset's coded events are held in from now on: each record of its list is
 * replaced where it stands by a row (see data/event-columns.ts), so the dataset becomes the
 * Explorer's (as ingests and curations, which patch it in place, already made it).
 */
function columnsOf(dataset: Dataset): EventColumns {
  // Sized by holdAll, for the records that are not rows already (a store's events come as rows of the columns it read them into).
  const columns = new EventColumns();
  if (dataset.eventRelations) columns.holdAll(dataset.eventRelations);
  return columns;
}

export class Explorer {
  private dataset: Dataset;
  /** The columns of the dataset's coded events; a curation's new or changed events join them. */
  private eventColumns: EventColumns;
  /** The graph with graphology holding its edges, made when a caller asks for it (see graph()). */
  private cachedGraph?: ActorGraph;
  /**
   * Until then, the graph of the actors alone (its edges are the whole slice's, cachedSlice, which
   * follows ingests without it): see graph().
   */
  private staged?: StagedGraph;
  /** The actor panel's listings' reader of the whole slice while graphology does not hold the edges (see relationReader). */
  private sliceRelations?: SliceRelations;
  /** That reader once graph() has been made: listings made through it read the same edges, attribute objects and all, as the graph. */
  private formerRelations?: SliceRelations;
  private cachedRollup?: ActorGraph;
  /** Positions kept across changes (model/kept-layout.ts), and the version they follow. */
  private keptLayout?: KeptLayout;
  /** Positions kept from an earlier run (the store's), taken up by the first layout() if they still fit. */
  private storedPositions?: Positions;
  private readonly onLayout?: (positions: Positions) => void;
  private layoutVersion = 0;
  /**
   * The actors each version joined the graph with, for versions made by a change that removed none
   * (an ingest, a relayout): the kept layout then looks up only them (KeptLayout.follow's `joined`).
   * A version missing here (a curation, a new dataset) makes it look at every actor.
   */
  private readonly joinedAt = new Map<number, readonly string[]>();
  /** Full layouts in flight in the pool (see layingOut). */
  private relayouts = 0;
  /** A quick placement stands in until the relayout its caller starts (placeQuickly). */
  private relayoutDue = false;
  private cachedSlice?: ActorSlice;
  /** The unfiltered slice's unweighted compact projections (by direction), kept across ingests like the slice. */
  private readonly wholeCompacts = new Map<boolean, CompactGraph>();
  /** Edges added to the graph since the kept projections last followed it (see followCompacts). */
  private compactsBehind: EdgeEnds[] = [];
  /** The kept projections following the edges behind in the pool, one catch-up at a time (see caughtUpInPool). */
  private catchingUp?: Promise<CaughtUp>;
  /** Actors' relations listed for the panel at `version` (see actorRelations). */
  private listed: { version: number; byActor: Map<string, Promise<ListedRelations>> } = { version: 0, byActor: new Map() };
  /** The last listing made of each of the last few actors listed, whatever its version. */
  private lastListed = new Map<string, ListedRelations>();
  /** What the change that made each of the last FOLLOWED_VERSIONS versions touched, by that version (see actor-listing.ts). */
  private readonly changes = new Map<number, ListingChange>();
  /** The actor panel's metric values last measured, by their cache key, with their version (see panelValue). */
  private readonly panelMeasured = new Map<string, { version: number; measured: IndexedMeasurement }>();
  /** The panel's metric measurements of a passed version under way, by their cache key (see panelValue). */
  private readonly panelMeasuring = new Map<string, Promise<void>>();
  /** When each panel metric's last measurement of a passed version started (performance.now()). */
  private readonly panelMeasureStarted = new Map<string, number>();
  /** The unfiltered overview's actor and relation entries, handed from one version's overview to the next (see OverviewEntries). */
  private readonly overviewEntries = new OverviewEntries();
  /** Lookups into the dataset by id, built at the first change and patched with it. */
  private cachedIndex?: DatasetIndex;
  private readonly cache: ResultCache;
  /** Bumped on every dataset change; clients use it to tell whether their copy is stale. */
  version = 1;

  /** Moves to the next version; `touched`: what its change did to the graph, for listings to follow (none given: they are made afresh). */
  private nextVersion(touched?: TouchedGraph): void {
    this.version++;
    this.noteChange(touched);
  }

  constructor(dataset: Dataset, options: ExplorerOptions = {}) {
    this.dataset = dataset;
    this.eventColumns = columnsOf(dataset);
    this.cache = new ResultCache(options.cacheBytes);
    this.storedPositions = options.positions;
    this.onLayout = options.onLayout;
  }

  /** Replaces the dataset; every cached graph and result is dropped, positions are kept (see layout()). */
  setDataset(dataset: Dataset): void {
    this.dataset = dataset;
    this.eventColumns = columnsOf(dataset);
    this.cachedIndex = undefined;
    this.cachedGraph = undefined;
    this.staged = undefined;
    this.sliceRelations = undefined;
    this.formerRelations = undefined;
    this.cachedRollup = undefined;
    this.cachedSlice = undefined;
    this.wholeCompacts.clear();
    this.compactsBehind = [];
    this.cache.clear();
    this.nextVersion();
  }

  getDataset(): Dataset {
    return this.dataset;
  }

  /** The dataset's records by id (shared; callers must not mutate it). */
  datasetIndex(): DatasetIndex {
    return (this.cachedIndex ??= new DatasetIndex(this.dataset));
  }

  /**
   * Throws DataValidationError (naming record and field) when an ingest's change set would not
   * load with the dataset; checks only what the change names. Call before the store writes it;
   * what it returns is what applyIngest adds once the store has.
   */
  checkIngest(change: ChangeSet): CheckedIngest {
    return checkIngest(this.datasetIndex(), change);
  }

  /**
   * Applies an ingest the store committed, as a delta: the dataset and graph are patched in place
   * (no reload, no rebuild), and so is the unfiltered slice; the roll-up and cached results, which
   * depend on the whole, are dropped and made again when asked for.
   */
  applyIngest(committed: CommittedIngest, checked: CheckedIngest): void {
    const index = this.datasetIndex();
    const touched = applyIngest(this.dataset, index, checked, committed);
    const added = touched.actors.map((a) => a.id);
    const whole = this.cachedSlice;
    if (this.staged && whole) {
      // graphology does not hold the edges: the slice follows the change as patchGraph would make it.
      const { patch, edges } = patchSlice(whole.graph, whole, index, touched);
      this.cachedSlice = whole.followed(added, touched.edges, compareActorIds, [], edges);
      this.followCompacts(patch);
    } else {
      const patch = this.cachedGraph ? patchGraph(this.cachedGraph, index, touched) : undefined;
      // The unfiltered slice and its projections follow the patched graph (they exist only if it does).
      this.cachedSlice = whole?.followed(added, touched.edges, compareActorIds);
      this.followCompacts(patch);
    }
    this.cachedRollup = undefined;
    this.cache.clear();
    this.nextVersion(touched);
    this.noteJoined(added);
  }

  /** Keeps the actors this version joined with (see joinedAt), for the last FOLLOWED_VERSIONS versions. */
  private noteJoined(actors: readonly string[]): void {
    this.joinedAt.set(this.version, actors);
    if (this.joinedAt.size > FOLLOWED_VERSIONS) this.joinedAt.delete(this.joinedAt.keys().next().value as number);
  }

  /** Every actor that joined the graph after version `from`, if every change since is known to have removed none. */
  private joinedSince(from: number): string[] | undefined {
    const joined: string[] = [];
    for (let v = from + 1; v <= this.version; v++) {
      const actors = this.joinedAt.get(v);
      if (!actors) return undefined;
      joined.push(...actors);
    }
    return joined;
  }

  /**
   * Reads and checks a curation's applied changes inside its transaction (`rows`: the stored rows
   * as they now are); throws DataValidationError, rolling it back, when the result would not load.
   * What it returns is what applyCuration applies once the store has committed.
   */
  checkCuration(changes: RowChange[], rows: RowReader): CheckedCuration {
    return checkCuration(this.datasetIndex(), changes, rows);
  }

  /**
   * Applies a committed curation as a delta, as applyIngest does an ingest: the dataset, index,
   * graph and unfiltered slice are patched; the kept projections follow when the change only
   * added, else they are made again when asked for; positions are kept (a merged actor's go, the
   * survivor keeps its own).
   */
  applyCuration(checked: CheckedCuration, event: CurationEvent): void {
    // The edges ingests added are followed on the graph they were added to, before this change's.
    this.catchUpCompacts();
    // A curation patches graphology's graph (it may take actors and their edges away).
    if (this.staged) this.graph();
    const index = this.datasetIndex();
    const touched = applyCuration(this.dataset, index, checked, event, (e) => this.eventColumns.hold(e));
    const patch = this.cachedGraph ? patchGraph(this.cachedGraph, index, touched) : undefined;
    // A curation that changed only actors' attributes (a rename, a kind) leaves the slice, the
    // projections and the metric values measured on the whole graph as they are.
    const attributesOnly = !touched.edges.size && !touched.actors.length && !touched.removed?.length;
    if (!attributesOnly) {
      this.cachedSlice = this.cachedSlice?.followed(touched.actors.map((a) => a.id), touched.edges, compareActorIds, touched.removed);
      this.followCompacts(patch, !!touched.removed?.length);
    }
    this.cachedRollup = undefined;
    this.cache.clear(attributesOnly ? (key) => key.startsWith(WHOLE_MEASURE) : undefined);
    this.nextVersion(touched);
  }

  /** Keeps what the change to this version touched (or forgets every change, when not told: listings cannot follow across it). */
  private noteChange(touched: TouchedGraph | undefined): void {
    if (!touched) return this.changes.clear();
    const actors = [...(touched.changed ?? []).map((a) => a.id), ...(touched.removed ?? [])];
    this.changes.set(this.version, { edges: touched.edges, actors });
    if (this.changes.size > FOLLOWED_VERSIONS) this.changes.delete(this.changes.keys().next().value as number);
  }

  /**
   * Makes the kept projections follow the graph's `patch`: one that only adds (an ingest) is kept
   * for their next read, where every edge added since is followed at once (each follow copies the
   * projection's arrays: under a stream of ingests, most versions are never read); one that also
   * removes is followed now, after those kept (made again when asked for if there is no slice).
   */
  private followCompacts(patch: GraphPatch | undefined, nodesGone = false): void {
    // A change that took actors away (a merge) is followed now, whatever its edges: an edge it
    // dropped with its actor is in no patch, and a projection kept for later would keep the actor.
    if (patch && !patch.removed.length && !nodesGone && this.cachedSlice && this.wholeCompacts.size) {
      for (const e of patch.added) this.compactsBehind.push(e);
      return;
    }
    // Edges kept for later and edges removed now cannot be followed in one step (an arc added then
    // removed): applyCuration catches up before it patches; anything else left behind is made again.
    if (this.compactsBehind.length) this.wholeCompacts.clear();
    this.compactsBehind = [];
    this.followCompactsNow(patch ?? { added: [], removed: [] }, !!patch);
  }

  /** The kept projections made to follow the edges added since they last did (see followCompacts). */
  private catchUpCompacts(): void {
    if (!this.compactsBehind.length) return;
    this.followCompactsNow({ added: this.compactsBehind, removed: [] }, true);
    this.compactsBehind = [];
  }

  /**
   * The kept projection of the whole graph in `direction`, with the version of the graph it is of:
   * the edges behind followed in the pool (a pass over every arc, 20–40 ms at 400,000 relations,
   * that would hold this thread once a second under a stream of ingests), in a catch-up that
   * readers asking meanwhile join. Its projections are kept unless the kept ones changed here
   * meanwhile; ingests that came meanwhile stay behind, for the next catch-up.
   */
  private async caughtUpInPool(directed: boolean): Promise<{ c: CompactGraph; version: number }> {
    const kept = this.wholeCompacts.get(directed);
    // Small projections are followed here, at once: a hand-over costs more.
    const pending = this.compactsBehind.length && kept && kept.outOffsets[kept.n] >= INLINE_ARCS ? (this.catchingUp ??= this.catchUpInPool()) : undefined;
    const caught = pending && (await pending);
    const c = caught?.compacts.get(directed);
    return c && caught ? { c, version: caught.version } : { c: this.compact({}, directed), version: this.version };
  }

  private async catchUpInPool(): Promise<CaughtUp> {
    const [behind, count, version, ids] = [this.compactsBehind, this.compactsBehind.length, this.version, this.cachedSlice?.nodes()];
    const kept = [...this.wholeCompacts];
    try {
      const each = (edge: (s: string, t: string, u: boolean) => void): void => {
        for (let k = 0; k < count; k++) edge(...behind[k]);
      };
      const followed = await Promise.all(kept.map(([, c]) => {
        const change = ids && compactChange(c, ids, each);
        return change && runCompactFollowTask(c, change, ids);
      }));
      const compacts = new Map<boolean, CompactGraph>();
      kept.forEach(([directed], i) => followed[i] && compacts.set(directed, followed[i]));
      // Pushed to since, but neither followed nor dropped here: the edges this caught up with are no longer behind.
      if (this.compactsBehind === behind && compacts.size === kept.length && kept.every(([directed, c]) => this.wholeCompacts.get(directed) === c)) {
        for (const [directed, c] of compacts) this.wholeCompacts.set(directed, c);
        this.compactsBehind = behind.slice(count);
      }
      return { version, compacts };
    } finally {
      this.catchingUp = undefined;
    }
  }

  /** The kept projections after `patch` to the graph and slice as they are now (dropped when they cannot follow, or `possible` is false). */
  private followCompactsNow(patch: GraphPatch, possible: boolean): void {
    const g = this.cachedGraph;
    const ids = this.cachedSlice?.nodes();
    for (const [directed, c] of this.wholeCompacts) {
      // An arc stands while some edge runs that way (either way, undirected).
      const linked = directed ? (s: string, t: string): boolean => !!g && (g.hasDirectedEdge(s, t) || g.hasUndirectedEdge(s, t)) : (s: string, t: string): boolean => !!g && g.areNeighbors(s, t);
      const each = (edges: EdgeEnds[]) => (edge: (s: string, t: string, u: boolean) => void): void => edges.forEach(([s, t, u]) => edge(s, t, u));
      // Edges removed are followed by asking the graph whether the arc still stands.
      const followed = possible && ids && (g || !patch.removed.length) && followCompact(c, ids, each(patch.added), each(patch.removed), linked);
      if (followed) this.wholeCompacts.set(directed, followed);
      else this.wholeCompacts.delete(directed);
    }
  }

  /**
   * Lays the whole graph out afresh, its ForceAtlas2 stage in the worker pool: reads meanwhile are
   * served the kept positions; the new ones replace them, under a new version, when done. Actors
   * an ingest added meanwhile are placed beside their neighbours at the next read, as after any change.
   */
  async relayout(): Promise<void> {
    const version = this.version;
    this.relayouts++;
    try {
      const positions = await stagedLayoutInPool(this.slice(), DEFAULT_BUDGET, this.compact({}, false));
      this.keptLayout = this.freshLayout(positions);
      this.layoutVersion = version;
      this.cache.clear();
      // Positions only: every actor's relations are as they were.
      this.nextVersion({ actors: [], edges: new Set() });
      this.noteJoined([]);
    } finally {
      this.relayouts--;
      this.relayoutDue = false;
    }
  }

  /** Whether a full layout is being made in the pool (after a start without kept positions, or POST /api/layout). */
  get layingOut(): boolean {
    return this.relayouts > 0 || this.relayoutDue;
  }

  private remember<T>(key: string, compute: () => T): T {
    return this.cache.get(key, compute);
  }

  /** What the results cache holds (estimated bytes, entries) against its bound. */
  cacheStats(): { bytes: number; entries: number; maxBytes: number } {
    return this.cache.stats();
  }

  /** Heavy computations started since this Explorer was made (joined requests start none). */
  computationsStarted(): number {
    return this.cache.computations;
  }

  /**
   * The full graph as a graphology graph (shared; callers must not mutate it). Made when first
   * asked for, from the whole slice as the changes since left it: until then the server's graph is
   * its actors (graphology's nodes) and the slice's columns of edges, which the overview, layout,
   * metrics, exports, actor panel and ingests read; a graphology multigraph of 500,000 relations
   * held about 110 MB of this thread's heap besides (docs/history/engine-rounds.md, *The living graph, thirteenth round*).
   * In the server only a curation asks for it (filtered slices, the roll-up and the actor list do
   * not: they read the whole slice, or build a graph of their own); library users may.
   */
  graph(): ActorGraph {
    if (this.cachedGraph) return this.cachedGraph;
    const staged = this.staged;
    this.staged = undefined;
    this.formerRelations = this.sliceRelations;
    this.sliceRelations = undefined;
    // A staged graph exists only with its whole slice made (stagedSlice): cachedSlice is that slice or one following it.
    return (this.cachedGraph = staged && this.cachedSlice ? staged.finishAs(this.cachedSlice) : buildGraph(this.dataset, undefined, this.datasetIndex()));
  }

  /** The graph holding every actor and its attributes (its edges, only once graph() was asked for): for labels and kinds. */
  private nodeGraph(): ActorGraph {
    return this.cachedGraph ?? this.slice().graph;
  }

  /** What the actor panel's listings read: graphology's graph once made, else the whole slice (see SliceRelations). */
  private relationReader(): RelationReader {
    // The whole slice made first, if nothing is yet: then graphology is not given the edges.
    if (!this.cachedGraph) this.slice();
    if (this.cachedGraph || !this.staged) return this.graph();
    return (this.sliceRelations ??= new SliceRelations(() => this.slice()));
  }

  /**
   * The relations of `missing`, actors a kept layout is to place, as graphology's graph would walk
   * them (graphWalk), without graphology holding every edge: a graph of their relations alone,
   * added in the slice's order, which is the order the graph has them in.
   */
  private walkFor(missing: readonly string[]): NeighbourWalk {
    if (this.cachedGraph || !this.staged) return graphWalk(this.graph());
    const s = this.slice();
    const g = s.graph.nullCopy();
    // Every actor to place is walked, those without relations too (they go on the spiral).
    for (const n of missing) g.addNode(n);
    for (const i of s.placesAt(missing)) {
      const { key, source, target, undirected, attributes } = s.edgeAt(i);
      for (const n of [source, target]) if (!g.hasNode(n)) g.addNode(n);
      if (undirected) g.addUndirectedEdgeWithKey(key, source, target, attributes);
      else g.addDirectedEdgeWithKey(key, source, target, attributes);
    }
    return graphWalk(g);
  }

  /**
   * Readies the graph without holding this thread, for a server's start: the whole slice (all a
   * first layout and overview read) from the dataset at once, if there is none yet, then, in turns
   * (algorithms/turns.ts), the slice's index of edge places that the first change follows it with
   * (see GraphSlice.placesInTurns). graphology is not given the edges (see graph()).
   */
  async graphInTurns(): Promise<void> {
    this.slice();
    await this.slice().placesInTurns();
  }

  /**
   * The rolled-up graph: people and bodies folded into their state (see graph/rollup-view.ts);
   * the states in `expand` keep theirs apart. Built once per data version and set of states.
   */
  rolledUpGraph(expand: readonly string[] = []): ActorGraph {
    if (!expand.length) return (this.cachedRollup ??= buildGraph(rolledUpDataset(this.dataset), 'actor-graph (rolled up)'));
    checkExpandable(this.dataset, expand);
    return this.remember(cacheKey('rollup', { expand }), () => buildGraph(rolledUpDataset(this.dataset, new Set(expand)), 'actor-graph (rolled up)'));
  }

  /** Where each actor is drawn under a filter: the layout's places, expanded states' people around their state. */
  positions(filter: GraphFilter = {}): Positions {
    const pos = this.layout();
    if (!filter.rollup || !filter.expand?.length) return pos;
    checkExpandable(this.dataset, filter.expand);
    return this.remember(cacheKey('expanded-positions', { expand: filter.expand }), () => expandedPositions(pos, this.dataset, filter.expand ?? []));
  }

  /**
   * Positions of the full graph. Laid out once (ForceAtlas2 on the whole graph up to the overview
   * size, in two stages above it: see graph/overview.ts), then kept: after a change actors keep
   * their places and new ones are placed beside their neighbours (model/kept-layout.ts), until
   * relayout() or a change that replaced most of the graph.
   */
  layout(): Positions {
    if (this.keptLayout && this.layoutVersion !== this.version && !this.keptLayout.follow(this.nodeGraph(), (missing) => this.walkFor(missing), this.joinedSince(this.layoutVersion))) this.keptLayout = undefined;
    this.keptLayout ??= this.takeStoredLayout() ?? this.freshLayout(stagedLayout(this.slice(), DEFAULT_BUDGET, this.compact({}, false)));
    this.layoutVersion = this.version;
    return this.keptLayout.positions;
  }

  /**
   * Gives the graph positions without laying a big one out on this thread, for a server's start:
   * the kept layout (the store's) when it still fits; else, on a graph larger than the overview's
   * budget, a quick placement (graph/quick-placement.ts), not kept, and true: the caller then runs
   * relayout(), whose positions replace it under a new version. Smaller graphs are laid out here.
   */
  placeQuickly(): boolean {
    if (this.keptLayout) return false;
    const stored = this.takeStoredLayout();
    if (!stored && this.slice().order <= DEFAULT_BUDGET.nodes) {
      this.layout();
      return false;
    }
    this.keptLayout = stored ?? KeptLayout.of(this.slice(), spiralPlacement(this.compact({}, false)));
    this.layoutVersion = this.version;
    // Laying out from now on, as far as readers can tell: the caller's relayout() is what replaces the placement.
    if (!stored) this.relayoutDue = true;
    return !stored;
  }

  /** Keeps a full layout just made, and tells `onLayout`. */
  private freshLayout(positions: Positions): KeptLayout {
    const kept = KeptLayout.of(this.slice(), positions);
    this.onLayout?.(kept.positions);
    return kept;
  }

  /** The positions given at construction, once: kept if they still fit the graph (KeptLayout.follow), else undefined. */
  private takeStoredLayout(): KeptLayout | undefined {
    const stored = this.storedPositions;
    this.storedPositions = undefined;
    if (!stored || !Object.keys(stored).length) return undefined;
    const slice = this.slice();
    const kept = KeptLayout.of(slice, stored);
    // Only placing actors the stored layout lacks walks relations: one that places every actor is
    // followed on the graph's nodes, before graphology holds its edges (see graphInTurns).
    const placesAll = slice.nodes().every((n) => stored[n] !== undefined);
    return kept.follow(placesAll ? slice.graph : this.nodeGraph(), (missing) => this.walkFor(missing)) ? kept : undefined;
  }

  /**
   * What a filter keeps of the graph, as a slice (no copy; see algorithms/slice.ts). The unfiltered
   * slice is kept; filtered ones take a pass over the edges and are made when asked for.
   */
  slice(filter: GraphFilter = {}): ActorSlice {
    if (isEmptyFilter(filter)) return (this.cachedSlice ??= this.cachedGraph ? sliceActorGraph(this.cachedGraph) : this.stagedSlice());
    const { rollup, expand, ...rest } = filter;
    // Sliced from the whole slice, as from the graph: graphology need not hold the edges.
    return sliceActorGraph(rollup ? this.rolledUpGraph(expand) : this.slice(), rest);
  }

  /** The whole slice, made without graphology's edges: they are added when the graph is asked for (graph()). */
  private stagedSlice(): ActorSlice {
    const index = this.datasetIndex();
    this.staged = new StagedGraph(this.dataset.actors);
    return this.staged.sliceOf(index);
  }

  /**
   * The compact projection metrics, communities, paths and overviews run on, once per filter
   * (`slice`: the filter's slice, when the caller already has it).
   */
  private compact(filter: GraphFilter, directed: boolean, slice?: ActorSlice, weight?: string, shape: CompactShape = {}): CompactGraph {
    checkWeight(weight);
    if (isEmptyFilter(filter) && weight === undefined && !shape.selfloops && !shape.multigraph) {
      this.catchUpCompacts();
      const kept = this.wholeCompacts.get(directed) ?? compactGraph(slice ?? this.slice(), directed);
      this.wholeCompacts.set(directed, kept);
      return kept;
    }
    return this.remember(cacheKey('compact', { ...filter, directed, weight, ...shape }), () => compactGraph(slice ?? this.slice(filter), directed, weight, shape));
  }

  /**
   * The graph to draw for a filter: whole while it fits `budget` (null: always whole), else its
   * overview — the strongest actors and relations, the ego network's centre always kept. The
   * overview's choice runs in the worker pool (a few hundred ms at 20,000 actors, after every
   * ingest): this thread serves other reads meanwhile, and the answer is this version's.
   */
  async view(filter: GraphFilter = {}, budget: Budget | null = DEFAULT_BUDGET): Promise<GraphView> {
    const compute = async (): Promise<GraphView> => {
      // The kept projection the overview reads is brought up to the graph in the pool first (see
      // caughtUpInPool): after each ingest the page reads the graph again, and following it here
      // held this thread 40-140 ms under load. Edges added meanwhile are followed below, here.
      if (isEmptyFilter(filter) && !fitsBudget(this.slice(), budget)) await this.caughtUpInPool(false);
      const s = this.slice(filter);
      const pos = this.positions(filter);
      if (fitsBudget(s, budget)) return { graph: withPositions(s.toGraph().export(), pos) };
      const keep = filter.actor ? [filter.actor] : [];
      const entries = isEmptyFilter(filter) ? this.overviewEntries : undefined;
      const { graph, info } = await overviewGraphInPool(s, budget as Budget, keep, this.compact(filter, false, s), entries, pos);
      return { graph, overview: info };
    };
    // The whole of a big graph is not worth keeping in memory; answers within a budget are.
    return budget ? this.cache.getAsync(cacheKey('view', { ...filter, budget }), compute) : compute();
  }

  metrics(): MetricInfo[] {
    return METRICS.map(({ id, label, description, directedOnly }) => ({ id, label, description, directedOnly }));
  }

  /** A metric's ranking over a projection, measured in the worker pool; `signal` cancels. */
  async centrality(opts: CentralityOptions, signal?: AbortSignal): Promise<CentralityResult> {
    const q = checkCentrality(opts);
    const [p, m] = await this.measured(q, signal);
    // Ranking the values is cheap next to measuring them: one heavy computation per metric and version.
    const full = this.remember(this.centralityKey(q), () => this.centralityResult(q, p, m));
    return q.top === undefined ? full : { ...full, ranking: full.ranking.slice(0, q.top) };
  }

  /**
   * A metric's values over its projection, measured in the worker pool once per version: shared
   * by the ranking and the actor panel, which reads one value and need not rank every actor.
   */
  private async measured(q: CheckedCentrality, signal?: AbortSignal): Promise<[CompactGraph, IndexedMeasurement]> {
    const p = this.compact(q.filter, q.isDirected, undefined, q.options.weight, shapeOf(q.options));
    return [p, await this.cache.getAsync(measuredKey(q), (s) => measureIndexed(q, p, s), signal)];
  }

  /**
   * An actor's value of a panel metric, and the version it was measured at: this version's when
   * it is in, or when the actor is new; else the last version's, while a later one is measured in
   * the pool (after an ingest: hundreds of ms at 20,000 actors, more on a busy machine). One such
   * measurement per metric at a time, left to finish when newer versions come: under a stream of
   * ingests, stopping each for the next stopped its thread, and starting a thread again cost more
   * than the measurement.
   */
  private async panelValue(q: CheckedCentrality, id: string, signal?: AbortSignal): Promise<{ value: number; version: number }> {
    const key = measuredKey(q);
    const version = this.version;
    const last = this.panelMeasured.get(key);
    const stale = last && !this.cache.has(key) && valueOf(last.measured, id) !== undefined ? last : undefined;
    // Kept unless a later version's came first.
    const keep = (m: IndexedMeasurement, at = version): IndexedMeasurement => {
      if ((this.panelMeasured.get(key)?.version ?? 0) < at) this.panelMeasured.set(key, { version: at, measured: m });
      return m;
    };
    if (!stale) return { value: valueOf(keep((await this.measured(q, signal))[1]), id) ?? 0, version };
    const now = performance.now();
    if (!this.panelMeasuring.has(key) && now - (this.panelMeasureStarted.get(key) ?? -Infinity) >= PANEL_REMEASURE_MS) {
      this.panelMeasureStarted.set(key, now);
      // Started after this answer is on its way, on the kept projection brought up to the graph in
      // the pool (see caughtUpInPool): measured at the version that projection is of. Its failure
      // is left to a request that waits for this version's values to report.
      const measuring = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => this.caughtUpInPool(q.isDirected))
        .then(async ({ c, version: at }) => {
          // In the results cache when it is this version's, as any measurement is.
          const m = await (at === this.version ? this.cache.getAsync(key, (s) => measureIndexed(q, c, s)) : measureIndexed(q, c));
          keep(m, at);
        })
        .catch(() => undefined);
      this.panelMeasuring.set(key, measuring);
      void measuring.then(() => this.panelMeasuring.delete(key));
    }
    return { value: valueOf(stale.measured, id) ?? 0, version: stale.version };
  }

  private centralityKey(q: CheckedCentrality): string {
    return cacheKey('centrality', { metric: q.def.id, directed: q.isDirected, options: q.options, ...q.filter });
  }

  private centralityResult(q: CheckedCentrality, p: CompactGraph, m: IndexedMeasurement): CentralityResult {
    const g = this.nodeGraph();
    const describe = (id: string): { id: string; label: string; kind: string } => ({ id, label: g.getNodeAttribute(id, 'label'), kind: g.getNodeAttribute(id, 'kind') });
    return centralityAnswer(q.def, q.options, p, keyedMeasurement(m), describe, q.filter.types ?? [...RELATION_TYPES]);
  }

  /**
   * A metric per period (`by` day, week or month) from the first to the last date of the evidence
   * and events the filter keeps: each period's graph is what the since/until filter keeps of it.
   */
  async centralityOverTime(opts: CentralityOptions & { by: PeriodUnit }, signal?: AbortSignal): Promise<CentralityOverTime> {
    const { by, ...rest } = opts;
    const { def, isDirected, options, filter, top } = checkCentrality(rest);
    const metric = def.id;
    checkWeight(options.weight);
    const full = await this.cache.getAsync(cacheKey('over-time', { metric, directed: isDirected, options, by, ...filter }), async (s): Promise<CentralityOverTime> => {
      const whole = this.slice(filter);
      let first: string | undefined;
      let last: string | undefined;
      whole.forEachEdgeUnkeyed((a) => {
        if (first === undefined || a.firstSeen < first) first = a.firstSeen;
        if (last === undefined || a.lastSeen > last) last = a.lastSeen;
      });
      // Events are kept whole when their span overlaps: clip to the filter's own dates.
      if (first !== undefined && filter.since && first < filter.since) first = filter.since;
      if (last !== undefined && filter.until && last > filter.until) last = filter.until;
      const periods = first === undefined || last === undefined ? [] : periodsCovering(first, last, by);
      const g = this.nodeGraph();
      const ids = whole.nodes();
      const index = new Map(ids.map((id, i) => [id, i]));
      const table = ids.map(() => new Array<number>(periods.length).fill(0));
      const warnings = new Set<string>();
      const infos: CentralityOverTime['periods'] = [];
      for (const [j, p] of periods.entries()) {
        const c = compactGraph(this.slice({ ...filter, since: p.since, until: p.until }), isDirected, options.weight, shapeOf(options));
        const r = await measureInPool(def, c, options, s);
        for (const w of r.warnings ?? []) warnings.add(w);
        for (const [id, v] of Object.entries(r.values)) table[index.get(id) as number][j] = v;
        infos.push({ period: p.label, since: p.since, until: p.until, nodes: c.n, edges: c.edges, method: r.method });
      }
      const total = (values: number[]): number => values.reduce((s, v) => s + v, 0);
      const actors = ids
        .map((id, i) => ({ id, label: g.getNodeAttribute(id, 'label'), kind: g.getNodeAttribute(id, 'kind'), values: table[i] }))
        .sort((x, y) => total(y.values) - total(x.values) || compareIds(x.id, y.id));
      return {
        metric,
        by,
        options: withDefaults(def.id, options),
        projection: { directed: isDirected, ...(options.weight ? { weight: options.weight } : {}), types: filter.types ?? [...RELATION_TYPES] },
        periods: infos,
        actors,
        ...(warnings.size ? { warnings: [...warnings] } : {}),
      };
    }, signal);
    return top === undefined ? full : { ...full, actors: full.actors.slice(0, top) };
  }

  /** nx.edge_betweenness_centrality on the projection, links ranked with their relations' quotes. */
  async edgeBetweenness(opts: EdgeBetweennessOptions = {}, signal?: AbortSignal): Promise<EdgeBetweennessAnswer> {
    const { directed = false, top = DEFAULT_TOP_LINKS, options = {}, ...filter } = opts;
    const full = await this.cache.getAsync(cacheKey('edge-betweenness', { directed, options, ...filter }), async (abort) => {
      const s = this.slice(filter);
      const c = this.compact(filter, directed, s, options.weight);
      const r = await edgeBetweennessInPool(c, { method: options.exact ? 'exact' : 'auto', normalized: options.normalized, k: options.k, seed: options.seed }, abort);
      return { c, r, s, order: await linkOrderInPool(r, abort) };
    }, signal);
    const { c, r, s } = full;
    const g = this.nodeGraph();
    const shown = linksAt(c, r, full.order.subarray(0, Math.min(full.order.length, top)));
    // The relations of the listed links, in one pass over the kept edges.
    const wanted = new Map(shown.map((l) => [`${l.source}\u0000${l.target}`, [] as ListedRelation[]]));
    // The key made only for a wanted relation (a slice makes its keys again when asked: see algorithms/slice.ts).
    s.forEachEdgeUnkeyed((attributes, source, target, undirected, i) => {
      const forward = wanted.get(`${source}\u0000${target}`);
      const back = !directed || undirected ? wanted.get(`${target}\u0000${source}`) : undefined;
      if (!forward && !back) return;
      const r1 = { key: s.keyAt(i), source, target, ...edgeFields(attributes) };
      forward?.push(r1);
      back?.push(r1);
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
    const g = this.nodeGraph();
    const d = diffSlices(this.slice({ ...filter, ...before }), this.slice({ ...filter, ...after }), (id) => g.getNodeAttribute(id, 'label'));
    return { ...d, before: { ...before, relations: d.before.relations }, after: { ...after, relations: d.after.relations } };
  }

  /** Louvain communities, in a pool worker; `signal` cancels. */
  communities(filter: GraphFilter = {}, options: MetricOptions = {}, signal?: AbortSignal): Promise<CommunityResult> {
    return this.cache.getAsync(cacheKey('communities', { ...filter, options }), (s) => communitiesInPool(this.compact(filter, false, undefined, options.weight), options, s), signal);
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

  /** The graph in `format`; GEXF also says how the page draws each actor and relation by default (viz.ts). */
  export(format: ExportFormat, filter: GraphFilter = {}): ExportOutput {
    return this.remember(cacheKey(`export:${format}`, filter), () => {
      const s = this.slice(filter);
      const viz = format === 'gexf' ? defaultViz(degreesOf(this.compact(filter, false, s))) : undefined;
      return exportGraph(s, format, this.positions(filter), viz);
    });
  }

  actors(): ActorSummary[] {
    // Each actor's relations (graphology's degree: the graph has no self-loops), counted on the whole slice's numbered ends.
    const whole = this.slice();
    const ends = whole.endsByNumber();
    const counts = new Int32Array(whole.order);
    for (let i = 0; i < 2 * whole.size; i++) counts[ends[i]]++;
    const number = new Map(whole.nodes().map((id, i) => [id, i]));
    return [...this.dataset.actors]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((a) => ({ ...a, relationCount: counts[number.get(a.id) as number] }));
  }

  /**
   * An actor with its relations and the panel's centralities, measured in the worker pool like any
   * centrality (once per dataset version; small graphs inline, see graph/metrics.ts): a PageRank on
   * a big graph after an ingest must not hold this thread. Betweenness and closeness only on graphs
   * small enough for the panel. Async; `signal` cancels.
   */
  async actor(given: string, signal?: AbortSignal): Promise<ActorDetail> {
    const id = actorIdFor(given);
    if (!this.dataset.actors.some((x) => x.id === id)) throw unknownActor('id', given);
    const { a, g, relations } = await this.actorRelations(id);
    // The panel must answer at once: on big graphs all-pairs metrics are left to /api/centrality.
    const centrality: Record<string, number> = {};
    const big = g.order > PANEL_ALL_PAIRS_LIMIT;
    // All asked for at once, so the pool's threads measure them side by side; filled in METRICS order.
    const shown = METRICS.filter((x) => !x.directedOnly && !(big && x.cost === 'all-pairs'));
    const version = this.version;
    const curation = versionOf(this.datasetIndex(), subjectKey('actor', id));
    const measured = await Promise.allSettled(shown.map((m) => this.panelValue(checkCentrality({ metric: m.id }), id, signal)));
    let measuredAt = version;
    measured.forEach((r, i) => {
      if (r.status === 'fulfilled') {
        centrality[shown[i].id] = r.value.value;
        measuredAt = Math.min(measuredAt, r.value.version);
      } else if (!(r.reason instanceof ActorGraphError)) throw r.reason; // a metric that did not converge is left out
    });
    return { ...a, relations, centrality, ...(measuredAt < version ? { centralityVersion: measuredAt } : {}), version: curation };
  }

  /**
   * The actor and its relations by type, sorted as the panel shows them, as the graph has them at
   * one version (shared: callers must not mutate them). The last listing of the actor followed
   * through the changes since (actor-listing.ts) where it can be; else listed a turn at a time
   * (the busiest of 20,000 actors has thousands, tens of ms on a loaded machine), started again if
   * the data changed meanwhile. Kept for the version: while its centralities are measured after a
   * change, the panel is answered afresh at each read.
   */
  private actorRelations(id: string): Promise<ListedRelations> {
    if (this.listed.version !== this.version) this.listed = { version: this.version, byActor: new Map() };
    const { byActor } = this.listed;
    let listing = byActor.get(id);
    if (!listing) {
      const followed = this.followed(id);
      listing = followed ? Promise.resolve(followed) : this.listRelations(id);
      byActor.set(id, listing);
      if (byActor.size > LISTED_ACTORS) byActor.delete(byActor.keys().next().value as string);
      // Not kept if the actor went with a change made while it was listed.
      listing.then(
        (made) => {
          this.lastListed.delete(id);
          this.lastListed.set(id, made);
          if (this.lastListed.size > LISTED_ACTORS) this.lastListed.delete(this.lastListed.keys().next().value as string);
        },
        () => byActor.get(id) === listing && byActor.delete(id),
      );
    }
    return listing;
  }

  /** The actor's last listing followed to this version, if every change since is known and it can follow them. */
  private followed(id: string): ListedRelations | undefined {
    const last = this.lastListed.get(id);
    return last && this.followedFrom(last, id);
  }

  private followedFrom(listed: ListedRelations, id: string): ListedRelations | undefined {
    if (!this.cachedGraph && !this.staged) return undefined;
    const changes: ListingChange[] = [];
    for (let v = listed.version + 1; v <= this.version; v++) {
      const change = this.changes.get(v);
      if (!change) return undefined;
      changes.push(change);
    }
    const g = this.relationReader();
    return followListing(this.formerRelations && listed.g === this.formerRelations ? { ...listed, g } : listed, id, g, changes, this.version);
  }

  /**
   * Lists the actor's relations a turn at a time. Changes made between turns are followed at the
   * end (those of relations already listed, or gone before their turn), so a stream of changes
   * does not start the listing again and again; it is started again only when they cannot be.
   */
  private async listRelations(id: string): Promise<ListedRelations> {
    for (let attempt = 0; ; attempt++) {
      const version = this.version;
      const a = this.dataset.actors.find((x) => x.id === id);
      if (!a) throw unknownActor('id', id);
      const g = this.relationReader();
      const relations = Object.fromEntries(RELATION_TYPES.map((t) => [t, [] as ActorRelation[]])) as Record<RelationType, ActorRelation[]>;
      // A relation whose attributes are the same object as at the last listing (an ingest replaces
      // those it changes) and whose other actor has the same label (a rename changes no relation)
      // has the same entry, so its entry and JSON text are reused.
      const before = this.lastListed.get(id);
      const earlier = before && (before.g === g || (this.formerRelations && before.g === this.formerRelations)) ? before.entries : undefined;
      const entries = new Map<string, ListedEntry>();
      const turn = new Turn();
      for (const key of g.edges(id)) {
        // Started again (the changes made meanwhile could not be followed): now listed through at
        // once, so a stream of changes cannot keep the listing from ever ending.
        if (attempt === 0 && turn.over()) await turn.pause();
        // Gone with a change made meanwhile (the graph is patched in place): that change is followed below.
        if (!g.hasEdge(key)) continue;
        const attrs = g.getEdgeAttributes(key);
        const kept = earlier?.get(key);
        const entry = kept?.attrs === attrs && kept.entry.otherLabel === g.getNodeAttribute(kept.entry.other, 'label') ? kept.entry : listedEntry(g, id, key, attrs);
        entries.set(key, { attrs, entry });
        relations[attrs.type].push(entry);
      }
      for (const list of Object.values(relations)) list.sort(compareListed);
      const made: ListedRelations = { a, g, version, relations, entries };
      const current = this.version === version ? made : this.followedFrom(made, id);
      if (current) return current;
    }
  }

  documents(): DocumentSummary[] {
    return this.dataset.documents.map(summaryOf);
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
      .map(summaryOf);
  }
}
