/**
 * Node ids of graph files as graphology keys. graphology keeps each node's neighbours in plain
 * objects keyed by the neighbour's key, so a node named like an Object.prototype member
 * ("constructor", "toString", "__proto__"; server/domain/reserved-keys.ts) reads an inherited
 * member there: edges to it go missing or the reader crashes. The readers therefore store every id
 * under `toNodeKey(id)` and every output (rankings, communities, paths, exports) shows
 * `fromNodeKey(key)`, the file's own id.
 *
 * The encoding: an id that is reserved, or that starts with the mark `~`, gets one more `~` in
 * front; decoding drops one leading `~`. It is reversible, leaves every other id as it is, and no
 * key it makes is reserved (none of those starts with `~`).
 */
import { isReservedKey } from '../domain/reserved-keys';

const MARK = '~';

/** The graphology key under which a file's node id is kept. */
export function toNodeKey(id: string): string {
  return isReservedKey(id) || id.startsWith(MARK) ? MARK + id : id;
}

/** The file's node id kept under a graphology key. */
export function fromNodeKey(key: string): string {
  return key.startsWith(MARK) ? key.slice(1) : key;
}
