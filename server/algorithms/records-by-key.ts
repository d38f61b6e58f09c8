/**
 * Records grouped by a key, in the order their keys came, holding a key's record itself while it
 * has one and a list only from the second on. At 50,000 actors almost every coded event is the only
 * one of its edge: a list per edge was 500,000 arrays of one record (about 28 MB of the server's heap).
 * Records are objects, never arrays, so a value is a list exactly when it is an array.
 *
 * The keys are not kept: every record names its key (`keyOf`: an edge key is made from a coded
 * event's type and ends), so a group's key is made again from its first record when a lookup
 * meets the group or an iteration gives it. A Map of 500,000 edge keys held 14 MB of the request
 * thread's heap for its table and, with the slice's chunks (algorithms/slice.ts), the keys
 * themselves (about 20 MB); here the table is typed arrays (4 MB of slots, 2 MB of hashes) and a
 * list of the groups (4 MB).
 */
import { hashOfKey } from './key-hash';

/** A key's hash as an Int32Array holds it. */
const hashOf = (key: string): number => hashOfKey(key) | 0;

/** What reading grouped records needs: a key's records in order, and every key with its records. */
export interface KeyedLists<V> {
  get(key: string): readonly V[] | undefined;
  [Symbol.iterator](): Iterator<[string, readonly V[]]>;
}

/** Groups' places held per slot, at most half the slots used (places of removed groups counted until the table is made again). */
const FIRST_SLOTS = 16;

export class RecordsByKey<V extends object> implements KeyedLists<V> {
  /** The groups in the order their keys came; undefined where a key's last record was removed (its slot still points here). */
  private groups: (V | V[] | undefined)[] = [];
  /** Each group's key's hash, by place. */
  private hashes = new Int32Array(FIRST_SLOTS / 2);
  /** Place + 1 by the key's hash (open addressing, linear probing); 0: empty. */
  private slots = new Int32Array(FIRST_SLOTS);
  private live = 0;

  /** `keyOf`: the key a record is grouped under (the same for every record of a group, and never changing). */
  constructor(private readonly keyOf: (v: V) => string) {}

  /** The place of `key`'s group, or -1 - the empty slot where it would go. */
  private probe(key: string, hash: number): number {
    const { slots, hashes, groups } = this;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const v = slots[slot];
      if (v === 0) return -1 - slot;
      const g = groups[v - 1];
      if (hashes[v - 1] === hash && g !== undefined && this.keyOf(Array.isArray(g) ? g[0] : g) === key) return v - 1;
    }
  }

  private groupOf(key: string): V | V[] | undefined {
    const p = this.probe(key, hashOf(key));
    return p < 0 ? undefined : this.groups[p];
  }

  /** The records of `key` in order (a new list of one when it has one), or undefined when it has none. */
  get(key: string): readonly V[] | undefined {
    const g = this.groupOf(key);
    return g === undefined ? undefined : Array.isArray(g) ? g : [g];
  }

  /** The list of `key`'s records when it has two or more (the held list: reordering it reorders them), else undefined. */
  several(key: string): V[] | undefined {
    const g = this.groupOf(key);
    return Array.isArray(g) ? g : undefined;
  }

  /** The first of `key`'s records that `test` accepts, without listing them. */
  find(key: string, test: (v: V) => boolean): V | undefined {
    const g = this.groupOf(key);
    if (g === undefined) return undefined;
    if (!Array.isArray(g)) return test(g) ? g : undefined;
    return g.find(test);
  }

  has(key: string): boolean {
    return this.groupOf(key) !== undefined;
  }

  /** Adds `value` last among `key`'s records; a key new (or whose records were all removed) comes last among the keys. */
  add(key: string, value: V): void {
    const hash = hashOf(key);
    let p = this.probe(key, hash);
    if (p >= 0) {
      const g = this.groups[p] as V | V[];
      if (Array.isArray(g)) g.push(value);
      else this.groups[p] = [g, value];
      return;
    }
    if (2 * (this.groups.length + 1) > this.slots.length) {
      this.remake(this.live + 1);
      p = this.probe(key, hash);
    }
    const place = this.groups.length;
    this.groups.push(value);
    if (place === this.hashes.length) {
      const grown = new Int32Array(2 * this.hashes.length);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[place] = hash;
    this.slots[-1 - p] = place + 1;
    this.live++;
  }

  /** Takes `value` out of `key`'s records (the key goes with its last record). */
  remove(key: string, value: V): void {
    const p = this.probe(key, hashOf(key));
    if (p < 0) return;
    const g = this.groups[p];
    if (g === value) {
      this.groups[p] = undefined;
      this.live--;
    } else if (Array.isArray(g)) {
      const rest = g.filter((x) => x !== value);
      if (rest.length > 1) this.groups[p] = rest;
      else if (rest.length === 1) this.groups[p] = rest[0];
      else {
        this.groups[p] = undefined;
        this.live--;
      }
    }
  }

  /**
   * The table made again for `count` groups, the places of removed ones let go: the groups keep
   * their order. Slots are a power of two, at least twice the groups.
   */
  private remake(count: number): void {
    const groups: (V | V[])[] = [];
    const hashes: number[] = [];
    this.groups.forEach((g, p) => {
      if (g === undefined) return;
      groups.push(g);
      hashes.push(this.hashes[p]);
    });
    let size = FIRST_SLOTS;
    while (size < 2 * count) size *= 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let p = 0; p < groups.length; p++) {
      let slot = hashes[p] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = p + 1;
    }
    this.groups = groups;
    this.hashes = new Int32Array(size / 2);
    this.hashes.set(hashes);
    this.slots = slots;
  }

  /** Every key with its records, in the order the keys came (the groups must not change meanwhile). */
  *[Symbol.iterator](): Iterator<[string, readonly V[]]> {
    for (const g of this.groups) {
      if (g === undefined) continue;
      const list = Array.isArray(g) ? g : [g];
      yield [this.keyOf(list[0]), list];
    }
  }
}
