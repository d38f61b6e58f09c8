/**
 * Curation as a delta: after each curation of each kind, and after undoing them one by one, the
 * Explorer that applied them as deltas holds what a full reload of the store gives — the dataset
 * (same records in the same order, curation state and log included), the graph (nodes, edges,
 * attributes), the review queue and versions — its unfiltered slice is the one made afresh from
 * its graph, paths and metrics read by the projections that followed answer as a reload's do, and
 * every actor still there keeps its position (a merged actor's survivor keeps its own).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reviewQueue, relationDetail, versionOf } from '../../server/curation/curation-queries';
import { Curator } from '../../server/curation/curator';
import { parseDatasetJson } from '../../server/data/load-dataset';
import type { CurationOp } from '../../server/domain/curation';
import { ActorGraphError, DataValidationError } from '../../server/domain/errors';
import type { DatasetDump } from '../../server/domain/types';
import { buildGraph } from '../../server/graph/build';
import { sliceActorGraph } from '../../server/graph/filter';
import { seededRandom } from '../../server/algorithms/random';
import { extractInProcess } from '../../server/extract/run-extraction';
import { Ingestor } from '../../server/ingest/ingestor';
import { Explorer } from '../../server/query/explorer';
import { SqliteStore } from '../../server/store/sqlite-store';
import { closePool } from '../../server/workers/pool';
import { datasetAsWritten, edgesOf, nodesOf, sliceOf } from '../helpers/graph-contents';
import { tinyActors, tinyDumpDocuments } from '../helpers/tiny-dataset';

afterAll(() => closePool());

const gdelt = (source: string, target: string, type: 'negotiates' | 'opposes' | 'mediates', events: number, goldstein: number) => ({
  source,
  target,
  type,
  origin: 'gdelt',
  events,
  mentions: events * 2,
  sources: 1,
  goldstein,
  tone: -1,
  firstSeen: '2026-01-02',
  lastSeen: '2026-02-01',
  urls: [`https://example.org/${source}-${target}`],
});

/** Records a curation must respect: a mediation named by its pair, two records on one edge, coded events (some on a merged pair), a review mark, affiliations. */
const base = (): DatasetDump => ({
  documents: tinyDumpDocuments(),
  actors: [
    ...tinyActors(),
    { id: 'epsilon', name: 'Epsilon', kind: 'person', aliases: ['Eps'], affiliation: 'beta', provisional: true },
    { id: 'zeta', name: 'Zeta', kind: 'organization', aliases: [] },
  ],
  relations: [
    {
      id: 'alpha-beta-talks',
      source: 'alpha',
      target: 'beta',
      type: 'negotiates',
      evidence: [
        { document: 'doc-a', quote: 'Alpha and Beta are negotiating.' },
        { document: 'doc-b', quote: 'Beta said talks with Alpha went well.' },
      ],
    },
    { id: 'gamma-mediates', source: 'gamma', type: 'mediates', between: ['alpha', 'beta'], evidence: [{ document: 'doc-a', quote: 'Gamma mediates between Alpha and Beta.' }] },
    { id: 'delta-opposes-alpha', source: 'delta', target: 'alpha', type: 'opposes', evidence: [{ document: 'doc-b', quote: 'Delta struck Alpha again.', confidence: 0.7, method: 'extracted' }] },
    { id: 'delta-opposes-alpha-a', source: 'delta', target: 'alpha', type: 'opposes', evidence: [{ document: 'doc-a', quote: 'Delta opposes Alpha.', confidence: 0.6, method: 'extracted' }] },
    { id: 'epsilon-zeta-talks', source: 'epsilon', target: 'zeta', type: 'negotiates', evidence: [{ document: 'doc-b', quote: 'Beta said talks with Alpha went well.', confidence: 0.5, method: 'extracted' }] },
    { id: 'zeta-opposes-beta', source: 'zeta', target: 'beta', type: 'opposes', evidence: [{ document: 'doc-a', quote: 'Alpha and Beta are negotiating.', confidence: 0.4, method: 'extracted' }] },
  ],
  eventRelations: [
    gdelt('delta', 'alpha', 'opposes', 3, -5),
    gdelt('beta', 'gamma', 'negotiates', 2, 3),
    gdelt('zeta', 'alpha', 'opposes', 5, -7),
    gdelt('epsilon', 'alpha', 'opposes', 1, -2),
    gdelt('delta', 'zeta', 'negotiates', 4, 2),
    gdelt('zeta', 'gamma', 'negotiates', 2, 1),
    gdelt('gamma', 'zeta', 'mediates', 1, 4),
  ],
  curation: { reviewed: [{ relation: 'delta-opposes-alpha', by: 'ana', at: '2026-01-06T00:00:00.000Z' }], rejected: [], log: [] },
});


interface Env {
  store: SqliteStore;
  file: string;
  patched: Explorer;
  curator: Curator;
}

function setup(): Env {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-curation-delta-')), 'store.sqlite');
  const store = new SqliteStore(file);
  store.replace(base());
  const patched = new Explorer(parseDatasetJson(store.dump(), 'store'));
  // Graph, unfiltered slice, both projections and positions exist: the curations make them follow.
  patched.path('alpha', 'beta');
  patched.path('alpha', 'beta', {}, { directed: true });
  patched.slice().endsByNumber();
  patched.layout();
  return { store, file, patched, curator: new Curator(store, patched) };
}

/** Compares the patched Explorer with a reload of the store; positions of actors still there must not have moved. */
function expectReloaded({ store, patched }: Env, positionsBefore: Record<string, { x: number; y: number }>): Explorer {
  const reloaded = new Explorer(parseDatasetJson(store.dump(), 'store'));
  const d = patched.getDataset();
  expect(datasetAsWritten(d)).toEqual(datasetAsWritten(reloaded.getDataset()));
  expect(nodesOf(patched.graph())).toEqual(nodesOf(buildGraph(reloaded.getDataset())));
  expect(edgesOf(patched.graph())).toEqual(edgesOf(buildGraph(reloaded.getDataset())));
  expect(sliceOf(patched.slice())).toEqual(sliceOf(sliceActorGraph(patched.graph())));
  expect(patched.slice().endsByNumber()).toEqual(sliceActorGraph(patched.graph()).endsByNumber());
  expect(patched.slice().nodes()).toEqual(reloaded.slice().nodes());
  const ids = d.actors.map((a) => a.id);
  for (const directed of [false, true]) for (const to of ids) expect(patched.path(ids[0], to, {}, { directed })).toEqual(reloaded.path(ids[0], to, {}, { directed }));
  expect(reviewQueue(patched.datasetIndex(), 100)).toEqual(reviewQueue(reloaded.datasetIndex(), 100));
  for (const r of new Set(d.relations.map((x) => x.id))) expect(relationDetail(patched.datasetIndex(), r)).toEqual(relationDetail(reloaded.datasetIndex(), r));
  for (const a of ids) expect(versionOf(patched.datasetIndex(), `actor:${a}`)).toBe(versionOf(reloaded.datasetIndex(), `actor:${a}`));
  expect(patched.actors()).toEqual(reloaded.actors());
  const positions = patched.layout();
  for (const a of ids) if (positionsBefore[a]) expect(positions[a]).toEqual(positionsBefore[a]);
  expect(Object.keys(positions).sort()).toEqual([...ids].sort());
  return reloaded;
}

type Step = [CurationOp, string, Record<string, unknown>];

const SCENARIOS: [string, Step[]][] = [
  ['rename (the stored name is normalised as a load normalises it)', [['actor.rename', 'zeta', { name: 'Zeta  Front' }]]],
  ['kind, affiliation set and cleared, confirm', [['actor.kind', 'epsilon', { kind: 'state' }], ['actor.affiliate', 'epsilon', { affiliation: 'gamma' }], ['actor.affiliate', 'delta', { affiliation: null }], ['actor.confirm', 'epsilon', {}]]],
  ['merge with coded events combined and dropped', [['actor.merge', 'zeta', { into: 'delta' }]]],
  ['merge dropping a relation and a mediation between the two', [['actor.merge', 'beta', { into: 'alpha' }]]],
  ['split', [['actor.split', 'alpha', { id: 'alpha-two', name: 'Alpha Two', aliases: ['Alphaland'], relations: ['delta-opposes-alpha', 'gamma-mediates'] }]]],
  ['accept and reject (one of two records on an edge, then the other)', [['relation.accept', 'zeta-opposes-beta', {}], ['relation.reject', 'delta-opposes-alpha-a', {}], ['relation.reject', 'delta-opposes-alpha', {}]]],
  ['retype, reverse, reattach', [['relation.retype', 'zeta-opposes-beta', { type: 'negotiates' }], ['relation.reverse', 'delta-opposes-alpha', {}], ['relation.reattach', 'epsilon-zeta-talks', { target: 'gamma' }], ['relation.retype', 'alpha-beta-talks', { type: 'mediates' }]]],
  ['retract a document', [['document.retract', 'doc-b', {}]]],
];

test.each(SCENARIOS)('%s, then each undone, equals a full reload after every step', (_name, steps) => {
  const env = setup();
  const { curation: _before, ...initial } = env.store.dump();
  let positions = { ...env.patched.layout() };
  const events: number[] = [];
  let version = env.patched.version;
  const run = (op: CurationOp, id: string, body: Record<string, unknown>): number => {
    const { event, dataVersion } = env.curator.run(op, id, body, 'tester');
    expect(dataVersion).toBe(++version);
    expectReloaded(env, positions);
    positions = { ...env.patched.layout() };
    return event.id;
  };
  for (const [op, id, body] of steps) events.push(run(op, id, body));
  // Undone last first: rows come back where they were, and the model puts them there too.
  for (const id of events.reverse()) run('undo', String(id), {});
  // Every row is back, in its place.
  const { curation: _after, ...now } = env.store.dump();
  expect(now).toEqual(initial);
  env.store.close();
});

test('a coded event a curation changes is a new record: the edge as the version before had it keeps its figures', () => {
  const env = setup();
  const key = 'opposes:delta->alpha';
  const before = env.patched.graph().getEdgeAttributes(key);
  const written = JSON.stringify(before);
  // zeta's coded event against alpha joins delta's: the stored row of delta's changes where it stands.
  env.curator.run('actor.merge', 'zeta', { into: 'delta' }, 'tester');
  expect(env.patched.graph().getEdgeAttributes(key).events?.events).toBe(8);
  expect(JSON.stringify(before)).toBe(written);
  expect(before.events?.events).toBe(3);
  env.store.close();
});

test('metrics and communities after a merge and its undo answer as a reload does', async () => {
  const env = setup();
  await env.patched.centrality({ metric: 'pagerank' });
  const merge = env.curator.run('actor.merge', 'zeta', { into: 'delta' }, 'tester').event.id;
  for (const phase of ['merged', 'undone']) {
    const reloaded = new Explorer(parseDatasetJson(env.store.dump(), 'store'));
    for (const metric of ['degree', 'in-degree', 'pagerank', 'betweenness']) expect(await env.patched.centrality({ metric })).toEqual(await reloaded.centrality({ metric }));
    expect(await env.patched.communities()).toEqual(await reloaded.communities());
    if (phase === 'merged') env.curator.run('undo', String(merge), {}, 'tester');
  }
  env.store.close();
});

test('a merge that would make an affiliation cycle is refused before commit, naming record and field; store and model stay as they were', () => {
  const env = setup();
  // alpha acts for epsilon, who acts for beta: merging beta into alpha would have epsilon act for alpha.
  env.curator.run('actor.affiliate', 'alpha', { affiliation: 'epsilon' }, 'tester');
  const stored = env.store.dump();
  const version = env.patched.version;
  const dataset = JSON.stringify(env.patched.getDataset());
  let error: unknown;
  try {
    env.curator.run('actor.merge', 'beta', { into: 'alpha' }, 'tester');
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(DataValidationError);
  expect((error as Error).message).toMatch(/actor "(alpha|epsilon)".*field "affiliation".*cycle/);
  expect(env.store.dump()).toEqual(stored);
  expect(env.patched.version).toBe(version);
  expect(JSON.stringify(env.patched.getDataset())).toBe(dataset);
  env.store.close();
});

test('a rename keeps the metric values measured on the whole graph (the ranking shows the new name); a change of relations measures again', async () => {
  const env = setup();
  await env.patched.centrality({ metric: 'pagerank' });
  const started = env.patched.computationsStarted();
  env.curator.run('actor.rename', 'zeta', { name: 'Zeta Front' }, 'tester');
  const renamed = await env.patched.centrality({ metric: 'pagerank' });
  expect(env.patched.computationsStarted()).toBe(started);
  expect(renamed.ranking.find((r) => r.id === 'zeta')?.label).toBe('Zeta Front');
  expect(renamed).toEqual(await new Explorer(parseDatasetJson(env.store.dump(), 'store')).centrality({ metric: 'pagerank' }));
  env.curator.run('relation.reject', 'zeta-opposes-beta', {}, 'tester');
  expect(await env.patched.centrality({ metric: 'pagerank' })).toEqual(await new Explorer(parseDatasetJson(env.store.dump(), 'store')).centrality({ metric: 'pagerank' }));
  expect(env.patched.computationsStarted()).toBe(started + 1);
  env.store.close();
});

/** A random curation of the current dataset (some refused: merging into a gone actor, undoing what later events touched, …). */
function randomStep(random: () => number, env: Env, events: number[]): Step {
  const d = env.patched.getDataset();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const actor = (): string => pick(d.actors).id;
  const relation = (): string => pick(['none', ...d.relations.map((r) => r.id)]);
  const n = Math.floor(random() * 11);
  if (n === 0) return ['actor.rename', actor(), { name: `Name ${Math.floor(random() * 1000)}` }];
  if (n === 1) return ['actor.kind', actor(), { kind: pick(['state', 'person', 'organization', 'military'] as const) }];
  if (n === 2) return ['actor.affiliate', actor(), { affiliation: random() < 0.3 ? null : actor() }];
  if (n === 3) return ['actor.merge', actor(), { into: actor() }];
  if (n === 4) return ['relation.accept', relation(), {}];
  if (n === 5) return ['relation.reject', relation(), {}];
  if (n === 6) return ['relation.reverse', relation(), {}];
  if (n === 7) return ['relation.retype', relation(), { type: pick(['negotiates', 'opposes', 'mediates'] as const) }];
  if (n === 8) return ['document.retract', pick(['none', ...d.documents.map((x) => x.id)]), {}];
  return ['undo', String(events.length ? pick(events) : 1), {}];
}

/**
 * `steps` random curations and undos run by `acting`'s curator as `by`; after each, `sync` (if
 * given) and then `env` must equal a full reload with every actor where it was. Returns how many
 * were applied; the others were refused (bad input, a conflict, a result that would not load) and
 * changed nothing.
 */
function randomCurations(env: Env, acting: Env, by: string, seed: number, steps: number, sync?: () => void): number {
  const random = seededRandom(seed);
  const events: number[] = [];
  let positions = { ...env.patched.layout() };
  let applied = 0;
  for (let step = 0; step < steps; step++) {
    const [op, id, body] = randomStep(random, acting, events);
    try {
      events.push(acting.curator.run(op, id, body, by).event.id);
      applied++;
    } catch (e) {
      if (!(e instanceof ActorGraphError)) throw e;
    }
    sync?.();
    expectReloaded(env, positions);
    positions = { ...env.patched.layout() };
  }
  return applied;
}

test.each([1, 2, 3, 4])('random curations and undos, in any order (seed %i), equal a full reload after every step', (seed) => {
  const env = setup();
  expect(randomCurations(env, env, 'tester', seed, 40)).toBeGreaterThan(10);
  env.store.close();
});

test.each([5, 6])("another process's random curations and undos (seed %i) reach this one as deltas through the store's change log, equal to a full reload", (seed) => {
  const env = setup();
  // Another process on the store: its own connection, model and curator (the CLI's curation commands).
  const other = new SqliteStore(env.file);
  const otherModel = new Explorer(parseDatasetJson(other.dump(), 'store'));
  const otherEnv: Env = { store: other, file: env.file, patched: otherModel, curator: new Curator(other, otherModel) };
  const ingestor = new Ingestor(env.store, env.patched, extractInProcess);
  const reads = jest.spyOn(env.patched, 'setDataset');
  expect(randomCurations(env, otherEnv, 'cli', seed, 30, () => ingestor.catchUpWithStore())).toBeGreaterThan(10);
  expect(reads).not.toHaveBeenCalled();
  other.close();
  env.store.close();
});

test('a curation after another process wrote to the store applies to the store as it is (the server catches up first)', () => {
  const env = setup();
  const positions = { ...env.patched.layout() };
  const ingestor = new Ingestor(env.store, env.patched, extractInProcess);
  const curator = new Curator(env.store, env.patched, () => undefined, () => ingestor.catchUpWithStore());
  // The CLI, say, merges zeta into delta: the server's model still has zeta.
  const other = new SqliteStore(env.file);
  new Curator(other, new Explorer(parseDatasetJson(other.dump(), 'store'))).run('actor.merge', 'zeta', { into: 'delta' }, 'cli');
  other.close();
  curator.run('relation.accept', 'zeta-opposes-beta', {}, 'tester');
  expect(env.patched.getDataset().actors.map((a) => a.id)).not.toContain('zeta');
  expectReloaded(env, positions);
  env.store.close();
});

test("a neighbour's rename shows in an actor's relations listed before it (a listing's reused entries carry the other actor's name)", async () => {
  const env = setup();
  const before = await env.patched.actor('epsilon');
  expect(before.relations.negotiates.map((r) => r.otherLabel)).toEqual(['Zeta']);
  env.curator.run('actor.rename', 'zeta', { name: 'Zeta Front' }, 'tester');
  const after = await env.patched.actor('epsilon');
  expect(after.relations.negotiates.map((r) => r.otherLabel)).toEqual(['Zeta Front']);
  const reloaded = await new Explorer(parseDatasetJson(env.store.dump(), 'store')).actor('epsilon');
  expect(after.relations).toEqual(reloaded.relations);
  env.store.close();
});
