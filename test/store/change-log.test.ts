/**
 * Two processes on one store (here two connections, as a server and the CLI have): what one
 * commits, the other applies from the change log as deltas — ingests — or by reading everything
 * again — curations, restores, a log that no longer reaches back far enough. Either way its model
 * ends equal to a full reload of the store.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Curator } from '../../server/curation/curator';
import { parseDatasetJson } from '../../server/data/load-dataset';
import { seededRandom } from '../../server/algorithms/random';
import { buildGraph } from '../../server/graph/build';
import { extractInProcess } from '../../server/extract/run-extraction';
import { Ingestor } from '../../server/ingest/ingestor';
import type { DatasetChange } from '../../server/ingest/ingestor';
import { Explorer } from '../../server/query/explorer';
import { CHANGE_LOG_KEPT, CHANGE_LOG_SCHEMA, ChangeLog } from '../../server/store/change-log';
import { SqliteStore } from '../../server/store/sqlite-store';
import { statementCache } from '../../server/store/statement-cache';
import { closePool } from '../../server/workers/pool';
import { datasetAsWritten, edgesOf, nodesOf } from '../helpers/graph-contents';
import { base, randomChange } from '../helpers/random-ingest';

afterAll(() => closePool());

interface Side {
  store: SqliteStore;
  explorer: Explorer;
  ingestor: Ingestor;
  heard: DatasetChange[];
}

/** A process on the store at `file`: its own connection, model and ingestor, as `npm start` or the CLI opens them. */
function open(file: string): Side {
  const store = new SqliteStore(file);
  const explorer = new Explorer(parseDatasetJson(store.dump(), 'store'));
  const ingestor = new Ingestor(store, explorer, extractInProcess);
  const heard: DatasetChange[] = [];
  ingestor.onChange((c) => heard.push(c));
  return { store, explorer, ingestor, heard };
}

function newStore(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-log-')), 'store.sqlite');
  const store = new SqliteStore(file);
  store.replace(base());
  store.close();
  return file;
}

/** Commits one random ingest from `side` as its Ingestor does: caught up first, under the write lock, then applied to its model. */
function ingestRandom(side: Side, step: number, random: () => number): string {
  side.ingestor.catchUpWithStore();
  const d = side.explorer.getDataset();
  const change = randomChange(step, random, d.actors.map((a) => a.id), d.documents.filter((x) => !x.republishes).map((x) => x.id));
  const checked = side.explorer.checkIngest(change);
  side.explorer.applyIngest({ change, applied: side.store.apply(change) }, checked);
  return change.document.id;
}


function expectSameAsStore(side: Side): void {
  const reloaded = parseDatasetJson(side.store.dump(), 'store');
  expect(datasetAsWritten(side.explorer.getDataset())).toEqual(datasetAsWritten(reloaded));
  expect(nodesOf(side.explorer.graph())).toEqual(nodesOf(buildGraph(reloaded)));
  expect(edgesOf(side.explorer.graph())).toEqual(edgesOf(buildGraph(reloaded)));
}

test("another process's ingests are applied as deltas, in order, and announced with their documents", async () => {
  const file = newStore();
  const server = open(file);
  const cli = open(file);
  server.explorer.graph(); // built: the deltas must patch it
  const reads = jest.spyOn(server.explorer, 'setDataset');
  const random = seededRandom(11);
  const written: string[] = [];
  for (let step = 0; step < 30; step++) {
    written.push(ingestRandom(cli, step, random));
    // Caught up now and then, all at once or in turns, as the write path and the poll do.
    if (step % 7 === 3) server.ingestor.catchUpWithStore();
    if (step % 7 === 6) await server.ingestor.catchUpInTurns();
  }
  await server.ingestor.catchUpInTurns();
  expect(reads).not.toHaveBeenCalled();
  expect(server.heard.map((c) => [c.reason, c.document?.id])).toEqual(written.map((id) => ['ingest', id]));
  expect(server.heard.every((c) => (c.relations ?? 0) > 0 && (c.actors ?? 0) > 0)).toBe(true);
  expect(server.explorer.version).toBe(31);
  expectSameAsStore(server);
  // Nothing more to apply: a poll with nothing new changes nothing.
  await server.ingestor.catchUpInTurns();
  expect(server.explorer.version).toBe(31);
  server.store.close();
  cli.store.close();
});

test("each process's own ingests are not applied twice when both write in turn", () => {
  const file = newStore();
  const a = open(file);
  const b = open(file);
  const random = seededRandom(12);
  for (let step = 0; step < 24; step++) ingestRandom(step % 3 ? a : b, step, random);
  a.ingestor.catchUpWithStore();
  b.ingestor.catchUpWithStore();
  expectSameAsStore(a);
  expectSameAsStore(b);
  a.store.close();
  b.store.close();
});

test("another process's curation is applied as a delta, its restore read back whole; positions or signatures it writes cost nothing", () => {
  const file = newStore();
  const server = open(file);
  const cli = open(file);
  const reads = jest.spyOn(server.explorer, 'setDataset');
  cli.store.savePositions({ alpha: { x: 1, y: 2 } });
  cli.store.saveSignatures([{ id: 'doc-a', signature: undefined }]);
  server.ingestor.catchUpWithStore();
  expect(reads).not.toHaveBeenCalled();
  expect(server.heard).toEqual([]);

  new Curator(cli.store, cli.explorer).run('actor.rename', 'beta', { name: 'Beta Republic' }, 'cli');
  server.ingestor.catchUpWithStore();
  expect(reads).not.toHaveBeenCalled();
  expect(server.heard.map((c) => c.reason)).toEqual(['curation']);
  expect(server.explorer.getDataset().actors.find((a) => a.id === 'beta')?.name).toBe('Beta Republic');
  expectSameAsStore(server);

  ingestRandom(cli, 0, seededRandom(13));
  server.ingestor.catchUpWithStore();
  expect(reads).not.toHaveBeenCalled();
  expectSameAsStore(server);

  cli.store.replace(base());
  server.ingestor.catchUpWithStore();
  expect(reads).toHaveBeenCalledTimes(1);
  expect(server.heard.map((c) => c.reason)).toEqual(['curation', 'ingest', 'external']);
  expectSameAsStore(server);
  server.store.close();
  cli.store.close();
});

test('a process further behind than the log reaches reads everything again', () => {
  const file = newStore();
  const server = open(file);
  const cli = open(file);
  const reads = jest.spyOn(server.explorer, 'setDataset');
  const random = seededRandom(14);
  for (let step = 0; step < 5; step++) ingestRandom(cli, step, random);
  // The oldest entries dropped, as the log's pruning does past CHANGE_LOG_KEPT.
  const raw = new Database(file);
  raw.prepare('DELETE FROM change_log WHERE seq <= (SELECT MIN(seq) + 1 FROM change_log)').run();
  raw.close();
  server.ingestor.catchUpWithStore();
  expect(reads).toHaveBeenCalledTimes(1);
  expectSameAsStore(server);
  server.store.close();
  cli.store.close();
});

test('the log position: a read is at the end of the log; a write rolled back leaves none behind', () => {
  const file = newStore();
  const cli = open(file);
  const server = open(file);
  const at = server.store.loggedAt();
  expect(at).toBeGreaterThan(0);
  const change = randomChange(0, seededRandom(15), ['alpha', 'beta', 'gamma'], ['doc-a']);
  expect(() =>
    cli.store.apply(change, () => {
      throw new Error('refused');
    }),
  ).toThrow('refused');
  expect(cli.store.changesSince(0, 100)).toEqual({ reload: true, end: at });
  expect(server.store.changesSince(at, 100)).toEqual({ changes: [], end: at });
  cli.store.apply(change);
  const logged = server.store.changesSince(at, 100);
  expect(logged).toMatchObject({ end: at + 1, changes: [{ ingest: { change: { document: { id: 'doc-0', text: change.document.text } } } }] });
  expect(cli.store.loggedAt()).toBe(at + 1);
  // Its own entry is passed over by the connection that wrote it.
  expect(cli.store.changesSince(at, 100)).toEqual({ changes: [], end: at + 1 });
  server.store.close();
  cli.store.close();
});

test('a store without a log (an older one, opened read-only) has position 0, and any change of it is read whole', () => {
  const db = new Database(':memory:');
  const log = new ChangeLog(db, statementCache(db));
  expect(log.end()).toBe(0);
  expect(log.since(0, 10)).toEqual({ reload: true, end: 0 });
  db.exec(CHANGE_LOG_SCHEMA);
  expect(log.since(0, 10)).toEqual({ changes: [], end: 0 });
  db.close();
});

test('the log keeps its last CHANGE_LOG_KEPT entries: a reader from before them reads everything again', () => {
  const db = new Database(':memory:');
  db.exec(CHANGE_LOG_SCHEMA);
  const writer = new ChangeLog(db, statementCache(db));
  const reader = new ChangeLog(db, statementCache(db));
  const appended = CHANGE_LOG_KEPT + 600;
  db.transaction(() => {
    for (let i = 0; i < appended; i++) writer.reload();
  })();
  const oldest = (db.prepare('SELECT MIN(seq) AS n FROM change_log').get() as { n: number }).n;
  expect(appended - oldest + 1).toBeGreaterThanOrEqual(CHANGE_LOG_KEPT);
  expect(appended - oldest + 1).toBeLessThan(CHANGE_LOG_KEPT + 256);
  expect(reader.since(0, 10)).toEqual({ reload: true, end: appended });
  expect(reader.since(appended, 10)).toEqual({ changes: [], end: appended });
  db.close();
});

test("another process's curation of a mediation, then its ingest corroborating it: both parties' edges show the new quote", () => {
  const file = newStore();
  const server = open(file);
  const cli = open(file);
  server.explorer.graph();
  // The mediation between Alpha and Beta now names Delta in Beta's place: its record changes.
  new Curator(cli.store, cli.explorer).run('actor.merge', 'beta', { into: 'delta' }, 'cli');
  server.ingestor.catchUpWithStore();
  const text = 'Gamma mediated again between Alpha and Delta.';
  const change = {
    document: { id: 'doc-m', title: 'M', outlet: 'Outlet A', date: '2026-02-09', text },
    actors: [],
    relations: [{ source: 'gamma', target: 'alpha', type: 'mediates' as const, between: ['alpha', 'delta'] as [string, string], evidence: { document: 'doc-m', quote: text, start: 0 } }],
  };
  const checked = cli.explorer.checkIngest(change);
  cli.explorer.applyIngest({ change, applied: cli.store.apply(change) }, checked);
  server.ingestor.catchUpWithStore();
  const quotes = (to: string): string[] => server.explorer.getDataset().relations.filter((r) => r.source === 'gamma' && r.target === to).flatMap((r) => r.evidence.map((e) => e.quote));
  expect(quotes('alpha')).toContain(text);
  expect(quotes('delta')).toContain(text);
  expectSameAsStore(server);
  server.store.close();
  cli.store.close();
});
