/** Strings in shared memory (graph/key-table.ts): ordered as `<` orders them, extended in place. */
import { compareKeysAt, extendKeyTable, keyTableWithout, type KeyTable } from '../../server/algorithms/key-table';
import { seededRandom } from '../../server/algorithms/random';

// Code units from every range where UTF-16 order and code point order part ways (surrogates, U+E000–U+FFFF).
const ALPHABET = ['a', 'b', '-', ':', '>', 'é', 'Z', '\u{1F600}', '\uFFFD', '\uE000', '\uD7FF', ''];

function strings(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    let s = '';
    const length = Math.floor(random() * 6);
    for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(random() * ALPHABET.length)];
    return s;
  });
}

const sign = (x: number): number => (x > 0 ? 1 : x < 0 ? -1 : 0);

test('strings are ordered as JavaScript orders them, the empty string and prefixes included', () => {
  const keys = strings(300, 1);
  const table = extendKeyTable(undefined, keys.length, (i) => keys[i]);
  for (let x = 0; x < keys.length; x++) {
    for (let y = 0; y < keys.length; y += 7) expect([x, y, sign(compareKeysAt(table, x, y))]).toEqual([x, y, keys[x] < keys[y] ? -1 : keys[x] > keys[y] ? 1 : 0]);
  }
});

test('an extension shares the buffers while they have room, grows them when not, and leaves the shorter table as it was', () => {
  const keys = strings(2000, 2);
  const first = extendKeyTable(undefined, 1000, (i) => keys[i]);
  const second = extendKeyTable(first, 1100, (i) => keys[i]);
  const third = extendKeyTable(second, 2000, (i) => keys[i]);
  expect(first.codes.buffer).toBeInstanceOf(SharedArrayBuffer);
  expect(second.codes.buffer).toBe(first.codes.buffer); // 25% room was left
  expect(third.codes.buffer).not.toBe(second.codes.buffer);
  const fresh = extendKeyTable(undefined, 2000, (i) => keys[i]);
  for (const [table, count] of [[first, 1000], [second, 1100], [third, 2000]] as const) {
    expect(table.count).toBe(count);
    for (let x = 0; x < count; x += 3) expect(sign(compareKeysAt(table, x, (x * 7) % count))).toBe(sign(compareKeysAt(fresh, x, (x * 7) % count)));
  }
});

test('keys whose code units all fit a byte take a byte each; the first wider unit widens the table, which orders as before', () => {
  const narrow = strings(400, 3).map((s) => [...s].map((ch) => (ch.charCodeAt(0) > 0xff ? 'é' : ch)).join(''));
  const table = extendKeyTable(undefined, narrow.length, (i) => narrow[i]);
  expect(table.codes).toBeInstanceOf(Uint8Array);
  expect(table.codes.byteLength).toBeLessThan(1.3 * narrow.reduce((n, s) => n + s.length, 0) + 1);
  // A wide key in the middle of an extension: what was written as bytes before it is kept.
  const keys = [...narrow, 'a-b', 'opposes:\u0430\u0431->x', 'zz', ...strings(100, 4)];
  const widened = extendKeyTable(table, keys.length, (i) => keys[i]);
  expect(widened.codes).toBeInstanceOf(Uint16Array);
  expect(table.codes).toBeInstanceOf(Uint8Array);
  for (let x = 0; x < keys.length; x++) {
    for (let y = 0; y < keys.length; y += 11) expect([x, y, sign(compareKeysAt(widened, x, y))]).toEqual([x, y, keys[x] < keys[y] ? -1 : keys[x] > keys[y] ? 1 : 0]);
  }
  for (let x = 0; x < narrow.length; x += 3) expect(sign(compareKeysAt(table, x, (x * 7) % narrow.length))).toBe(sign(compareKeysAt(widened, x, (x * 7) % narrow.length)));
});

/** The strings a table holds, read back from its code units. */
const stringsOf = (table: KeyTable): string[] =>
  Array.from({ length: table.count }, (_, i) => String.fromCharCode(...table.codes.subarray(table.offsets[i], table.offsets[i + 1])));

test('a table without some strings holds the others in order, in buffers of its own, and extends as a fresh one does', () => {
  for (const keys of [strings(500, 5), strings(500, 6).map((s) => [...s].map((ch) => (ch.charCodeAt(0) > 0xff ? 'a' : ch)).join(''))]) {
    const table = extendKeyTable(undefined, keys.length, (i) => keys[i]);
    const before = stringsOf(table);
    const cuts = [0, 1, 7, 8, 9, 250, 498, 499];
    const kept = keys.filter((_, i) => !cuts.includes(i));
    const without = keyTableWithout(table, cuts);
    expect(stringsOf(without)).toEqual(kept);
    expect(without.codes).toBeInstanceOf(table.codes.constructor);
    expect(without.codes.buffer).not.toBe(table.codes.buffer);
    expect(stringsOf(table)).toEqual(before);
    const more = [...kept, 'x', 'opposes:\u0430->y'];
    expect(stringsOf(extendKeyTable(without, more.length, (i) => more[i]))).toEqual(more);
  }
});
