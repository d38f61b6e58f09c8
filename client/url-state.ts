/**
 * The view in the address bar: selection, filters, metric and path, so that a copied link
 * reopens the same view. Only values that differ from the defaults are written, and anything
 * unreadable in a hand-edited link is ignored rather than breaking the page.
 */
import type { ActorKind, RelationType } from './api-types';
import { ACTOR_KIND_LIST, RELATION_TYPE_LIST } from './encodings';
import { DEFAULT_METRIC, defaultFilters } from './state';
import type { Filters, Selection, State } from './state';

export interface UrlView {
  filters: Filters;
  metric: string;
  selection: Selection;
  path: { from: string; to: string } | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function list<T extends string>(raw: string | null, allowed: readonly T[]): T[] | null {
  if (raw === null) return null;
  const wanted = new Set(raw.split(',').map((s) => s.trim()));
  // Keep the canonical order so the URL written back is stable.
  return allowed.filter((x) => wanted.has(x));
}

/** Reads the view from a query string. */
export function readUrl(search: string): UrlView {
  const q = new URLSearchParams(search);
  const filters = defaultFilters();
  filters.types = list<RelationType>(q.get('types'), RELATION_TYPE_LIST) ?? filters.types;
  filters.kinds = list<ActorKind>(q.get('kinds'), ACTOR_KIND_LIST) ?? filters.kinds;
  const min = Number(q.get('minEvidence'));
  if (Number.isInteger(min) && min > 1) filters.minEvidence = min;
  const since = q.get('since') ?? '';
  const until = q.get('until') ?? '';
  if (ISO_DATE.test(since)) filters.since = since;
  if (ISO_DATE.test(until)) filters.until = until;
  const provenance = q.get('provenance');
  if (provenance === 'curated' || provenance === 'extracted' || provenance === 'coded') filters.provenance = provenance;
  const reviewed = q.get('reviewed');
  if (reviewed === 'true' || reviewed === 'false') filters.reviewed = reviewed;
  filters.rollup = q.get('rollup') === 'true';
  filters.affiliations = q.get('affiliations') === 'true';
  const actor = q.get('actor');
  const edge = q.get('edge');
  const selection: Selection = actor ? { kind: 'actor', id: actor } : edge ? { kind: 'edge', id: edge } : null;
  const from = q.get('from');
  const to = q.get('to');
  return {
    filters,
    metric: q.get('metric') || DEFAULT_METRIC,
    selection,
    path: from && to ? { from, to } : null,
  };
}

/** Writes the view to a query string, keeping parameters this module does not own (e.g. test). */
export function writeUrl(state: State, current: string): string {
  const q = new URLSearchParams(current);
  const owned = ['types', 'kinds', 'minEvidence', 'since', 'until', 'provenance', 'reviewed', 'rollup', 'affiliations', 'metric', 'actor', 'edge', 'from', 'to'];
  for (const k of owned) q.delete(k);
  const f = state.filters;
  if (f.types.length < RELATION_TYPE_LIST.length) q.set('types', f.types.join(','));
  if (f.kinds.length < ACTOR_KIND_LIST.length) q.set('kinds', f.kinds.join(','));
  if (f.minEvidence > 1) q.set('minEvidence', String(f.minEvidence));
  if (f.since) q.set('since', f.since);
  if (f.until) q.set('until', f.until);
  if (f.provenance) q.set('provenance', f.provenance);
  if (f.reviewed) q.set('reviewed', f.reviewed);
  if (f.rollup) q.set('rollup', 'true');
  if (f.affiliations) q.set('affiliations', 'true');
  if (state.metric !== DEFAULT_METRIC) q.set('metric', state.metric);
  if (state.selection?.kind === 'actor') q.set('actor', state.selection.id);
  if (state.selection?.kind === 'edge') q.set('edge', state.selection.id);
  if (state.path) {
    q.set('from', state.path.from);
    q.set('to', state.path.to);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
