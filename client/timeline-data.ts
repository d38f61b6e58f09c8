/**
 * The timeline's arithmetic: steps (day, week, month) over ISO dates in UTC, the dated items of a
 * served graph, and counts per step and relation type for the activity chart. Pure functions, so
 * the unit tests and the view agree on what a step is.
 */
import type { RelationType } from './api-types';
import type { SerializedActorGraph } from './graph-data';
import type { DatedItem, TimeStep } from './state';

const DAY_MS = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
const time = (d: string): number => Date.parse(`${d}T00:00:00Z`);

/** First day of the step holding `date`: the day itself, the Monday of its week, the 1st of its month. */
export function stepStart(date: string, step: TimeStep): string {
  if (step === 'day') return date;
  if (step === 'month') return `${date.slice(0, 7)}-01`;
  const t = time(date);
  // getUTCDay: 0 is Sunday; ISO weeks start on Monday.
  const back = (new Date(t).getUTCDay() + 6) % 7;
  return iso(t - back * DAY_MS);
}

/** First day of the step after the one starting at `start`. */
export function nextStart(start: string, step: TimeStep): string {
  if (step === 'day') return iso(time(start) + DAY_MS);
  if (step === 'week') return iso(time(start) + 7 * DAY_MS);
  const d = new Date(time(start));
  return iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

/** Last day of the step starting at `start`. */
export function stepEnd(start: string, step: TimeStep): string {
  return iso(time(nextStart(start, step)) - DAY_MS);
}

/** The starts of every step from the one holding `min` to the one holding `max`. */
export function stepsCovering(min: string, max: string, step: TimeStep): string[] {
  const out: string[] = [];
  for (let s = stepStart(min, step); s <= max; s = nextStart(s, step)) out.push(s);
  return out;
}

/** Every quote's date and every coded event's first and last day, with the relation's type. */
export function datedItems(data: SerializedActorGraph): DatedItem[] {
  const out: DatedItem[] = [];
  for (const e of data.edges) {
    const a = e.attributes;
    if (!a) continue;
    for (const ev of a.evidence) out.push({ date: ev.date, type: a.type });
    if (a.events) {
      out.push({ date: a.events.firstSeen, type: a.type });
      if (a.events.lastSeen !== a.events.firstSeen) out.push({ date: a.events.lastSeen, type: a.type });
    }
  }
  return out;
}

export interface Activity {
  /** Start of each step, in order. */
  starts: string[];
  /** Items per step, per relation type (arrays parallel to `starts`). */
  counts: Map<RelationType, number[]>;
  /** The largest count of one type in one step. */
  max: number;
}

/** Counts of dated items per step and relation type between the steps holding `min` and `max`. */
export function activity(items: readonly DatedItem[], min: string, max: string, step: TimeStep, types: readonly RelationType[]): Activity {
  const starts = stepsCovering(min, max, step);
  const index = new Map(starts.map((s, i) => [s, i]));
  const counts = new Map<RelationType, number[]>(types.map((t) => [t, new Array<number>(starts.length).fill(0)]));
  let max_ = 0;
  for (const item of items) {
    const row = counts.get(item.type);
    const i = index.get(stepStart(item.date, step));
    if (!row || i === undefined) continue;
    row[i]++;
    if (row[i] > max_) max_ = row[i];
  }
  return { starts, counts, max: max_ };
}
