/**
 * Sums events into one record per (source, target, type): counts, sums for the means, first and
 * last date, and up to N distinct source URLs. `negotiates` is symmetric, so its ends are sorted
 * and A–B and B–A events meet in one record; the other types run Actor1 → Actor2. Memory grows
 * with the number of distinct edges, never with the number of rows.
 *
 * Every kept row of an import passes here on one thread, so it is kept lean: edges live in
 * typed-array columns (one slot each, in order of first appearance), found through an
 * open-addressing table keyed by the two actors' dense indices and the type — no object, key
 * string or boxed number per row or per edge; URLs are the only strings kept.
 */
import type { EventRelation } from '../domain/types';
import { DIRECTED_TYPES, RELATION_TYPES } from '../domain/types';
import type { ActorEntry } from './actors';

/** Whether each relation type (by index in RELATION_TYPES) runs Actor1 → Actor2. */
const DIRECTED = RELATION_TYPES.map((t) => DIRECTED_TYPES.has(t));

/** Means are kept to three decimals: GDELT gives Goldstein to one, tone to noise-level digits. */
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** YYYYMMDD → YYYY-MM-DD, through `memo`: edges are many, distinct days few. */
function isoDay(day: number, memo: Map<number, string>): string {
  let iso = memo.get(day);
  if (iso === undefined) {
    const s = String(day).padStart(8, '0');
    memo.set(day, (iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`));
  }
  return iso;
}

/** Sums per slot: events, mentions, sources, Goldstein, tone (the last two divided at the end). */
const SUMS = 5;

export class EdgeAggregator {
  private size = 0;
  private capacity = 1024;
  /** Slot → source and target (after sorting a symmetric type's ends). */
  private readonly sources: ActorEntry[] = [];
  private readonly targets: ActorEntry[] = [];
  /** Slot → the two ends' indices, compared while probing (no visit to the actor objects). */
  private ends = new Int32Array(2 * this.capacity);
  private types = new Uint8Array(this.capacity);
  private sums = new Float64Array(SUMS * this.capacity);
  /** First and last day (YYYYMMDD) per slot. */
  private days = new Int32Array(2 * this.capacity);
  private readonly urls: string[][] = [];
  /** Open addressing: slot + 1 per cell, 0 for an empty cell; at most half full. */
  private cells = new Int32Array(2 * this.capacity);

  constructor(
    private readonly maxUrls: number,
    private readonly origin = 'gdelt',
  ) {}

  private cellOf(a: number, b: number, type: number): number {
    const mask = this.cells.length - 1;
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77) ^ Math.imul(type + 1, 0xc2b2ae3d)) >>> 0;
    h = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const slot = this.cells[h] - 1;
      if (slot < 0 || (this.ends[2 * slot] === a && this.ends[2 * slot + 1] === b && this.types[slot] === type)) return h;
      h = (h + 1) & mask;
    }
  }

  private grow(): void {
    this.capacity *= 2;
    const more = <T extends Uint8Array | Int32Array | Float64Array>(old: T, make: (n: number) => T, per: number): T => {
      const next = make(per * this.capacity);
      next.set(old);
      return next;
    };
    this.ends = more(this.ends, (n) => new Int32Array(n), 2);
    this.types = more(this.types, (n) => new Uint8Array(n), 1);
    this.sums = more(this.sums, (n) => new Float64Array(n), SUMS);
    this.days = more(this.days, (n) => new Int32Array(n), 2);
    this.cells = new Int32Array(2 * this.capacity);
    for (let slot = 0; slot < this.size; slot++) this.cells[this.cellOf(this.ends[2 * slot], this.ends[2 * slot + 1], this.types[slot])] = slot + 1;
  }

  /**
   * Adds one event of type RELATION_TYPES[type] on `day` (YYYYMMDD) whose URL is `text`'s bytes
   * [urlStart, urlEnd), decoded only if the edge has room for it; an empty URL is none.
   */
  add(actor1: ActorEntry, actor2: ActorEntry, type: number, day: number, goldstein: number, tone: number, mentions: number, sources: number, text: Buffer, urlStart: number, urlEnd: number): void {
    const swap = !DIRECTED[type] && actor2.id < actor1.id;
    const a = swap ? actor2 : actor1;
    const b = swap ? actor1 : actor2;
    let cell = this.cellOf(a.index, b.index, type);
    let slot = this.cells[cell] - 1;
    if (slot < 0) {
      if (this.size === this.capacity) {
        this.grow();
        cell = this.cellOf(a.index, b.index, type);
      }
      slot = this.size++;
      this.cells[cell] = slot + 1;
      this.sources.push(a);
      this.targets.push(b);
      this.ends[2 * slot] = a.index;
      this.ends[2 * slot + 1] = b.index;
      this.types[slot] = type;
      this.days[2 * slot] = day;
      this.days[2 * slot + 1] = day;
      this.urls.push([]);
    } else {
      if (day < this.days[2 * slot]) this.days[2 * slot] = day;
      if (day > this.days[2 * slot + 1]) this.days[2 * slot + 1] = day;
    }
    const at = SUMS * slot;
    const sums = this.sums;
    sums[at]++;
    sums[at + 1] += mentions;
    sums[at + 2] += sources;
    sums[at + 3] += goldstein;
    sums[at + 4] += tone;
    const kept = this.urls[slot];
    if (urlEnd > urlStart && kept.length < this.maxUrls) {
      const url = text.toString('utf8', urlStart, urlEnd);
      if (!kept.includes(url)) kept.push(url);
    }
  }

  /**
   * Relations with at least `minEvents` events, by type and then in order of first appearance
   * (stable for the same input; sorting millions of edges would cost more than it helps).
   */
  relations(minEvents: number): { relations: EventRelation[]; belowMinEvents: number } {
    const relations: EventRelation[] = [];
    let belowMinEvents = 0;
    const days = new Map<number, string>();
    RELATION_TYPES.forEach((type, t) => {
      for (let slot = 0; slot < this.size; slot++) {
        if (this.types[slot] !== t) continue;
        const at = SUMS * slot;
        const events = this.sums[at];
        if (events < minEvents) {
          belowMinEvents++;
          continue;
        }
        relations.push({
          source: this.sources[slot].id,
          target: this.targets[slot].id,
          type,
          origin: this.origin,
          events,
          mentions: this.sums[at + 1],
          sources: this.sums[at + 2],
          goldstein: round3(this.sums[at + 3] / events),
          tone: round3(this.sums[at + 4] / events),
          firstSeen: isoDay(this.days[2 * slot], days),
          lastSeen: isoDay(this.days[2 * slot + 1], days),
          urls: this.urls[slot],
        });
      }
    });
    return { relations, belowMinEvents };
  }
}
