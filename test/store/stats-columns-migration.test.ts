/**
 * Schema version 1 (server/store/schema-version.ts): a store written before it, its coded events'
 * stats one JSON text per row, opens with every event and its stats as they were, moved into typed
 * columns in one transaction, once; a move that fails midway leaves the store as it was.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as rowRecords from '../../server/store/row-records';
import { SqliteRows } from '../../server/store/row-changes';
import { SqliteStore } from '../../server/store/sqlite-store';
import { openStore } from '../../server/store/open-store';
import { SCHEMA_VERSION } from '../../server/store/schema-version';

/** The tables a coded event needs, as the code before version 1 created them. */
const OLD_SCHEMA = `
CREATE TABLE documents (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, outlet TEXT NOT NULL, date TEXT NOT NULL,
  url TEXT, note TEXT, text TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, republishes TEXT
);
CREATE TABLE actors (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, affiliation TEXT, role TEXT,
  aliases TEXT NOT NULL, provisional INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE event_relations (
  source TEXT NOT NULL REFERENCES actors(id), target TEXT NOT NULL REFERENCES actors(id),
  type TEXT NOT NULL, origin TEXT NOT NULL, stats TEXT NOT NULL,
  PRIMARY KEY (source, target, type, origin)
);`;

const stats = { events: 4, mentions: 12, sources: 3, goldstein: -2.75, tone: 1.0625, firstSeen: '2025-12-30', lastSeen: '2026-01-02', urls: [] as string[] };

/** [rowid, source, target, type, stats text]: rowids out of key order and with gaps, stats that fit the columns and stats that do not. */
const OLD_ROWS: [number, string, string, string, string][] = [
  [7, 'state-b', 'state-a', 'opposes', JSON.stringify(stats)],
  [3, 'state-a', 'state-b', 'negotiates', JSON.stringify({ ...stats, events: 1, goldstein: 7, tone: -0.333, urls: ['https://example.org/a', 'https://example.org/b'] })],
  [12, 'state-a', 'state-c', 'opposes', JSON.stringify({ ...stats, note: 'kept for validation to judge' })],
  [13, 'state-c', 'state-a', 'opposes', JSON.stringify({ ...stats, events: '3' })],
  [20, 'state-c', 'state-b', 'opposes', JSON.stringify(Object.fromEntries(Object.entries(stats).reverse()))],
  [21, 'state-b', 'state-c', 'opposes', '{ "events" : 4, "mentions": 12.0, "sources": 3, "goldstein": -2.75, "tone": 1.0625, "firstSeen": "2025-12-30", "lastSeen": "2026-01-02", "urls": [] }'],
];

function oldStore(rows = OLD_ROWS): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-stats-migrate-')), 'old.sqlite');
  const db = new Database(file);
  db.exec(OLD_SCHEMA);
  for (const id of ['state-a', 'state-b', 'state-c']) db.prepare("INSERT INTO actors (id, name, kind, aliases) VALUES (?, ?, 'state', '[]')").run(id, id.toUpperCase());
  for (const [rowid, source, target, type, text] of rows) db.prepare("INSERT INTO event_relations (rowid, source, target, type, origin, stats) VALUES (?, ?, ?, ?, 'gdelt', ?)").run(rowid, source, target, type, text);
  db.close();
  return file;
}

/** The records the code before version 1 read from those rows (its reading of the JSON text), in rowid order, as JSON. */
const oldReading = (): string =>
  JSON.stringify(
    [...OLD_ROWS].sort((a, b) => a[0] - b[0]).map(([, source, target, type, text]) =>
      rowRecords.eventOfColumns([source, target, type as 'opposes', 'gdelt', null, null, null, null, null, null, null, null, text]),
    ),
  );

const raw = (file: string, run: (db: Database.Database) => unknown): unknown => {
  const db = new Database(file, { readonly: true });
  try {
    return run(db);
  } finally {
    db.close();
  }
};
const columnsOf = (file: string): string[] => raw(file, (db) => (db.pragma('table_info(event_relations)') as { name: string }[]).map((c) => c.name)) as string[];
const versionOf = (file: string): unknown => raw(file, (db) => db.pragma('user_version', { simple: true }));
const oldRows = (file: string): unknown => raw(file, (db) => db.prepare('SELECT rowid, source, target, type, stats FROM event_relations ORDER BY rowid').raw().all());

afterEach(() => jest.restoreAllMocks());

test('an older store opens with every coded event and its stats as they were, in their order, moved into typed columns', () => {
  const file = oldStore();
  expect(versionOf(file)).toBe(0);
  const store = new SqliteStore(file);
  expect(store.readOnly).toBe(false);
  expect(JSON.stringify(store.dump().eventRelations)).toBe(oldReading());
  expect(JSON.stringify((store.dump({ asRows: true }).eventRelations ?? []).map((e) => e))).toBe(oldReading());
  store.close();
  expect(versionOf(file)).toBe(SCHEMA_VERSION);
  expect(columnsOf(file)).toEqual(rowRecords.EVENT_ROW_COLUMNS);
  const stored = raw(file, (db) => db.prepare('SELECT rowid, events, goldstein, urls, stats FROM event_relations ORDER BY rowid').raw().all()) as unknown[][];
  expect(stored.map((r) => r[0])).toEqual(OLD_ROWS.map((r) => r[0]).sort((a, b) => a - b));
  // Stats that fit are typed (no JSON left); those that do not keep their text exactly.
  expect(stored[0]).toEqual([3, 1, 7, JSON.stringify(['https://example.org/a', 'https://example.org/b']), null]);
  expect(stored[1]).toEqual([7, 4, -2.75, null, null]);
  expect(stored.slice(2).map((r) => r[4])).toEqual([OLD_ROWS[2][4], OLD_ROWS[3][4], OLD_ROWS[4][4], null]);
});

test('the move runs once: a store at version 1 is opened without reading its stats again', () => {
  const file = oldStore();
  new SqliteStore(file).close();
  const moved = jest.spyOn(rowRecords, 'statsColumnsOfText');
  const store = new SqliteStore(file);
  expect(JSON.stringify(store.dump().eventRelations)).toBe(oldReading());
  store.close();
  expect(moved).not.toHaveBeenCalled();
  // A new store is made at the current version: nothing to move.
  const fresh = new SqliteStore(path.join(path.dirname(file), 'new.sqlite'));
  fresh.close();
  expect(versionOf(path.join(path.dirname(file), 'new.sqlite'))).toBe(SCHEMA_VERSION);
  expect(moved).not.toHaveBeenCalled();
});

test('a move that fails midway leaves the store as it was (old table, version 0, every row), and the next open moves it', () => {
  const file = oldStore();
  const before = oldRows(file);
  const real = rowRecords.statsColumnsOfText;
  let calls = 0;
  jest.spyOn(rowRecords, 'statsColumnsOfText').mockImplementation((text) => {
    // Two rows are already copied into the new table when the third fails.
    if (++calls === 3) throw new Error('disk gave out');
    return real(text);
  });
  const failed = new SqliteStore(file);
  // Opened as it is, for reading: its events still read, from the JSON text.
  expect(failed.readOnly).toBe(true);
  expect(JSON.stringify(failed.dump().eventRelations)).toBe(oldReading());
  failed.close();
  expect(calls).toBe(3);
  expect(versionOf(file)).toBe(0);
  expect(columnsOf(file)).toEqual(['source', 'target', 'type', 'origin', 'stats']);
  expect(oldRows(file)).toEqual(before);
  expect(raw(file, (db) => db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'event_relations%' AND type = 'table'").all())).toEqual([{ name: 'event_relations' }]);
  jest.restoreAllMocks();
  const store = new SqliteStore(file);
  expect(store.readOnly).toBe(false);
  expect(JSON.stringify(store.dump().eventRelations)).toBe(oldReading());
  store.close();
  expect(versionOf(file)).toBe(SCHEMA_VERSION);
});

test('a store opened for reading only because its move failed says so once, with the reason, and still serves its events', () => {
  // Only rows that validate: the server loads what it opens.
  const file = oldStore(OLD_ROWS.slice(0, 2));
  jest.spyOn(rowRecords, 'statsColumnsOfText').mockImplementation(() => {
    throw new Error('disk gave out');
  });
  const warnings: string[] = [];
  // The data folder is only read to seed an empty store; this one has its events.
  const { store, dataset } = openStore(file, path.join(os.tmpdir(), 'no-such-seed-folder'), (m) => warnings.push(m));
  try {
    expect(warnings).toEqual([expect.stringMatching(/opened for reading only \(disk gave out\); writes answer 503/)]);
    expect(warnings[0]).toContain(file);
    expect(dataset.eventRelations?.map((e) => [e.source, e.target, e.type, e.events])).toEqual([
      ['state-a', 'state-b', 'negotiates', 1],
      ['state-b', 'state-a', 'opposes', 4],
    ]);
  } finally {
    store.close();
    jest.restoreAllMocks();
  }
});

test('a curation logged before the move (its event rows with the JSON text) still applies, to the typed columns', () => {
  const file = oldStore();
  new SqliteStore(file).close();
  const db = new Database(file);
  const [, source, target, type, text] = OLD_ROWS[0];
  const key = { source, target, type, origin: 'gdelt' };
  // An undo as logged then: the row back from stats with 9 events to the stored ones.
  new SqliteRows(db).apply([{ table: 'event_relations', before: { ...key, stats: text }, after: { ...key, stats: JSON.stringify({ ...stats, events: 9 }) } }]);
  // The ends are the actors' rowids from version 2 (ends-as-actor-rows.test.ts).
  const row = 'SELECT events, mentions, stats FROM event_relations WHERE source = (SELECT rowid FROM actors WHERE id = ?) AND target = (SELECT rowid FROM actors WHERE id = ?)';
  expect(db.prepare(row).get(source, target)).toEqual({ events: 9, mentions: 12, stats: null });
  db.close();
});
