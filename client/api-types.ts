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
  GraphAttributes,
  RelationEdgeAttributes,
  RelationType,
  SourceDocument,
} from '../server/domain/types';

export type { ActorKind, RelationType, SourceDocument, DocumentSummary, Actor };

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

export interface GraphResponse {
  version: number;
  graph: SerializedGraph<NodeAttrs, EdgeAttrs, GraphAttributes>;
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
