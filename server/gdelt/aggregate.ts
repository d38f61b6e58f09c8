/**
 * Sums events into one record per (source, target, type): counts, sums for the means, first and
 * last date, and up to N distinct source URLs. `negotiates` is symmetric, so its ends are sorted
 * and A–B and B–A events meet in one record; the other types run Actor1 → Actor2. Memory grows
 * with the number of distinct edges, never with the number of rows.
 *
 * Every kept row of an import passes here on one thread, so it is kept lean: edges live in
 * slots (in order of first appearance) of one typed array, a cache line each, found through an
 * open-addressing table whose cells hold their keys (the two actors' dense indices and the type)
 * — no object, key string or boxed number per row or per edge; URLs are the only strings kept.
 * Tables of hundreds of thousands of edges exceed the CPU's caches, so a row costs a few memory
 * reads: one for its cell, one for its record.
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

/**
 * Each slot's record, one cache line of doubles: the sums (events, mentions, sources, Goldstein,
 * tone; the last two divided at the end), first and last day (YYYYMMDD), and URLs kept so far.
 */
const EVENTS = 0;
const MENTIONS = 1;
const SOURCES = 2;
const GOLDSTEIN = 3;
const TONE = 4;
const FIRST_DAY = 5;
const LAST_DAY = 6;
const URL_COUNT = 7;
const RECORD = 8;
/** Each cell of the table: slot + 1 (0 when empty), then the key it holds: the two ends' indices and the type. */
const CELL = 4;

export class EdgeAggregator {
  private size = 0;
  private capacity = 1024;
  /** Slot → source and target (after sorting a symmetric type's ends). */
  private readonly sources: ActorEntry[] = [];
  private readonly targets: ActorEntry[] = [];
  private types = new Uint8Array(this.capacity);
  private records = new Float64Array(RECORD * this.capacity);
  /**
   * Slot → its first URL ('' for none yet), and the later ones of the few edges with more: most
   * edges have one event, and an array per edge would cost more than the edge's numbers.
   */
  private readonly firstUrls: string[] = [];
  private readonly moreUrls = new Map<number, string[]>();
  /**
   * Open addressing, at most half full: each cell holds its key, so a probe reads one place; a
   * slot's record is read once it is found.
   */
  private cells = new Int32Array(CELL * 2 * this.capacity);

  constructor(
    private readonly maxUrls: number,
    private readonly origin = 'gdelt',
  ) {}

  /** The cell (its first entry) holding (a, b, type), or the empty one where it goes. */
  private cellOf(a: number, b: number, type: number): number {
    const cells = this.cells;
    const mask = cells.length / CELL - 1;
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77) ^ Math.imul(type + 1, 0xc2b2ae3d)) >>> 0;
    h = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const at = CELL * h;
      if (cells[at] === 0 || (cells[at + 1] === a && cells[at + 2] === b && cells[at + 3] === type)) return at;
      h = (h + 1) & mask;
    }
  }

  private grow(): void {
    this.capacity *= 2;
    const types = new Uint8Array(this.capacity);
    types.set(this.types);
    this.types = types;
    const records = new Float64Array(RECORD * this.capacity);
    records.set(this.records);
    this.records = records;
    const old = this.cells;
    this.cells = new Int32Array(CELL * 2 * this.capacity);
    const cells = this.cells;
    for (let at = 0; at < old.length; at += CELL) {
      if (old[at] === 0) continue;
      const to = this.cellOf(old[at + 1], old[at + 2], old[at + 3]);
      for (let k = 0; k < CELL; k++) cells[to + k] = old[at + k];
    }
  }

  /**
   * Adds one event of type RELATION_TYPES[type] on `day` (YYYYMMDD); an empty URL is none.
   */
  add(actor1: ActorEntry, actor2: ActorEntry, type: number, day: number, goldstein: number, tone: number, mentions: number, sources: number, url: string): void {
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
      const cells = this.cells;
      cells[cell] = slot + 1;
      cells[cell + 1] = a.index;
      cells[cell + 2] = b.index;
      cells[cell + 3] = type;
      this.sources.push(a);
      this.targets.push(b);
      this.types[slot] = type;
      this.firstUrls.push('');
      this.records[RECORD * slot + FIRST_DAY] = this.records[RECORD * slot + LAST_DAY] = day;
    }
    const rec = this.records;
    const at = RECORD * slot;
    if (day < rec[at + FIRST_DAY]) rec[at + FIRST_DAY] = day;
    else if (day > rec[at + LAST_DAY]) rec[at + LAST_DAY] = day;
    rec[at + EVENTS]++;
    rec[at + MENTIONS] += mentions;
    rec[at + SOURCES] += sources;
    rec[at + GOLDSTEIN] += goldstein;
    rec[at + TONE] += tone;
    if (url && rec[at + URL_COUNT] < this.maxUrls) this.keepUrl(slot, url);
  }

  /** Keeps `url` for the slot unless it has it already. */
  private keepUrl(slot: number, url: string): void {
    const at = RECORD * slot + URL_COUNT;
    if (this.records[at] === 0) this.firstUrls[slot] = url;
    else {
      if (url === this.firstUrls[slot]) return;
      let more = this.moreUrls.get(slot);
      if (!more) this.moreUrls.set(slot, (more = []));
      else if (more.includes(url)) return;
      more.push(url);
    }
    this.records[at]++;
  }

  /** The slot's URLs, in the order they were kept. */
  private urlsOf(slot: number): string[] {
    const n = this.records[RECORD * slot + URL_COUNT];
    return n === 0 ? [] : n === 1 ? [this.firstUrls[slot]] : [this.firstUrls[slot], ...this.moreUrls.get(slot)!];
  }

  /**
   * Relations with at least `minEvents` events, by type and then in order of first appearance
   * (stable for the same input; sorting millions of edges would cost more than it helps).
   */
  relations(minEvents: number): { relations: EventRelation[]; belowMinEvents: number } {
    const relations: EventRelation[] = [];
    let belowMinEvents = 0;
    const days = new Map<number, string>();
    const r = this.records;
    RELATION_TYPES.forEach((type, t) => {
      for (let slot = 0; slot < this.size; slot++) {
        if (this.types[slot] !== t) continue;
        const at = RECORD * slot;
        const events = r[at + EVENTS];
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
          mentions: r[at + MENTIONS],
          sources: r[at + SOURCES],
          goldstein: round3(r[at + GOLDSTEIN] / events),
          tone: round3(r[at + TONE] / events),
          firstSeen: isoDay(r[at + FIRST_DAY], days),
          lastSeen: isoDay(r[at + LAST_DAY], days),
          urls: this.urlsOf(slot),
        });
      }
    });
    return { relations, belowMinEvents };
  }
}
