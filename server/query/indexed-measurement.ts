/**
 * A metric's values as the Explorer keeps them: by node index, beside the projection's node keys.
 * The actor panel reads one actor's value after each change; a record over every actor (50,000
 * keys at the living graph's size) cost tens of milliseconds on the request thread to build, and as
 * much again to size for the results cache (estimateBytes enumerates a record's keys; a typed
 * array is sized by its byteLength). The record is built only where an answer lists every actor.
 */
import type { Measured, MetricRun } from '../graph/metrics';
import { keyedRecord } from '../domain/reserved-keys';

/** A metric measured on a projection: values[i] is ids[i]'s. */
export interface IndexedMeasurement extends MetricRun {
  ids: readonly string[];
}

/**
 * Scans of a projection's keys before its whole index is made. The panel reads one actor (the
 * few a page shows) per projection, and a projection is new after most changes: an index of
 * 50,000 keys held the request thread 15–60 ms at each, a scan for one key well under a millisecond.
 */
const SCANS_BEFORE_INDEX = 32;

/** Each projection's node places found so far by key, and whether they are all of them (see SCANS_BEFORE_INDEX); gone with the projection. */
const indexes = new WeakMap<readonly string[], { places: Map<string, number>; whole: boolean }>();

function indexOf(ids: readonly string[], id: string): number | undefined {
  let index = indexes.get(ids);
  if (!index) indexes.set(ids, (index = { places: new Map(), whole: false }));
  let i = index.places.get(id);
  if (i === undefined && !index.whole) {
    if (index.places.size < SCANS_BEFORE_INDEX) index.places.set(id, (i = ids.indexOf(id)));
    else {
      for (let k = ids.length - 1; k >= 0; k--) index.places.set(ids[k], k); // the first place of a key wins, as indexOf's
      index.whole = true;
      i = index.places.get(id);
    }
  }
  return i === undefined || i < 0 ? undefined : i;
}

/** `id`'s value, or undefined when the projection does not hold `id`. */
export function valueOf(m: IndexedMeasurement, id: string): number | undefined {
  const i = indexOf(m.ids, id);
  return i === undefined ? undefined : m.values[i];
}

/** The measurement with its values by node key (the API's and the library's shape). */
export function keyedMeasurement({ ids, values, ...how }: IndexedMeasurement): Measured {
  const keyed = keyedRecord<number>();
  for (let i = 0; i < ids.length; i++) keyed[ids[i]] = values[i];
  return { values: keyed, ...how };
}
