/**
 * Curations in the SQLite store: each one plans its change set against the stored rows and applies
 * it in the same transaction, with its audit event, so it is all or nothing and never works from
 * a stale read. Undo applies an event's inverse the same way.
 */
import type Database from 'better-sqlite3';
import type { CurationEvent, CurationOp, CurationState, RejectedRelation, ReviewMark, RowChange } from '../domain/curation';
import { NotFoundError } from '../domain/errors';
import type { RelationInput } from '../domain/types';
import type { ChangeLog } from './change-log';
import { CURATION_TABLE_NAMES } from './curation-schema';
import { ConflictError, SqliteRows, inverseChanges } from './row-changes';
import type { RowReader } from './row-changes';

/** What a planner decides: the rows to change and what the event records. */
export interface CurationPlan {
  op: CurationOp;
  subjects: string[];
  params: Record<string, unknown>;
  changes: RowChange[];
}

export interface CurationMeta {
  by: string;
  /** ISO timestamp of the curation (also what review marks and rejections record). */
  at: string;
  reason?: string;
  /** The version of `subjects[0]` the curator saw; a different stored one is a conflict. */
  ifVersion?: number;
}

/**
 * Checks a curation's applied changes against the stored rows after them (inside its transaction);
 * returns what another process sharing the store applies to its model (JSON-safe, logged with the
 * event), or undefined for it to read the store again.
 */
export type Verify = (changes: RowChange[], rows: RowReader) => unknown;

export interface CurationStore {
  /**
   * Plans with `plan` against the stored rows and applies it; `verify` sees the changes applied
   * (each inserted row with its `_rowid`) and reads the stored rows as they now are, before commit:
   * throwing there rolls everything back.
   */
  curate(plan: (rows: RowReader) => CurationPlan, meta: CurationMeta, verify: Verify): CurationEvent;
  /** Applies event `id`'s inverse as a new event. */
  undo(id: number, meta: CurationMeta, verify: Verify): CurationEvent;
  /** The id of the last event that touched `subject` (0 when none). */
  versionOf(subject: string): number;
}

interface EventRow {
  id: number;
  at: string;
  curator: string;
  op: CurationOp;
  subjects: string;
  reason: string | null;
  params: string;
  changes: string;
  undoes: number | null;
  undone_by: number | null;
}

const toEvent = (r: EventRow): CurationEvent => ({
  id: r.id,
  at: r.at,
  by: r.curator,
  op: r.op,
  subjects: JSON.parse(r.subjects) as string[],
  ...(r.reason !== null ? { reason: r.reason } : {}),
  params: JSON.parse(r.params) as Record<string, unknown>,
  changes: JSON.parse(r.changes) as RowChange[],
  ...(r.undoes !== null ? { undoes: r.undoes } : {}),
  ...(r.undone_by !== null ? { undoneBy: r.undone_by } : {}),
});

export class SqliteCurationStore implements CurationStore {
  private readonly rows: SqliteRows;

  constructor(
    private readonly db: Database.Database,
    private readonly assertWritable: () => void,
    /** Each curation is logged for other processes sharing the store. */
    private readonly log: ChangeLog,
  ) {
    this.rows = new SqliteRows(db);
  }

  versionOf(subject: string): number {
    return (this.db.prepare('SELECT MAX(event_id) AS v FROM curation_subjects WHERE subject = ?').get(subject) as { v: number | null }).v ?? 0;
  }

  curate(plan: (rows: RowReader) => CurationPlan, meta: CurationMeta, verify: Verify): CurationEvent {
    this.assertWritable();
    return this.log.logged(() => this.db.transaction(() => {
      // Merges and splits move references before the rows they point to exist or after they go.
      this.db.pragma('defer_foreign_keys = ON');
      const planned = plan(this.rows);
      this.checkVersion(planned.subjects[0], meta.ifVersion);
      this.rows.apply(planned.changes);
      const event = this.record(planned, meta);
      this.log.curation(event, verify(planned.changes, this.rows));
      return event;
      // IMMEDIATE: the write lock is taken before the plan reads, so a writer in another process
      // waits (busy_timeout) instead of failing when this read turns into a write.
    }).immediate());
  }

  undo(id: number, meta: CurationMeta, verify: Verify): CurationEvent {
    this.assertWritable();
    return this.log.logged(() => this.db.transaction(() => {
      this.db.pragma('defer_foreign_keys = ON');
      const row = this.db.prepare('SELECT * FROM curation_events WHERE id = ?').get(id) as EventRow | undefined;
      if (!row) throw new NotFoundError('event', `unknown curation event ${id}`);
      const target = toEvent(row);
      if (target.undoneBy !== undefined) throw new ConflictError(`event: ${id} was already undone by event ${target.undoneBy}`);
      this.checkVersion(target.subjects[0], meta.ifVersion);
      const changes = inverseChanges(target.changes);
      try {
        this.rows.apply(changes);
      } catch (e) {
        if (e instanceof ConflictError) throw new ConflictError(`event: ${id} cannot be undone: ${e.message} (undo the later events that touched it first)`);
        throw e;
      }
      const event = this.record({ op: 'undo', subjects: target.subjects, params: { event: id }, changes }, meta, id);
      this.db.prepare('UPDATE curation_events SET undone_by = ? WHERE id = ?').run(event.id, id);
      // Undoing an undo re-applies the original, which may then be undone again.
      if (target.undoes !== undefined) this.db.prepare('UPDATE curation_events SET undone_by = NULL WHERE id = ?').run(target.undoes);
      this.log.curation(event, verify(changes, this.rows));
      return event;
    }).immediate());
  }


  private checkVersion(subject: string | undefined, ifVersion: number | undefined): void {
    if (ifVersion === undefined || subject === undefined) return;
    const current = this.versionOf(subject);
    if (current !== ifVersion) {
      throw new ConflictError(`ifVersion: ${subject} is at version ${current}, not ${ifVersion}; someone changed it since (reload and try again)`);
    }
  }

  private record(p: CurationPlan, meta: CurationMeta, undoes?: number): CurationEvent {
    const info = this.db
      .prepare('INSERT INTO curation_events (at, curator, op, subjects, reason, params, changes, undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(meta.at, meta.by, p.op, JSON.stringify(p.subjects), meta.reason ?? null, JSON.stringify(p.params), JSON.stringify(p.changes), undoes ?? null);
    const id = Number(info.lastInsertRowid);
    const subject = this.db.prepare('INSERT INTO curation_subjects (subject, event_id) VALUES (?, ?)');
    for (const s of new Set(p.subjects)) subject.run(s, id);
    return toEvent(this.db.prepare('SELECT * FROM curation_events WHERE id = ?').get(id) as EventRow);
  }
}

/** The curation state as stored; undefined when nothing was ever curated (dumps stay as they were). */
export function readCuration(db: Database.Database): CurationState | undefined {
  const reviewed = (db.prepare('SELECT relation_id, curator, at FROM relation_reviews ORDER BY relation_id').all() as { relation_id: string; curator: string; at: string }[]).map(
    (r): ReviewMark => ({ relation: r.relation_id, by: r.curator, at: r.at }),
  );
  const rejected = (db.prepare('SELECT * FROM rejected_relations ORDER BY id').all() as { id: number; record: string; curator: string; at: string; reason: string | null }[]).map(
    (r): RejectedRelation => ({ id: r.id, relation: JSON.parse(r.record) as RelationInput, by: r.curator, at: r.at, ...(r.reason !== null ? { reason: r.reason } : {}) }),
  );
  const log = (db.prepare('SELECT * FROM curation_events ORDER BY id').all() as EventRow[]).map(toEvent);
  return reviewed.length || rejected.length || log.length ? { reviewed, rejected, log } : undefined;
}

/** Replaces the stored curation state (inside the caller's transaction). */
export function writeCuration(db: Database.Database, state: CurationState | undefined): void {
  for (const t of CURATION_TABLE_NAMES) db.exec(`DELETE FROM ${t}`);
  if (!state) return;
  const review = db.prepare('INSERT INTO relation_reviews (relation_id, curator, at) VALUES (?, ?, ?)');
  for (const r of state.reviewed) review.run(r.relation, r.by, r.at);
  const reject = db.prepare('INSERT INTO rejected_relations (id, relation_id, record, curator, at, reason) VALUES (?, ?, ?, ?, ?, ?)');
  for (const r of state.rejected) reject.run(r.id, r.relation.id, JSON.stringify(r.relation), r.by, r.at, r.reason ?? null);
  const event = db.prepare('INSERT INTO curation_events (id, at, curator, op, subjects, reason, params, changes, undoes, undone_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const subject = db.prepare('INSERT INTO curation_subjects (subject, event_id) VALUES (?, ?)');
  for (const e of state.log) {
    event.run(e.id, e.at, e.by, e.op, JSON.stringify(e.subjects), e.reason ?? null, JSON.stringify(e.params), JSON.stringify(e.changes), e.undoes ?? null, e.undoneBy ?? null);
    for (const s of new Set(e.subjects)) subject.run(s, e.id);
  }
}
