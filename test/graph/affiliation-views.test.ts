/** Affiliation views: the rolled-up graph (people and bodies folded into their state, every quote kept) and paths that cross affiliations. */
import { loadDataset } from '../../server/data/load-dataset';
import { parseFilter } from '../../server/query/options';
import { Explorer } from '../../server/query/explorer';
import type { GraphView } from '../../server/query/explorer';
import type { Attributes } from 'graphology-types';

const explorer = new Explorer(loadDataset());
const rolled = explorer.slice(parseFilter({ rollup: 'true' }));

test('only actors that act for no state are left; Witkoff and Barnea are folded into their states', () => {
  expect([...rolled.nodes()].sort()).toEqual(['egypt', 'gulf-arab-states', 'iran', 'israel', 'oman', 'qatar', 'turkiye', 'united-states']);
});

test('every quote whose ends fold into two different states is kept on the merged relation', () => {
  const top: Record<string, string> = { trump: 'united-states', witkoff: 'united-states', leavitt: 'united-states', 'us-military': 'united-states', 'iran-president': 'iran', araghchi: 'iran', 'iranian-officials': 'iran', mossad: 'israel', barnea: 'israel' };
  const up = (id: string): string => top[id] ?? id;
  const edges = new Map<string, { relations: string[]; evidence: { document: string; start: number }[] }>();
  rolled.forEachEdge((key, a) => edges.set(key, a));
  let checked = 0;
  explorer.graph().forEachEdge((key, a, s, t) => {
    if (up(s) === up(t)) return;
    const [type] = key.split(':');
    const k = type === 'negotiates' ? `${type}:${[up(s), up(t)].sort().join('--')}` : `${type}:${up(s)}->${up(t)}`;
    const merged = edges.get(k);
    expect(merged).toBeDefined();
    for (const r of a.relations) expect(merged?.relations).toContain(r);
    for (const e of a.evidence) expect(merged?.evidence).toContainEqual(expect.objectContaining({ document: e.document, start: e.start }));
    checked++;
  });
  expect(checked).toBeGreaterThan(10);
  expect(edges.get('negotiates:iran--united-states')?.relations).toEqual(expect.arrayContaining(['witkoff-negotiates-araghchi', 'trump-negotiates-iran']));
});

test('centralities, paths and exports run on the rolled-up graph', async () => {
  const c = await explorer.centrality({ metric: 'betweenness', rollup: true });
  expect(c.ranking.map((r) => r.id)).not.toContain('witkoff');
  expect(c.projection.nodes).toBe(8);
  expect(explorer.path('israel', 'oman', { rollup: true }).nodes).toEqual(['israel', 'iran', 'oman']);
  expect(() => parseFilter({ rollup: 'maybe' })).toThrow(/^rollup: must be true or false/);
});

test('a path may cross an affiliation, and its step says so', () => {
  // Witkoff has no relation with Oman; he acts for the United States, which Oman mediates with.
  const plain = explorer.path('witkoff', 'oman', {});
  const via = explorer.path('witkoff', 'oman', {}, { viaAffiliations: true });
  expect(via.nodes).toEqual(['witkoff', 'united-states', 'oman']);
  expect(via.steps[0]).toMatchObject({ from: 'witkoff', to: 'united-states', affiliation: { actor: 'witkoff', actsFor: 'united-states' }, relations: [] });
  expect(via.steps[1].affiliation).toBeUndefined();
  expect(via.steps[1].relations.map((r) => r.type)).toContain('mediates');
  expect(plain.length ?? Infinity).toBeGreaterThanOrEqual(via.length ?? 0);
  expect(plain.steps.every((s) => s.affiliation === undefined)).toBe(true);
});

describe('expanding one state of the rolled-up view', () => {
  const layout = explorer.layout();
  let view: GraphView;
  let nodes: Map<string, Attributes>;
  beforeAll(async () => {
    view = await explorer.view(parseFilter({ rollup: 'true', expand: 'iran' }));
    nodes = new Map(view.graph.nodes.map((n) => [n.key, n.attributes!]));
  });

  test('its people and bodies come back, with their own relations; the other states stay rolled up', () => {
    expect([...nodes.keys()].sort()).toEqual(['araghchi', 'egypt', 'gulf-arab-states', 'iran', 'iran-president', 'iranian-officials', 'israel', 'oman', 'qatar', 'turkiye', 'united-states']);
    const keys = view.graph.edges.map((e) => e.key);
    // Araghchi talks with Witkoff in the data; Witkoff is still folded into the United States.
    expect(keys).toContain('negotiates:araghchi--united-states');
    expect(keys).not.toContain('negotiates:araghchi--witkoff');
    // No relation of Iran's own people is lost to the fold any more: Iran's edges to the US now
    // come only from records naming Iran itself.
    const merged = view.graph.edges.find((e) => e.key === 'negotiates:iran--united-states');
    expect(merged?.attributes?.relations).not.toContain('witkoff-negotiates-araghchi');
  });

  test('they are placed on a ring around the state, the rest where the layout put them', () => {
    const iran = layout.iran;
    const members = ['araghchi', 'iran-president', 'iranian-officials'].map((id) => nodes.get(id)!);
    const radii = members.map((m) => Math.hypot(m.x - iran.x, m.y - iran.y));
    for (const r of radii) expect(r).toBeCloseTo(radii[0], 6);
    expect(radii[0]).toBeGreaterThan(0);
    for (const id of ['iran', 'united-states', 'oman']) expect({ id, x: nodes.get(id)!.x, y: nodes.get(id)!.y }).toEqual({ id, ...layout[id] });
  });

  test('centralities and exports see the same view; bad values are named', async () => {
    const c = await explorer.centrality({ metric: 'degree', rollup: true, expand: ['iran'] });
    expect(c.projection.nodes).toBe(11);
    expect(() => parseFilter({ expand: 'iran' })).toThrow(/^expand: needs "rollup=true"/);
    expect(() => explorer.slice(parseFilter({ rollup: 'true', expand: 'witkoff,iran' }))).toThrow(/^expand: "witkoff" is not a state of the data/);
    expect(() => parseFilter({ rollup: 'true', expand: 'iran,' })).toThrow(/^expand: must be a comma-separated list/);
  });
});
