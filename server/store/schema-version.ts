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
 */
export const eventRelationsTable = (name: string): string => `
CREATE TABLE IF NOT EXISTS ${name} (
  source TEXT NOT NULL REFERENCES actors(id), target TEXT NOT NULL REFERENCES actors(id),
  type TEXT NOT NULL, origin TEXT NOT NULL,
  events INTEGER, mentions INTEGER, sources INTEGER, goldstein REAL, tone REAL, first_seen TEXT, last_seen TEXT,
  urls TEXT, stats TEXT,
  PRIMARY KEY (source, target, type, origin)
);`;

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
  db.exec(eventRelationsTable('event_relations_v1'));
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

/** The steps, in order: step i brings a store to version i + 1. */
const STEPS: ((db: Database.Database) => void)[] = [statsIntoColumns];

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
    // Another process opening the same store may have done it while this one waited for the lock.
    for (let v = schemaVersion(db); v < SCHEMA_VERSION; v++) STEPS[v](db);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
