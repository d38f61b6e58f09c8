/** The overview of big graphs: selection, the `limit` option, staged layout, and /api/graph's answer. */
import { createApp } from '../../server/app';
import { loadDataset } from '../../server/data/load-dataset';
import type { Dataset, EventRelation } from '../../server/domain/types';
import { buildGraph } from '../../server/graph/build';
import { filterGraph, sliceActorGraph } from '../../server/graph/filter';
import { computeLayout } from '../../server/graph/layout';
import {
  DEFAULT_BUDGET,
  budgetFor,
  fitsBudget,
  overviewGraph,
  parseLimit,
  placeAround,
  selectOverview,
  stagedLayout,
} from '../../server/graph/overview';
import { GraphSlice } from '../../server/algorithms/slice';
import { Explorer } from '../../server/query/explorer';
import { listen } from '../helpers/http-server';
import { eventRelation } from '../helpers/event-relation';


function dataset(ids: string[], eventRelations: EventRelation[]): Dataset {
  return { documents: [], relations: [], actors: ids.map((id) => ({ id, name: id.toUpperCase(), kind: 'state', aliases: [] })), eventRelations };
}

/**
 * hub relates to a..e (weights 9..5); a–b (weight 4); x–y only relate to each other (weight 1);
 * z has no relation at all.
 */
function sample(): Dataset {
  return dataset(
    ['hub', 'a', 'b', 'c', 'd', 'e', 'x', 'y', 'z'],
    [eventRelation('hub', 'a', 9), eventRelation('hub', 'b', 8, 'opposes'), eventRelation('hub', 'c', 7), eventRelation('hub', 'd', 6), eventRelation('hub', 'e', 5), eventRelation('a', 'b', 4), eventRelation('x', 'y', 1)],
  );
}

describe('parseLimit', () => {
  test('absent gives the default budget, "none" no budget, a number that many actors and 2.5 relations each', () => {
    expect(parseLimit(undefined)).toEqual(DEFAULT_BUDGET);
    expect(DEFAULT_BUDGET).toEqual({ nodes: 2000, edges: 5000 });
    expect(parseLimit('none')).toBeNull();
    expect(parseLimit('40')).toEqual({ nodes: 40, edges: 100 });
    expect(budgetFor(1)).toEqual({ nodes: 1, edges: 3 });
  });

  test.each([['0'], ['-3'], ['2.5'], ['many'], [''], ['1000001'], [['1', '2']]])('rejects %j naming the parameter', (v) => {
    expect(() => parseLimit(v)).toThrow(/^limit: /);
  });
});

describe('selectOverview', () => {
  test('keeps the actors with the most relation weight and the strongest relations among them', () => {
    const g = buildGraph(sample());
    const { nodes, edges } = selectOverview(g, { nodes: 3, edges: 2 });
    expect([...nodes].sort()).toEqual(['a', 'b', 'hub']);
    expect(edges).toEqual(['negotiates:a--hub', 'opposes:hub->b']);
  });

  test('every actor shown keeps a relation inside the overview: lonely ones give way to connected ones', () => {
    const g = buildGraph(sample());
    // Budget of 7: by weight hub, a, b, c, d, e then x or y; x–y would be shown, but z never.
    const { nodes, edges } = selectOverview(g, { nodes: 8, edges: 8 });
    expect(nodes.has('z')).toBe(false);
    for (const n of nodes) expect(edges.some((e) => g.hasExtremity(e, n))).toBe(true);
    // With room for only as many relations as actors, each still gets its strongest one.
    const tight = selectOverview(g, { nodes: 6, edges: 5 });
    for (const n of tight.nodes) expect(tight.edges.some((e) => g.hasExtremity(e, n))).toBe(true);
  });

  test('actors in `keep` are always in, their relations first', () => {
    const g = buildGraph(sample());
    const { nodes, edges } = selectOverview(g, { nodes: 2, edges: 1 }, ['x']);
    expect(nodes.has('x')).toBe(true);
    expect(edges).toEqual(['negotiates:x--y']);
  });

  test('overviewGraph says what it shows out of what', () => {
    const g = buildGraph(sample());
    expect(fitsBudget(g, null)).toBe(true);
    expect(fitsBudget(g, { nodes: 9, edges: 7 })).toBe(true);
    expect(fitsBudget(g, { nodes: 8, edges: 7 })).toBe(false);
    const { graph, info } = overviewGraph(g, { nodes: 3, edges: 2 });
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttribute('opposes:hub->b', 'events')?.events).toBe(8);
    expect(graph.isDirected('opposes:hub->b')).toBe(true);
    expect(info).toEqual({
      shown: { nodes: 3, edges: 2 },
      total: { nodes: 9, edges: 7 },
      budget: { nodes: 3, edges: 2 },
      rankedBy: 'weight',
    });
  });

  test('a slice reaches the actors within depth hops, and narrows to them and the relations among them', () => {
    const g = buildGraph(sample());
    const whole = GraphSlice.of(g);
    expect([...whole.reach('x', 1)].sort()).toEqual(['x', 'y']);
    const one = whole.restrict(whole.reach('a', 1));
    expect([...one.nodes()].sort()).toEqual(['a', 'b', 'hub']);
    expect(one.size).toBe(3);
    expect(whole.reach('a', 2).size).toBe(6);
    expect([...whole.reach('a', 0)]).toEqual(['a']);
    // Only kept relations lead anywhere: without negotiates, a reaches b only.
    const opposes = sliceActorGraph(g, { types: ['opposes'] });
    expect([...opposes.reach('b', 2)].sort()).toEqual(['b', 'hub']);
    expect(opposes.reach('a', 2)).toEqual(new Set(['a']));
  });
});

describe('layout of big graphs', () => {
  test('placeAround puts every other actor near the actors it relates to, deterministically', () => {
    const g = buildGraph(sample());
    const placed = { hub: { x: 0, y: 0 }, a: { x: 10, y: 0 }, b: { x: 0, y: 10 } };
    const pos = placeAround(g, placed);
    expect(Object.keys(pos).sort()).toEqual(g.nodes().sort());
    expect(pos.hub).toEqual(placed.hub);
    // c, d, e relate only to hub: within half the median relation length (10) of it.
    for (const n of ['c', 'd', 'e']) expect(Math.hypot(pos[n].x, pos[n].y)).toBeLessThanOrEqual(5 + 1e-9);
    // x, y and z have no path to a placed actor: outside the picture.
    for (const n of ['x', 'y', 'z']) expect(Math.hypot(pos[n].x, pos[n].y)).toBeGreaterThan(10);
    expect(placeAround(g, placed)).toEqual(pos);
  });

  test('stagedLayout is computeLayout up to the budget, and ForceAtlas2 on the overview plus placement above it', () => {
    const g = buildGraph(sample());
    expect(stagedLayout(g)).toEqual(computeLayout(g));
    const budget = { nodes: 4, edges: 10 };
    const pos = stagedLayout(g, budget);
    const core = computeLayout(overviewGraph(g, budget).graph);
    expect(Object.keys(core).length).toBe(4);
    for (const [n, p] of Object.entries(core)) expect(pos[n]).toEqual(p);
    expect(Object.keys(pos).length).toBe(g.order);
    for (const p of Object.values(pos)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });
});

describe('GET /api/graph with a budget', () => {
  let base = '';
  let close: () => Promise<void>;
  const get = async (q: string): Promise<{ status: number; body: any }> => {
    const res = await fetch(`${base}/api/graph${q}`);
    return { status: res.status, body: await res.json() };
  };

  beforeAll(async () => {
    const running = await listen(createApp({ explorer: new Explorer(loadDataset()), logError: () => undefined }));
    base = running.base;
    close = running.close;
  });
  afterAll(() => close());

  test('the bundled graph fits the default budget and is served whole, without `overview`', async () => {
    const { status, body } = await get('');
    expect(status).toBe(200);
    expect(body.overview).toBeUndefined();
    expect(body.graph.nodes.length).toBeGreaterThan(10);
  });

  test('limit=N serves an overview of N actors with positions, and says so', async () => {
    const whole = (await get('?limit=none')).body;
    const { body } = await get('?limit=5');
    expect(body.overview).toMatchObject({
      shown: { nodes: 5 },
      total: { nodes: whole.graph.nodes.length, edges: whole.graph.edges.length },
      budget: { nodes: 5, edges: 13 },
    });
    expect(body.graph.nodes).toHaveLength(5);
    expect(body.graph.edges.length).toBe(body.overview.shown.edges);
    const pos = new Map(whole.graph.nodes.map((n: any) => [n.key, [n.attributes.x, n.attributes.y]]));
    for (const n of body.graph.nodes) expect([n.attributes.x, n.attributes.y]).toEqual(pos.get(n.key));
  });

  test('an ego network under a budget keeps its centre; filters still apply', async () => {
    const { body } = await get('?actor=oman&depth=2&limit=2');
    expect(body.graph.nodes.map((n: any) => n.key)).toContain('oman');
    expect(body.graph.nodes).toHaveLength(2);
    const opposes = (await get('?types=opposes&limit=3')).body;
    expect(opposes.graph.edges.every((e: any) => e.attributes.type === 'opposes')).toBe(true);
    // The ego network with filters: filter the whole graph first, then walk two hops by hand.
    const negotiates = filterGraph(buildGraph(loadDataset()), { types: ['negotiates'] });
    const ego = new Set(['iran']);
    for (let hop = 0; hop < 2; hop++) for (const n of [...ego]) negotiates.forEachNeighbor(n, (m) => ego.add(m));
    const served = (await get('?actor=iran&depth=2&types=negotiates')).body;
    expect(served.graph.nodes.map((n: any) => n.key).sort()).toEqual([...ego].sort());
    const among = negotiates.filterEdges((_k, _a, s, t) => ego.has(s) && ego.has(t));
    expect(served.graph.edges.map((e: any) => e.key).sort()).toEqual(among.sort());
  });

  test('a bad limit is a 400 naming it', async () => {
    for (const q of ['?limit=0', '?limit=lots', '?limit=1&limit=2']) {
      const { status, body } = await get(q);
      expect(status).toBe(400);
      expect(body.error.message).toMatch(/^limit: /);
    }
  });
});
