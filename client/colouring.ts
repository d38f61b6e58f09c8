/**
 * The alternative colourings: actors by Louvain community (GET /api/communities) instead of kind,
 * relations by provenance (curated, extracted, coded) instead of type. The renderer and the legend
 * both read these, so they cannot disagree. Other colourings (a review state, from curation) plug
 * in the same way: a function from an actor or a relation to a colour and a legend entry.
 */
import { PROVENANCES } from '../server/domain/types';
import type { Provenance } from './api-types';

/** Each relation's provenance is the server's (its `provenance` attribute): one rule, not two. */
export const PROVENANCE_STYLES: Record<Provenance, { label: string; color: string; reading: string }> = {
  curated: { label: 'curated', color: '#1d4ed8', reading: 'at least one quote written by a curator' },
  extracted: { label: 'extracted', color: '#f59e0b', reading: 'quotes found by extraction only' },
  coded: { label: 'coded events', color: '#64748b', reading: 'coded event data only (e.g. GDELT)' },
};
export const PROVENANCE_LIST: readonly Provenance[] = PROVENANCES;

/**
 * Twelve colours that stay apart on white (Tableau's 10 and two more); communities past the
 * twelfth share one grey, said in the legend — past a dozen, hues stop being told apart.
 */
const COMMUNITY_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#17becf', '#bcbd22', '#8c564b'];
export const OTHER_COMMUNITY_COLOR = '#9aa1ad';
export const COMMUNITY_COLOURS_SHOWN = COMMUNITY_COLORS.length;

/** Communities are numbered by size, largest first, so the big ones get the distinct colours. */
export function communityColor(id: number | undefined): string {
  return id !== undefined && id < COMMUNITY_COLORS.length ? COMMUNITY_COLORS[id] : OTHER_COMMUNITY_COLOR;
}
