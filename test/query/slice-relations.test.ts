/**
 * The whole slice read by key (SliceRelations) answers as graphology's graph does, for a busy
 * actor's relations read in a listing's order and out of it, neighbour tests either way round, and
 * after the slice it reads is replaced (what it kept of the last slice must not answer for the next);
 * a reader no longer asked (the Explorer keeps one for its identity) does not keep the slice it last read alive.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { parseDatasetJson } from '../../server/data/load-dataset';
import { buildGraph } from '../../server/graph/build';
import { sliceActorGraph } from '../../server/graph/filter';
import type { ActorSlice } from '../../server/graph/filter';
import type { ActorGraph } from '../../server/domain/types';
import { SliceRelations } from '../../server/query/slice-relations';
import { baseWithBusyAlpha } from '../helpers/random-ingest';

/** What a listing reads of edge `key`, through `g`. */
const readOf = (g: SliceRelations | ActorGraph, key: string): unknown =>
  g.hasEdge(key) ? [g.getEdgeAttributes(key), g.source(key), g.target(key), g.extremities(key), g.isUndirected(key)] : 'none';

test("a busy actor's relations read from the slice, in the listing's order and out of it, and neighbour tests are graphology's; a replaced slice is read afresh", () => {
  const graph = buildGraph(parseDatasetJson(baseWithBusyAlpha(3000), 'test'));
  let slice: ActorSlice = sliceActorGraph(graph);
  const reader = new SliceRelations(() => slice);
  const keys = reader.edges('alpha');
  expect(keys.length).toBeGreaterThan(3000);
  expect([...keys].sort()).toEqual([...graph.edges('alpha')].sort());
  // In order (as a listing reads them, each key several times), then backwards and with keys of other actors between.
  expect(keys.map((key) => readOf(reader, key))).toEqual(keys.map((key) => readOf(graph, key)));
  const backwards = [...keys].reverse();
  expect(backwards.map((key) => readOf(reader, key))).toEqual(backwards.map((key) => readOf(graph, key)));
  reader.edges('alpha');
  const [beta] = graph.edges('beta');
  const mixed = keys.slice(0, 50).flatMap((key) => [beta, key]);
  expect(mixed.map((key) => readOf(reader, key))).toEqual(mixed.map((key) => readOf(graph, key)));
  const actors = graph.nodes();
  const neighbourTests = (): void => {
    const pairs = [...actors.flatMap((x) => [['alpha', x], [x, 'alpha']]), ['beta', 'gamma'], ['gamma', 'beta'], ['x7', 'beta'], ['alpha', 'alpha']];
    expect(pairs.map(([a, b]) => reader.areNeighbors(a, b))).toEqual(pairs.map(([a, b]) => graph.areNeighbors(a, b)));
  };
  neighbourTests();

  // A relation of alpha's gone and another added: a new slice, read afresh.
  const [gone] = keys;
  const other = graph.opposite('alpha', gone);
  reader.edges('alpha');
  expect(reader.hasEdge(gone)).toBe(true);
  expect(reader.areNeighbors('alpha', other)).toBe(true);
  graph.dropEdge(gone);
  graph.addDirectedEdgeWithKey('added', 'beta', 'x9', graph.getEdgeAttributes(keys[1]));
  slice = sliceActorGraph(graph);
  expect(readOf(reader, gone)).toBe('none');
  expect(readOf(reader, 'added')).toEqual(readOf(graph, 'added'));
  expect(reader.areNeighbors('alpha', other)).toBe(graph.areNeighbors('alpha', other));
  expect(reader.areNeighbors('x9', 'beta')).toBe(true);
  expect([...reader.edges('alpha')].sort()).toEqual([...graph.edges('alpha')].sort());
  const now = reader.edges('alpha');
  expect(now.map((key) => readOf(reader, key))).toEqual(now.map((key) => readOf(graph, key)));
  neighbourTests();
});

test('a reader keeps no slice it read alive once the slice is replaced, even if it is never asked again', async () => {
  // A full collection on demand: jest runs without --expose-gc.
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const graph = buildGraph(parseDatasetJson(baseWithBusyAlpha(50), 'test'));
  let slice: ActorSlice | undefined = sliceActorGraph(graph);
  const reader = new SliceRelations(() => slice as ActorSlice);
  // Every cache the reader has: a key's place, a listing's places, a neighbour set.
  const [key] = reader.edges('alpha');
  reader.getEdgeAttributes(key);
  reader.areNeighbors('alpha', 'beta');
  const before = new WeakRef(slice);
  slice = undefined;
  // Let the closures of this turn go before collecting.
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  expect(before.deref()).toBeUndefined();
  slice = sliceActorGraph(graph);
  expect(readOf(reader, key)).toEqual(readOf(graph, key));
});
