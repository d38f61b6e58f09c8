/**
 * Visual encodings shared by the renderer and the legend, so the two can never disagree:
 * colour by actor kind, colour and arrow by relation type, size by centrality.
 * Records keyed by the server's union types make a new kind or type a compile error here
 * until it has a colour.
 */
import { KIND_COLOURS, RELATION_COLOURS } from '../server/domain/drawing';
import type { ActorKind, RelationType } from './api-types';

// The drawing rule shared with the GEXF export (colours, alphas, sizes): declared once there.
export { PROVISIONAL_ALPHA, UNREVIEWED_ALPHA, awaitsReview, nodeSize } from '../server/domain/drawing';

export interface KindStyle {
  label: string;
  color: string;
}

export interface RelationStyle {
  label: string;
  color: string;
  /** Directed types get arrow heads; `negotiates` is symmetric and must not. */
  directed: boolean;
  /** How the legend reads an edge of this type. */
  reading: string;
}

/** Hues chosen apart from the relation colours so a disc is never mistaken for a line. */
export const KIND_STYLES: Record<ActorKind, KindStyle> = {
  state: { label: 'State', color: KIND_COLOURS.state },
  person: { label: 'Person', color: KIND_COLOURS.person },
  organization: { label: 'Organisation', color: KIND_COLOURS.organization },
  military: { label: 'Military', color: KIND_COLOURS.military },
};

export const RELATION_STYLES: Record<RelationType, RelationStyle> = {
  negotiates: { label: 'negotiates', color: RELATION_COLOURS.negotiates, directed: false, reading: 'A — B talk to each other' },
  mediates: { label: 'mediates', color: RELATION_COLOURS.mediates, directed: true, reading: 'mediator → party' },
  opposes: { label: 'opposes', color: RELATION_COLOURS.opposes, directed: true, reading: 'opponent → opposed' },
};

export const ACTOR_KIND_LIST = Object.keys(KIND_STYLES) as ActorKind[];
export const RELATION_TYPE_LIST = Object.keys(RELATION_STYLES) as RelationType[];

/**
 * Faded: what is outside the focus (a hover, selection or path), or left without a relation by the
 * filters. One rule for both, shown in the legend: a grey disc with a grey label.
 */
export const FADED_NODE_COLOR = '#d5d9e0';
export const FADED_LABEL_COLOR = '#a9afba';
/** Relations outside the focus. */
export const DIM_EDGE_COLOR = '#eceef2';
/** Provisional actors (found by extraction, not confirmed): a paler disc (drawing.ts) and a grey, bracketed name. */
export const PROVISIONAL_LABEL_COLOR = '#6b7280';
/**
 * What a live update brought, until the user dismisses its notice: actors keep their colour and get
 * a ring, relations keep their colour and are drawn wider (outside a focus too).
 */
export const NEW_RING_COLOR = '#e8590c';
export const NEW_EDGE_WIDTH = 1.4;
/** Affiliation lines (an actor to the state or body it acts for): thin and grey, below relations. */
export const AFFILIATION_COLOR = '#9aa3ae';
export const AFFILIATION_WIDTH = 1;

/**
 * Curvature for the i-th of n parallel edges (the formula of sigma's parallel-edges example):
 * grows with the number of parallel edges but flattens, so bundles stay readable.
 */
export function curvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * 0.25;
  return (maxCurvature * index) / maxIndex;
}
