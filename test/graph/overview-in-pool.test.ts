/** The overview chosen in the worker pool (keys read from shared memory) and written from the slice is the one overviewGraph gives. */
import Graph from 'graphology';
import { OverviewEntries, budgetFor, overviewGraph, overviewGraphInPool, stagedLayout, stagedLayoutInPool } from '../../server/graph/overview';
import { seededRandom } from '../../server/algorithms/random';
import { GraphSlice } from '../../server/algorithms/slice';
import type { ActorSlice } from '../../server/graph/filter';
import type { ActorGraph } from '../../server/domain/types';
import type { SerializedGraph } from 'graphology-types';
import * as pool from '../../server/workers/pool';
import type { KeyTable } from '../../server/algorithms/key-table';
import { closePool } from '../../server/workers/pool';
import { withPositions } from '../../server/graph/export';
import type { Positions } from '../../server/graph/layout';
import { keyedRecord } from '../../server/domain/reserved-keys';

afterAll(() => closePool());

/** Ids whose order as strings is not their code points' order, so equal weights test the key order. */
const ID_PARTS = ['a', 'é', 'Z', '\u{1F600}', '\uFFFD', '-x', ''];

/**
 * How the test graphs name relations: as graph/build.ts's edgeKey does (the pool orders them from
 * their parts: edge-key-parts.ts), or with a number after it (no parts: ordered from the key table).
 */
type Keys = 'edge keys' | 'numbered keys';

/** A graph of `n` actors and `m` relations with weights of 1 or 2 only (many ties). */
function tiedGraph(n: number, m: number, seed: number, keys: Keys = 'numbered keys'): ActorGraph {
  const random = seededRandom(seed);
  const g = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true }) as unknown as ActorGraph;
  const id = (i: number): string => `${ID_PARTS[i % ID_PARTS.length]}${i}${ID_PARTS[(i * 3) % ID_PARTS.length]}`;
  for (let i = 0; i < n; i++) g.addNode(id(i), { label: id(i) } as never);
  for (let k = 0; k < m; k++) addEdge(g, id(Math.floor(random() * n)), id(Math.floor(random() * n)), 1 + Math.floor(random() * 2), k, keys);
  return g;
}

/** Adds a relation (none when `keys` are edge keys and the graph has that one already). */
function addEdge(g: ActorGraph, s: string, t: string, weight: number, k: number, keys: Keys = 'numbered keys'): void {
  const [first, second] = k % 3 && t < s ? [t, s] : [s, t];
  const key = `${k % 2 ? 'opposes' : 'negotiates'}:${first}${k % 3 ? '--' : '->'}${second}${keys === 'edge keys' ? '' : `#${k}`}`;
  if (g.hasEdge(key)) return;
  if (k % 3) g.addUndirectedEdgeWithKey(key, s, t, { weight } as never);
  else g.addDirectedEdgeWithKey(key, s, t, { weight } as never);
}

// As text: the same fields in the same order, as the answer sent.
const exported = (r: { graph: ActorGraph }): string => JSON.stringify(r.graph.export());
const serialised = (r: { graph: SerializedGraph }): string => JSON.stringify(r.graph);

describe.each<Keys>(['edge keys', 'numbered keys'])('relations named by %s', (keys) => {
  test('the same actors, relations and order as overviewGraph, with and without a kept centre', async () => {
    const slice = GraphSlice.of(tiedGraph(400, 1500, 5, keys)) as ActorSlice;
    for (const budget of [budgetFor(40), budgetFor(150), { nodes: 60, edges: 20 }]) {
      for (const keep of [[], [slice.nodes()[17]]]) {
        const inPool = await overviewGraphInPool(slice, budget, keep);
        const here = overviewGraph(slice, budget, keep);
        expect(serialised(inPool)).toBe(exported(here));
        expect(inPool.info).toEqual(here.info);
      }
    }
  });

  test('a slice that followed a change hands its keys on, extended, and chooses as a fresh slice does', async () => {
    const g = tiedGraph(300, 1000, 6, keys);
    let slice = GraphSlice.of(g) as ActorSlice;
    const random = seededRandom(9);
    for (let round = 0; round < 3; round++) {
      slice.keyOrder();
      const before = g.size;
      for (let k = 0; k < 200; k++) addEdge(g, g.nodes()[Math.floor(random() * g.order)], g.nodes()[Math.floor(random() * g.order)], 2, 1000 * (round + 2) + k, keys);
      slice = slice.followed([], g.edges().slice(before)) as ActorSlice;
      const fresh = GraphSlice.of(g) as ActorSlice;
      expect('parts' in slice.keyOrder()).toBe(keys === 'edge keys');
      expect(serialised(await overviewGraphInPool(slice, budgetFor(50)))).toBe(exported(overviewGraph(fresh, budgetFor(50))));
    }
  });

  test("overviews made one after another with the last one's entries: each as a fresh overview with its positions, unchanged actors and relations sharing their entry", async () => {
    const g = tiedGraph(300, 1000, 7, keys);
    const random = seededRandom(11);
    const entries = new OverviewEntries();
    // Every actor placed but one in ten (an actor the layout lacks is written with the attributes it has).
    const positions: Positions = keyedRecord();
    g.forEachNode((n, _a) => {
      if (random() < 0.9) positions[n] = { x: random(), y: random() };
    });
    let slice = GraphSlice.of(g) as ActorSlice;
    let last = await overviewGraphInPool(slice, budgetFor(50), [], undefined, entries, positions);
    for (let round = 0; round < 4; round++) {
      const touched: string[] = [];
      // A relation shown changed, one shown turned round (a new attributes object, its ends the other way), relations added.
      const shown = last.graph.edges.map((e) => e.key);
      const changed = shown[Math.floor(random() * shown.length)] as string;
      g.replaceEdgeAttributes(changed, { weight: 2 } as never);
      const undirected = shown.filter((k) => g.isUndirected(k) && g.source(k) !== g.target(k) && k !== changed);
      const turned = undirected[Math.floor(random() * undirected.length)] as string;
      const [s, t, a] = [g.source(turned), g.target(turned), g.getEdgeAttributes(turned)];
      g.dropEdge(turned);
      g.addUndirectedEdgeWithKey(turned, t, s, { ...a });
      touched.push(changed, turned);
      // An actor shown renamed (new attributes), one moved (a new position object), one placed for the first time.
      const actors = last.graph.nodes.map((n) => n.key);
      const renamed = actors[round];
      g.replaceNodeAttributes(renamed, { label: `${renamed} (renamed)` } as never);
      const moved = actors[round + 10];
      positions[moved] = { x: -1 - round, y: 1 + round };
      const unplaced = actors.find((n) => positions[n] === undefined);
      if (unplaced) positions[unplaced] = { x: 2, y: -2 };
      const before = g.size;
      for (let k = 0; k < 20; k++) addEdge(g, g.nodes()[Math.floor(random() * g.order)], g.nodes()[Math.floor(random() * g.order)], 2, 5000 * (round + 1) + k, keys);
      touched.push(...g.edges().slice(before));
      slice = slice.followed([], touched) as ActorSlice;
      const next = await overviewGraphInPool(slice, budgetFor(50), [], undefined, entries, positions);
      expect(serialised(next)).toBe(JSON.stringify(withPositions(overviewGraph(GraphSlice.of(g) as ActorSlice, budgetFor(50)).graph.export(), positions)));
      const earlier = new Map(last.graph.edges.map((e) => [e.key, e]));
      const kept = next.graph.edges.filter((e) => earlier.get(e.key) === e).map((e) => e.key);
      expect(kept.length).toBeGreaterThan(next.graph.edges.length / 2);
      expect(kept).not.toContain(changed);
      expect(kept).not.toContain(turned);
      const earlierNodes = new Map(last.graph.nodes.map((n) => [n.key, n]));
      const keptNodes = next.graph.nodes.filter((n) => earlierNodes.get(n.key) === n).map((n) => n.key);
      expect(keptNodes.length).toBeGreaterThan(next.graph.nodes.length / 2);
      for (const changedActor of [renamed, moved, unplaced]) expect(keptNodes).not.toContain(changedActor);
      last = next;
    }
  });

  test('without positions, an overview written with entries kept is the graph as exported', async () => {
    const g = tiedGraph(200, 700, 12, keys);
    const entries = new OverviewEntries();
    const slice = GraphSlice.of(g) as ActorSlice;
    const first = await overviewGraphInPool(slice, budgetFor(40), [], undefined, entries);
    const again = await overviewGraphInPool(slice, budgetFor(40), [], undefined, entries);
    expect(serialised(again)).toBe(exported(overviewGraph(slice, budgetFor(40))));
    expect(again.graph.nodes.every((n, i) => n === first.graph.nodes[i])).toBe(true);
  });
});

test('a staged layout made in the pool, its overview chosen there too, places every actor where one made here does', async () => {
  const slice = GraphSlice.of(tiedGraph(300, 900, 8)) as ActorSlice;
  expect(await stagedLayoutInPool(slice, budgetFor(60))).toEqual(stagedLayout(slice, budgetFor(60)));
});

test.each<Keys>(['edge keys', 'numbered keys'])('the task handed to the pool holds no list of ids: actor ids and relation keys (%s) go in shared memory', async (keys) => {
  const spy = jest.spyOn(pool, 'runOverviewTask');
  try {
    const slice = GraphSlice.of(tiedGraph(200, 600, 9, keys)) as ActorSlice;
    await overviewGraphInPool(slice, budgetFor(40));
    const task = spy.mock.calls[0][0];
    expect(Object.values(task).some((v) => Array.isArray(v))).toBe(false);
    expect('parts' in task.keys).toBe(keys === 'edge keys');
    for (const table of [task.ids, 'table' in task.keys ? task.keys.table : task.keys.parts.words]) {
      expect(table.codes.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(table.offsets.buffer).toBeInstanceOf(SharedArrayBuffer);
    }
    if ('parts' in task.keys) expect(task.keys.parts.kinds.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(table(task.ids)).toEqual([...slice.nodes()]);
  } finally {
    spy.mockRestore();
  }
});

/** The strings of a key table. */
const table = (t: KeyTable): string[] => Array.from({ length: t.count }, (_, i) => String.fromCharCode(...t.codes.subarray(t.offsets[i], t.offsets[i + 1])));
