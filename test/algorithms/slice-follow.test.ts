/**
 * GraphSlice.followed: the new slice (its ends and weight column carried on) is the one slicing the changed graph afresh gives, and the
 * slice it followed from reads as it did (its arrays are appended to past its own edges, not
 * changed), even when a second change is followed from it.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { MultiGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import { seededRandom } from '../../server/algorithms/random';
import { GraphSlice } from '../../server/algorithms/slice';

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The strings of a key table, read back from its code units. */
function tableKeys(s: GraphSlice): string[] {
  const { codes, offsets, count } = s.keyTable();
  return Array.from({ length: count }, (_, i) => String.fromCharCode(...codes.subarray(offsets[i], offsets[i + 1])));
}

/** Everything a reader of the slice sees. */
function seen(s: GraphSlice): unknown {
  const edges: unknown[] = [];
  s.forEachEdge((key, attributes, source, target, undirected, i) => edges.push({ key, attributes: { ...attributes }, source, target, undirected, i, at: s.keyAt(i) }));
  return { nodes: [...s.nodes()], size: s.size, edges, ends: [...s.endsByNumber()], weights: [...s.column('weight')], keys: tableKeys(s) };
}

/** What a slice carries on to the one that follows it (private): made at a follow, not when first asked for. */
const carried = (s: GraphSlice): unknown[] => {
  const inside = s as unknown as { numbered?: Int32Array; keyCodes?: object; columns: Map<string, Float64Array> };
  return [inside.numbered, inside.keyCodes, inside.columns.get('weight')];
};

test('followed slices equal fresh ones; the slices they came from are unchanged, a second follow from one included', () => {
  const random = seededRandom(3);
  const g = new MultiGraph<Attributes, Attributes>({ type: 'mixed', allowSelfLoops: true });
  const name = (i: number): string => `n${String(i).padStart(3, '0')}`;
  for (let i = 0; i < 40; i += 2) g.addNode(name(i));
  const pick = (): string => g.nodes()[Math.floor(random() * g.order)];
  let next = 0;
  /** Adds `count` edges and changes the weight of `replace` old ones; returns the keys touched. */
  const change = (count: number, replace: number): Set<string> => {
    const touched = new Set<string>();
    for (let k = 0; k < replace; k++) {
      const key = g.edges()[Math.floor(random() * g.size)];
      g.replaceEdgeAttributes(key, { weight: 100 + k });
      touched.add(key);
    }
    for (let k = 0; k < count; k++) {
      const key = `e${next++}`;
      if (random() < 0.5) g.addUndirectedEdgeWithKey(key, pick(), pick(), { weight: 1 });
      else g.addDirectedEdgeWithKey(key, pick(), pick(), { weight: 1 });
      touched.add(key);
    }
    return touched;
  };
  change(120, 0);
  const first = GraphSlice.of(g, undefined, undefined, byName);
  const firstSeen = seen(first);
  g.addNode(name(5));
  const second = first.followed([name(5)], change(15, 4), byName) as GraphSlice;
  expect(seen(second)).toEqual(seen(GraphSlice.of(g, undefined, undefined, byName)));
  expect(seen(first)).toEqual(firstSeen);
  const secondSeen = seen(second);
  const touched = change(10, 3);
  const third = second.followed([], touched, byName) as GraphSlice;
  expect(seen(third)).toEqual(seen(GraphSlice.of(g, undefined, undefined, byName)));
  expect(seen(second)).toEqual(secondSeen);
  // Following from `second` again (its arrays already go on in `third`), given every change since, copies them.
  const thirdSeen = seen(third);
  const branch = second.followed([], new Set([...touched, ...change(5, 2)]), byName) as GraphSlice;
  expect(seen(branch)).toEqual(seen(GraphSlice.of(g, undefined, undefined, byName)));
  expect(seen(third)).toEqual(thirdSeen);
  expect(seen(second)).toEqual(secondSeen);
});

/** The buffer under a slice's numbered ends. */
const endsBuffer = (s: GraphSlice): ArrayBufferLike => s.endsByNumber().buffer;

test('a slice that only gained edges appends its numbered ends to the buffer of the slice it followed, which reads as it did; a second follow from that slice, a node added or an edge dropped copies them', () => {
  const g = new MultiGraph<Attributes, Attributes>({ type: 'mixed', allowSelfLoops: true });
  for (let i = 0; i < 30; i++) g.addNode(`n${String(i).padStart(2, '0')}`);
  const node = (k: number): string => `n${String(k % 30).padStart(2, '0')}`;
  let next = 0;
  /** Adds `count` edges, undirected and directed by turns; returns their keys. */
  const added = (count: number): string[] =>
    Array.from({ length: count }, () => {
      const [key, s, t] = [`e${next}`, node(next * 7), node(next * 11 + 1)];
      if (next++ % 2) g.addUndirectedEdgeWithKey(key, s, t, { weight: next });
      else g.addDirectedEdgeWithKey(key, s, t, { weight: next });
      return key;
    });
  added(400);
  const first = GraphSlice.of(g, undefined, undefined, byName);
  const firstSeen = seen(first);
  const second = first.followed([], added(20), byName);
  expect(endsBuffer(second)).toBe(endsBuffer(first));
  expect(seen(second)).toEqual(seen(GraphSlice.of(g, undefined, undefined, byName)));
  expect(seen(first)).toEqual(firstSeen);
  const secondSeen = seen(second);
  const sinceSecond = added(20);
  const third = second.followed([], sinceSecond, byName);
  expect(endsBuffer(third)).toBe(endsBuffer(first));
  expect(seen(second)).toEqual(secondSeen);
  // `third` may write past `second`'s ends: a second slice following `second` must not.
  const thirdSeen = seen(third);
  const branch = second.followed([], [...sinceSecond, ...added(5)], byName);
  expect(endsBuffer(branch)).not.toBe(endsBuffer(first));
  expect(seen(branch)).toEqual(seen(GraphSlice.of(g, undefined, undefined, byName)));
  expect([seen(second), seen(third)]).toEqual([secondSeen, thirdSeen]);
  // A node added renumbers the ends, an edge dropped moves them: both copy.
  g.addNode('n15a');
  g.addDirectedEdgeWithKey('e-new', 'n15a', 'n00', { weight: 1 });
  const withNode = branch.followed(['n15a'], ['e-new'], byName);
  expect(endsBuffer(withNode)).not.toBe(endsBuffer(branch));
  expect(seen(withNode)).toEqual(seen(GraphSlice.of(g, undefined, undefined, byName)));
  g.dropEdge('e3');
  const withDrop = withNode.followed([], ['e3'], byName);
  expect(endsBuffer(withDrop)).not.toBe(endsBuffer(withNode));
  expect(seen(withDrop)).toEqual(seen(GraphSlice.of(g, undefined, undefined, byName)));
});

/** The slice's chunks of edges (private): which a change copied and which it shared. */
const chunksOf = (s: GraphSlice): readonly object[] => (s as unknown as { chunks: object[] }).chunks;

test('over many chunks, undirected edges turned round, replaced, dropped and added: each followed slice equals a fresh one, and shares every chunk it did not touch', () => {
  const random = seededRandom(8);
  const g = new MultiGraph<Attributes, Attributes>({ type: 'mixed', allowSelfLoops: true });
  const name = (i: number): string => `n${String(i).padStart(4, '0')}`;
  for (let i = 0; i < 300; i++) g.addNode(name(i));
  const pick = (): string => name(Math.floor(random() * 300));
  let next = 0;
  const add = (key: string, s: string, t: string, undirected: boolean, weight: number): void => {
    if (undirected) g.addUndirectedEdgeWithKey(key, s, t, { weight });
    else g.addDirectedEdgeWithKey(key, s, t, { weight });
  };
  for (let k = 0; k < 6000; k++) add(`e${next++}`, pick(), pick(), random() < 0.7, 1);
  let slice = GraphSlice.of(g, undefined, undefined, byName);
  for (let step = 0; step < 8; step++) {
    const before = seen(slice);
    const touched = new Set<string>();
    // An undirected edge added again with its ends the other way round, as an ingest does when an
    // edge's first record changes: it goes last in the graph, and in the slice. Every other step
    // only replaces and adds, and the slice's ends and weights are carried on.
    if (step % 2 === 0) {
      const undirected = g.filterEdges((_k, _a, _s, _t, _sa, _ta, u) => u);
      const flipped = undirected[Math.floor(random() * undirected.length)];
      const [s, t, attrs] = [g.source(flipped), g.target(flipped), g.getEdgeAttributes(flipped)];
      g.dropEdge(flipped);
      g.addUndirectedEdgeWithKey(flipped, t, s, { ...attrs, weight: 50 + step });
      touched.add(flipped);
    }
    const replacedKey = g.edges()[Math.floor(random() * g.size)];
    g.replaceEdgeAttributes(replacedKey, { weight: 200 + step });
    touched.add(replacedKey);
    if (step % 4 === 0) {
      const droppedKey = g.edges()[Math.floor(random() * g.size)];
      g.dropEdge(droppedKey);
      touched.add(droppedKey);
    }
    for (let k = 0; k < 3; k++) {
      const key = `e${next++}`;
      add(key, pick(), pick(), random() < 0.5, 1);
      touched.add(key);
    }
    const followed = slice.followed([], touched, byName);
    // Carried on through drops too: making them again at 500,000 edges held the request thread 0.2 s.
    for (const made of carried(followed)) expect(made).toBeDefined();
    expect(seen(followed)).toEqual(seen(GraphSlice.of(g, undefined, undefined, byName)));
    expect(seen(slice)).toEqual(before);
    // Places looked up out of order find their edge too.
    const keys: string[] = [];
    followed.forEachEdge((key) => keys.push(key));
    for (let k = 0; k < 50; k++) {
      const i = Math.floor(random() * keys.length);
      expect([followed.keyAt(i), followed.edgeAt(i).key]).toEqual([keys[i], keys[i]]);
    }
    // Touched: at most the chunks of the edge turned round, the one replaced, the one dropped, and the last one.
    const old = new Set(chunksOf(slice));
    expect(chunksOf(followed).filter((c) => !old.has(c)).length).toBeLessThanOrEqual(4);
    expect(chunksOf(followed).length).toBeGreaterThan(4);
    slice = followed;
  }
});

test('a slice whose place index was made in turns follows a change as one that made it at the change does', async () => {
  const g = new MultiGraph<Attributes, Attributes>({ type: 'mixed', allowSelfLoops: true });
  for (let i = 0; i < 50; i++) g.addNode(`n${i}`);
  for (let k = 0; k < 5000; k++) g.addUndirectedEdgeWithKey(`e${k}`, `n${k % 50}`, `n${(k * 7) % 50}`, { weight: 1 });
  const slice = GraphSlice.of(g);
  await slice.placesInTurns();
  expect((slice as unknown as { keyPlaces?: object }).keyPlaces).toBeDefined();
  const [s, t] = [g.source('e77'), g.target('e77')];
  g.dropEdge('e77');
  g.addUndirectedEdgeWithKey('e77', t, s, { weight: 3 });
  g.replaceEdgeAttributes('e4000', { weight: 9 });
  g.addDirectedEdgeWithKey('e-new', 'n1', 'n2', { weight: 1 });
  expect(seen(slice.followed([], ['e77', 'e4000', 'e-new']))).toEqual(seen(GraphSlice.of(g)));
});

test('a followed slice holds none of the slice it followed from (its place index reads its own keys)', async () => {
  // A full collection on demand: jest runs without --expose-gc.
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const g = new MultiGraph<Attributes, Attributes>({ type: 'mixed' });
  for (const n of ['a', 'b', 'c']) g.addNode(n);
  g.addDirectedEdgeWithKey('ab', 'a', 'b', { weight: 1 });
  let first: GraphSlice | undefined = GraphSlice.of(g);
  const before = new WeakRef(first);
  g.addDirectedEdgeWithKey('bc', 'b', 'c', { weight: 2 });
  const second = first.followed([], ['bc']);
  g.addDirectedEdgeWithKey('ca', 'c', 'a', { weight: 3 });
  first = undefined;
  // Let the closures of this turn go before collecting.
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  expect(before.deref()).toBeUndefined();
  const third = second.followed([], ['ca']);
  expect([third.keyAt(0), third.keyAt(1), third.keyAt(2)]).toEqual(['ab', 'bc', 'ca']);
});

/** Each key of `s` read back from its parts (edge-key-parts.ts), with the ids and numbered ends of `s`; undefined when it has none. */
function keysFromParts(s: GraphSlice): string[] | undefined {
  const order = s.keyOrder();
  if (!('parts' in order)) return undefined;
  const { words, kinds, count } = order.parts;
  const word = (w: number): string => String.fromCharCode(...words.codes.subarray(words.offsets[w], words.offsets[w + 1]));
  const [nodes, ends] = [s.nodes(), s.endsByNumber()];
  return Array.from({ length: count }, (_, i) => {
    const turned = kinds[i] & 1;
    return word(kinds[i] >> 2) + nodes[ends[2 * i + turned]] + word((kinds[i] >> 1) & 1) + nodes[ends[2 * i + 1 - turned]];
  });
}

test("edge keys' parts are carried on through added, turned, dropped edges and a removed node, in place while only edges were added, and read as the keys do", () => {
  const random = seededRandom(8);
  const g = new MultiGraph<Attributes, Attributes>({ type: 'mixed', allowSelfLoops: false });
  for (let i = 0; i < 60; i++) g.addNode(`a${i}`);
  const pick = (): string => g.nodes()[Math.floor(random() * g.order)];
  const add = (): string | undefined => {
    const [s, t] = [pick(), pick()];
    const undirected = random() < 0.5;
    const key = undirected ? `opposes:${s < t ? s : t}--${s < t ? t : s}` : `mediates:${s}->${t}`;
    if (s === t || g.hasEdge(key)) return undefined;
    if (undirected) g.addUndirectedEdgeWithKey(key, s, t, { weight: 1 });
    else g.addDirectedEdgeWithKey(key, s, t, { weight: 1 });
    return key;
  };
  for (let k = 0; k < 1500; k++) add();
  let slice = GraphSlice.of(g, undefined, undefined, byName);
  expect(keysFromParts(slice)).toEqual([...slice.edges()].map((e) => e.key));
  for (let step = 0; step < 6; step++) {
    const touched = new Set<string>();
    const removed: string[] = [];
    if (step % 3 === 1) {
      const undirected = g.filterEdges((_k, _a, _s, _t, _sa, _ta, u) => u);
      const turned = undirected[Math.floor(random() * undirected.length)];
      const [s, t] = [g.source(turned), g.target(turned)];
      g.dropEdge(turned);
      g.addUndirectedEdgeWithKey(turned, t, s, { weight: 2 });
      touched.add(turned);
    }
    if (step === 4) {
      const node = pick();
      g.forEachEdge(node, (key) => touched.add(key));
      g.dropNode(node);
      removed.push(node);
    }
    for (let k = 0; k < 5; k++) {
      const key = add();
      if (key) touched.add(key);
    }
    const before = slice.keyOrder();
    const followed = slice.followed([], touched, byName, removed);
    const after = followed.keyOrder();
    if (!('parts' in before && 'parts' in after)) throw new Error('edge keys have parts');
    // Only edges added: the kinds are written past the ones of the slice followed, in its buffer.
    expect(after.parts.kinds.buffer === before.parts.kinds.buffer).toBe(step % 3 !== 1 && !removed.length);
    expect(keysFromParts(followed)).toEqual([...followed.edges()].map((e) => e.key));
    slice = followed;
  }
});

/** The key table a slice holds now (private): none is made or carried on while its keys have parts. */
const heldTable = (s: GraphSlice): object | undefined => (s as unknown as { keyCodes?: object }).keyCodes;

test('a key without parts, appended by a follow, orders the slices that follow by the key table until it is dropped: then by parts again, the table let go', () => {
  const g = new MultiGraph<Attributes, Attributes>({ type: 'mixed' });
  for (const n of ['a', 'b', 'c', 'd']) g.addNode(n);
  g.addDirectedEdgeWithKey('mediates:a->b', 'a', 'b', { weight: 1 });
  g.addUndirectedEdgeWithKey('opposes:b--c', 'b', 'c', { weight: 1 });
  const first = GraphSlice.of(g, undefined, undefined, byName);
  expect('parts' in first.keyOrder()).toBe(true);
  g.addDirectedEdgeWithKey('c to d', 'c', 'd', { weight: 1 });
  const second = first.followed([], ['c to d'], byName);
  expect('table' in second.keyOrder() && tableKeys(second)).toEqual(['mediates:a->b', 'opposes:b--c', 'c to d']);
  // Still there: still no parts, whatever else the change brings.
  g.addDirectedEdgeWithKey('mediates:d->a', 'd', 'a', { weight: 1 });
  const third = second.followed([], ['mediates:d->a'], byName);
  expect('table' in third.keyOrder()).toBe(true);
  g.dropEdge('c to d');
  const fourth = third.followed([], ['c to d'], byName);
  expect(keysFromParts(fourth)).toEqual(['mediates:a->b', 'opposes:b--c', 'mediates:d->a']);
  expect(heldTable(fourth)).toBeUndefined();
  g.addDirectedEdgeWithKey('mediates:a->c', 'a', 'c', { weight: 1 });
  const fifth = fourth.followed([], ['mediates:a->c'], byName);
  expect(keysFromParts(fifth)).toEqual(['mediates:a->b', 'opposes:b--c', 'mediates:d->a', 'mediates:a->c']);
  expect(heldTable(fifth)).toBeUndefined();
});

test("a slice followed twice hands its parts' buffer on once: the second follower's parts are its own, the first's read as they did", () => {
  const g = new MultiGraph<Attributes, Attributes>({ type: 'mixed' });
  for (const n of ['a', 'b', 'c']) g.addNode(n);
  g.addDirectedEdgeWithKey('mediates:a->b', 'a', 'b', { weight: 1 });
  const slice = GraphSlice.of(g, undefined, undefined, byName);
  const own = slice.keyOrder();
  g.addDirectedEdgeWithKey('mediates:b->c', 'b', 'c', { weight: 1 });
  const first = slice.followed([], ['mediates:b->c'], byName);
  const firstOrder = first.keyOrder();
  // Another history from the same slice: another edge, of another kind, in the first follower's place.
  g.dropEdge('mediates:b->c');
  g.addUndirectedEdgeWithKey('opposes:a--c', 'c', 'a', { weight: 1 });
  const second = slice.followed([], ['opposes:a--c'], byName);
  const secondOrder = second.keyOrder();
  if (!('parts' in own && 'parts' in firstOrder && 'parts' in secondOrder)) throw new Error('edge keys have parts');
  expect(firstOrder.parts.kinds.buffer).toBe(own.parts.kinds.buffer);
  expect(secondOrder.parts.kinds.buffer).not.toBe(own.parts.kinds.buffer);
  expect(keysFromParts(first)).toEqual(['mediates:a->b', 'mediates:b->c']);
  expect(keysFromParts(second)).toEqual(['mediates:a->b', 'opposes:a--c']);
});
