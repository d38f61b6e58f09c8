/**
 * Each edge's place in a followed slice's arrays, by key, kept from one change to the next at the
 * cost of the change. Dropping an edge moves every later one down a place; setting the places
 * again from there on was a pass over up to 400,000 keys for an ingest that dropped an early edge
 * (about 0.15 s of the request thread). Instead each edge keeps the stamp it was given (its place
 * when the index was made, or when it was appended), and a place is its stamp less the dropped
 * stamps below it, found by binary search among them; past DROPS_KEPT drops the stamps are made
 * places again, a pass as rare as it is long.
 */

/**
 * Dropped stamps kept before the stamps are renumbered. A renumbering held the request thread
 * 0.1–0.35 s at 400,000 relations, and ingests drop a few edges each (an undirected edge turned
 * round goes last): at 4,096 that was once every thousand articles. Keeping 65,536 costs a drop a
 * move of at most 0.5 MB and a lookup 16 steps.
 */
const DROPS_KEPT = 65_536;

export class EdgePlaces {
  private readonly stamps = new Map<string, number>();
  /** Stamps of dropped edges, ascending. */
  private drops: number[] = [];
  private nextStamp = 0;
  /** The keys still to be stamped when the index is made in steps (see inSteps). */
  private pending?: { keyAt: (i: number) => string; count: number; next: number };

  /** The `count` keys `keyAt` gives, each at its place; `dropsKept`: see DROPS_KEPT. */
  constructor(keyAt: (i: number) => string, count: number, private readonly dropsKept = DROPS_KEPT) {
    this.renumber(keyAt, count);
  }

  /**
   * The same index, its keys stamped `fillSome` at a time (a pass over 500,000 keys held the
   * request thread about 0.2 s at the first ingest after a start): made ahead while the thread is
   * free; a lookup or a change meanwhile stamps the rest at once. The keys must not change meanwhile.
   */
  static inSteps(keyAt: (i: number) => string, count: number, dropsKept = DROPS_KEPT): EdgePlaces {
    const places = new EdgePlaces(keyAt, 0, dropsKept);
    places.pending = { keyAt, count, next: 0 };
    return places;
  }

  /** Stamps up to `steps` more keys; true once every key is stamped. */
  fillSome(steps: number): boolean {
    const pending = this.pending;
    if (!pending) return true;
    const end = Math.min(pending.count, pending.next + steps);
    for (let i = pending.next; i < end; i++) this.stamps.set(pending.keyAt(i), i);
    pending.next = end;
    if (end < pending.count) return false;
    this.nextStamp = pending.count;
    this.pending = undefined;
    return true;
  }

  /** The edge's place now; undefined when it is not in the slice. */
  get(key: string): number | undefined {
    this.fillSome(Infinity);
    const stamp = this.stamps.get(key);
    return stamp === undefined ? undefined : stamp - below(this.drops, stamp);
  }

  /**
   * The slice's change: edges `dropped` left out (the others close up behind them), then
   * `appended` added at the end, in order (an edge dropped and added again goes last). `keyAt`
   * and `count`: the changed slice's keys, read only when the stamps are renumbered.
   */
  follow(dropped: readonly string[], appended: readonly string[], keyAt: (i: number) => string, count: number): void {
    this.fillSome(Infinity);
    for (const key of dropped) {
      const stamp = this.stamps.get(key);
      if (stamp === undefined) continue;
      this.stamps.delete(key);
      this.drops.splice(below(this.drops, stamp), 0, stamp);
    }
    for (const key of appended) this.stamps.set(key, this.nextStamp++);
    if (this.drops.length > this.dropsKept) this.renumber(keyAt, count);
  }

  private renumber(keyAt: (i: number) => string, count: number): void {
    this.stamps.clear();
    for (let i = 0; i < count; i++) this.stamps.set(keyAt(i), i);
    this.drops = [];
    this.nextStamp = count;
  }
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
