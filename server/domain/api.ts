/**
 * The shapes of the HTTP API's answers: declared once here, used by the server's query layer and,
 * with `import type`, by the page. Type-only and free of Node modules, so the client's type-check
 * pulls in nothing else from the server.
 */
import type { Actor, PeriodUnit, RelationEdgeAttributes, RelationType } from './types';

/** The simple graph a metric ran on. */
export interface ProjectionInfo {
  directed: boolean;
  nodes: number;
  edges: number;
  /** The edge attribute read as weight (absent: unweighted). */
  weight?: string;
}

/**
 * NetworkX's options for the centralities and Louvain, under NetworkX's names; each metric takes
 * some of them (query/metric-options.ts says which, with their defaults).
 */
export interface MetricOptions {
  /** Edge attribute: a distance for betweenness and closeness, a strength for PageRank, eigenvector and Louvain. */
  weight?: string;
  /** Betweenness and closeness: compute exactly whatever the size. */
  exact?: boolean;
  alpha?: number;
  /** PageRank teleport weights as [actor id, weight] pairs. */
  personalization?: [string, number][];
  dangling?: [string, number][];
  max_iter?: number;
  tol?: number;
  normalized?: boolean;
  endpoints?: boolean;
  k?: number;
  seed?: number;
  wf_improved?: boolean;
  resolution?: number;
  /** Degrees and PageRank: keep self-loops (NetworkX counts them; our default drops them). */
  selfloops?: boolean;
  /** Degrees and PageRank: count parallel relations each, as nx.MultiGraph (our default merges them). */
  multigraph?: boolean;
}

export interface RankedActor {
  rank: number;
  id: string;
  label: string;
  kind: string;
  value: number;
}

/** How a sampled metric was estimated, and the bound that holds with probability 1 − `delta`. */
export interface Sampling {
  /** Shortest paths drawn (betweenness) or BFS sources (closeness). */
  samples: number;
  epsilon: number;
  delta: number;
  /** Closeness only: Δ, a bound on any distance; mean distances are within ε·Δ. */
  distanceBound?: number;
  /** The bound in words. */
  guarantee: string;
}

export interface CentralityResult {
  metric: string;
  /** The NetworkX options in effect, defaults included. */
  options: MetricOptions;
  /** Things a script should know: an expensive exact run, a directed file measured undirected. */
  warnings?: string[];
  /** `sampled` for betweenness and closeness estimated on big graphs, with the bound in `sampling`. */
  method: 'exact' | 'sampled';
  sampling?: Sampling;
  projection: ProjectionInfo & { types: RelationType[] };
  ranking: RankedActor[];
}

/** A relation as listed in an answer: the graph edge's key and ends with its attributes and quotes. */
export type ListedRelation = RelationEdgeAttributes & { key: string; source: string; target: string };

/** One link of the simple graph ranked by edge betweenness, with the relations merged into it. */
export interface RankedLink {
  rank: number;
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  value: number;
  /** The relations along this link (both ways when undirected) with their quotes; none for graph files. */
  relations: ListedRelation[];
}

/** nx.edge_betweenness_centrality on a stated projection: the brokerage lines. */
export interface EdgeBetweennessAnswer {
  metric: 'edge-betweenness';
  options: MetricOptions;
  method: 'exact' | 'sampled';
  sampling?: Sampling;
  warnings?: string[];
  projection: ProjectionInfo & { types: RelationType[] };
  /** Links of the projection in all (the ranking may be cut by `top`). */
  links: number;
  ranking: RankedLink[];
}

/** One period of a centrality over time: the dates it covers and the projection measured. */
export interface PeriodInfo {
  period: string;
  since: string;
  until: string;
  nodes: number;
  edges: number;
  method: 'exact' | 'sampled';
}

/** A metric per period (evidence and events dated in it): a table actor × period. */
export interface CentralityOverTime {
  metric: string;
  by: PeriodUnit;
  options: MetricOptions;
  projection: { directed: boolean; weight?: string; types: RelationType[] };
  periods: PeriodInfo[];
  /** Every actor's value in each period (in `periods` order), most central over all periods first. */
  actors: { id: string; label: string; kind: string; values: number[] }[];
  warnings?: string[];
}

/** Relations of one actor pair in two periods. */
export interface PairChange {
  actors: [string, string];
  labels: [string, string];
  /** The pair's relations with their quotes dated in each period (edge keys carry type and direction). */
  before: ListedRelation[];
  after: ListedRelation[];
}

/**
 * What changed between two periods: pairs related only in the second (appeared), only in the
 * first (disappeared), or in both with a different set of relation types or directions (changed).
 */
export interface GraphDiff {
  before: { since?: string; until?: string; relations: number };
  after: { since?: string; until?: string; relations: number };
  appeared: PairChange[];
  disappeared: PairChange[];
  changed: PairChange[];
}

export interface MetricInfo {
  id: string;
  label: string;
  description: string;
  directedOnly: boolean;
}

/** A relation as seen from one actor. */
export interface ActorRelation extends RelationEdgeAttributes {
  key: string;
  source: string;
  target: string;
  /** The actor at the other end. */
  other: string;
  otherLabel: string;
  /** `out`: this actor acts; `in`: acted on; `both`: symmetric relation. */
  direction: 'out' | 'in' | 'both';
}

export interface ActorDetail extends Actor {
  relations: Record<RelationType, ActorRelation[]>;
  /** Metrics that search from every actor are left out on big graphs. */
  centrality: Record<string, number>;
  /**
   * Present when `centrality` was measured on an earlier data version (this one's are being
   * measured after an ingest, in the worker pool; asked again, the panel has them once they are in):
   * that version. The relations are always the current version's.
   */
  centralityVersion?: number;
  /** The last curation event that touched this actor (0: none); send it as `ifVersion`. */
  version: number;
}

export interface ActorSummary extends Actor {
  relationCount: number;
}

export interface PathStep {
  from: string;
  to: string;
  relations: ListedRelation[];
  /** Set when the step is an affiliation ("Witkoff acts for the United States"): `actor` acts for `actsFor`. */
  affiliation?: { actor: string; actsFor: string };
}

/** How a path is looked for: along relation direction, through light relations, every shortest one. */
export interface PathQuery {
  directed?: boolean;
  weight?: string;
  all?: boolean;
  /** An affiliation (a person acting for a state or body) counts as a step too. */
  viaAffiliations?: boolean;
}

export interface PathResult {
  from: string;
  to: string;
  /** Node ids from `from` to `to`; empty when no path exists. */
  nodes: string[];
  /** Steps of the path (null: no path). */
  length: number | null;
  steps: PathStep[];
  /** Whether the path follows relation direction (negotiates both ways). */
  directed?: boolean;
  /** Weighted paths: the attribute read as distance, and the path's summed distance. */
  weight?: string;
  distance?: number | null;
  /** With `all`: every shortest path (up to a limit; `truncated` says when there were more). */
  paths?: { nodes: string[]; steps: PathStep[] }[];
  truncated?: boolean;
}

/** What an /api/graph answer says when it is an overview rather than the whole graph. */
export interface OverviewInfo {
  shown: { nodes: number; edges: number };
  total: { nodes: number; edges: number };
  budget: { nodes: number; edges: number };
  /** How actors were ranked: by the summed weight (evidence items + coded events) of their relations. */
  rankedBy: 'weight';
}
