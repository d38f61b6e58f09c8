/**
 * Shapes of the JSON the HTTP API returns, as the client reads them. They mirror
 * server/query/explorer.ts and server/graph/path.ts but are declared here so that type-checking
 * the client pulls in only server/domain/types.ts (the shared contract), never server modules
 * that depend on Node.
 */
import type { SerializedGraph } from 'graphology-types';
import type {
  Actor,
  ActorKind,
  ActorNodeAttributes,
  DocumentSummary,
  EventStats,
  GraphAttributes,
  RelationEdgeAttributes,
  RelationType,
  SourceDocument,
} from '../server/domain/types';

export type { ActorKind, RelationType, SourceDocument, DocumentSummary, Actor, EventStats };

/** Node attributes as served by /api/graph: the domain attributes plus the server's layout. */
export interface NodeAttrs extends ActorNodeAttributes {
  x: number;
  y: number;
}

/** Edge attributes as served, plus the parallel-edge index the client computes for curves. */
export interface EdgeAttrs extends RelationEdgeAttributes {
  parallelIndex?: number | null;
  parallelMinIndex?: number | null;
  parallelMaxIndex?: number | null;
}

/** Present on /api/graph answers that are an overview of a graph too big to draw whole. */
export interface OverviewInfo {
  shown: { nodes: number; edges: number };
  total: { nodes: number; edges: number };
  budget: { nodes: number; edges: number };
  rankedBy: string;
}

export interface GraphResponse {
  version: number;
  graph: SerializedGraph<NodeAttrs, EdgeAttrs, GraphAttributes>;
  overview?: OverviewInfo;
}

/** The data of a `dataset` server-sent event (GET /api/events) after the data changed. */
export interface DatasetChange {
  version: number;
  reason: 'ingest' | 'external' | string;
  document?: { id: string; title?: string };
  actors?: number;
  relations?: number;
}

export interface ActorSummary extends Actor {
  relationCount: number;
}

/** A relation seen from one actor (GET /api/actors/:id). */
export interface ActorRelation extends RelationEdgeAttributes {
  key: string;
  source: string;
  target: string;
  other: string;
  otherLabel: string;
  direction: 'out' | 'in' | 'both';
}

export interface ActorDetail extends Actor {
  relations: Record<RelationType, ActorRelation[]>;
  centrality: Record<string, number>;
}

export interface MetricInfo {
  id: string;
  label: string;
  description: string;
  directedOnly: boolean;
}

export interface RankedActor {
  rank: number;
  id: string;
  label: string;
  kind: string;
  value: number;
}

export interface CentralityResponse {
  metric: string;
  method: string;
  projection: { types: RelationType[] } & Record<string, unknown>;
  ranking: RankedActor[];
}

export interface PathStep {
  from: string;
  to: string;
  relations: (RelationEdgeAttributes & { key: string; source: string; target: string })[];
}

export interface PathResponse {
  from: string;
  to: string;
  nodes: string[];
  length: number | null;
  steps: PathStep[];
}

export type ExportFormat = 'json' | 'node-link' | 'gexf' | 'graphml' | 'csv-nodes' | 'csv-edges';
