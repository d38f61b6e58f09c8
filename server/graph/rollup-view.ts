/**
 * The rolled-up view: people and bodies folded into the state they act for (the state at the top
 * of their affiliation chain), their relations merged into that state's and every quote kept.
 * Relations between two actors of one state vanish (they would join the state to itself).
 *
 * Expanded states (`expand`) keep their people and bodies apart, so one state can be opened in
 * place while the rest stays rolled up; `expandedPositions` draws them around the state.
 */
import { InvalidArgumentError } from '../domain/errors';
import type { Dataset, Relation } from '../domain/types';
import { eventRecord } from '../data/event-columns';
import { topState } from '../extract/affiliation';
import type { Positions } from './layout';

/** Each expand id must be a state of the data: anything else is the caller's mistake, said so. */
export function checkExpandable(ds: Dataset, expand: readonly string[]): void {
  const states = new Set(ds.actors.filter((a) => a.kind === 'state').map((a) => a.id));
  const wrong = expand.filter((id) => !states.has(id));
  if (wrong.length) throw new InvalidArgumentError('expand', `${wrong.map((id) => `"${id}"`).join(', ')} ${wrong.length === 1 ? 'is not a state' : 'are not states'} of the data`);
}

/** The actor each actor stands for in the view: its top state, unless that state is expanded. */
function folder(ds: Dataset, expand: ReadonlySet<string>): (id: string) => string {
  const byId = new Map(ds.actors.map((a) => [a.id, a]));
  return (id) => {
    const state = topState(id, byId);
    return expand.has(state) ? id : state;
  };
}

export function rolledUpDataset(ds: Dataset, expand: ReadonlySet<string> = new Set()): Dataset {
  const top = folder(ds, expand);
  const relations: Relation[] = [];
  for (const r of ds.relations) {
    const source = top(r.source);
    const target = top(r.target);
    if (source === target) continue;
    const between = r.between?.map(top) as [string, string] | undefined;
    const { between: _drop, ...rest } = r;
    // Record ids stay, so the rolled-up edge still names the records (and their quotes) behind it.
    relations.push({ ...rest, source, target, ...(between && between[0] !== between[1] && !between.includes(source) ? { between } : {}) });
  }
  const eventRelations = ds.eventRelations
    ?.map((e) => ({ ...eventRecord(e), source: top(e.source), target: top(e.target) }))
    .filter((e) => e.source !== e.target);
  return {
    ...ds,
    actors: ds.actors.filter((a) => top(a.id) === a.id),
    relations,
    ...(eventRelations ? { eventRelations } : {}),
  };
}

/** Share of the layout's extent that separates an expanded state from its people and bodies. */
const RING = 0.14;

/**
 * Positions for a rolled-up view with expanded states: each expanded state's people and bodies on
 * a ring around the state's place, in the order of their directions from it in the full layout
 * (so the picture keeps its sense of who sits where), evenly spaced so none hides another.
 * Everything else keeps its place. A new object; `pos` is untouched.
 */
export function expandedPositions(pos: Positions, ds: Dataset, expand: readonly string[]): Positions {
  const byId = new Map(ds.actors.map((a) => [a.id, a]));
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const id in pos) {
    minX = Math.min(minX, pos[id].x);
    maxX = Math.max(maxX, pos[id].x);
    minY = Math.min(minY, pos[id].y);
    maxY = Math.max(maxY, pos[id].y);
  }
  const radius = RING * Math.max(maxX - minX, maxY - minY, 1);
  const out: Positions = Object.assign(Object.create(null) as Positions, pos);
  for (const state of expand) {
    const centre = pos[state];
    if (!centre) continue;
    const members = ds.actors.filter((a) => a.id !== state && topState(a.id, byId) === state && pos[a.id]);
    const angle = (id: string): number => Math.atan2(pos[id].y - centre.y, pos[id].x - centre.x);
    const ordered = members.map((a) => ({ id: a.id, angle: angle(a.id) })).sort((a, b) => a.angle - b.angle || a.id.localeCompare(b.id));
    const start = ordered[0]?.angle ?? 0;
    ordered.forEach(({ id }, i) => {
      const a = start + (2 * Math.PI * i) / ordered.length;
      out[id] = { x: centre.x + radius * Math.cos(a), y: centre.y + radius * Math.sin(a) };
    });
  }
  return out;
}
