/**
 * The change log: every commit that changes the dataset appends one row, so a process sharing the
 * store (a server while the CLI ingests a folder, or the CLI while a server ingests) catches up by
 * applying what others committed as deltas instead of reading the whole store again. An ingest is
 * logged with its change set and what the store made of it (the document's text stays in its row),
 * a curation with its event and what the model applies (checked inside its transaction); anything
 * else that changes the dataset (a restore, a reset, a repair) is logged as "reload": the reader
 * reads everything, as before.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { AppliedRelation, CommittedIngest } from '../domain/change';
import type { CurationEvent } from '../domain/curation';
import type { Actor, SourceDocument } from '../domain/types';
import { summaryOf } from '../domain/types';
import type { LoggedChange, LoggedChanges } from './types';

export const CHANGE_LOG_SCHEMA = `
CREATE TABLE IF NOT EXISTS change_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, writer TEXT NOT NULL, kind TEXT NOT NULL, body TEXT
);
`;

/**
 * Entries kept: a reader further behind than this (a process paused for long) reads everything.
 * An ingest's entry is about 9 KB for a 5 KB article (its relations' quotes and readings), so the
 * log stays under 20 MB; a server reading it every second falls that far behind only if it stalls
 * for the time a CLI takes to ingest 2,000 articles (20 s at its rate here).
 */
export const CHANGE_LOG_KEPT = 2_000;

/** The oldest entries are dropped every this many appends, not at each. */
const PRUNE_EVERY = 256;

type Kind = 'ingest' | 'curation' | 'reload';

/** What an ingest's entry holds: its change set without the text (read from the document's row) and signature. */
interface IngestBody {
  document: Omit<SourceDocument, 'text'>;
  actors: Actor[];
  applied: AppliedRelation[];
}

interface LogRow {
  seq: number;
  kind: Kind;
  body: string | null;
}

export class ChangeLog {
  /** This connection's mark on what it appends: its own entries are skipped when it reads the log. */
  private readonly writer = randomUUID();
  /** The log position of what this connection last read or committed (see DatasetStore.loggedAt). */
  private position = 0;
  /** The entry appended by the transaction under way: the position once it commits. */
  private appended?: number;

  /** Known once seen: a store opened read-only from an older version has no log (see `since`). */
  private present = false;

  constructor(
    private readonly db: Database.Database,
    private readonly stmt: (sql: string) => Database.Statement,
  ) {}

  /** The sequence number of the last entry (0 when none was ever written). */
  end(): number {
    if (!this.exists()) return 0;
    return (this.stmt('SELECT COALESCE(MAX(seq), 0) AS n FROM change_log').get() as { n: number }).n;
  }

  private exists(): boolean {
    return (this.present ||= this.stmt("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'change_log'").get() !== undefined);
  }

  loggedAt(): number {
    return this.position;
  }

  /** The dataset is being read in this transaction: its position is the log's end now. */
  read(): void {
    this.position = this.end();
  }

  /** Appends an ingest (inside a transaction run through `logged`). */
  ingest({ change, applied }: CommittedIngest): void {
    const body: IngestBody = { document: summaryOf(change.document), actors: change.actors, applied };
    this.append('ingest', JSON.stringify(body));
  }

  /** Appends a curation: its event and `delta`, what the model applies (JSON-safe); none: "read everything again". */
  curation(event: CurationEvent, delta: unknown): void {
    if (delta === undefined) this.reload();
    else this.append('curation', JSON.stringify({ event, delta }));
  }

  /** Appends "read everything again" (inside a transaction run through `logged`). */
  reload(): void {
    this.append('reload', null);
  }

  /**
   * Runs a write; once the outermost transaction has ended, whether what it appended stands
   * (committed, not rolled back) says where this connection's data now are.
   */
  logged<T>(write: () => T): T {
    try {
      return write();
    } finally {
      if (!this.db.inTransaction) this.settled();
    }
  }

  private settled(): void {
    const seq = this.appended;
    this.appended = undefined;
    if (seq !== undefined && this.stmt('SELECT 1 FROM change_log WHERE seq = ? AND writer = ?').get(seq, this.writer)) this.position = seq;
  }

  /**
   * What other connections logged after `after`, at most `limit` entries (a positive whole number):
   * their ingests and curations to apply in order, or `reload` when one of them changed more than
   * those do or the entries after `after` were dropped. `end` is the last entry read (to pass as `after` next time).
   */
  since(after: number, limit: number): LoggedChanges {
    // Without a log (a store this connection could only read, from an older version) what changed is unknown.
    if (!this.exists()) return { reload: true, end: 0 };
    const end = this.end();
    const first = (this.stmt('SELECT MIN(seq) AS n FROM change_log').get() as { n: number | null }).n;
    if (first !== null && first > after + 1) return { reload: true, end };
    // This connection's own entries are passed over: it applied them when it wrote them.
    const rows = this.stmt('SELECT seq, kind, body FROM change_log WHERE seq > ? AND writer != ? ORDER BY seq LIMIT ?').all(after, this.writer, limit) as LogRow[];
    const changes: LoggedChange[] = [];
    for (const row of rows) {
      if (row.kind === 'reload' || row.body === null) return { reload: true, end };
      if (row.kind === 'curation') {
        changes.push({ curation: JSON.parse(row.body) as { event: CurationEvent; delta: unknown } });
        continue;
      }
      const body = JSON.parse(row.body) as IngestBody;
      const stored = this.stmt('SELECT text FROM documents WHERE id = ?').get(body.document.id) as { text: string } | undefined;
      // Gone since (a later curation retracted it): what followed is not known here, so read everything.
      if (!stored) return { reload: true, end };
      const relations = body.applied.map(({ relationId: _id, status: _status, ...evidence }) => evidence);
      changes.push({ ingest: { change: { document: { ...body.document, text: stored.text }, actors: body.actors, relations }, applied: body.applied } });
    }
    // All read: up to the log's end (own entries included); else up to the last entry read.
    return { changes, end: rows.length < limit ? end : rows[rows.length - 1].seq };
  }

  private append(kind: Kind, body: string | null): void {
    const seq = Number(this.stmt('INSERT INTO change_log (writer, kind, body) VALUES (?, ?, ?)').run(this.writer, kind, body).lastInsertRowid);
    if (seq % PRUNE_EVERY === 0) this.stmt('DELETE FROM change_log WHERE seq <= ?').run(seq - CHANGE_LOG_KEPT);
    this.appended = seq;
  }
}
