/**
 * An edge key as a slice's chunks hold it (algorithms/slice.ts): a number of 16 bits standing for
 * its parts, when it is made as graph/build.ts's edgeKey makes it (a prefix, one end, `->` or
 * `--`, the other end), the ends being the edge's own; the key itself is made again from them when
 * asked for. At 50,000 actors and 500,000 relations the keys were about 20 MB of the request
 * thread's heap, held by the chunks and the index's map of coded events by edge (which now keeps
 * none either: algorithms/records-by-key.ts). A key not made so (graphs built by other code may
 * name their edges anyhow) has the code 0 and is held as it is.
 *
 * The prefixes (`opposes:`…) are numbered once per process, for every slice: a few relation
 * types in the server. At most MOST_PREFIXES are numbered; keys of other prefixes are held whole.
 */
import { EDGE_KEY_SEPARATORS } from './edge-key-parts';

const SEPARATORS: readonly string[] = EDGE_KEY_SEPARATORS;
/** Prefixes a code has room for: (prefix << 2 | separator << 1 | turned) + 1 fits 16 bits. */
const MOST_PREFIXES = (1 << 14) - 1;
const PREFIXES: string[] = [];
const PREFIX_NUMBERS = new Map<string, number>();

/** The code of `key` read as prefix, `first`, separator, `second`; 0 when it is not so made. */
function codeAs(key: string, first: string, second: string): number {
  const prefixLength = key.length - first.length - second.length - 2;
  if (prefixLength < 0 || !key.endsWith(second) || !key.startsWith(first, prefixLength)) return 0;
  const separator = SEPARATORS.findIndex((s) => key.startsWith(s, prefixLength + first.length));
  if (separator < 0) return 0;
  const prefix = key.slice(0, prefixLength);
  let number = PREFIX_NUMBERS.get(prefix);
  if (number === undefined) {
    if (PREFIXES.length === MOST_PREFIXES) return 0;
    number = PREFIXES.length;
    PREFIXES.push(prefix);
    PREFIX_NUMBERS.set(prefix, number);
  }
  return ((number << 2) | (separator << 1)) + 1;
}

/** The code of the key of an edge from `source` to `target` (see the top of this file); 0: the key is to be held as it is. */
export function edgeKeyCode(key: string, source: string, target: string): number {
  const direct = codeAs(key, source, target);
  if (direct) return direct;
  const turned = codeAs(key, target, source);
  return turned ? turned + 1 : 0;
}

/**
 * The key whose code is `code` (not 0) of an edge from `source` to `target`. Joined, as edgeKey
 * joins it: a flat string, not a rope that a map keyed by it would flatten into a second one.
 */
export function keyOfCode(code: number, source: string, target: string): string {
  const kind = code - 1;
  const turned = kind & 1;
  return [PREFIXES[kind >> 2], turned ? target : source, SEPARATORS[(kind >> 1) & 1], turned ? source : target].join('');
}
