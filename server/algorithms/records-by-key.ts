/**
 * Records grouped by a key, in the order they were added, holding a key's record itself while it
 * has one and a list only from the second on. At 50,000 actors almost every coded event is the only
 * one of its edge: a list per edge was 500,000 arrays of one record (about 28 MB of the server's heap).
 * Records are objects, never arrays, so a value is a list exactly when it is an array.
 */

/** What reading grouped records needs: a key's records in order, and every key with its records. */
export interface KeyedLists<V> {
  get(key: string): readonly V[] | undefined;
  [Symbol.iterator](): Iterator<[string, readonly V[]]>;
}

export class RecordsByKey<V extends object> implements KeyedLists<V> {
  private readonly groups = new Map<string, V | V[]>();

  /** The records of `key` in order (a new list of one when it has one), or undefined when it has none. */
  get(key: string): readonly V[] | undefined {
    const g = this.groups.get(key);
    return g === undefined ? undefined : Array.isArray(g) ? g : [g];
  }

  /** The list of `key`'s records when it has two or more (the held list: reordering it reorders them), else undefined. */
  several(key: string): V[] | undefined {
    const g = this.groups.get(key);
    return Array.isArray(g) ? g : undefined;
  }

  /** The first of `key`'s records that `test` accepts, without listing them. */
  find(key: string, test: (v: V) => boolean): V | undefined {
    const g = this.groups.get(key);
    if (g === undefined) return undefined;
    if (!Array.isArray(g)) return test(g) ? g : undefined;
    return g.find(test);
  }

  has(key: string): boolean {
    return this.groups.has(key);
  }

  /** Adds `value` last among `key`'s records. */
  add(key: string, value: V): void {
    const g = this.groups.get(key);
    if (g === undefined) this.groups.set(key, value);
    else if (Array.isArray(g)) g.push(value);
    else this.groups.set(key, [g, value]);
  }

  /** Takes `value` out of `key`'s records (the key goes with its last record). */
  remove(key: string, value: V): void {
    const g = this.groups.get(key);
    if (g === value) this.groups.delete(key);
    else if (Array.isArray(g)) {
      const rest = g.filter((x) => x !== value);
      if (rest.length > 1) this.groups.set(key, rest);
      else if (rest.length === 1) this.groups.set(key, rest[0]);
      else this.groups.delete(key);
    }
  }

  *[Symbol.iterator](): Iterator<[string, readonly V[]]> {
    for (const [key, g] of this.groups) yield [key, Array.isArray(g) ? g : [g]];
  }
}
