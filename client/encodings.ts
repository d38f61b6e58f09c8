/**
 * Visual encodings shared by the renderer and the legend, so the two can never disagree:
 * colour by actor kind, colour and arrow by relation type, size by centrality.
 * Records keyed by the server's union types make a new kind or type a compile error here
 * until it has a colour.
 */
import type { ActorKind, RelationType } from './api-types';

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
  state: { label: 'State', color: '#2f6fd0' },
  person: { label: 'Person', color: '#e39b22' },
  organization: { label: 'Organisation', color: '#27a9bd' },
  military: { label: 'Military', color: '#6b5a3e' },
};

export const RELATION_STYLES: Record<RelationType, RelationStyle> = {
  negotiates: { label: 'negotiates', color: '#2e9e4f', directed: false, reading: 'A — B talk to each other' },
  mediates: { label: 'mediates', color: '#8b5cf6', directed: true, reading: 'mediator → party' },
  opposes: { label: 'opposes', color: '#dc2626', directed: true, reading: 'opponent → opposed' },
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
/** Provisional actors (found by extraction, not confirmed): a paler disc and a grey, bracketed name. */
export const PROVISIONAL_ALPHA = 'a6';
export const PROVISIONAL_LABEL_COLOR = '#6b7280';
/**
 * A machine-extracted relation no curator has reviewed (what the review queue lists): drawn as a
 * paler, thinner line. Coded events are never reviewed one by one, so they are drawn as they are.
 */
export const awaitsReview = (a: { provenance?: string; reviewed?: boolean }): boolean => a.provenance === 'extracted' && a.reviewed === false;
/** Machine-extracted relations no curator has reviewed: a paler, thinner line. */
export const UNREVIEWED_ALPHA = '73';
export const UNREVIEWED_WIDTH = 0.6;
/**
 * What a live update brought, until the user dismisses its notice: actors keep their colour and get
 * a ring, relations keep their colour and are drawn wider (outside a focus too).
 */
export const NEW_RING_COLOR = '#e8590c';
export const NEW_EDGE_WIDTH = 1.4;
/** Affiliation lines (an actor to the state or body it acts for): thin and grey, below relations. */
export const AFFILIATION_COLOR = '#9aa3ae';
export const AFFILIATION_WIDTH = 1;

export const MIN_NODE_SIZE = 6;
export const MAX_NODE_SIZE = 20;

/**
 * Node size from a centrality value. Square root so that area, not radius, grows with the
 * value; a zero still gets the minimum size so every actor stays clickable.
 */
export function nodeSize(value: number | undefined, max: number): number {
  if (!value || max <= 0) return MIN_NODE_SIZE;
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(value / max);
}

/** Edge thickness from the number of evidence items: more sources, heavier line, capped. */
export function edgeSize(weight: number): number {
  return Math.min(2 + Math.log2(Math.max(1, weight)) * 1.2, 6);
}

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
