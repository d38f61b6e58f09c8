/**
 * Coded events' ends as stored from schema version 2 (schema-version.ts): the actors' rowids. A
 * read of the store finds each actor by its place in the dump's list of actors (rowid order) with
 * one array lookup, rather than an id string made for each end and looked up in a map of them all.
 */
import { DataValidationError } from '../domain/errors';
import type { EventColumnValues, StoredEventValues } from './row-records';

/** Rowids this many times the actors' count (plus some) are kept in an array indexed by rowid; sparser ones in a map. */
const DENSE_FACTOR = 4;
const DENSE_SLACK = 1024;

export class ActorEnds {
  /** Place in `ids` by rowid (-1: no actor), or the same as a map when the rowids are too sparse for an array. */
  private readonly places: Int32Array | Map<number, number>;

  /** `rowids[i]` is the rowid of the actor `ids[i]`; both in the dump's order. */
  constructor(rowids: readonly number[], private readonly ids: readonly string[]) {
    let max = 0;
    for (const r of rowids) if (r > max) max = r;
    if (max <= DENSE_FACTOR * rowids.length + DENSE_SLACK) {
      const places = new Int32Array(max + 1).fill(-1);
      rowids.forEach((r, i) => (places[r] = i));
      this.places = places;
    } else {
      this.places = new Map(rowids.map((r, i) => [r, i]));
    }
  }

  /** The place in the actors' list of the actor whose rowid is `end`, or -1 when `end` is not one (another kind of value, or no actor's). */
  place(end: unknown): number {
    if (typeof end !== 'number' || !Number.isInteger(end) || end < 0) return -1;
    if (this.places instanceof Map) return this.places.get(end) ?? -1;
    return end < this.places.length ? this.places[end] : -1;
  }

  /**
   * The end as an actor id: an actor's rowid as its id; an id (a row of a store before version 2,
   * or text written by hand) as it is, for the load to judge. A number that is no actor's rowid
   * has no id to judge: it is refused here, naming the event (its place in the dump's list) and
   * the number.
   */
  id(end: unknown, index: number, field: 'source' | 'target'): string {
    const i = this.place(end);
    if (i >= 0) return this.ids[i];
    if (typeof end === 'number') throw new DataValidationError('store eventRelations', `#${index}`, field, `actor row ${end} is not in the store (a coded event's end is its actor's rowid)`);
    return end as string;
  }

  /** A stored row, the `index`th of the dump's events, with its ends as ids (what eventOfColumns reads). */
  named(r: StoredEventValues, index: number): EventColumnValues {
    const [source, target, ...rest] = r;
    return [this.id(source, index, 'source'), this.id(target, index, 'target'), ...rest];
  }
}
