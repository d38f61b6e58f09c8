/**
 * Shapes of the JSON the HTTP API returns, as the client reads them: the server's own declarations
 * from server/domain (type-only, free of Node modules), plus what the client adds to graph data.
 */
import type { SerializedGraph } from 'graphology-types';
import type { OverviewInfo } from '../server/domain/api';
import type {
  Actor,
  ActorKind,
  ActorNodeAttributes,
  DocumentSummary,
  EventStats,
  ExportFormat,
  GraphAttributes,
  Provenance,
  RelationEdgeAttributes,
  RelationType,
  SourceDocument,
} from '../server/domain/types';

export type { ActorKind, RelationType, SourceDocument, DocumentSummary, Actor, EventStats, ExportFormat, Provenance };
export type {
  ActorDetail,
  ActorRelation,
  ActorSummary,
  CentralityResult as CentralityResponse,
  MetricInfo,
  OverviewInfo,
  PathResult as PathResponse,
  PathStep,
  RankedActor,
} from '../server/domain/api';

/** Node attributes as served by /api/graph: the domain attributes plus the server's layout. */
export interface NodeAttrs extends ActorNodeAttributes {
  x: number;
  y: number;
}

/** The parallel-edge index the client computes for curves. */
interface ParallelIndex {
  parallelIndex?: number | null;
  parallelMinIndex?: number | null;
  parallelMaxIndex?: number | null;
}

/** A relation's attributes as served. */
export interface RelationEdgeAttrs extends RelationEdgeAttributes, ParallelIndex {
  actsFor?: undefined;
}

/** A line the page adds from an actor to the one it acts for (its affiliation); not a relation. */
export interface AffiliationEdgeAttrs extends ParallelIndex {
  actsFor: true;
}

export type EdgeAttrs = RelationEdgeAttrs | AffiliationEdgeAttrs;


export interface GraphResponse {
  version: number;
  graph: SerializedGraph<NodeAttrs, RelationEdgeAttrs, GraphAttributes>;
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









