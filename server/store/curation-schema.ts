/**
 * The store's curation tables, and how each table a curation may change is keyed. Kept apart from
 * the ingest schema (sqlite-store.ts) so the two evolve separately.
 */
import type Database from 'better-sqlite3';
import type { CuratedTable } from '../domain/curation';

const CURATION_SCHEMA = `
CREATE TABLE IF NOT EXISTS relation_reviews (
  relation_id TEXT PRIMARY KEY, curator TEXT NOT NULL, at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS rejected_relations (
  id INTEGER PRIMARY KEY, relation_id TEXT NOT NULL, record TEXT NOT NULL,
  curator TEXT NOT NULL, at TEXT NOT NULL, reason TEXT
);
CREATE TABLE IF NOT EXISTS curation_events (
  id INTEGER PRIMARY KEY, at TEXT NOT NULL, curator TEXT NOT NULL, op TEXT NOT NULL, subjects TEXT NOT NULL,
  reason TEXT, params TEXT NOT NULL, changes TEXT NOT NULL, undoes INTEGER, undone_by INTEGER
);
CREATE TABLE IF NOT EXISTS curation_subjects (subject TEXT NOT NULL, event_id INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS curation_subjects_by_subject ON curation_subjects (subject, event_id);
`;

/** Tables emptied (in this order) when the store is replaced. */
export const CURATION_TABLE_NAMES = ['curation_subjects', 'curation_events', 'rejected_relations', 'relation_reviews'];

export function ensureCurationSchema(db: Database.Database): void {
  db.exec(CURATION_SCHEMA);
}

export interface TableSpec {
  /** Columns that name a row. */
  key: readonly string[];
  /** True when the row's place in the table matters (dumps list rows in rowid order). */
  ordered: boolean;
}

export const TABLE_SPECS: Record<CuratedTable, TableSpec> = {
  documents: { key: ['id'], ordered: true },
  actors: { key: ['id'], ordered: true },
  relations: { key: ['id'], ordered: true },
  evidence: { key: ['relation_id', 'document_id', 'start', 'quote'], ordered: true },
  event_relations: { key: ['source', 'target', 'type', 'origin'], ordered: true },
  relation_reviews: { key: ['relation_id'], ordered: false },
  rejected_relations: { key: ['id'], ordered: false },
};
