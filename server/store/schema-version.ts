/**
 * The store's schema version, kept in SQLite's header (PRAGMA user_version), and the steps that
 * bring an older store to it. A step rewrites data: it runs once, in one IMMEDIATE transaction with
 * the version it reaches, so a store is either wholly at the old version or wholly at the new one
 * (a step that fails leaves the file as it was, and the next open tries again). Columns merely
 * added, with no rewrite, are ADDED_COLUMNS in sqlite-store.ts.
 */
import type Database from 'better-sqlite3';
import { EVENT_ROW_COLUMNS, statsColumnsOfText } from './row-records';

/**
 * The coded events' table: the ends, type and origin, then the stats in typed columns (read straight
 * into the dump's columns, without a JSON text to parse per row), `urls` as the JSON of a non-empty
 * list, and `stats`, the JSON of stats that fit no typed column (see row-records.ts' EventRow).
 * The types are SQLite's affinities, not STRICT: a value of another kind written by hand is kept
 * as it is, for validation to judge.
 *
 * From version 2 the ends are the actors' rowids (INTEGER): a start reads numbers and finds each
 * actor by its place in the actors' table, where 1,000,000 id strings were each made and looked up
 * in a map of 50,000 (a second of the start at 500,000 events). SQLite's foreign keys cannot name
 * a rowid, so the trigger ACTORS_NAMED_BY_EVENTS refuses to delete an actor that events name, as
 * the foreign key did; an actor keeps its rowid for life (nothing rewrites its row). Rows are read
 * and written as ids by the curations (row-changes.ts) and dumps (sqlite-store.ts).
 */
export const eventRelationsTable = (name: string, version = SCHEMA_VERSION): string => `
CREATE TABLE IF NOT EXISTS ${name} (
  ${version >= 2 ? 'source INTEGER NOT NULL, target INTEGER NOT NULL,' : 'source TEXT NOT NULL REFERENCES actors(id), target TEXT NOT NULL REFERENCES actors(id),'}
  type TEXT NOT NULL, origin TEXT NOT NULL,
  events INTEGER, mentions INTEGER, sources INTEGER, goldstein REAL, tone REAL, first_seen TEXT, last_seen TEXT,
  urls TEXT, stats TEXT,
  PRIMARY KEY (source, target, type, origin)
);`;

/**
 * What the ends' foreign keys did before version 2: an actor that coded events name is not deleted
 * (the message is SQLite's for a foreign key, which callers already know). On a store still at
 * version 1 (opened read-only after a failed move) it compares ids with rowids and never fires.
 */
const ACTORS_NAMED_BY_EVENTS = `
CREATE TRIGGER IF NOT EXISTS actors_named_by_events BEFORE DELETE ON actors
WHEN EXISTS (SELECT 1 FROM event_relations WHERE source = OLD.rowid) OR EXISTS (SELECT 1 FROM event_relations WHERE target = OLD.rowid)
BEGIN SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed'); END;`;

/**
 * Coded events by their target actor: the trigger above asks for them on every actor deleted (a
 * merge, a deletion), and the primary key only serves the source. Without it each deletion read
 * every coded event (24 ms at 500,000, so a batch of 1,000 merges spent 24 s there). Made when the
 * store opens, after the steps (a step that makes the table anew drops its indexes).
 */
export const EVENTS_BY_TARGET = 'CREATE INDEX IF NOT EXISTS event_relations_by_target ON event_relations (target);';

/** Rows copied per read of the old table (better-sqlite3 runs no write while a read is iterated). */
const COPY_BATCH = 10_000;

/**
 * Version 1: event relations' stats from one JSON text per row into typed columns. The table is
 * made anew (SQLite cannot drop the old column's NOT NULL in place) with each row at its rowid, so
 * the table's order, which dumps follow, is kept.
 */
function statsIntoColumns(db: Database.Database): void {
  const columns = db.pragma('table_info(event_relations)') as { name: string }[];
  // A store made by this code already has them (its table was created new).
  if (columns.some((c) => c.name === 'events')) return;
  db.exec(eventRelationsTable('event_relations_v1', 1));
  const read = db.prepare('SELECT rowid, source, target, type, origin, stats FROM event_relations WHERE rowid > ? ORDER BY rowid LIMIT ?').raw(true);
  const insert = db.prepare(`INSERT INTO event_relations_v1 (rowid, ${EVENT_ROW_COLUMNS.join(', ')}) VALUES (${['rowid', ...EVENT_ROW_COLUMNS].map(() => '?').join(', ')})`);
  for (let after = 0; ; ) {
    const rows = read.all(after, COPY_BATCH) as [number, string, string, string, string, string][];
    if (!rows.length) break;
    for (const [rowid, source, target, type, origin, stats] of rows) insert.run(rowid, source, target, type, origin, ...statsColumnsOfText(stats));
    after = rows[rows.length - 1][0];
  }
  db.exec('DROP TABLE event_relations');
  db.exec('ALTER TABLE event_relations_v1 RENAME TO event_relations');
}

/** The first event row whose end names no actor, if any: a move to version 2 has no number for it. */
const firstUnknownEnd = (db: Database.Database): { rowid: number; source: unknown; target: unknown } | undefined =>
  db
    .prepare('SELECT rowid, source, target FROM event_relations e WHERE NOT EXISTS (SELECT 1 FROM actors WHERE id = e.source) OR NOT EXISTS (SELECT 1 FROM actors WHERE id = e.target) ORDER BY rowid LIMIT 1')
    .get() as { rowid: number; source: unknown; target: unknown } | undefined;

/**
 * Version 2: the events' ends from actor ids to the actors' rowids, in one INSERT … SELECT (SQLite
 * finds each id in the actors' index; no row comes into JavaScript). The table is made anew with
 * each row at its rowid, as for version 1. A row whose end is no actor (the foreign keys kept them
 * out, but a store written with them off may hold one) has no number: the move fails, naming it,
 * and the store stays at version 1 (opened read-only until the row is mended).
 */
function endsAsActorRows(db: Database.Database): void {
  const columns = db.pragma('table_info(event_relations)') as { name: string; type: string }[];
  // A store made by this code already has them (its table was created new).
  if (columns.find((c) => c.name === 'source')?.type === 'INTEGER') return;
  const bad = firstUnknownEnd(db);
  if (bad) {
    throw new Error(`coded event row ${bad.rowid} (${JSON.stringify(bad.source)} → ${JSON.stringify(bad.target)}) names an actor id the store does not hold; its ends cannot become actor rows (schema version 2)`);
  }
  db.exec(eventRelationsTable('event_relations_v2', 2));
  const stats = EVENT_ROW_COLUMNS.slice(2);
  db.exec(`INSERT INTO event_relations_v2 (rowid, ${EVENT_ROW_COLUMNS.join(', ')})
    SELECT e.rowid, s.rowid, t.rowid, ${stats.map((c) => `e.${c}`).join(', ')}
    FROM event_relations e JOIN actors s ON s.id = e.source JOIN actors t ON t.id = e.target ORDER BY e.rowid`);
  db.exec('DROP TABLE event_relations');
  db.exec('ALTER TABLE event_relations_v2 RENAME TO event_relations');
}

/** The steps, in order: step i brings a store to version i + 1. */
const STEPS: ((db: Database.Database) => void)[] = [statsIntoColumns, endsAsActorRows];

/** The version this code reads and writes. */
export const SCHEMA_VERSION = STEPS.length;

export const schemaVersion = (db: Database.Database): number => db.pragma('user_version', { simple: true }) as number;

/**
 * Throws when the store was written by a newer version of this code (a higher user_version): its
 * tables may differ in ways this code cannot know, so it must neither write them nor make its own
 * tables next to them. Asked before any of this code's DDL runs; the store then opens for reading
 * only, with this message as the reason. The message names no path (it reaches HTTP answers).
 */
export function assertNotNewer(db: Database.Database): void {
  const version = schemaVersion(db);
  if (version > SCHEMA_VERSION) {
    throw new Error(`the store is at schema version ${version}, written by a newer version of actor-graph; this one reads up to ${SCHEMA_VERSION} and will not write to it`);
  }
}

/** Brings the store to SCHEMA_VERSION (a no-op once there). */
export function migrateSchema(db: Database.Database): void {
  if (schemaVersion(db) >= SCHEMA_VERSION) return;
  db.transaction(() => {
    // SQLite's RENAME checks every trigger, and this one names the table a step drops and renames.
    db.exec('DROP TRIGGER IF EXISTS actors_named_by_events');
    // Another process opening the same store may have done it while this one waited for the lock.
    for (let v = schemaVersion(db); v < SCHEMA_VERSION; v++) STEPS[v](db);
    db.exec(ACTORS_NAMED_BY_EVENTS);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
