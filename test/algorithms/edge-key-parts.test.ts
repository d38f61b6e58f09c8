/** Edge keys as their parts (algorithms/edge-key-parts.ts): ordered as `<` orders the keys, extended in place, cut, or refused. */
import { edgeKeyComparer, edgeKeyPartsWithout, extendEdgeKeyParts, type EdgeKeyPartsOf } from '../../server/algorithms/edge-key-parts';
import { extendKeyTable } from '../../server/algorithms/key-table';
import { seededRandom } from '../../server/algorithms/random';
import { edgeKey } from '../../server/graph/build';
import type { RelationType } from '../../server/domain/types';

// Ids one of which begins another, with the separators' and the colon's characters in them, and
// code units where UTF-16 order and code point order part ways.
const IDS = ['a', 'ab', 'a-b', 'a->', 'a--', ':', 'a:b', '-', '>', 'é', 'Z', '\u{1F600}', '\uFFFD', '\uE000', 'abc', 'b'];
const TYPES: RelationType[] = ['negotiates', 'mediates', 'opposes'];

interface Edge {
  key: string;
  source: string;
  target: string;
}

/** `count` edges between ids of IDS, each keyed by edgeKey, `ends`: the ids' numbers, two per edge. */
function edges(count: number, seed: number): { list: Edge[]; ends: Int32Array } {
  const random = seededRandom(seed);
  const pick = (): number => Math.floor(random() * IDS.length);
  const list: Edge[] = [];
  const ends = new Int32Array(2 * count);
  for (let i = 0; i < count; i++) {
    const [s, t] = [pick(), pick()];
    list.push({ key: edgeKey(TYPES[Math.floor(random() * TYPES.length)], IDS[s], IDS[t]), source: IDS[s], target: IDS[t] });
    [ends[2 * i], ends[2 * i + 1]] = [s, t];
  }
  return { list, ends };
}

const ids = extendKeyTable(undefined, IDS.length, (i) => IDS[i]);
const sign = (x: number): number => (x > 0 ? 1 : x < 0 ? -1 : 0);
const order = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

function expectOrdered(of: EdgeKeyPartsOf, list: Edge[], ends: Int32Array): void {
  expect(of.parts.count).toBe(list.length);
  const wrong: string[][] = [];
  const compare = edgeKeyComparer(of.parts, ids, ends);
  for (let x = 0; x < list.length; x++) {
    for (let y = 0; y < list.length; y += 3) if (sign(compare(x, y)) !== order(list[x].key, list[y].key)) wrong.push([list[x].key, list[y].key]);
  }
  expect(wrong).toEqual([]);
}

test('edge keys are ordered from their parts as JavaScript orders the keys, ends either way round', () => {
  const { list, ends } = edges(400, 1);
  const of = extendEdgeKeyParts(undefined, list.length, (i) => list[i]);
  if (!of) throw new Error('edge keys have parts');
  expect(of.words.slice(2).sort()).toEqual(TYPES.map((t) => `${t}:`).sort());
  expectOrdered(of, list, ends);
});

test('an extension writes into the buffer while it has room and leaves the shorter parts as they were; a cut copies', () => {
  const { list, ends } = edges(600, 2);
  const first = extendEdgeKeyParts(undefined, 200, (i) => list[i]);
  if (!first) throw new Error('edge keys have parts');
  const before = [...first.parts.kinds.subarray(0, 200)];
  const second = extendEdgeKeyParts(first, 240, (i) => list[i]);
  expect(second?.parts.kinds.buffer).toBe(first.parts.kinds.buffer);
  expect([...first.parts.kinds.subarray(0, first.parts.count)]).toEqual(before);
  const third = extendEdgeKeyParts(second, 600, (i) => list[i]);
  if (!third) throw new Error('edge keys have parts');
  expect(third.parts.kinds.buffer).not.toBe(first.parts.kinds.buffer);
  expect(third.parts.kinds.buffer).toBeInstanceOf(SharedArrayBuffer);
  expectOrdered(third, list, ends);

  const cuts = [0, 7, 8, 300, 599];
  const cut = edgeKeyPartsWithout(third, cuts);
  const keptPlaces = list.map((_, i) => i).filter((i) => !cuts.includes(i));
  const keptEnds = Int32Array.from(keptPlaces.flatMap((i) => [ends[2 * i], ends[2 * i + 1]]));
  expectOrdered(cut, keptPlaces.map((i) => list[i]), keptEnds);
  expect(cut.parts.kinds.buffer).not.toBe(third.parts.kinds.buffer);
});

test('a key not made as edgeKey makes it has no parts', () => {
  const made = [
    { key: 'opposes:a->b#2', source: 'a', target: 'b' },
    { key: 'a->b', source: 'a', target: 'b' },
    { key: 'opposes:a=>b', source: 'a', target: 'b' },
    { key: 'opposes:a->c', source: 'a', target: 'b' },
  ];
  for (const edge of made) expect(extendEdgeKeyParts(undefined, 2, (i) => (i ? edge : { key: 'opposes:a->b', source: 'a', target: 'b' }))).toBeUndefined();
});

test('prefixes past what a kind has room for (16,384 words, the two separators among them) leave the keys without parts, made at once or by an extension', () => {
  // As many prefixes as there is room for: the last extension adds one more.
  const room = (1 << 14) - 2;
  const edge = (i: number): Edge => ({ key: `t${i}:a->b`, source: 'a', target: 'b' });
  const full = extendEdgeKeyParts(undefined, room, edge);
  if (!full) throw new Error('the prefixes fit');
  expect(full.words).toHaveLength(1 << 14);
  expect(full.parts.kinds[room - 1] >> 2).toBe((1 << 14) - 1);
  expect(extendEdgeKeyParts(full, room + 1, edge)).toBeUndefined();
  expect(extendEdgeKeyParts(undefined, room + 1, edge)).toBeUndefined();
  // A key with a prefix had already still extends a full set.
  expect(extendEdgeKeyParts(full, room + 1, (i) => (i < room ? edge(i) : edge(0)))?.parts.count).toBe(room + 1);
});
