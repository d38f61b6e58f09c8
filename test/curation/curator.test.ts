/** Curations in the store: each one transaction with an audit event, undone exactly, kept across restarts and dumps. */
import fs from 'node:fs';
import path from 'node:path';
import { Curator } from '../../server/curation/curator';
import { parseDatasetJson } from '../../server/data/load-dataset';
import type { CurationOp } from '../../server/domain/curation';
import type { DatasetDump } from '../../server/domain/types';
import { Explorer } from '../../server/query/explorer';
import { openStore } from '../../server/store/open-store';
import type { DatasetStore } from '../../server/store/types';
import { tinyData, writeDataDir } from '../helpers/tiny-dataset';
import { datasetAsWritten } from '../helpers/graph-contents';
import { tempDbFile } from '../helpers/write-server';

interface Env {
  store: DatasetStore;
  explorer: Explorer;
  curator: Curator;
  dbFile: string;
  dataDir: string;
}

function setup(dataDir = writeDataDir(tinyData()), dbFile = tempDbFile()): Env {
  const { store, dataset } = openStore(dbFile, dataDir);
  const explorer = new Explorer(dataset);
  return { store, explorer, curator: new Curator(store, explorer), dbFile, dataDir };
}

/** The dataset and curation state without the log (which every curation, undo included, extends). */
function state(store: DatasetStore): unknown {
  const { curation, ...rest } = store.dump();
  return { ...rest, reviewed: curation?.reviewed ?? [], rejected: curation?.rejected ?? [] };
}

/** JSON with every array sorted, for comparisons where order does not matter. */
function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, sorted(x)]));
  return v;
}

let env: Env;
beforeEach(() => {
  env = setup();
});
afterEach(() => env.store.close());

const run = (op: CurationOp, id: string, body: object = {}) => env.curator.run(op, id, body, 'tester');

const CASES: [string, CurationOp, string, object, (d: DatasetDump) => void][] = [
  ['accept', 'relation.accept', 'alpha-beta-talks', {}, (d) => expect(d.curation?.reviewed.map((r) => r.relation)).toEqual(['alpha-beta-talks'])],
  [
    'reject',
    'relation.reject',
    'delta-opposes-alpha',
    { reason: 'misread' },
    (d) => {
      expect(d.relations.map((r) => r.id)).not.toContain('delta-opposes-alpha');
      expect(d.curation?.rejected[0]).toMatchObject({ by: 'tester', reason: 'misread', relation: { id: 'delta-opposes-alpha', evidence: [{}, {}] } });
    },
  ],
  ['retype', 'relation.retype', 'delta-opposes-alpha', { type: 'negotiates' }, (d) => expect(d.relations.find((r) => r.id === 'delta-opposes-alpha')?.type).toBe('negotiates')],
  ['reverse', 'relation.reverse', 'delta-opposes-alpha', {}, (d) => expect(d.relations.find((r) => r.id === 'delta-opposes-alpha')).toMatchObject({ source: 'alpha', target: 'delta' })],
  ['reattach', 'relation.reattach', 'delta-opposes-alpha', { source: 'gamma' }, (d) => expect(d.relations.find((r) => r.id === 'delta-opposes-alpha')?.source).toBe('gamma')],
  ['rename', 'actor.rename', 'beta', { name: 'Betania' }, (d) => expect(d.actors.find((a) => a.id === 'beta')).toMatchObject({ name: 'Betania', aliases: ['Beta'] })],
  ['kind', 'actor.kind', 'delta', { kind: 'organization' }, (d) => expect(d.actors.find((a) => a.id === 'delta')?.kind).toBe('organization')],
  ['affiliate', 'actor.affiliate', 'delta', { affiliation: 'alpha' }, (d) => expect(d.actors.find((a) => a.id === 'delta')?.affiliation).toBe('alpha')],
  [
    'merge',
    'actor.merge',
    'delta',
    { into: 'gamma' },
    (d) => {
      expect(d.actors.map((a) => a.id)).not.toContain('delta');
      expect(d.actors.find((a) => a.id === 'gamma')?.aliases).toEqual(['Delta']);
      expect(d.relations.find((r) => r.id === 'delta-opposes-alpha')?.source).toBe('gamma');
    },
  ],
  [
    'split',
    'actor.split',
    'alpha',
    { id: 'alpha-north', name: 'North Alpha', aliases: ['Alphaland'], relations: ['delta-opposes-alpha'] },
    (d) => {
      expect(d.actors.find((a) => a.id === 'alpha-north')).toMatchObject({ name: 'North Alpha', kind: 'state', aliases: ['Alphaland'] });
      expect(d.actors.find((a) => a.id === 'alpha')?.aliases).toEqual([]);
      expect(d.relations.find((r) => r.id === 'delta-opposes-alpha')?.target).toBe('alpha-north');
    },
  ],
  [
    'retract',
    'document.retract',
    'doc-a',
    {},
    (d) => {
      expect(d.documents.map((x) => x.id)).toEqual(['doc-b']);
      // Relations with evidence in doc-b keep it; gamma's mediation had only doc-a and goes.
      expect(d.relations.map((r) => [r.id, r.evidence.map((e) => e.document)])).toEqual([
        ['alpha-beta-talks', ['doc-b']],
        ['delta-opposes-alpha', ['doc-b']],
      ]);
      expect(d.actors).toHaveLength(4);
    },
  ],
];

describe.each(CASES)('%s', (_name, op, id, body, check) => {
  test('changes the store in one event that names who, when, why, before and after, and the explorer sees it', () => {
    const v = env.explorer.version;
    const { event } = run(op, id, { ...body, reason: (body as { reason?: string }).reason ?? 'because' });
    const d = env.store.dump();
    check(d);
    expect(env.explorer.version).toBe(v + 1);
    expect(env.explorer.getDataset().curation?.log).toHaveLength(1);
    expect(event).toMatchObject({ id: 1, op, by: 'tester', reason: expect.any(String), subjects: expect.arrayContaining([expect.stringContaining(id)]) });
    expect(event.changes.length).toBeGreaterThan(0);
    expect(event.changes.every((c) => c.before || c.after)).toBe(true);
  });

  test('undo restores the exact earlier state, rows in their places', () => {
    const before = state(env.store);
    const { event } = run(op, id, body);
    const undo = run('undo', String(event.id));
    expect(state(env.store)).toEqual(before);
    expect(undo.event).toMatchObject({ op: 'undo', undoes: event.id });
    expect(env.store.dump().curation?.log[0].undoneBy).toBe(undo.event.id);
    // Undoing the undo re-applies the change.
    run('undo', String(undo.event.id));
    check(env.store.dump());
  });

  test('survives a restart, and a dump and restore keep the change and the log (and undo still works)', () => {
    const before = state(env.store);
    run(op, id, body);
    const after = env.store.dump();
    env.store.close();
    env = setup(env.dataDir, env.dbFile);
    expect(env.store.dump()).toEqual(after);
    const file = path.join(path.dirname(env.dbFile), 'dump.json');
    fs.writeFileSync(file, JSON.stringify(after));
    const other = setup(env.dataDir);
    try {
      other.store.replace(JSON.parse(fs.readFileSync(file, 'utf8')) as DatasetDump);
      const restored = other.store.dump();
      expect(restored.curation).toEqual(after.curation);
      expect(state(other.store)).toEqual(state(env.store));
      other.explorer.setDataset(parseDatasetJson(restored, 'store'));
      other.curator.run('undo', '1', {}, 'tester');
      // A restore numbers rows afresh, so an undo after it restores the content; the row order may differ.
      expect(sorted(state(other.store))).toEqual(sorted(before));
    } finally {
      other.store.close();
    }
  });
});

describe('bad input gets a clear 4xx and changes nothing', () => {
  test.each<[string, CurationOp, string, object, number, RegExp]>([
    ['unknown relation', 'relation.accept', 'no-such', {}, 404, /^relation: unknown relation "no-such"/],
    ['unknown actor', 'actor.rename', 'nobody', { name: 'X' }, 404, /^actor: unknown actor "nobody"/],
    ['unknown merge target', 'actor.merge', 'delta', { into: 'nobody' }, 404, /^into: unknown actor "nobody"/],
    ['merging into itself', 'actor.merge', 'delta', { into: 'delta' }, 400, /^into: cannot merge an actor into itself/],
    ['a reason over the limit', 'relation.reject', 'alpha-beta-talks', { reason: 'x'.repeat(501) }, 400, /^reason: must be at most 500 characters/],
    ['a stale version', 'actor.rename', 'beta', { name: 'B2', ifVersion: 7 }, 409, /^ifVersion: actor:beta is at version 0, not 7/],
    ['an unknown field', 'actor.rename', 'beta', { name: 'B2', nmae: 'x' }, 400, /^nmae: unknown field/],
    ['an unknown kind', 'actor.kind', 'beta', { kind: 'planet' }, 400, /^kind: /],
    ['reversing a symmetric relation', 'relation.reverse', 'alpha-beta-talks', {}, 400, /negotiates, which has no direction/],
    ['a relation to itself', 'relation.reattach', 'delta-opposes-alpha', { target: 'delta' }, 400, /^target: an actor cannot relate to itself/],
    ['an affiliation cycle', 'actor.affiliate', 'gamma', { affiliation: 'delta' }, 400, /would make a cycle/],
    ['an unknown event', 'undo', '99', {}, 404, /^event: unknown curation event 99/],
    ['an event that is not a number', 'undo', 'x', {}, 400, /^event: must be an event number/],
    ['an unknown document', 'document.retract', 'doc-z', {}, 404, /^document: unknown document "doc-z"/],
  ])('%s', (_name, op, id, body, status, message) => {
    const before = env.store.dump();
    const version = env.explorer.version;
    let error: { status?: number; message?: string } = {};
    try {
      run(op, id, body);
    } catch (e) {
      error = e as typeof error;
    }
    expect(error.status).toBe(status);
    expect(error.message).toMatch(message);
    expect(env.store.dump()).toEqual(before);
    expect(env.explorer.version).toBe(version);
  });

  test('an undo whose rows changed since is refused (409) and changes nothing', () => {
    const first = run('actor.rename', 'beta', { name: 'B2' });
    run('actor.rename', 'beta', { name: 'B3' });
    const before = env.store.dump();
    expect(() => run('undo', String(first.event.id))).toThrow(/event: 1 cannot be undone: actors id="beta" changed since/);
    expect(env.store.dump()).toEqual(before);
    expect(() => run('undo', String(first.event.id))).toThrow(expect.objectContaining({ status: 409 }));
  });

  test('versions: the version a curator saw is accepted, a stale one is refused', () => {
    const { event } = run('actor.rename', 'beta', { name: 'B2', ifVersion: 0 });
    expect(env.store.curation().versionOf('actor:beta')).toBe(event.id);
    expect(() => run('actor.kind', 'beta', { kind: 'organization', ifVersion: 0 })).toThrow(expect.objectContaining({ status: 409 }));
    run('actor.kind', 'beta', { kind: 'organization', ifVersion: event.id });
    expect(env.store.dump().actors.find((a) => a.id === 'beta')?.kind).toBe('organization');
  });
});

test('a merge moves a mediated pair and drops the relation that would join the kept actor to itself', () => {
  const { event } = run('actor.merge', 'beta', { into: 'alpha' });
  const d = env.store.dump();
  expect(d.relations.map((r) => r.id)).toEqual(['delta-opposes-alpha']);
  expect(event.params).toMatchObject({ relationsDropped: ['alpha-beta-talks', 'gamma-mediates'] });
  run('undo', String(event.id));
  expect(env.store.dump().relations.map((r) => r.id)).toEqual(['alpha-beta-talks', 'gamma-mediates', 'delta-opposes-alpha']);
});

test('a merge moves coded events, combining the figures where the kept actor has the same ones; undo splits them again', () => {
  const stats = (events: number, goldstein: number) => ({ events, mentions: events, sources: 1, goldstein, tone: 0, firstSeen: '2026-01-01', lastSeen: '2026-01-02', urls: [] });
  const dump = env.store.dump();
  env.store.replace({
    ...dump,
    eventRelations: [
      { source: 'delta', target: 'alpha', type: 'opposes', origin: 'gdelt', ...stats(2, -4) },
      { source: 'gamma', target: 'alpha', type: 'opposes', origin: 'gdelt', ...stats(6, -8) },
      { source: 'delta', target: 'beta', type: 'opposes', origin: 'gdelt', ...stats(1, -2) },
    ],
  });
  env.explorer.setDataset(parseDatasetJson(env.store.dump(), 'store'));
  const before = state(env.store);
  const { event } = run('actor.merge', 'delta', { into: 'gamma' });
  const events = env.store.dump().eventRelations ?? [];
  expect(events.map((e) => [e.source, e.target, e.events, e.goldstein])).toEqual([
    ['gamma', 'alpha', 8, -7],
    ['gamma', 'beta', 1, -2],
  ]);
  // The explorer sees the moved events (they were re-validated, not reused).
  expect(env.explorer.graph().getEdgeAttribute('opposes:gamma->alpha', 'events')?.events).toBe(8);
  run('actor.rename', 'gamma', { name: 'Gamma Republic' });
  // A curation that changes no events keeps the explorer's (unchanged) events.
  expect(datasetAsWritten(env.explorer.getDataset().eventRelations)).toEqual(env.store.dump().eventRelations);
  run('undo', String(event.id + 1));
  run('undo', String(event.id));
  expect(state(env.store)).toEqual(before);
});

test('a rejection made before a merge still holds after it: the remembered sentence names the kept actor', () => {
  run('relation.reject', 'delta-opposes-alpha', { reason: 'misread' });
  const { event } = run('actor.merge', 'delta', { into: 'gamma' });
  const rejected = env.store.dump().curation?.rejected[0].relation;
  expect(rejected).toMatchObject({ source: 'gamma', target: 'alpha' });
  expect(event.changes.some((c) => c.table === 'rejected_relations')).toBe(true);
  run('undo', String(event.id));
  expect(env.store.dump().curation?.rejected[0].relation).toMatchObject({ source: 'delta', target: 'alpha' });
});
