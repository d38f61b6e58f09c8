/**
 * Strings (a slice's edge keys) as UTF-16 code units in shared memory, so a pool worker can order
 * them as JavaScript orders strings without a copy: comparing code units one by one is exactly
 * what `<` on strings does. While every code unit is below 256 (actor ids are slugs, mostly ASCII)
 * each takes one byte, as V8 keeps such strings: a table of two bytes per unit was 29 MB of the
 * server's memory at 500,000 relations. The first key with a wider unit widens the table.
 *
 * A table only grows at its end: one made for more strings shares the buffers of the one it
 * extends while they have room (and its width), and code reading the shorter one (a worker, an
 * older slice) sees its own strings unchanged, as it reads no further than its `count`.
 */
import { sharedInts } from './shared-ints';

export interface KeyTable {
  /** The strings' code units, one after another (shared): bytes while every unit fits one. */
  codes: Uint8Array | Uint16Array;
  /** String i is codes[offsets[i] .. offsets[i + 1]) (shared; count + 1 entries used). */
  offsets: Int32Array;
  count: number;
}

const sharedCodes = (length: number, wide: boolean): Uint8Array | Uint16Array => {
  const units = Math.max(1, length);
  return wide ? new Uint16Array(new SharedArrayBuffer(2 * units)) : new Uint8Array(new SharedArrayBuffer(units));
};

/**
 * `table` with the strings from `at(table.count)` up to `at(count - 1)` added. The buffers are
 * shared when they have room (only a table's last extension may write into them: the caller
 * extends each table at most once); else copied into bigger ones, with room to grow. A byte table
 * meeting a wider unit is copied into a two-byte one there, and goes on.
 */
export function extendKeyTable(table: KeyTable | undefined, count: number, at: (i: number) => string): KeyTable {
  const from = table?.count ?? 0;
  let units = 0;
  for (let i = from; i < count; i++) units += at(i).length;
  const used = table ? table.offsets[from] : 0;
  let { codes, offsets } = table ?? { codes: sharedCodes(0, false), offsets: sharedInts(1) };
  if (used + units > codes.length) {
    const grown = sharedCodes(Math.ceil((used + units) * 1.25), codes instanceof Uint16Array);
    grown.set(codes.subarray(0, used));
    codes = grown;
  }
  if (count + 1 > offsets.length) {
    const grown = sharedInts(Math.ceil((count + 1) * 1.25));
    grown.set(offsets.subarray(0, from + 1));
    offsets = grown;
  }
  let write = used;
  for (let i = from; i < count; i++) {
    const s = at(i);
    for (let k = 0; k < s.length; k++) {
      const unit = s.charCodeAt(k);
      if (unit > 0xff && codes instanceof Uint8Array) {
        const wide = sharedCodes(codes.length, true);
        wide.set(codes.subarray(0, write));
        codes = wide;
      }
      codes[write++] = unit;
    }
    offsets[i + 1] = write;
  }
  return { codes, offsets, count };
}

/** Orders strings x and y of `table` as `<` orders the strings themselves (negative, 0, positive). */
export function compareKeysAt(table: KeyTable, x: number, y: number): number {
  const { codes, offsets } = table;
  let i = offsets[x];
  let j = offsets[y];
  const iEnd = offsets[x + 1];
  const jEnd = offsets[y + 1];
  for (; i < iEnd && j < jEnd; i++, j++) {
    const d = codes[i] - codes[j];
    if (d) return d;
  }
  return iEnd - i - (jEnd - j);
}


/**
 * `table` without the strings at the places `cuts` (ascending), in new buffers with room to grow
 * (the table itself is left as it is: older slices and workers may read it): what a slice that
 * dropped edges carries on instead of encoding its 500,000 keys again (about 0.2 s of the request
 * thread at 50,000 actors). A copy of the runs between cuts and a pass over the offsets.
 */
export function keyTableWithout(table: KeyTable, cuts: readonly number[]): KeyTable {
  const { codes, offsets } = table;
  const count = table.count - cuts.length;
  let units = offsets[table.count];
  for (const i of cuts) units -= offsets[i + 1] - offsets[i];
  const kept = sharedCodes(Math.ceil(units * 1.25), codes instanceof Uint16Array);
  const keptOffsets = sharedInts(Math.ceil((count + 1) * 1.25));
  let [write, place, from] = [0, 0, 0];
  const run = (to: number): void => {
    const shift = offsets[from] - write;
    kept.set(codes.subarray(offsets[from], offsets[to]), write);
    for (let i = from; i < to; i++) keptOffsets[place++] = offsets[i] - shift;
    write += offsets[to] - offsets[from];
  };
  for (const cut of cuts) {
    run(cut);
    from = cut + 1;
  }
  run(table.count);
  keptOffsets[count] = write;
  return { codes: kept, offsets: keptOffsets, count };
}
