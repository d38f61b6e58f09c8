/**
 * The one State object of the page. Views and the renderer read it; only the controller writes
 * it, then asks the renderer to refresh. The graph itself lives apart (a graphology instance
 * replaced in place on reload), so a new /api/graph answer never resets what the user chose.
 */
import type { ActorKind, MetricInfo, OverviewInfo, Provenance, RelationType } from './api-types';
import { ACTOR_KIND_LIST, RELATION_TYPE_LIST } from './encodings';

export interface Filters {
  /** Ticked relation types, in legend order. */
  types: RelationType[];
  /** Ticked actor kinds, in legend order. */
  kinds: ActorKind[];
  /** Minimum number of evidence items per relation; 1 keeps everything. */
  minEvidence: number;
  /** Evidence date range, ISO dates; '' leaves that end open. */
  since: string;
  until: string;
  /** '' for all relations, else only those of this provenance. */
  provenance: '' | Provenance;
  /** '' for all relations, 'true' only reviewed, 'false' only unreviewed ones. */
  reviewed: '' | 'true' | 'false';
  /** Fold people and bodies into the state they act for. */
  rollup: boolean;
  /** With `rollup`: states opened in place, their people and bodies drawn around them (sorted ids). */
  expand: string[];
  /** Draw who acts for whom (affiliation lines); drawn by the page, not asked of the server. */
  affiliations: boolean;
}

export type Selection = { kind: 'actor'; id: string } | { kind: 'edge'; id: string } | null;

export interface PathState {
  from: string;
  to: string;
  /** Affiliations (acting for a state or body) count as steps. */
  viaAffiliations?: boolean;
  /** Actors on the path, in order; empty while loading or when none exists. */
  nodes: string[];
  /** Edge keys of every relation on the path's steps. */
  edges: Set<string>;
}

/** What gives an actor its disc colour. */
export type NodeColouring = 'kind' | 'community';
/** What gives a relation its line colour. */
export type EdgeColouring = 'type' | 'provenance';
/** The timeline's step. */
export type TimeStep = 'day' | 'week' | 'month';

/** How the picture is drawn and framed, beyond what the filters keep (all in the URL). */
export interface Look {
  nodeColour: NodeColouring;
  edgeColour: EdgeColouring;
  step: TimeStep;
  /** Timeline: relations up to the window's end (true) or only those in the window (false). */
  accumulate: boolean;
  /** Actors and relations ticked in the table: drawn in focus together. */
  pickedActors: string[];
  pickedEdges: string[];
  /** A caption for a named view and its brief. */
  caption: string;
  /** Camera state of a saved view (sigma's framed coordinates); null leaves the camera alone. */
  camera: { x: number; y: number; ratio: number } | null;
}

/** One dated item on the timeline: a quote's date or a coded event's first or last day. */
export interface DatedItem {
  date: string;
  type: RelationType;
}

export type LoadStatus = 'loading' | 'ready' | 'empty' | 'error';

export interface State {
  filters: Filters;
  metric: string;
  metrics: MetricInfo[];
  selection: Selection;
  hovered: string | null;
  path: PathState | null;
  /** Centrality value per actor for the chosen metric under the current filters. */
  centrality: Map<string, number>;
  centralityMax: number;
  /** Earliest and latest evidence date in the whole dataset, for the date inputs. */
  dateBounds: { min: string; max: string } | null;
  /** Dataset version of the graph on screen (the server bumps it when data change). */
  dataVersion: number;
  /** Set when the graph on screen is an overview of a bigger one (the server chose what to show). */
  overview: OverviewInfo | null;
  look: Look;
  /** Louvain community per actor (whole graph), fetched when the community colouring is chosen. */
  communities: Map<string, number> | null;
  /** Dated items of the whole graph, for the timeline (from the graph load that fixes the frame). */
  dated: DatedItem[];
  /** Actors and relations that arrived through live updates and are marked as new until the notice is dismissed. */
  fresh: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  status: LoadStatus;
  /** Shown with status 'error' or 'empty'. */
  statusMessage: string;
}

export const DEFAULT_METRIC = 'degree';

export function defaultFilters(): Filters {
  return { types: [...RELATION_TYPE_LIST], kinds: [...ACTOR_KIND_LIST], minEvidence: 1, since: '', until: '', provenance: '', reviewed: '', rollup: false, expand: [], affiliations: false };
}

export function defaultLook(): Look {
  return {
    nodeColour: 'kind',
    edgeColour: 'type',
    step: 'month',
    accumulate: false,
    pickedActors: [],
    pickedEdges: [],
    caption: '',
    camera: null,
  };
}

export function createState(): State {
  return {
    filters: defaultFilters(),
    metric: DEFAULT_METRIC,
    metrics: [],
    selection: null,
    hovered: null,
    path: null,
    centrality: new Map(),
    centralityMax: 0,
    dateBounds: null,
    dataVersion: 0,
    overview: null,
    look: defaultLook(),
    communities: null,
    dated: [],
    fresh: { nodes: new Set(), edges: new Set() },
    status: 'loading',
    statusMessage: '',
  };
}

/** True when the filters keep the whole graph. */
export function filtersAreDefault(f: Filters): boolean {
  const d = defaultFilters();
  return (
    f.types.length === d.types.length &&
    f.kinds.length === d.kinds.length &&
    f.minEvidence <= 1 &&
    !f.since &&
    !f.until &&
    !f.provenance &&
    !f.reviewed &&
    !f.rollup &&
    !f.expand.length &&
    !f.affiliations
  );
}

/** The metric entry for the chosen id, falling back to degree (or the first known). */
export function currentMetric(state: State): MetricInfo | undefined {
  return state.metrics.find((m) => m.id === state.metric) ?? state.metrics.find((m) => m.id === DEFAULT_METRIC);
}
