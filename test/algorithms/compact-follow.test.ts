/**
 * followCompact: an unweighted compact graph following added nodes (some sorted in between old
 * ones) and added edges (parallel, reversed, self-loops, between new nodes) equals compactGraph on
 * the changed graph, in the arcs it uses, and so does one following removed edges and nodes;
 * weighted projections are refused.
 */
import { MultiGraph } from 'graphology';
import { compactGraph } from '../../server/algorithms/compact';
import type { CompactGraph } from '../../server/algorithms/compact';
import { compactChange, followCompact } from '../../server/algorithms/compact-follow';
import { seededRandom } from '../../server/algorithms/random';
import { GraphSlice } from '../../server/algorithms/slice';

const used = (c: CompactGraph): unknown => ({
  n: c.n,
  ids: c.ids,
  directed: c.directed,
  edges: c.edges,
  outOffsets: [...c.outOffsets],
  outTargets: [...c.outTargets.subarray(0, c.outOffsets[c.n])],
  inOffsets: [...c.inOffsets],
  inTargets: [...c.inTargets.subarray(0, c.inOffsets[c.n])],
});

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

test.each([false, true])('following added nodes and edges equals compacting afresh (directed: %s)', (directed) => {
  const random = seededRandom(5);
  const g = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
  const name = (i: number): string => `n${String(i).padStart(3, '0')}`;
  for (let i = 0; i < 60; i += 2) g.addNode(name(i));
  const pick = (): string => g.nodes()[Math.floor(random() * g.order)];
  const addEdges = (count: number): void => {
    for (let k = 0; k < count; k++) {
      const [s, t] = [pick(), pick()];
      if (random() < 0.5) g.addUndirectedEdge(s, t);
      else g.addDirectedEdge(s, t);
    }
  };
  addEdges(150);
  let slice = GraphSlice.of(g, undefined, undefined, byName);
  let c = compactGraph(slice, directed);
  for (let step = 0; step < 5; step++) {
    // Odd names fall between the old ones in the slice's order.
    const fresh = [name(2 * step + 1), `z${step}`];
    for (const id of fresh) g.addNode(id);
    const before = slice.size;
    addEdges(20);
    g.addUndirectedEdge(fresh[0], fresh[1]);
    const after = slice.followed(fresh, g.edges().slice(before), byName) as GraphSlice;
    const followed = followCompact(c, after.nodes(), (edge) => {
      for (let i = before; i < after.size; i++) edge(after.edgeAt(i).source, after.edgeAt(i).target, after.edgeAt(i).undirected);
    }) as CompactGraph;
    const fresher = compactGraph(GraphSlice.of(g, undefined, undefined, byName), directed);
    expect(used(followed)).toEqual(used(fresher));
    expect(followed.outTargets.buffer).toBeInstanceOf(SharedArrayBuffer);
    // The slice's own node list, not a copy: what is made once per list of ids (the pool's id table, a panel's lookups) holds while no actor joins.
    expect(followed.ids).toBe(after.nodes());
    [slice, c] = [after, followed];
  }
});

test('a change makes one shared buffer per array it gives (offsets and targets of each direction), not a second for the targets', () => {
  const g = new MultiGraph({ type: 'mixed' });
  for (const n of ['a', 'b', 'c', 'd']) g.addNode(n);
  g.addDirectedEdge('a', 'b');
  g.addUndirectedEdge('b', 'c');
  const before = { false: compactGraph(g, false), true: compactGraph(g, true) };
  g.addUndirectedEdge('c', 'd');
  g.addUndirectedEdge('a', 'b');
  for (const directed of [false, true]) {
    const c = before[`${directed}`];
    const made: number[] = [];
    const Original = globalThis.SharedArrayBuffer;
    globalThis.SharedArrayBuffer = class extends Original {
      constructor(length?: number) {
        super(length);
        made.push(length ?? 0);
      }
    };
    let followed: CompactGraph | undefined;
    try {
      followed = followCompact(c, ['a', 'b', 'c', 'd'], (edge) => {
        edge('c', 'd', true);
        edge('a', 'b', true);
      });
    } finally {
      globalThis.SharedArrayBuffer = Original;
    }
    expect(made.length).toBe(directed ? 4 : 2);
    expect(used(followed as CompactGraph)).toEqual(used(compactGraph(g, directed)));
  }
});

test('a weighted projection is not followed', () => {
  const g = new MultiGraph({ type: 'mixed' });
  g.addNode('a');
  g.addNode('b');
  g.addUndirectedEdge('a', 'b', { weight: 2 });
  const none = (): void => undefined;
  expect(followCompact(compactGraph(g, false, 'weight'), ['a', 'b'], none)).toBeUndefined();
  expect(followCompact(compactGraph(g, false), ['a', 'b'], none)).toBeDefined();
});

test.each([false, true])('following removed edges and nodes (and some added) equals compacting afresh (directed: %s)', (directed) => {
  const random = seededRandom(9);
  const g = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
  for (let i = 0; i < 40; i++) g.addNode(`n${String(i).padStart(2, '0')}`);
  const pick = (): string => g.nodes()[Math.floor(random() * g.order)];
  for (let k = 0; k < 160; k++) {
    const [s, t] = [pick(), pick()];
    if (random() < 0.5) g.addUndirectedEdge(s, t);
    else g.addDirectedEdge(s, t);
  }
  let c = compactGraph(GraphSlice.of(g, undefined, undefined, byName), directed);
  // An arc stands while some edge runs that way, as Explorer tells followCompact.
  const linked = (s: string, t: string): boolean => (directed ? g.hasDirectedEdge(s, t) || g.hasUndirectedEdge(s, t) : g.areNeighbors(s, t));
  for (let step = 0; step < 6; step++) {
    const removed: [string, string, boolean][] = [];
    for (let k = 0; k < 15; k++) {
      const e = g.edges()[Math.floor(random() * g.size)];
      removed.push([g.source(e), g.target(e), g.isUndirected(e)]);
      g.dropEdge(e);
    }
    // A node goes with its edges (reported as removed, as a curation drops them first).
    const gone = pick();
    g.forEachEdge(gone, (_e, _a, s, t, _sa, _ta, u) => void removed.push([s, t, u]));
    g.dropNode(gone);
    const added: [string, string, boolean][] = [];
    for (let k = 0; k < 5; k++) {
      const [s, t] = [pick(), pick()];
      g.addDirectedEdge(s, t);
      added.push([s, t, false]);
    }
    const ids = GraphSlice.of(g, undefined, undefined, byName).nodes();
    const each = (xs: [string, string, boolean][]) => (edge: (s: string, t: string, u: boolean) => void): void => xs.forEach(([s, t, u]) => edge(s, t, u));
    const followed = followCompact(c, ids, each(added), each(removed), linked) as CompactGraph;
    expect(used(followed)).toEqual(used(compactGraph(GraphSlice.of(g, undefined, undefined, byName), directed)));
    c = followed;
  }
});

test.each([false, true])('following edges among the same actors, the slice handing on its node list, equals compacting afresh (directed: %s)', (directed) => {
  const random = seededRandom(12);
  const g = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
  for (let i = 0; i < 40; i++) g.addNode(`n${i}`);
  const pick = (): string => `n${Math.floor(random() * 40)}`;
  for (let k = 0; k < 100; k++) g.addUndirectedEdge(pick(), pick());
  let slice = GraphSlice.of(g, undefined, undefined, byName);
  let c = compactGraph(slice, directed);
  for (let step = 0; step < 4; step++) {
    const before = slice.size;
    for (let k = 0; k < 15; k++) (random() < 0.5 ? g.addUndirectedEdge(pick(), pick()) : g.addDirectedEdge(pick(), pick()));
    const after = slice.followed([], g.edges().slice(before), byName);
    // No actor came: the same list, whose index is made once and kept.
    expect(after.nodes()).toBe(slice.nodes());
    const followed = followCompact(c, after.nodes(), (edge) => {
      for (let i = before; i < after.size; i++) edge(after.edgeAt(i).source, after.edgeAt(i).target, after.edgeAt(i).undirected);
    }) as CompactGraph;
    expect(used(followed)).toEqual(used(compactGraph(GraphSlice.of(g, undefined, undefined, byName), directed)));
    [slice, c] = [after, followed];
  }
});

test('no actor came: the change numbers the old nodes as they were without walking the node list with an iterator (an iterator result per actor was the largest garbage of an ingest)', () => {
  const g = new MultiGraph({ type: 'mixed' });
  for (const id of ['a', 'b', 'c', 'd']) g.addNode(id);
  g.addDirectedEdge('a', 'b');
  const c = compactGraph(GraphSlice.of(g, undefined, undefined, byName), true);
  g.addDirectedEdge('c', 'd');
  const iterate = jest.spyOn(c.ids as string[], Symbol.iterator);
  const change = compactChange(c, c.ids, (edge) => edge('c', 'd', false));
  expect(iterate).not.toHaveBeenCalled();
  iterate.mockRestore();
  expect(change && [...change.remap]).toEqual([0, 1, 2, 3]);
  expect(used(followCompact(c, c.ids, (edge) => edge('c', 'd', false)) as CompactGraph)).toEqual(used(compactGraph(GraphSlice.of(g, undefined, undefined, byName), true)));
});
