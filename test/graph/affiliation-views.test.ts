/** Affiliation views: the rolled-up graph (people and bodies folded into their state, every quote kept) and paths that cross affiliations. */
import { loadDataset } from '../../server/data/load-dataset';
import { parseFilter } from '../../server/query/options';
import { Explorer } from '../../server/query/explorer';

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
