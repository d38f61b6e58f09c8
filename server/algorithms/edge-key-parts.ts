/**
 * A slice's edge keys as the parts they are made of (graph/build.ts's edgeKey: `type:` then one
 * end, `->` or `--`, then the other), so a pool worker orders them as `<` orders the keys without
 * their code units: a key is the words table's prefix and separator (a few strings, shared) and
 * the ids of its ends, which the worker has already (the actor ids' key table and the numbered
 * ends of overview-choice.ts). The keys' own code units were 16 MB of shared memory at 500,000
 * relations; the parts are two bytes a key.
 *
 * A key that is not made so (a graph built by other code may name its edges anyhow) has no
 * parts: its slice then orders the keys from their code units (key-table.ts).
 *
 * Like a key table, the parts only grow at their end: those made for more keys share the buffer
 * of the ones they extend while it has room, and a reader of the shorter ones sees them unchanged.
 */
import { compareKeysAt, extendKeyTable, type KeyTable } from './key-table';

/** What a pool task reads (shared memory and a count). */
export interface EdgeKeyParts {
  /** Separators (0: `->`, 1: `--`), then prefixes with their colon (`opposes:`), each once. */
  words: KeyTable;
  /** Per key: prefix word << 2 | separator << 1 | 1 when the key names the target first. */
  kinds: Uint16Array;
  count: number;
}

/** The parts with the words as strings, for the thread that extends them (a pool task gets `parts`). */
export interface EdgeKeyPartsOf {
  parts: EdgeKeyParts;
  words: readonly string[];
}

/** What edgeKey (graph/build.ts) puts between an edge's ends, directed then undirected: a kind numbers them so. */
export const EDGE_KEY_SEPARATORS = ['->', '--'] as const;
const SEPARATORS: readonly string[] = EDGE_KEY_SEPARATORS;
/** Prefix words a kind has room for (14 bits). */
const MOST_WORDS = 1 << 14;
/** Room kept past the keys, for the edges of the changes that follow. */
const ROOM = 1.25;

const sharedKinds = (length: number): Uint16Array => new Uint16Array(new SharedArrayBuffer(2 * Math.max(1, Math.ceil(length * ROOM))));

/**
 * `key` as prefix word, separator and which end comes first, given its ends `first` and `second`;
 * -1 when it is not `prefix:first->second` or `prefix:first--second`. `words` gains a new prefix.
 */
function kindAs(key: string, first: string, second: string, words: string[]): number {
  const prefixLength = key.length - first.length - second.length - 2;
  if (prefixLength < 1 || key.charCodeAt(prefixLength - 1) !== 58 || !key.endsWith(second) || !key.startsWith(first, prefixLength)) return -1;
  const separator = SEPARATORS.findIndex((s) => key.startsWith(s, prefixLength + first.length));
  if (separator < 0) return -1;
  let word = SEPARATORS.length;
  while (word < words.length && !(words[word].length === prefixLength && key.startsWith(words[word]))) word++;
  if (word === words.length) words.push(key.slice(0, prefixLength));
  return (word << 2) | (separator << 1);
}

/** The kind of `key` (see EdgeKeyParts), -1 when it has no parts. */
function kindOf(key: string, source: string, target: string, words: string[]): number {
  const direct = kindAs(key, source, target, words);
  if (direct >= 0) return direct;
  const turned = kindAs(key, target, source, words);
  return turned >= 0 ? turned | 1 : -1;
}

/**
 * `from` with the keys at places from `from.parts.count` to `count - 1` added (`edgeAt` gives a
 * place's key and ends), written into `from`'s buffer while it has room (only a set of parts'
 * last extension may write into it: the caller extends each at most once); or undefined when one
 * of them has no parts (see the top of this file) or the prefixes outgrow a kind.
 */
export function extendEdgeKeyParts(
  from: EdgeKeyPartsOf | undefined,
  count: number,
  edgeAt: (i: number) => { key: string; source: string; target: string },
): EdgeKeyPartsOf | undefined {
  const known = from?.parts.count ?? 0;
  const words = [...(from?.words ?? SEPARATORS)];
  let kinds = from?.parts.kinds ?? sharedKinds(count);
  if (count > kinds.length) {
    const grown = sharedKinds(count);
    grown.set(kinds.subarray(0, known));
    kinds = grown;
  }
  for (let i = known; i < count; i++) {
    const { key, source, target } = edgeAt(i);
    const kind = kindOf(key, source, target, words);
    if (kind < 0 || words.length > MOST_WORDS) return undefined;
    kinds[i] = kind;
  }
  const table = from && words.length === from.words.length ? from.parts.words : extendKeyTable(undefined, words.length, (w) => words[w]);
  return { parts: { words: table, kinds, count }, words };
}

/** `of` without the keys at the places `cuts` (ascending), in a new buffer (`of`'s is left as it is: older slices and workers may read it). */
export function edgeKeyPartsWithout(of: EdgeKeyPartsOf, cuts: readonly number[]): EdgeKeyPartsOf {
  const count = of.parts.count - cuts.length;
  const kinds = sharedKinds(count);
  let [from, write] = [0, 0];
  for (const cut of [...cuts, of.parts.count]) {
    kinds.set(of.parts.kinds.subarray(from, cut), write);
    write += cut - from;
    from = cut + 1;
  }
  return { parts: { words: of.parts.words, kinds, count }, words: of.words };
}

/** Writes the spans [start, end) of key `i`'s parts into `spans`: prefix (words), first end (ids), separator (words), second end (ids). */
function spansOf(parts: EdgeKeyParts, ids: KeyTable, ends: Int32Array, i: number, spans: Int32Array): void {
  const kind = parts.kinds[i];
  const turned = kind & 1;
  const prefix = kind >> 2;
  const separator = (kind >> 1) & 1;
  const first = ends[2 * i + turned];
  const second = ends[2 * i + 1 - turned];
  spans[0] = parts.words.offsets[prefix];
  spans[1] = parts.words.offsets[prefix + 1];
  spans[2] = ids.offsets[first];
  spans[3] = ids.offsets[first + 1];
  spans[4] = parts.words.offsets[separator];
  spans[5] = parts.words.offsets[separator + 1];
  spans[6] = ids.offsets[second];
  spans[7] = ids.offsets[second + 1];
}

/**
 * Orders the keys at places x and y as `<` orders the keys themselves (negative, 0, positive):
 * their code units read one by one from their four parts, the prefix and separator from the
 * words, the ends' ids from `ids` by their numbers in `ends` (two per key: source, target). Its
 * scratch is made once, here, not at each of the millions of comparisons of a sort.
 */
export function edgeKeyComparer(parts: EdgeKeyParts, ids: KeyTable, ends: Int32Array): (x: number, y: number) => number {
  const spansX = new Int32Array(8);
  const spansY = new Int32Array(8);
  // Part p of either key is in the words table when p is even, in the ids table when odd.
  const codes = [parts.words.codes, ids.codes];
  return (x, y) => {
    spansOf(parts, ids, ends, x, spansX);
    spansOf(parts, ids, ends, y, spansY);
    let p = 0;
    let q = 0;
    let i = spansX[0];
    let j = spansY[0];
    for (;;) {
      while (p < 4 && i === spansX[2 * p + 1]) if (++p < 4) i = spansX[2 * p];
      while (q < 4 && j === spansY[2 * q + 1]) if (++q < 4) j = spansY[2 * q];
      if (p === 4 || q === 4) return (p === 4 ? 0 : 1) - (q === 4 ? 0 : 1);
      const d = codes[p & 1][i++] - codes[q & 1][j++];
      if (d) return d;
    }
  };
}

/** Orders places x and y by their keys: from the parts when a slice has them, else from the keys' code units. */
export type EdgeKeyOrder = { parts: EdgeKeyParts } | { table: KeyTable };

export const compareByOrder = (order: EdgeKeyOrder, ids: KeyTable, ends: Int32Array) =>
  'parts' in order ? edgeKeyComparer(order.parts, ids, ends) : (x: number, y: number) => compareKeysAt(order.table, x, y);
