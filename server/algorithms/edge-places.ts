/**
 * Each edge's place in a followed slice's arrays, by key, kept from one change to the next at the
 * cost of the change. Dropping an edge moves every later one down a place; setting the places
 * again from there on was a pass over up to 400,000 keys for an ingest that dropped an early edge
 * (about 0.15 s of the request thread). Instead each edge keeps the stamp it was given (its place
 * when the index was made, or when it was appended), and a place is its stamp less the dropped
 * stamps below it, found by binary search among them; past DROPS_KEPT drops the stamps are made
 * places again, a pass as rare as it is long.
 *
 * The stamps are kept by key in a hash table of stamps alone (an Int32Array, open addressing):
 * a slot's key is read from the slice at the stamp's place when a lookup meets it, rather than
 * kept. A Map of 500,000 keys held 14 MB of the server's heap; the table holds 4 MB, outside it.
 */
import { hashOfKey } from './key-hash';

/**
 * Dropped stamps kept before the stamps are renumbered. A renumbering held the request thread
 * 0.1–0.35 s at 400,000 relations, and ingests drop a few edges each (an undirected edge turned
 * round goes last): at 4,096 that was once every thousand articles. Keeping 65,536 costs a drop a
 * move of at most 0.5 MB and a lookup 16 steps.
 */
const DROPS_KEPT = 65_536;

/** A slot of the table: empty, a stamp's removal (probes go on past it), or stamp + 1. */
const EMPTY = 0;
const REMOVED = -1;

export class EdgePlaces {
  /** Stamp + 1 by the key's hash (see EMPTY, REMOVED); at most three quarters used, removals counted. */
  private slots = new Int32Array(0);
  private used = 0;
  /** Stamps of dropped edges, ascending. */
  private drops: number[] = [];
  private nextStamp = 0;
  /** The keys still to be stamped when the index is made in steps (see inSteps). */
  private pending?: { count: number; next: number };

  /**
   * The `count` keys `keyAt` gives, each at its place; `dropsKept`: see DROPS_KEPT. `keyAt` must
   * go on giving those keys until `follow` hands on the next one (the slices it serves never change).
   */
  constructor(private keyAt: (i: number) => string, count: number, private readonly dropsKept = DROPS_KEPT) {
    this.renumber(keyAt, count);
  }

  /**
   * The same index, its keys stamped `fillSome` at a time (a pass over 500,000 keys held the
   * request thread about 0.2 s at the first ingest after a start): made ahead while the thread is
   * free; a lookup or a change meanwhile stamps the rest at once. The keys must not change meanwhile.
   */
  static inSteps(keyAt: (i: number) => string, count: number, dropsKept = DROPS_KEPT): EdgePlaces {
    const places = new EdgePlaces(keyAt, 0, dropsKept);
    places.slots = new Int32Array(tableSize(count));
    places.pending = { count, next: 0 };
    return places;
  }

  /** Stamps up to `steps` more keys; true once every key is stamped. */
  fillSome(steps: number): boolean {
    const pending = this.pending;
    if (!pending) return true;
    const end = Math.min(pending.count, pending.next + steps);
    for (let i = pending.next; i < end; i++) this.insert(this.keyAt(i), i);
    pending.next = end;
    if (end < pending.count) return false;
    this.nextStamp = pending.count;
    this.pending = undefined;
    return true;
  }

  /** The edge's place now; undefined when it is not in the slice. */
  get(key: string): number | undefined {
    this.fillSome(Infinity);
    const slot = this.slotOf(key);
    return slot < 0 ? undefined : this.placeOf(this.slots[slot] - 1);
  }

  /**
   * The slice's change: edges `dropped` left out (the others close up behind them), then
   * `appended` added at the end, in order (an edge dropped and added again goes last; any other
   * is new to the slice). `keyAt` and `count`: the changed slice's keys, read from now on.
   */
  follow(dropped: readonly string[], appended: readonly string[], keyAt: (i: number) => string, count: number): void {
    this.fillSome(Infinity);
    // Found before any is removed: a slot's key is read at its place in the slice before the change.
    const gone = dropped.map((key) => this.slotOf(key)).filter((slot) => slot >= 0);
    for (const slot of gone) {
      const stamp = this.slots[slot] - 1;
      this.slots[slot] = REMOVED;
      this.drops.splice(below(this.drops, stamp), 0, stamp);
    }
    this.keyAt = keyAt;
    if (this.drops.length > this.dropsKept || 4 * (this.used + appended.length) > 3 * this.slots.length) {
      this.renumber(keyAt, count);
      return;
    }
    for (const key of appended) this.insert(key, this.nextStamp++);
  }

  /** Stamp `stamp`'s place: the stamp less the dropped stamps below it. */
  private placeOf(stamp: number): number {
    return stamp - below(this.drops, stamp);
  }

  /** The slot holding `key`'s stamp, or -1. */
  private slotOf(key: string): number {
    const mask = this.slots.length - 1;
    for (let slot = hashOfKey(key) & mask; ; slot = (slot + 1) & mask) {
      const v = this.slots[slot];
      if (v === EMPTY) return -1;
      if (v !== REMOVED && this.keyAt(this.placeOf(v - 1)) === key) return slot;
    }
  }

  /** Puts `key`'s stamp in the first free slot of its probe (the table has room: see follow). */
  private insert(key: string, stamp: number): void {
    const mask = this.slots.length - 1;
    let slot = hashOfKey(key) & mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.slots[slot] = stamp + 1;
    this.used++;
  }

  private renumber(keyAt: (i: number) => string, count: number): void {
    this.slots = new Int32Array(tableSize(count));
    this.used = 0;
    this.drops = [];
    for (let i = 0; i < count; i++) this.insert(keyAt(i), i);
    this.nextStamp = count;
  }
}

/**
 * Slots for `count` keys: at most half full, so a quarter of the table fills before the next
 * renumbering (200,000 edges appended or dropped at 500,000, 4 MB) and a lookup meets few slots of
 * other keys.
 */
function tableSize(count: number): number {
  let size = 1024;
  while (size < 2 * count) size *= 2;
  return size;
}

/** How many of the ascending `xs` are below `x`. */
export function below(xs: readonly number[], x: number): number {
  let [lo, hi] = [0, xs.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
