/**
 * The view in the address bar: selection, filters, metric and path, so that a copied link
 * reopens the same view. Only values that differ from the defaults are written, and anything
 * unreadable in a hand-edited link is ignored rather than breaking the page — and named in
 * `ignored`, so the page can say what it left out.
 */
import { readNumber, type NumberBounds } from '../server/domain/number-text';
import type { ActorKind, RelationType } from './api-types';
import { ACTOR_KIND_LIST, RELATION_TYPE_LIST } from './encodings';
import { DEFAULT_METRIC, defaultFilters, defaultLook } from './state';
import type { Filters, Look, Selection, State, TimeStep } from './state';

const STEPS: readonly TimeStep[] = ['day', 'week', 'month'];
const COORDINATE: NumberBounds = { min: -Number.MAX_VALUE, max: Number.MAX_VALUE };
const RATIO: NumberBounds = { min: 0, max: Number.MAX_VALUE, open: true };

/** The number a parameter writes within `bounds`, read as the server reads numbers; else undefined. */
function numberIn(text: string, bounds: NumberBounds): number | undefined {
  const read = readNumber(text, bounds);
  return 'value' in read ? read.value : undefined;
}
/** Ids in a list parameter: actor ids are slugs and edge keys `type:a->b`, neither holds a comma. */
const ids = (raw: string | null): string[] => (raw ? raw.split(',').map((s) => s.trim()).filter(Boolean) : []);

export interface UrlView {
  filters: Filters;
  metric: string;
  selection: Selection;
  path: { from: string; to: string } | null;
  look: Look;
  /** One line per parameter that was present but unreadable, naming it and its value. */
  ignored: string[];
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function list<T extends string>(name: string, raw: string | null, allowed: readonly T[], ignored: string[]): T[] | null {
  if (raw === null) return null;
  const wanted = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((x) => !(allowed as readonly string[]).includes(x));
  if (unknown.length) ignored.push(`${name}: unknown ${unknown.map((u) => `“${u}”`).join(', ')}`);
  // Keep the canonical order so the URL written back is stable.
  return allowed.filter((x) => wanted.includes(x));
}

/** The parameters of the Look (colourings, timeline, picks, caption, camera). */
const LOOK_PARAMS = ['colour', 'lines', 'step', 'accumulate', 'pick', 'pickLines', 'caption', 'camera'];

/** Reads the view from a query string. */
export function readUrl(search: string): UrlView {
  const q = new URLSearchParams(search);
  const filters = defaultFilters();
  const ignored: string[] = [];
  filters.types = list<RelationType>('types', q.get('types'), RELATION_TYPE_LIST, ignored) ?? filters.types;
  filters.kinds = list<ActorKind>('kinds', q.get('kinds'), ACTOR_KIND_LIST, ignored) ?? filters.kinds;
  const rawMin = q.get('minEvidence');
  if (rawMin !== null) {
    const min = numberIn(rawMin, { min: 1, max: Number.MAX_SAFE_INTEGER, whole: true });
    if (min !== undefined) filters.minEvidence = min;
    else ignored.push(`minEvidence=${rawMin}: not a whole number of 1 or more`);
  }
  for (const key of ['since', 'until'] as const) {
    const raw = q.get(key);
    if (raw === null || raw === '') continue;
    if (isIsoDate(raw)) filters[key] = raw;
    else ignored.push(`${key}=${raw}: not a date (YYYY-MM-DD)`);
  }
  const provenance = q.get('provenance');
  if (provenance === 'curated' || provenance === 'extracted' || provenance === 'coded') filters.provenance = provenance;
  const reviewed = q.get('reviewed');
  if (reviewed === 'true' || reviewed === 'false') filters.reviewed = reviewed;
  filters.rollup = q.get('rollup') === 'true';
  const expand = q.get('expand');
  if (expand && !filters.rollup) ignored.push(`expand=${expand}: only with rollup=true`);
  else if (expand) filters.expand = [...new Set(expand.split(',').filter(Boolean))].sort();
  filters.affiliations = q.get('affiliations') === 'true';
  const actor = q.get('actor');
  const edge = q.get('edge');
  const selection: Selection = actor ? { kind: 'actor', id: actor } : edge ? { kind: 'edge', id: edge } : null;
  const look = defaultLook();
  const colour = q.get('colour');
  if (colour === 'community') look.nodeColour = 'community';
  else if (colour !== null) ignored.push(`colour=${colour}: not “community”`);
  const lines = q.get('lines');
  if (lines === 'provenance') look.edgeColour = 'provenance';
  else if (lines !== null) ignored.push(`lines=${lines}: not “provenance”`);
  const step = q.get('step');
  if (step !== null) {
    if ((STEPS as readonly string[]).includes(step)) look.step = step as TimeStep;
    else ignored.push(`step=${step}: not day, week or month`);
  }
  look.accumulate = q.get('accumulate') === '1';
  look.pickedActors = ids(q.get('pick'));
  look.pickedEdges = ids(q.get('pickLines'));
  look.caption = q.get('caption') ?? '';
  const cam = q.get('camera');
  if (cam !== null) {
    const parts = cam.split(',');
    const [x, y, ratio] = parts.map((part, i) => numberIn(part, i < 2 ? COORDINATE : RATIO));
    if (parts.length === 3 && x !== undefined && y !== undefined && ratio !== undefined) look.camera = { x, y, ratio };
    else ignored.push(`camera=${cam}: not x,y,ratio`);
  }
  const from = q.get('from');
  const to = q.get('to');
  return {
    filters,
    metric: q.get('metric') || DEFAULT_METRIC,
    selection,
    path: from && to ? { from, to } : null,
    look,
    ignored,
  };
}

/** Writes the view to a query string, keeping parameters this module does not own (e.g. test). */
export function writeUrl(state: State, current: string): string {
  const q = new URLSearchParams(current);
  const owned = ['types', 'kinds', 'minEvidence', 'since', 'until', 'provenance', 'reviewed', 'rollup', 'expand', 'affiliations', 'metric', 'actor', 'edge', 'from', 'to', ...LOOK_PARAMS];
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
  if (f.rollup && f.expand.length) q.set('expand', f.expand.join(','));
  if (f.affiliations) q.set('affiliations', 'true');
  if (state.metric !== DEFAULT_METRIC) q.set('metric', state.metric);
  if (state.selection?.kind === 'actor') q.set('actor', state.selection.id);
  if (state.selection?.kind === 'edge') q.set('edge', state.selection.id);
  if (state.path) {
    q.set('from', state.path.from);
    q.set('to', state.path.to);
  }
  const l = state.look;
  if (l.nodeColour !== 'kind') q.set('colour', l.nodeColour);
  if (l.edgeColour !== 'type') q.set('lines', l.edgeColour);
  if (l.step !== 'month') q.set('step', l.step);
  if (l.accumulate) q.set('accumulate', '1');
  if (l.pickedActors.length) q.set('pick', l.pickedActors.join(','));
  if (l.pickedEdges.length) q.set('pickLines', l.pickedEdges.join(','));
  if (l.caption) q.set('caption', l.caption);
  if (l.camera) q.set('camera', [l.camera.x, l.camera.y, l.camera.ratio].map((v) => Number(v.toFixed(4))).join(','));
  const s = q.toString();
  return s ? `?${s}` : '';
}
