/**
 * followCompact: an unweighted compact graph following added nodes (some sorted in between old
 * ones) and added edges (parallel, reversed, self-loops, between new nodes) equals compactGraph on
 * the changed graph, in the arcs it uses; weighted projections and removed nodes are refused.
 */
import { MultiGraph } from 'graphology';
import { compactGraph } from '../../server/algorithms/compact';
import type { CompactGraph } from '../../server/algorithms/compact';
import { followCompact } from '../../server/algorithms/compact-follow';
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
    [slice, c] = [after, followed];
  }
});

test('a weighted projection, or one whose nodes are gone, is not followed', () => {
  const g = new MultiGraph({ type: 'mixed' });
  g.addNode('a');
  g.addNode('b');
  g.addUndirectedEdge('a', 'b', { weight: 2 });
  const none = (): void => undefined;
  expect(followCompact(compactGraph(g, false, 'weight'), ['a', 'b'], none)).toBeUndefined();
  expect(followCompact(compactGraph(g, false), ['a'], none)).toBeUndefined();
  expect(followCompact(compactGraph(g, false), ['a', 'b'], none)).toBeDefined();
});
