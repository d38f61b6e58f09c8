/**
 * The coded-event figures of an edge backed by one coded-event record, read from that record
 * rather than copied from it. At 50,000 actors / 500,000 relations almost every edge is backed by
 * one coded event, and a copy of its figures per edge (an object and the boxes of its two
 * fractional numbers) was about 35 MB of the server's heap beside the records themselves.
 *
 * Reads like the plain figures (`events.goldstein`…) and is written as them (`toJSON`: the same
 * fields in the same order), so answers and exports are unchanged. The record is kept private, so
 * nothing reaches the record's ends or origin through an edge's attributes.
 */
import type { EventStats } from '../domain/types';

export class RecordFigures implements EventStats {
  readonly #record: EventStats;

  constructor(record: EventStats) {
    this.#record = record;
  }

  get events(): number {
    return this.#record.events;
  }

  get mentions(): number {
    return this.#record.mentions;
  }

  get sources(): number {
    return this.#record.sources;
  }

  get goldstein(): number {
    return this.#record.goldstein;
  }

  get tone(): number {
    return this.#record.tone;
  }

  get firstSeen(): string {
    return this.#record.firstSeen;
  }

  get lastSeen(): string {
    return this.#record.lastSeen;
  }

  get urls(): string[] {
    return this.#record.urls;
  }

  /** The plain figures, as an edge's attributes are serialised (the fields and order of mergeEvents'). */
  toJSON(): EventStats {
    const { events, mentions, sources, goldstein, tone, firstSeen, lastSeen, urls } = this.#record;
    return { events, mentions, sources, goldstein, tone, firstSeen, lastSeen, urls };
  }
}
