/**
 * The server's graph keeps its edges in the whole slice until a caller asks for graphology's
 * (Explorer.graph): ingests patch the slice alone, a curation makes graphology's graph from it,
 * later ingests patch both. Whatever phase a read lands in, it answers as a reload of the store.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChangeSet } from '../../server/domain/change';
import { Curator } from '../../server/curation/curator';
import { parseDatasetJson } from '../../server/data/load-dataset';
import { buildGraph } from '../../server/graph/build';
import { sliceActorGraph } from '../../server/graph/filter';
import type { ActorSlice } from '../../server/graph/filter';
import { seededRandom } from '../../server/algorithms/random';
import { Explorer } from '../../server/query/explorer';
import { SqliteStore } from '../../server/store/sqlite-store';
import { closePool } from '../../server/workers/pool';
import { edgesOf, nodesOf, sliceOf } from '../helpers/graph-contents';
import { base, baseWithBusyAlpha, randomChange } from '../helpers/random-ingest';

afterAll(() => closePool());

const sortedSlice = (s: ActorSlice): unknown[] => {
  const [nodes, edges] = sliceOf(s) as [string[], [string][]];
  return [nodes, [...edges].sort((a, b) => (a[0] < b[0] ? -1 : 1))];
};

const FILTERS = [{}, { types: ['opposes' as const] }, { actor: 'alpha' }, { actor: 'beta', depth: 2, minEvidence: 2 }, { since: '2026-01-01' }];

test('listings, the actor list and filtered slices agree with a reload before, while and after graphology is given the edges', async () => {
  const store = new SqliteStore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-phases-')), 'store.sqlite'));
  store.replace(base());
  const patched = new Explorer(parseDatasetJson(store.dump(), 'store'));
  const curator = new Curator(store, patched);
  const random = seededRandom(11);
  let step = 0;
  const ingest = (): void => {
    const d = patched.getDataset();
    const change = randomChange(step++, random, d.actors.map((a) => a.id), d.documents.filter((x) => !x.republishes).map((x) => x.id));
    patched.applyIngest({ change, applied: store.apply(change) }, patched.checkIngest(change));
  };
  const agree = async (): Promise<void> => {
    const reloaded = new Explorer(parseDatasetJson(store.dump(), 'store'));
    expect(patched.actors()).toEqual(reloaded.actors());
    // A patched slice has the edges a change added after the others (as a patched graph has): compared as sets.
    for (const f of FILTERS) expect(sortedSlice(patched.slice(f))).toEqual(sortedSlice(reloaded.slice(f)));
    for (const a of patched.getDataset().actors) expect((await patched.actor(a.id)).relations).toEqual((await reloaded.actor(a.id)).relations);
  };
  patched.slice();
  await agree();
  // Ingests on the slice alone, read between and not.
  for (let k = 0; k < 6; k++) {
    ingest();
    if (k % 2) await agree();
  }
  ingest();
  // A curation makes graphology's graph from the slice, then takes a relation away.
  const relation = patched.getDataset().relations.find((r) => r.source === 'alpha' || r.target === 'alpha');
  curator.run('relation.reject', relation?.id as string, {}, 'tester');
  await agree();
  expect(nodesOf(patched.graph())).toEqual(nodesOf(buildGraph(parseDatasetJson(store.dump(), 'store'))));
  expect(edgesOf(patched.graph())).toEqual(edgesOf(buildGraph(parseDatasetJson(store.dump(), 'store'))));
  // Ingests patching both, a merge, more ingests.
  for (let k = 0; k < 4; k++) ingest();
  await agree();
  curator.run('actor.merge', 'delta', { into: 'gamma' }, 'tester');
  ingest();
  await agree();
  // Retyped and reversed relations of alpha's, listings read between.
  const ofAlpha = patched.getDataset().relations.filter((r) => r.type !== 'mediates' && !r.between && (r.source === 'alpha' || r.target === 'alpha'));
  curator.run('relation.retype', ofAlpha[0].id, { type: ofAlpha[0].type === 'opposes' ? 'negotiates' : 'opposes' }, 'tester');
  await agree();
  curator.run('relation.reverse', ofAlpha.find((r) => r !== ofAlpha[0] && r.type !== 'negotiates')?.id as string, {}, 'tester');
  ingest();
  await agree();
  store.close();
});

test('an Explorer whose graphology graph was made first and one that never made it answer the same after the same ingests: slice order, placed actors, listings', async () => {
  const store = new SqliteStore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-phases-')), 'store.sqlite'));
  store.replace(base());
  const withGraph = new Explorer(parseDatasetJson(store.dump(), 'store'));
  const sliceOnly = new Explorer(parseDatasetJson(store.dump(), 'store'));
  withGraph.graph();
  for (const e of [withGraph, sliceOnly]) {
    e.layout();
    await e.actor('alpha');
  }
  const random = seededRandom(12);
  for (let step = 0; step < 12; step++) {
    const d = withGraph.getDataset();
    const change = randomChange(step, random, d.actors.map((a) => a.id), d.documents.filter((x) => !x.republishes).map((x) => x.id));
    const applied = store.apply(change);
    for (const e of [withGraph, sliceOnly]) e.applyIngest({ change: structuredClone(change), applied: structuredClone(applied) }, e.checkIngest(structuredClone(change)));
    if (step % 3 === 2) {
      expect(sliceOf(sliceOnly.slice())).toEqual(sliceOf(withGraph.slice()));
      expect(sliceOnly.layout()).toEqual(withGraph.layout());
      for (const a of ['alpha', 'beta', d.actors.at(-1)?.id as string]) expect((await sliceOnly.actor(a)).relations).toEqual((await withGraph.actor(a)).relations);
    }
  }
  expect(sliceOnly.actors()).toEqual(withGraph.actors());
  expect(edgesOf(sliceOnly.graph())).toEqual(edgesOf(withGraph.graph()));
  // Edge order too: graphology's graph made late from the slice has the order of one patched along.
  expect(sliceOnly.graph().edges()).toEqual(withGraph.graph().edges());
  for (const n of withGraph.graph().nodes()) expect(sliceOnly.graph().edges(n)).toEqual(withGraph.graph().edges(n));
  store.close();
});

test('an actor an ingest adds without relations is placed in a kept layout while graphology does not hold the edges', () => {
  const store = new SqliteStore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-phases-')), 'store.sqlite'));
  store.replace(base());
  const explorer = new Explorer(parseDatasetJson(store.dump(), 'store'));
  explorer.layout();
  const quote = 'Alpha met Omega. Zeta looked on.';
  const change: ChangeSet = {
    document: { id: 'doc-z', title: 'Z', outlet: 'O', date: '2026-03-01', text: quote },
    actors: [
      { id: 'omega', name: 'Omega', kind: 'state', aliases: [] },
      { id: 'zeta', name: 'Zeta', kind: 'state', aliases: [] },
    ],
    relations: [{ source: 'alpha', target: 'omega', type: 'negotiates', evidence: { document: 'doc-z', quote: 'Alpha met Omega.', start: 0 } }],
  };
  explorer.applyIngest({ change, applied: store.apply(change) }, explorer.checkIngest(change));
  const positions = explorer.layout();
  expect(Object.keys(positions)).toEqual(expect.arrayContaining(['omega', 'zeta']));
  store.close();
});

test("a stored layout that lacks an actor without relations is taken up at the start, the actor placed", () => {
  const dump = base();
  dump.actors.push({ id: 'epsilon', name: 'Epsilon', kind: 'state', aliases: [] });
  const stored = { alpha: { x: 0, y: 0 }, beta: { x: 10, y: 0 }, gamma: { x: 0, y: 10 }, delta: { x: 10, y: 10 } };
  const explorer = new Explorer(parseDatasetJson(dump, 'store'), { positions: stored });
  const positions = explorer.layout();
  expect(positions.alpha).toEqual(stored.alpha);
  expect(positions.epsilon).toBeDefined();
});

test("a busy actor's listing, made a turn at a time from the slice while ingests and then a curation (which makes graphology's graph) land between its turns, is a full reload's", async () => {
  const store = new SqliteStore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-phases-')), 'store.sqlite'));
  store.replace(baseWithBusyAlpha(20_000));
  const patched = new Explorer(parseDatasetJson(store.dump(), 'store'));
  const curator = new Curator(store, patched);
  patched.slice();
  let changes = 0;
  let listed = false;
  const added: string[] = [];
  const next = (): void => {
    if (listed || changes === 200) return;
    if (changes === 3) {
      // A relation an ingest gave alpha, taken away again: the curation makes graphology's graph.
      curator.run('relation.reject', added[0], {}, 'tester');
    } else {
      const id = `doc-y${changes}`;
      const [source, target]: [string, string] = changes % 2 ? ['beta', 'gamma'] : ['alpha', `x${changes * 7}`];
      const quote = `${source} opposed ${target} (${id}).`;
      const change: ChangeSet = {
        document: { id, title: id, outlet: 'O', date: '2026-03-01', text: quote },
        actors: [],
        relations: [{ source, target, type: 'opposes', evidence: { document: id, quote } }],
      };
      const applied = store.apply(change);
      if (source === 'alpha') added.push(applied[0].relationId);
      patched.applyIngest({ change, applied }, patched.checkIngest(change));
    }
    changes++;
    setImmediate(next);
  };
  setImmediate(next);
  const relationsOf = async (e: Explorer): Promise<unknown> => (await (e as unknown as { actorRelations(id: string): Promise<{ relations: unknown }> }).actorRelations('alpha')).relations;
  const relations = await relationsOf(patched);
  listed = true;
  expect(changes).toBeGreaterThan(4);
  expect(relations).toEqual(await relationsOf(new Explorer(parseDatasetJson(store.dump(), 'store'))));
  // Listed again after one more change: followed from that listing, still a reload's.
  const change: ChangeSet = {
    document: { id: 'doc-last', title: 'L', outlet: 'O', date: '2026-03-01', text: 'alpha opposed x5.' },
    actors: [],
    relations: [{ source: 'alpha', target: 'x5', type: 'opposes', evidence: { document: 'doc-last', quote: 'alpha opposed x5.' } }],
  };
  patched.applyIngest({ change, applied: store.apply(change) }, patched.checkIngest(change));
  expect(await relationsOf(patched)).toEqual(await relationsOf(new Explorer(parseDatasetJson(store.dump(), 'store'))));
  store.close();
});

test('a filtered slice cut from the whole slice is the one cut from graphology’s graph, order included, after ingests', () => {
  const store = new SqliteStore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-phases-')), 'store.sqlite'));
  store.replace(base());
  const explorer = new Explorer(parseDatasetJson(store.dump(), 'store'));
  explorer.slice();
  const random = seededRandom(13);
  for (let step = 0; step < 15; step++) {
    const d = explorer.getDataset();
    const change = randomChange(step, random, d.actors.map((a) => a.id), d.documents.filter((x) => !x.republishes).map((x) => x.id));
    explorer.applyIngest({ change, applied: store.apply(change) }, explorer.checkIngest(change));
  }
  const filters = [...FILTERS, { actor: explorer.getDataset().actors.at(-1)?.id as string, depth: 3 }, { kinds: ['person' as const], until: '2026-02-10' }, { actor: 'gamma', types: ['negotiates' as const, 'mediates' as const] }];
  const fromSlice = filters.map((f) => sliceOf(explorer.slice(f)));
  const g = explorer.graph();
  filters.forEach((f, i) => expect(fromSlice[i]).toEqual(sliceOf(sliceActorGraph(g, f))));
  store.close();
});
