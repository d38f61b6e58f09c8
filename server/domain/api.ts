/**
 * The shapes of the HTTP API's answers: declared once here, used by the server's query layer and,
 * with `import type`, by the page. Type-only and free of Node modules, so the client's type-check
 * pulls in nothing else from the server.
 */
import type { Actor, RelationEdgeAttributes, RelationType } from './types';

/** The simple graph a metric ran on. */
export interface ProjectionInfo {
  directed: boolean;
  nodes: number;
  edges: number;
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
  /** `sampled` for betweenness and closeness estimated on big graphs, with the bound in `sampling`. */
  method: 'exact' | 'sampled';
  sampling?: Sampling;
  projection: ProjectionInfo & { types: RelationType[] };
  ranking: RankedActor[];
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
  /** The last curation event that touched this actor (0: none); send it as `ifVersion`. */
  version: number;
}

export interface ActorSummary extends Actor {
  relationCount: number;
}

export interface PathStep {
  from: string;
  to: string;
  relations: (RelationEdgeAttributes & { key: string; source: string; target: string })[];
  /** Set when the step is an affiliation ("Witkoff acts for the United States"): `actor` acts for `actsFor`. */
  affiliation?: { actor: string; actsFor: string };
}

export interface PathResult {
  from: string;
  to: string;
  /** Node ids from `from` to `to`; empty when no path exists. */
  nodes: string[];
  length: number | null;
  steps: PathStep[];
}

/** What an /api/graph answer says when it is an overview rather than the whole graph. */
export interface OverviewInfo {
  shown: { nodes: number; edges: number };
  total: { nodes: number; edges: number };
  budget: { nodes: number; edges: number };
  /** How actors were ranked: by the summed weight (evidence items + coded events) of their relations. */
  rankedBy: 'weight';
}
