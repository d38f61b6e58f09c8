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
 * Each projection's node index by key, built when an actor's value is first read: shared by every
 * metric measured on the same projection, and gone with it.
 */
const indexes = new WeakMap<readonly string[], Map<string, number>>();

function indexOf(ids: readonly string[], id: string): number | undefined {
  let index = indexes.get(ids);
  if (!index) {
    index = new Map();
    for (let i = 0; i < ids.length; i++) index.set(ids[i], i);
    indexes.set(ids, index);
  }
  return index.get(id);
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
