/** Kept positions: placed beside neighbours, isolated actors outside, gone actors dropped, a mostly new graph refused. */
import v8 from 'node:v8';
import vm from 'node:vm';
import { MultiGraph } from 'graphology';
import type { ActorGraph, RelationEdgeAttributes } from '../../server/domain/types';
import { sliceActorGraph } from '../../server/graph/filter';
import { KeptLayout } from '../../server/model/kept-layout';

const node = { kind: 'state' as const, aliases: [], provisional: false };
const edge = (weight = 1): RelationEdgeAttributes => ({ type: 'negotiates', weight, documents: 1, evidence: [], firstSeen: '2026-01-01', lastSeen: '2026-01-01', relations: [], provenance: 'extracted', reviewed: false });

function square(): ActorGraph {
  const g: ActorGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  for (const id of ['a', 'b', 'c', 'd']) g.addNode(id, { ...node, label: id });
  g.addUndirectedEdgeWithKey('ab', 'a', 'b', edge());
  g.addUndirectedEdgeWithKey('bc', 'b', 'c', edge());
  g.addUndirectedEdgeWithKey('cd', 'c', 'd', edge());
  return g;
}
const laid = { a: { x: 0, y: 0 }, b: { x: 10, y: 0 }, c: { x: 10, y: 10 }, d: { x: 0, y: 10 } };
const dist = (p: { x: number; y: number }, q: { x: number; y: number }): number => Math.hypot(p.x - q.x, p.y - q.y);

test('new actors go beside their neighbours, or outside the picture; old ones stay; gone ones are dropped', () => {
  const g = square();
  const kept = KeptLayout.of(g, laid);
  g.addNode('e', { ...node, label: 'e' });
  g.addUndirectedEdgeWithKey('ae', 'a', 'e', edge());
  g.addNode('f', { ...node, label: 'f' });
  g.addUndirectedEdgeWithKey('ef', 'e', 'f', edge());
  g.addNode('lonely', { ...node, label: 'lonely' });
  g.dropNode('d');
  expect(kept.follow(g)).toBe(true);
  const p = kept.positions;
  for (const id of ['a', 'b', 'c'] as const) expect(p[id]).toEqual(laid[id]);
  expect(p.d).toBeUndefined();
  // Half the median relation length (10) is the reach: e lands within it of a, f within it of e.
  expect(dist(p.e, p.a)).toBeLessThanOrEqual(5);
  expect(dist(p.f, p.e)).toBeLessThanOrEqual(5);
  // The picture's radius from its centre (5, 5) is about 7.1; the spiral starts two reaches beyond.
  expect(dist(p.lonely, { x: 5, y: 5 })).toBeGreaterThan(7.07 + 10);
  // Deterministic: the same change on the same picture gives the same places.
  const again = KeptLayout.of(square(), laid);
  const g2 = square();
  g2.addNode('e', { ...node, label: 'e' });
  g2.addUndirectedEdgeWithKey('ae', 'a', 'e', edge());
  again.follow(g2);
  expect(again.positions.e).toEqual(p.e);
});

test('a graph that is mostly new is not followed: it gets a fresh layout', () => {
  const kept = KeptLayout.of(square(), laid);
  const g: ActorGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  for (const id of ['a', 'x', 'y', 'z']) g.addNode(id, { ...node, label: id });
  expect(kept.follow(g)).toBe(false);
  expect(kept.positions).toEqual(laid);
});

test('positions handed out before a change keep every actor they had (a graph answer made across an await reads them); only adding actors keeps the same record', () => {
  const g = square();
  const kept = KeptLayout.of(g, laid);
  const handedOut = kept.positions;
  g.dropNode('d');
  g.addNode('e', { ...node, label: 'e' });
  g.addUndirectedEdgeWithKey('ae', 'a', 'e', edge());
  expect(kept.follow(g)).toBe(true);
  expect(handedOut.d).toEqual(laid.d);
  expect(Object.keys(kept.positions).sort()).toEqual(['a', 'b', 'c', 'e']);
  const again = kept.positions;
  g.addNode('f', { ...node, label: 'f' });
  expect(kept.follow(g)).toBe(true);
  expect(kept.positions).toBe(again);
  expect(again.f).toBeDefined();
});

test('the picture is measured when an actor is first placed, not when the layout is kept, and on the layout as it was kept', () => {
  const g = square();
  const slice = sliceActorGraph(g);
  const walk = jest.spyOn(slice, 'endsByNumber');
  const kept = KeptLayout.of(slice, laid);
  expect(walk).not.toHaveBeenCalled();
  // Following a change that places nobody measures nothing.
  g.dropNode('d');
  expect(kept.follow(g)).toBe(true);
  expect(walk).not.toHaveBeenCalled();
  g.addNode('e', { ...node, label: 'e' });
  g.addUndirectedEdgeWithKey('ae', 'a', 'e', edge());
  expect(kept.follow(g)).toBe(true);
  expect(walk).toHaveBeenCalledTimes(1);
  // Measured on the kept layout (d still in it, as it was kept): e lands where a layout measured at once puts it.
  const early = KeptLayout.of(square(), laid);
  const g2 = square();
  g2.dropNode('d');
  g2.addNode('e', { ...node, label: 'e' });
  g2.addUndirectedEdgeWithKey('ae', 'a', 'e', edge());
  expect(early.follow(g2)).toBe(true);
  expect(kept.positions.e).toEqual(early.positions.e);
});

test('changes that only add actors are followed without a pass over every kept actor; one that drops an actor after them still drops it', () => {
  const g = square();
  const kept = KeptLayout.of(g, laid);
  g.addNode('e', { ...node, label: 'e' });
  g.addUndirectedEdgeWithKey('ae', 'a', 'e', edge());
  expect(kept.follow(g)).toBe(true);
  const keys = jest.spyOn(Object, 'keys');
  try {
    for (const id of ['f', 'g', 'h']) {
      g.addNode(id, { ...node, label: id });
      g.addUndirectedEdgeWithKey(`a${id}`, 'a', id, edge());
      expect(kept.follow(g)).toBe(true);
    }
    // Only the kept record's keys count (graphology and jest enumerate their own objects).
    expect(keys.mock.calls.filter(([o]) => o === kept.positions)).toHaveLength(0);
  } finally {
    keys.mockRestore();
  }
  g.dropNode('b');
  g.addNode('i', { ...node, label: 'i' });
  expect(kept.follow(g)).toBe(true);
  expect(Object.keys(kept.positions).sort()).toEqual(['a', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
});

test('a layout kept with a slice whose ends are numbered holds not the slice but its node list and ends, and places as one that held it', async () => {
  // A full collection on demand: jest runs without --expose-gc.
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const keep = (numbered: boolean): { kept: KeptLayout; slice: WeakRef<object> } => {
    const slice = sliceActorGraph(square());
    if (numbered) slice.endsByNumber();
    return { kept: KeptLayout.of(slice, laid), slice: new WeakRef(slice) };
  };
  const numbered = keep(true);
  const unnumbered = keep(false);
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  expect(numbered.slice.deref()).toBeUndefined();
  // Before it is numbered the slice is what the frame is measured on later: held.
  expect(unnumbered.slice.deref()).toBeDefined();
  for (const { kept } of [numbered, unnumbered]) {
    const g = square();
    g.addNode('e', { ...node, label: 'e' });
    g.addUndirectedEdgeWithKey('ae', 'a', 'e', edge());
    g.addNode('lonely', { ...node, label: 'lonely' });
    expect(kept.follow(g)).toBe(true);
  }
  expect(numbered.kept.positions.e).toEqual(unnumbered.kept.positions.e);
  expect(numbered.kept.positions.lonely).toEqual(unnumbered.kept.positions.lonely);
});

test('a kept layout does not hold the positions it was given (it keeps a copy), and measures its frame as it was kept even after an actor went', async () => {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const keep = (): { kept: KeptLayout; given: WeakRef<object> } => {
    const given = { ...laid, far: { x: 1000, y: 1000 } };
    const g = square();
    g.addNode('far', { ...node, label: 'far' });
    return { kept: KeptLayout.of(sliceActorGraph(g), given), given: new WeakRef(given) };
  };
  const { kept, given } = keep();
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  expect(given.deref()).toBeUndefined();
  // 'far' goes before an actor is placed: the frame is still the kept picture's, 'far' and all.
  const g = square();
  g.addNode('lonely', { ...node, label: 'lonely' });
  expect(kept.follow(g)).toBe(true);
  const withFar = KeptLayout.of(sliceActorGraph(square()), { ...laid, far: { x: 1000, y: 1000 } });
  const h = square();
  h.addNode('far', { ...node, label: 'far' });
  h.addNode('lonely', { ...node, label: 'lonely' });
  expect(withFar.follow(h)).toBe(true);
  expect(kept.positions.lonely).toEqual(withFar.positions.lonely);
  expect(kept.positions.far).toBeUndefined();
});

test('told which actors joined, follow places the same actors at the same places as looking at every actor; a list that misses one is caught by the count', () => {
  const grow = (g: ActorGraph, ids: string[]): void => {
    for (const id of ids) {
      g.addNode(id, { ...node, label: id });
      g.addUndirectedEdgeWithKey(`a${id}`, 'a', id, edge());
    }
  };
  const [told, looked, short] = [square(), square(), square()];
  const layouts = [told, looked, short].map((g) => KeptLayout.of(g, laid));
  // A first follow counts what is placed; only then can a list of joiners be checked against the graph.
  layouts.forEach((k, i) => k.follow([told, looked, short][i]));
  for (const g of [told, looked, short]) grow(g, ['e', 'f']);
  expect(layouts[0].follow(told, undefined, ['e', 'f', 'e'])).toBe(true);
  expect(layouts[1].follow(looked)).toBe(true);
  // 'f' left out of the list: the count (4 placed + 1 missing ≠ 6 actors) sends it to look at every actor.
  expect(layouts[2].follow(short, undefined, ['e'])).toBe(true);
  expect(layouts[0].positions).toEqual(layouts[1].positions);
  expect(layouts[2].positions).toEqual(layouts[1].positions);
  expect(Object.keys(layouts[0].positions).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
});
