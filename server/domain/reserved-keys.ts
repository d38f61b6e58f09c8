/**
 * Names that an ordinary object inherits from Object.prototype ("constructor", "toString",
 * "__proto__", ...). graphology keeps each node's neighbours in plain objects keyed by node key, and
 * so does much JavaScript code: a key with one of these names reads an inherited member instead of
 * nothing (or, for "__proto__", replaces the prototype). Names from outside (articles, GDELT codes,
 * graph files, restored datasets) are data, so every id and key that comes from them is checked here.
 */
const RESERVED: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__']);

/** Every reserved name, for tests and documentation. */
export const RESERVED_KEYS: readonly string[] = [...RESERVED].sort();

/** True when `key` would collide with a member of Object.prototype. */
export function isReservedKey(key: string): boolean {
  return RESERVED.has(key);
}

/**
 * An empty object for keys from outside (actor ids, names) where a JSON-shaped object is wanted
 * rather than a Map (answers sent as JSON): it has no prototype, so "constructor" or "__proto__"
 * is an own key like any other, and a missing key reads undefined.
 */
export function keyedRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
