/** Filters, ego networks, shortest paths and communities on the tiny dataset and the bundled one. */
import { loadDataset } from '../../server/data/load-dataset';
import { NotFoundError } from '../../server/domain/errors';
import { buildGraph } from '../../server/graph/build';
import { detectCommunities } from '../../server/graph/communities';
import { filterGraph } from '../../server/graph/filter';
import { shortestPath } from '../../server/graph/path';
import { tinyData, writeDataDir } from '../helpers/tiny-dataset';

const tiny = buildGraph(loadDataset(writeDataDir(tinyData())));
const bundled = buildGraph(loadDataset());

test('type filter keeps only the chosen relation types, and all actors', () => {
  const g = filterGraph(tiny, { types: ['opposes'] });
  expect(g.order).toBe(4);
  expect(g.mapEdges((_k, a) => a.type)).toEqual(['opposes']);
});

test('kind filter drops actors of other kinds with their relations', () => {
  const g = filterGraph(tiny, { kinds: ['state'] });
  expect(g.hasNode('delta')).toBe(false);
  expect(g.someEdge((_k, a) => a.type === 'opposes')).toBe(false);
});

test('minimum evidence and date range filter evidence, then edges', () => {
  expect(filterGraph(tiny, { minEvidence: 2 }).mapEdges((_k, a) => a.type).sort()).toEqual(['negotiates', 'opposes']);
  const early = filterGraph(tiny, { until: '2026-01-02' });
  expect(early.edges().length).toBe(4);
  early.forEachEdge((_k, a) => expect(a.lastSeen).toBe('2026-01-01'));
  expect(filterGraph(tiny, { since: '2026-01-03' }).size).toBe(2);
});

test('ego network keeps actors within depth hops', () => {
  expect(filterGraph(tiny, { actor: 'delta', depth: 1 }).nodes().sort()).toEqual(['alpha', 'delta']);
  expect(filterGraph(tiny, { actor: 'delta', depth: 2 }).order).toBe(4);
  expect(() => filterGraph(tiny, { actor: 'nobody' })).toThrow(NotFoundError);
});

test('the source graph is never edited by a filter', () => {
  const before = JSON.stringify(tiny.export());
  filterGraph(tiny, { types: ['mediates'], kinds: ['state'], actor: 'alpha' });
  expect(JSON.stringify(tiny.export())).toBe(before);
});

test('shortest path lists the relations on each step', () => {
  const p = shortestPath(bundled, 'barnea', 'qatar');
  expect(p.nodes[0]).toBe('barnea');
  expect(p.nodes[p.nodes.length - 1]).toBe('qatar');
  expect(p.length).toBe(p.nodes.length - 1);
  for (const s of p.steps) {
    expect(s.relations.length).toBeGreaterThan(0);
    for (const r of s.relations) expect([r.source, r.target].sort()).toEqual([s.from, s.to].sort());
  }
});

test('no path gives an empty node list; unknown actors are named', () => {
  const g = filterGraph(tiny, { types: ['opposes'] });
  expect(shortestPath(g, 'gamma', 'alpha')).toMatchObject({ nodes: [], length: null });
  expect(() => shortestPath(tiny, 'nobody', 'alpha')).toThrow(/from: unknown actor "nobody"/);
  expect(() => shortestPath(tiny, 'alpha', 'nobody')).toThrow(/to: unknown actor "nobody"/);
});

test('communities partition every actor, repeat run after run, and separate two cliques', () => {
  const a = detectCommunities(bundled);
  expect(Object.keys(a.membership).sort()).toEqual(bundled.nodes().sort());
  expect(detectCommunities(bundled)).toEqual(a);
  // Two triangles joined by one bridge: two communities.
  const g = tiny.emptyCopy();
  g.clear();
  for (const n of ['a', 'b', 'c', 'x', 'y', 'z']) g.addNode(n, { label: n, kind: 'state', aliases: [], provisional: false });
  const rel = { type: 'negotiates' as const, weight: 1, documents: 1, evidence: [], firstSeen: '', lastSeen: '', relations: [], provenance: 'curated' as const, reviewed: true };
  for (const [s, t] of [['a', 'b'], ['b', 'c'], ['a', 'c'], ['x', 'y'], ['y', 'z'], ['x', 'z'], ['c', 'x']]) g.addUndirectedEdge(s, t, rel);
  const r = detectCommunities(g);
  expect(r.communities.map((c) => c.members)).toEqual([
    ['a', 'b', 'c'],
    ['x', 'y', 'z'],
  ]);
  expect(r.modularity).toBeCloseTo(5 / 14, 6);
});
