/**
 * Schema version 2 (server/store/schema-version.ts): coded events' ends stored as the actors'
 * rowids. A store at version 1 (ends as ids) or 0 is moved once, in one transaction; a move that
 * cannot be made or fails midway leaves the store as it was, opened for reading with the reason;
 * dumps, restores and curations still see ids; an end that is no actor's is named at load.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteRows } from '../../server/store/row-changes';
import { SqliteStore } from '../../server/store/sqlite-store';
import { openStore } from '../../server/store/open-store';
import { SCHEMA_VERSION } from '../../server/store/schema-version';

/** The tables a coded event needs, as version 1 made them (ends as actor ids, with foreign keys). */
const V1_SCHEMA = `
CREATE TABLE actors (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, affiliation TEXT, role TEXT,
  aliases TEXT NOT NULL, provisional INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE event_relations (
  source TEXT NOT NULL REFERENCES actors(id), target TEXT NOT NULL REFERENCES actors(id),
  type TEXT NOT NULL, origin TEXT NOT NULL,
  events INTEGER, mentions INTEGER, sources INTEGER, goldstein REAL, tone REAL, first_seen TEXT, last_seen TEXT,
  urls TEXT, stats TEXT,
  PRIMARY KEY (source, target, type, origin)
);
PRAGMA user_version = 1;`;

/** Actors inserted with rowids out of order and with gaps, so an actor's rowid is not its place in the list. */
const ACTORS: [number, string][] = [
  [5, 'state-a'],
  [2, 'state-b'],
  [9, 'state-c'],
];

/** [rowid, source, target, type, events, urls]: rowids out of key order and with gaps. */
const ROWS: [number, string, string, string, number, string | null][] = [
  [7, 'state-b', 'state-a', 'opposes', 4, null],
  [3, 'state-a', 'state-b', 'negotiates', 1, JSON.stringify(['https://example.org/a'])],
  [12, 'state-c', 'state-a', 'opposes', 2, null],
];

/** The records those rows stand for, in rowid order. */
const RECORDS = [...ROWS]
  .sort((a, b) => a[0] - b[0])
  .map(([, source, target, type, events, urls]) => ({
    source, target, type, origin: 'gdelt', events, mentions: 12, sources: 3, goldstein: -2.75, tone: 1.0625, firstSeen: '2025-12-30', lastSeen: '2026-01-02', urls: urls ? (JSON.parse(urls) as string[]) : [],
  }));

function v1Store(extra: (db: Database.Database) => void = () => undefined): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-ends-migrate-')), 'v1.sqlite');
  const db = new Database(file);
  db.exec(V1_SCHEMA);
  for (const [rowid, id] of ACTORS) db.prepare("INSERT INTO actors (rowid, id, name, kind, aliases) VALUES (?, ?, ?, 'state', '[]')").run(rowid, id, id.toUpperCase());
  const insert = db.prepare("INSERT INTO event_relations (rowid, source, target, type, origin, events, mentions, sources, goldstein, tone, first_seen, last_seen, urls, stats) VALUES (?, ?, ?, ?, 'gdelt', ?, 12, 3, -2.75, 1.0625, '2025-12-30', '2026-01-02', ?, NULL)");
  for (const [rowid, source, target, type, events, urls] of ROWS) insert.run(rowid, source, target, type, events, urls);
  extra(db);
  db.close();
  return file;
}

const raw = <T>(file: string, run: (db: Database.Database) => T): T => {
  const db = new Database(file, { readonly: true });
  try {
    return run(db);
  } finally {
    db.close();
  }
};
const versionOf = (file: string): unknown => raw(file, (db) => db.pragma('user_version', { simple: true }));
const storedEnds = (file: string): unknown => raw(file, (db) => db.prepare('SELECT rowid, source, target FROM event_relations ORDER BY rowid').raw().all());
const tables = (file: string): unknown => raw(file, (db) => db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'event_relations%' AND type = 'table'").all());
const rowidOf = (id: string): number => (ACTORS.find((a) => a[1] === id) as [number, string])[0];

afterEach(() => jest.restoreAllMocks());

test('a store at version 1 opens with every coded event as it was, its ends now the actors\u2019 rowids, each row at its rowid', () => {
  const file = v1Store();
  const store = new SqliteStore(file);
  expect(store.readOnly).toBe(false);
  expect(JSON.stringify(store.dump().eventRelations)).toBe(JSON.stringify(RECORDS));
  expect(JSON.stringify(store.dump({ asRows: true }).eventRelations)).toBe(JSON.stringify(RECORDS));
  store.close();
  expect(versionOf(file)).toBe(SCHEMA_VERSION);
  expect(storedEnds(file)).toEqual([...ROWS].sort((a, b) => a[0] - b[0]).map(([rowid, source, target]) => [rowid, rowidOf(source), rowidOf(target)]));
  expect(tables(file)).toEqual([{ name: 'event_relations' }]);
});

test('a move that cannot be made (an end that is no actor) leaves the store at version 1, read-only, saying which row', () => {
  const file = v1Store((db) => {
    db.pragma('foreign_keys = OFF');
    db.prepare("INSERT INTO event_relations (rowid, source, target, type, origin, events, mentions, sources, goldstein, tone, first_seen, last_seen, urls, stats) VALUES (20, 'state-a', 'nobody', 'opposes', 'gdelt', 1, 1, 1, 0, 0, '2026-01-01', '2026-01-01', NULL, NULL)").run();
  });
  const before = storedEnds(file);
  const warnings: string[] = [];
  expect(() => openStore(file, path.join(os.tmpdir(), 'no-such-seed-folder'), (m) => warnings.push(m))).toThrow(/nobody/);
  expect(warnings).toEqual([expect.stringMatching(/opened for reading only \(coded event row 20 \("state-a" → "nobody"\) names an actor id the store does not hold.*\); writes answer 503/)]);
  expect(versionOf(file)).toBe(1);
  expect(storedEnds(file)).toEqual(before);
  expect(tables(file)).toEqual([{ name: 'event_relations' }]);
  // Still read, ends as the ids they are, for the load to judge (above: it names "nobody").
  const store = new SqliteStore(file);
  expect(store.readOnly).toBe(true);
  expect(store.dump().eventRelations?.map((e) => [e.source, e.target])).toEqual([['state-a', 'state-b'], ['state-b', 'state-a'], ['state-c', 'state-a'], ['state-a', 'nobody']]);
  store.close();
});

test('a move that fails midway leaves the store as it was (version 1, the old table, every row), and the next open moves it', () => {
  const file = v1Store();
  const before = storedEnds(file);
  const exec = Database.prototype.exec;
  jest.spyOn(Database.prototype, 'exec').mockImplementation(function (this: Database.Database, sql: string) {
    // The rows are already copied into the new table when the old one is to go.
    if (sql === 'DROP TABLE event_relations') throw new Error('disk gave out');
    return exec.call(this, sql);
  });
  const failed = new SqliteStore(file);
  expect(failed.readOnly).toBe(true);
  expect(failed.readOnlyBecause).toBe('disk gave out');
  expect(JSON.stringify(failed.dump({ asRows: true }).eventRelations)).toBe(JSON.stringify(RECORDS));
  failed.close();
  expect(versionOf(file)).toBe(1);
  expect(storedEnds(file)).toEqual(before);
  expect(tables(file)).toEqual([{ name: 'event_relations' }]);
  jest.restoreAllMocks();
  const store = new SqliteStore(file);
  expect(store.readOnly).toBe(false);
  expect(JSON.stringify(store.dump().eventRelations)).toBe(JSON.stringify(RECORDS));
  store.close();
  expect(versionOf(file)).toBe(SCHEMA_VERSION);
});

test('an end that is no actor\u2019s rowid is named when the store is loaded', () => {
  const file = v1Store();
  new SqliteStore(file).close();
  const db = new Database(file);
  db.prepare('UPDATE event_relations SET target = 99 WHERE rowid = 12').run();
  db.close();
  expect(() => openStore(file, path.join(os.tmpdir(), 'no-such-seed-folder'), () => undefined)).toThrow('store eventRelations, record #2, field "target": actor row 99 is not in the store');
});

test('an actor that coded events name is not deleted (as the foreign key refused it); one they do not name is', () => {
  const file = v1Store((db) => db.prepare("INSERT INTO actors (id, name, kind, aliases) VALUES ('state-d', 'D', 'state', '[]')").run());
  new SqliteStore(file).close();
  const db = new Database(file);
  expect(() => db.prepare("DELETE FROM actors WHERE id = 'state-c'").run()).toThrow(/FOREIGN KEY constraint failed/);
  expect(db.prepare("DELETE FROM actors WHERE id = 'state-d'").run().changes).toBe(1);
  db.close();
});

test('curations read and write event rows by actor ids: found by an end, changed, an unknown id refused', () => {
  const file = v1Store();
  new SqliteStore(file).close();
  const db = new Database(file);
  const rows = new SqliteRows(db);
  const found = rows.where('event_relations', 'target', 'state-a');
  expect(found.map((r) => [r._rowid, r.source, r.target, r.events])).toEqual([[7, 'state-b', 'state-a', 4], [12, 'state-c', 'state-a', 2]]);
  const { _rowid: _drop, ...row } = found[1];
  rows.apply([{ table: 'event_relations', before: row, after: { ...row, source: 'state-b', target: 'state-c' } }]);
  expect(db.prepare('SELECT rowid, source, target FROM event_relations WHERE events = 2').raw().all()).toEqual([[expect.any(Number), rowidOf('state-b'), rowidOf('state-c')]]);
  expect(rows.get('event_relations', { source: 'state-b', target: 'state-c', type: 'opposes', origin: 'gdelt' })?.events).toBe(2);
  expect(() => rows.apply([{ table: 'event_relations', after: { ...row, source: 'nobody' } }])).toThrow(/NOT NULL constraint failed: event_relations.source/);
  db.close();
});

test('coded events are found by their target through an index, on a moved store and a new one (an actor deletion reads none of the others)', () => {
  const plan = (file: string): string =>
    raw(file, (db) => (db.prepare('EXPLAIN QUERY PLAN SELECT 1 FROM event_relations WHERE target = ?').all(1) as { detail: string }[]).map((r) => r.detail).join('; '));
  const moved = v1Store();
  new SqliteStore(moved).close();
  const fresh = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-ends-new-')), 'new.sqlite');
  new SqliteStore(fresh).close();
  for (const file of [moved, fresh]) expect(plan(file)).toMatch(/USING (COVERING )?INDEX event_relations_by_target/);
  // So are the other foreign keys' child ends: quoted relations by target, quotes by document.
  const childPlan = (sql: string): string => raw(fresh, (db) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as { detail: string }[]).map((r) => r.detail).join('; '));
  expect(childPlan('SELECT 1 FROM relations WHERE target = ?')).toMatch(/INDEX relations_by_target/);
  expect(childPlan('SELECT 1 FROM evidence WHERE document_id = ?')).toMatch(/INDEX evidence_by_document/);
});
