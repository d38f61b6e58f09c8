/**
 * Ingest as a delta: after a run of random ingests applied to the Explorer as deltas, the dataset,
 * the graph (nodes, edges, attributes) and metric answers equal those of a full reload of the
 * store, and the unfiltered slice that follows the change equals one made afresh from the patched
 * graph (same order of actors and relations); metrics and paths read the compact projections that
 * followed it (test/algorithms/compact-follow.test.ts compares those array by array). The base dataset has what a delta must respect: a mediation stored with its `between`
 * pair and no target, coded events on an edge, a curator's review mark.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reviewQueue } from '../../server/curation/curation-queries';
import { parseDatasetJson } from '../../server/data/load-dataset';
import type { ChangeSet } from '../../server/domain/change';
import { DataValidationError } from '../../server/domain/errors';
import type { ActorGraph } from '../../server/domain/types';
import { buildGraph } from '../../server/graph/build';
import { sliceActorGraph } from '../../server/graph/filter';
import type { ActorSlice } from '../../server/graph/filter';
import { seededRandom } from '../../server/algorithms/random';
import { Explorer } from '../../server/query/explorer';
import { SqliteStore } from '../../server/store/sqlite-store';
import { closePool } from '../../server/workers/pool';
import { base, randomChange } from '../helpers/random-ingest';

afterAll(() => closePool());


const nodesOf = (g: ActorGraph): unknown[] => g.nodes().sort().map((n) => [n, g.getNodeAttributes(n)]);
const edgesOf = (g: ActorGraph): unknown[] =>
  g
    .edges()
    .sort()
    .map((k) => [k, g.source(k), g.target(k), g.isUndirected(k), g.getEdgeAttributes(k)]);

/** A slice's actors and relations, in its order. */
const sliceOf = (s: ActorSlice): unknown[] => {
  const edges: unknown[] = [];
  s.forEachEdge((key, attributes, source, target, undirected) => edges.push([key, source, target, undirected, attributes]));
  return [s.nodes(), edges];
};

/** Runs `steps` random ingests as deltas; returns the Explorer and a fresh one loaded from the store. */
function ingestRandomly(seed: number, steps: number, buildGraphFirst: boolean): { patched: Explorer; reloaded: Explorer; store: SqliteStore } {
  const store = new SqliteStore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-delta-')), 'store.sqlite'));
  store.replace(base());
  const patched = new Explorer(parseDatasetJson(store.dump(), 'store'));
  if (buildGraphFirst) {
    // The unfiltered slice and both compact projections exist: the ingests make them follow.
    patched.path('alpha', 'beta');
    patched.path('alpha', 'beta', {}, { directed: true });
    patched.slice().endsByNumber();
    // Read before the ingests: what it reads from must follow them.
    reviewQueue(patched.datasetIndex(), 10);
  }
  const random = seededRandom(seed);
  for (let step = 0; step < steps; step++) {
    const d = patched.getDataset();
    const change = randomChange(step, random, d.actors.map((a) => a.id), d.documents.filter((x) => !x.republishes).map((x) => x.id));
    const checked = patched.checkIngest(change);
    patched.applyIngest({ change, applied: store.apply(change) }, checked);
  }
  return { patched, reloaded: new Explorer(parseDatasetJson(store.dump(), 'store')), store };
}

test.each([
  [1, true],
  [2, true],
  [3, false],
])('random ingests as deltas (seed %i, graph built first: %s) equal a full reload', async (seed, built) => {
  const { patched, reloaded, store } = ingestRandomly(seed, 40, built);
  const version = patched.version;
  expect(version).toBe(41);
  expect(patched.getDataset()).toEqual(reloaded.getDataset());
  expect(nodesOf(patched.graph())).toEqual(nodesOf(buildGraph(reloaded.getDataset())));
  expect(edgesOf(patched.graph())).toEqual(edgesOf(buildGraph(reloaded.getDataset())));
  expect(sliceOf(patched.slice())).toEqual(sliceOf(sliceActorGraph(patched.graph())));
  expect(patched.slice().endsByNumber()).toEqual(sliceActorGraph(patched.graph()).endsByNumber());
  expect(patched.slice().nodes()).toEqual(reloaded.slice().nodes());
  const last = patched.getDataset().actors.at(-1)?.id as string;
  for (const directed of [false, true]) expect(patched.path('alpha', last, {}, { directed })).toEqual(reloaded.path('alpha', last, {}, { directed }));
  for (const metric of ['degree', 'in-degree', 'pagerank', 'betweenness']) {
    expect(await patched.centrality({ metric })).toEqual(await reloaded.centrality({ metric }));
  }
  expect(await patched.communities()).toEqual(await reloaded.communities());
  expect(patched.actors()).toEqual(reloaded.actors());
  expect(reviewQueue(patched.datasetIndex(), 1000)).toEqual(reviewQueue(reloaded.datasetIndex(), 1000));
  expect((await patched.view({})).graph.nodes.map((n) => n.key)).toEqual((await reloaded.view({})).graph.nodes.map((n) => n.key));
  store.close();
});

test("the actor panel's relations after each ingest, entries unchanged since the last listing reused, equal a full reload's", async () => {
  const store = new SqliteStore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-delta-')), 'store.sqlite'));
  store.replace(base());
  const patched = new Explorer(parseDatasetJson(store.dump(), 'store'));
  const random = seededRandom(5);
  let reused = 0;
  for (let step = 0; step < 12; step++) {
    const d = patched.getDataset();
    const listed = new Map<string, unknown[]>();
    for (const a of d.actors.slice(0, 4)) listed.set(a.id, Object.values((await patched.actor(a.id)).relations).flat());
    const change = randomChange(step, random, d.actors.map((a) => a.id), d.documents.filter((x) => !x.republishes).map((x) => x.id));
    patched.applyIngest({ change, applied: store.apply(change) }, patched.checkIngest(change));
    const reloaded = new Explorer(parseDatasetJson(store.dump(), 'store'));
    for (const [id, before] of listed) {
      const after = (await patched.actor(id)).relations;
      expect(after).toEqual((await reloaded.actor(id)).relations);
      reused += Object.values(after).flat().filter((r) => before.includes(r)).length;
    }
  }
  expect(reused).toBeGreaterThan(0);
  store.close();
});

test('a change that would not load is refused before anything is written, naming record and field', () => {
  const { patched, store } = ingestRandomly(4, 3, true);
  const before = store.dump();
  const good = (): ChangeSet => ({
    document: { id: 'doc-x', title: 'X', outlet: 'O', date: '2026-03-01', text: 'Alpha met Beta.' },
    actors: [],
    relations: [{ source: 'alpha', target: 'beta', type: 'negotiates', evidence: { document: 'doc-x', quote: 'Alpha met Beta.', start: 0 } }],
  });
  expect(() => patched.checkIngest(good())).not.toThrow();
  const cases: [string, (c: ChangeSet) => void][] = [
    ['quote is not a verbatim substring', (c) => (c.relations[0].evidence = { document: 'doc-x', quote: 'Alpha never met Beta.' })],
    ['does not stand at offset 3', (c) => (c.relations[0].evidence.start = 3)],
    ['unknown actor id "omega"', (c) => (c.relations[0].target = 'omega')],
    ['duplicate actor id', (c) => c.actors.push({ id: 'alpha', name: 'Alpha', kind: 'state', aliases: [] })],
    ['is reserved', (c) => c.actors.push({ id: 'constructor', name: 'C', kind: 'state', aliases: [] })],
    ['duplicate document id', (c) => (c.document.id = 'doc-a')],
    ['cannot relate to itself', (c) => (c.relations[0].target = 'alpha')],
    ['affiliation chain forms a cycle', (c) => c.actors.push({ id: 'p', name: 'P', kind: 'person', aliases: [], affiliation: 'q' }, { id: 'q', name: 'Q', kind: 'person', aliases: [], affiliation: 'p' })],
  ];
  for (const [message, breakIt] of cases) {
    const c = good();
    breakIt(c);
    let error: unknown;
    try {
      patched.checkIngest(c);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataValidationError);
    expect((error as Error).message).toContain(message);
  }
  expect(store.dump()).toEqual(before);
  store.close();
});

test('a quoted relation joining an events-only edge the other way round: the edge runs as a rebuild runs it, and what follows the graph still agrees', async () => {
  const store = new SqliteStore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-delta-')), 'store.sqlite'));
  store.replace(base());
  const patched = new Explorer(parseDatasetJson(store.dump(), 'store'));
  patched.path('alpha', 'beta');
  patched.slice().endsByNumber();
  // beta–gamma has coded events only, stored beta → gamma; this ingest quotes gamma → beta, and adds another line.
  const text = 'Gamma talked with Beta. Delta opposed Beta.';
  const change: ChangeSet = {
    document: { id: 'doc-x', title: 'X', outlet: 'O', date: '2026-03-01', text },
    actors: [],
    relations: [
      { source: 'delta', target: 'beta', type: 'opposes', evidence: { document: 'doc-x', quote: 'Delta opposed Beta.', start: 24 } },
      { source: 'gamma', target: 'beta', type: 'negotiates', evidence: { document: 'doc-x', quote: 'Gamma talked with Beta.', start: 0 } },
    ],
  };
  const checked = patched.checkIngest(change);
  patched.applyIngest({ change, applied: store.apply(change) }, checked);
  const reloaded = new Explorer(parseDatasetJson(store.dump(), 'store'));
  expect(edgesOf(patched.graph())).toEqual(edgesOf(buildGraph(reloaded.getDataset())));
  expect(sliceOf(patched.slice())).toEqual(sliceOf(sliceActorGraph(patched.graph())));
  // delta and beta were two steps apart before: a projection that missed the new line would say so still.
  for (const to of ['beta', 'gamma', 'alpha']) expect(patched.path('delta', to)).toEqual(reloaded.path('delta', to));
  expect(await patched.centrality({ metric: 'degree' })).toEqual(await reloaded.centrality({ metric: 'degree' }));
  store.close();
});
