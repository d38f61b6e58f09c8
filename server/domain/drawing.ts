/**
 * How actors and relations are drawn: the one rule the page's renderer and legend (client/encodings.ts)
 * and the GEXF export's viz attributes (server/graph/viz.ts) both follow, so Gephi or Retina opening
 * an export shows the colours and sizes the page showed. Plain values and functions only: the page
 * imports this module too.
 */
import type { ActorKind, RelationType } from './types';

/** Disc colour per actor kind: hues apart from the relation colours, so a disc is never mistaken for a line. */
export const KIND_COLOURS: Record<ActorKind, string> = {
  state: '#2f6fd0',
  person: '#e39b22',
  organization: '#27a9bd',
  military: '#6b5a3e',
};

/** Line colour per relation type. */
export const RELATION_COLOURS: Record<RelationType, string> = {
  negotiates: '#2e9e4f',
  mediates: '#8b5cf6',
  opposes: '#dc2626',
};

/** Provisional actors (found by extraction, not confirmed): a paler disc (hex alpha appended to the colour). */
export const PROVISIONAL_ALPHA = 'a6';
/** Machine-extracted relations no curator has reviewed: a paler, thinner line. */
export const UNREVIEWED_ALPHA = '73';
const UNREVIEWED_WIDTH = 0.6;

/**
 * A machine-extracted relation no curator has reviewed (what the review queue lists). Coded events
 * are never reviewed one by one, so they are drawn as they are.
 */
export const awaitsReview = (a: { provenance?: string; reviewed?: boolean }): boolean => a.provenance === 'extracted' && a.reviewed === false;

/** An actor's disc colour from its colouring's colour: paler when provisional. */
export const actorColour = (colour: string, a: { provisional?: boolean }): string => colour + (a.provisional ? PROVISIONAL_ALPHA : '');

/** A relation's line colour from its colouring's colour: paler while it awaits review. */
export const relationColour = (colour: string, a: { provenance?: string; reviewed?: boolean }): string =>
  colour + (awaitsReview(a) ? UNREVIEWED_ALPHA : '');

const MIN_NODE_SIZE = 6;
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
function edgeSize(weight: number): number {
  return Math.min(2 + Math.log2(Math.max(1, weight)) * 1.2, 6);
}

/** A relation's line thickness: by its evidence, thinner while it awaits review. */
export const relationThickness = (a: { weight: number; provenance?: string; reviewed?: boolean }): number =>
  edgeSize(a.weight) * (awaitsReview(a) ? UNREVIEWED_WIDTH : 1);

/** A colour as `#rgb`, `#rrggbb` or `#rrggbbaa`, in numbers: channels 0–255, alpha 0–1. */
export function rgba(colour: string): { r: number; g: number; b: number; a: number } {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(colour)?.[1];
  if (!hex) throw new Error(`not a hex colour: ${colour}`);
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const byte = (i: number): number => parseInt(full.slice(2 * i, 2 * i + 2), 16);
  return { r: byte(0), g: byte(1), b: byte(2), a: full.length === 8 ? Math.round((byte(3) / 255) * 1000) / 1000 : 1 };
}
