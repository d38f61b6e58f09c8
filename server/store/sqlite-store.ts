/**
 * The default store: an embedded SQLite database (better-sqlite3) in WAL mode with full sync, so an
 * acknowledged ingest survives a crash. Every write runs in one transaction.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ActorGraphError } from '../domain/errors';
import { keyedRecord } from '../domain/reserved-keys';
import type { Positions } from '../graph/layout';
import type { Actor, DatasetDump, DocumentSummary, EventRelation, EvidenceInput, SourceDocument } from '../domain/types';
import { bandHashes, signatureFromBytes, signatureToBytes, similarity } from '../ingest/near-duplicates';
import type { AppliedRelation, ChangeSet, RelationEvidence } from '../domain/change';
import type { DatasetStore, FeedItemStatus, FeedRecord, FeedState, LoggedChanges, NearDuplicate } from './types';
import { CHANGE_LOG_SCHEMA, ChangeLog } from './change-log';
import { ensureCurationSchema } from './curation-schema';
import { statementCache } from './statement-cache';
import { SqliteCurationStore, readCuration, writeCuration } from './curation-store';
import type { CurationStore } from './curation-store';
import { EVENT_ROW_COLUMNS, actorOfRow, documentOfRow, eventOfColumns, evidenceOfRow, heldEvent, relationOfRow, statsColumns } from './row-records';
import { assertNotNewer, eventRelationsTable, EVENTS_BY_TARGET, migrateSchema, schemaVersion } from './schema-version';
import { EventColumns, eventRecord } from '../data/event-columns';
import type { ActorRow, DocumentRow, EvidenceRow, RelationRow, StoredEventValues } from './row-records';
import { ActorEnds } from './actor-ends';

/** Rows keep insertion order through SQLite's rowid, which `dump` sorts by. */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, outlet TEXT NOT NULL, date TEXT NOT NULL,
  url TEXT, note TEXT, text TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, republishes TEXT
);
CREATE TABLE IF NOT EXISTS actors (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, affiliation TEXT, role TEXT,
  aliases TEXT NOT NULL, provisional INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS relations (
  id TEXT PRIMARY KEY, source TEXT NOT NULL REFERENCES actors(id), target TEXT REFERENCES actors(id),
  type TEXT NOT NULL, between_json TEXT, note TEXT
);
CREATE TABLE IF NOT EXISTS evidence (
  relation_id TEXT NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id),
  quote TEXT NOT NULL, start INTEGER NOT NULL, confidence REAL NOT NULL, method TEXT NOT NULL,
  rule TEXT, cue TEXT, spans TEXT,
  UNIQUE (relation_id, document_id, start, quote)
);
${eventRelationsTable('event_relations')}
CREATE INDEX IF NOT EXISTS relations_by_pair ON relations (source, type, target);
-- The foreign keys' child ends that no other index leads with: SQLite reads them on every actor or
-- document deleted (a merge, a curation), and without an index each such read is a whole table's.
CREATE INDEX IF NOT EXISTS relations_by_target ON relations (target);
CREATE INDEX IF NOT EXISTS evidence_by_document ON evidence (document_id);
CREATE TABLE IF NOT EXISTS document_signatures (
  document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE, minhash BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS document_bands (
  band INTEGER NOT NULL, hash INTEGER NOT NULL, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS document_bands_by_hash ON document_bands (band, hash);
CREATE INDEX IF NOT EXISTS document_bands_by_document ON document_bands (document_id);
CREATE TABLE IF NOT EXISTS positions (
  actor_id TEXT PRIMARY KEY REFERENCES actors(id) ON DELETE CASCADE, x REAL NOT NULL, y REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS feeds (
  url TEXT PRIMARY KEY, title TEXT, added_at TEXT NOT NULL, last_polled_at TEXT, last_new_at TEXT,
  last_error TEXT, polls INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS feed_items (
  feed_url TEXT NOT NULL REFERENCES feeds(url) ON DELETE CASCADE, item_key TEXT NOT NULL, link TEXT,
  status TEXT NOT NULL, document_id TEXT, error TEXT, attempts INTEGER NOT NULL, seen_at TEXT NOT NULL,
  PRIMARY KEY (feed_url, item_key)
);
`;

/**
 * Columns added after a store was first created: each is added to an older file when it opens
 * (SQLite's ALTER TABLE ADD COLUMN, instant, no rewrite).
 */
const ADDED_COLUMNS: { table: string; column: string; definition: string }[] = [
  { table: 'documents', column: 'republishes', definition: 'TEXT' },
  // How extraction read each quote (EvidenceReading); NULL for curated quotes and older rows. `spans` is JSON.
  { table: 'evidence', column: 'rule', definition: 'TEXT' },
  { table: 'evidence', column: 'cue', definition: 'TEXT' },
  { table: 'evidence', column: 'spans', definition: 'TEXT' },
];

function migrate(db: Database.Database): void {
  for (const { table, column, definition } of ADDED_COLUMNS) {
    const columns = db.pragma(`table_info(${table})`) as { name: string }[];
    if (!columns.some((c) => c.name === column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${definition}`);
  }
  migrateSchema(db);
  db.exec(EVENTS_BY_TARGET);
}

/**
 * How a dump reads the coded events (EVENT_ROW_COLUMNS' order): a store that could not be brought
 * to schema version 1 (opened read-only) has only the JSON text, read as stats that fit no column.
 */
const readEvents = (db: Database.Database): string =>
  schemaVersion(db) >= 1
    ? `SELECT ${EVENT_ROW_COLUMNS.join(', ')} FROM event_relations ORDER BY rowid`
    : 'SELECT source, target, type, origin, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, stats FROM event_relations ORDER BY rowid';

const INSERT_EVENT = `INSERT INTO event_relations (${EVENT_ROW_COLUMNS.join(', ')}) VALUES (${EVENT_ROW_COLUMNS.map(() => '?').join(', ')})`;

/**
 * The stored end of a coded event (schema version 2): its actor's rowid. A dump is validated before
 * it is stored, so an end that is no actor's is a fault of the caller, refused as the foreign key did.
 */
function endRow(actorRows: ReadonlyMap<string, number>, id: string): number {
  const row = actorRows.get(id);
  if (row === undefined) throw new Error(`FOREIGN KEY constraint failed: coded event end "${id}" is not an actor of the dump`);
  return row;
}

/** SQLite failures that mean "cannot write now" (disk full, read-only file, I/O) rather than bad data. */
const UNAVAILABLE = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|BUSY|LOCKED|PERM|NOMEM)/;

function unavailable(file: string, e: unknown): ActorGraphError {
  return new ActorGraphError(`ACTOR_GRAPH_DB: cannot open the store at ${file} (${(e as Error).message})`, 'store_unavailable', 503);
}

/** SQLite's words for a file that is damaged or not a database at all. */
const DAMAGED = /^SQLITE_(CORRUPT|NOTADB)/;

const isDamage = (e: unknown): boolean => {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && DAMAGED.test(code);
};

/** The error code of a damaged store: the CLI's reset and restore move such a file aside. */
export const STORE_DAMAGED = 'store_damaged';

/** The one message for a damaged store: what it is and what to do, never a stack trace. */
export function damaged(file: string): ActorGraphError {
  return new ActorGraphError(
    `ACTOR_GRAPH_DB: the store at ${file} is damaged (not a readable SQLite database); restore it from a backup or dump (actor-graph restore <file>) or start again from the curated data (actor-graph reset)`,
    STORE_DAMAGED,
    500,
  );
}

/** Runs a read, turning a damaged file into that message. */
function reading<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw isDamage(e) ? damaged(file) : e;
  }
}

/** How long a write waits for another connection's write lock before it answers 503 (SQLite's busy_timeout). */
const LOCK_WAIT_MS = 5000;

/**
 * How long opening waits for the write lock to set up the schema: another process may be moving
 * the same store to a new schema version (500,000 coded events took ~10 s on a loaded 2-core
 * machine), and an open that gave up after LOCK_WAIT_MS would leave this process read-only for
 * its whole life. An up-to-date store needs no write lock to open, so this wait is rarely paid.
 */
const SCHEMA_LOCK_WAIT_MS = 120_000;

/** The longest pause between two attempts of `whenWritable`: about one commit of another writer. */
const LOCK_RETRY_MAX_MS = 25;

/** A write refused because another connection held the write lock (a 503, like other storage failures). */
class StoreBusyError extends ActorGraphError {}

/** Runs a write, turning storage failures into a 503 so the API answers "try later", not 500. */
function writing<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (isDamage(e)) throw damaged(file);
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE.test(code)) {
      const message = `store: cannot write (${code}); reads still work`;
      throw /^SQLITE_BUSY/.test(code) ? new StoreBusyError(message, 'store_unavailable', 503) : new ActorGraphError(message, 'store_unavailable', 503);
    }
    throw e;
  }
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Does this stored record stand for the relation `r` (same ends and type)? */
function sameRelation(row: RelationRow, r: RelationEvidence): boolean {
  if (row.type !== r.type) return false;
  if (r.type === 'negotiates') {
    return (row.source === r.source && row.target === r.target) || (row.source === r.target && row.target === r.source);
  }
  if (row.source !== r.source) return false;
  if (row.target !== null) return row.target === r.target;
  // A mediates record without target stands for mediator → each party of its `between` pair.
  const between = JSON.parse(row.between_json ?? '[]') as string[];
  return between.includes(r.target) && (!r.between || [...r.between].sort().join() === [...between].sort().join());
}

/** The page cache a full read (`dump`) runs with, in KiB: its B-trees' inner pages, not the pages read once. */
const SCAN_CACHE_KIB = 2048;

export class SqliteStore implements DatasetStore, FeedState {
  private readonly db: Database.Database;
  private readonly stmt: (sql: string) => Database.Statement;
  /** The externalVersion at which every stored document was found signed (see documentsWithoutSignature). */
  private allSignedAt?: number;
  private readonly log: ChangeLog;

  /**
   * True when the file could only be opened for reading (a read-only path, a schema move that failed,
   * or a store written by a newer version): writes answer 503.
   */
  readonly readOnly: boolean;
  /** Why it could not be opened for writing (SQLite's, a migration's or the version check's message), when readOnly. */
  readonly readOnlyBecause?: string;

  constructor(readonly file: string) {
    let db: Database.Database;
    let readOnly = false;
    let readOnlyBecause: string | undefined;
    // The connection opened for writing, if it was: closed when the store falls back to reading only,
    // so no second handle on the file (with its WAL) is left for the garbage collector.
    let opened: Database.Database | undefined;
    try {
      if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      db = new Database(file);
      opened = db;
      // Before anything else: another process starting on (or moving) the same file must be waited
      // for, not failed. Set back to LOCK_WAIT_MS once the schema is set up.
      db.pragma(`busy_timeout = ${SCHEMA_LOCK_WAIT_MS}`);
      // Before any DDL of this code's: a newer version's store is opened for reading only, as it is.
      assertNotNewer(db);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.exec(SCHEMA);
      db.exec(CHANGE_LOG_SCHEMA);
      ensureCurationSchema(db);
      // Last: a store whose migration fails still has every table, and is opened for reading.
      migrate(db);
    } catch (e) {
      opened?.close();
      if (isDamage(e)) throw damaged(file);
      // An existing store on a read-only path still serves reads.
      if (!fs.existsSync(file)) throw unavailable(file, e);
      try {
        db = new Database(file, { readonly: true, fileMustExist: true });
        readOnly = true;
        readOnlyBecause = e instanceof Error ? e.message : String(e);
      } catch (e2) {
        throw unavailable(file, e2);
      }
    }
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${LOCK_WAIT_MS}`);
    // Reading the schema finds a file that is not a database (or a damaged header) now, not at the first query.
    reading(file, () => db.prepare('SELECT COUNT(*) FROM sqlite_master').get());
    this.db = db;
    this.stmt = statementCache(db);
    this.readOnly = readOnly;
    this.readOnlyBecause = readOnlyBecause;
    this.log = new ChangeLog(db, this.stmt);
  }

  isEmpty(): boolean {
    return reading(this.file, () => (this.stmt('SELECT COUNT(*) AS n FROM actors').get() as { n: number }).n === 0);
  }

  dump(options: { asRows?: boolean } = {}): DatasetDump {
    return reading(this.file, () => this.withScanCache(() => this.dumpNow(options.asRows === true)));
  }

  /**
   * `read` with the connection's page cache held to SCAN_CACHE_KIB, then set back. A dump reads each
   * page once, in order; with SQLite's default cache (16 MB in better-sqlite3's build) the server's
   * start filled it with pages never read again, and the request thread kept them: 10 MB more RSS at
   * 50,000 actors / 500,000 relations, no faster a read (docs/history/engine-rounds.md, *Memory,
   * eighteenth round*). Writes keep the default: a restore with a 2 MB cache took 11 s instead of 6.
   */
  private withScanCache<T>(read: () => T): T {
    const cacheSize = this.db.pragma('cache_size', { simple: true }) as number;
    this.db.pragma(`cache_size = -${SCAN_CACHE_KIB}`);
    try {
      return read();
    } finally {
      this.db.pragma(`cache_size = ${cacheSize}`);
    }
  }

  private dumpNow(asRows: boolean): DatasetDump {
    // One read transaction, so a dump taken while ingests run is consistent (and its log position is its own).
    return this.db.transaction((): DatasetDump => {
      this.log.read();
      const documents = (this.stmt('SELECT id, title, outlet, date, url, note, text, republishes FROM documents ORDER BY rowid').all() as DocumentRow[]).map(documentOfRow);
      const actorRows = this.stmt('SELECT rowid AS _rowid, * FROM actors ORDER BY rowid').all() as (ActorRow & { _rowid: number })[];
      const actors = actorRows.map(actorOfRow);
      const evidence = new Map<string, EvidenceInput[]>();
      for (const e of this.stmt('SELECT * FROM evidence ORDER BY rowid').all() as EvidenceRow[]) {
        const list = evidence.get(e.relation_id);
        if (list) list.push(evidenceOfRow(e));
        else evidence.set(e.relation_id, [evidenceOfRow(e)]);
      }
      const relations = (this.stmt('SELECT * FROM relations ORDER BY rowid').all() as RelationRow[]).map((r) => relationOfRow(r, evidence.get(r.id) ?? []));
      // As rows, straight into columns (data/event-columns.ts), one copy of each id, type, origin
      // and date: each row's come as strings of their own (400,000 events made 1.6 million copies
      // of a few thousand names), and records of them all were made only to be turned into rows by
      // the Explorer. The columns hold the actors' own id strings (see EventColumns). Row by row:
      // rows read all at once lived long enough to be copied out of the young generation, and held
      // 190 MB more at the peak.
      const columns = asRows ? new EventColumns((this.stmt('SELECT COUNT(*) AS n FROM event_relations').get() as { n: number }).n, actors.map((a) => a.id)) : undefined;
      const ends = new ActorEnds(actorRows.map((a) => a._rowid), actors.map((a) => a.id));
      const eventRelations: EventRelation[] = [];
      const rows = this.stmt(readEvents(this.db)).raw(true).iterate() as IterableIterator<StoredEventValues>;
      for (const r of rows) eventRelations.push(columns ? heldEvent(r, columns, ends, eventRelations.length) : eventOfColumns(ends.named(r, eventRelations.length)));
      const curation = readCuration(this.db);
      return { documents, actors, relations, ...(eventRelations.length ? { eventRelations } : {}), ...(curation ? { curation } : {}) };
    })();
  }

  writeTransaction<T>(run: () => T): T {
    this.assertWritable();
    // IMMEDIATE takes the write lock at BEGIN (waiting up to busy_timeout for another process), so
    // what `run` reads cannot change under it before its writes commit.
    return this.log.logged(() => writing(this.file, () => this.db.transaction(run).immediate()));
  }

  async whenWritable<T>(attempt: () => T): Promise<T> {
    const until = performance.now() + LOCK_WAIT_MS;
    for (let pause = 1; ; pause = Math.min(2 * pause, LOCK_RETRY_MAX_MS)) {
      this.db.pragma('busy_timeout = 0');
      try {
        return attempt();
      } catch (e) {
        if (!(e instanceof StoreBusyError) || performance.now() >= until) throw e;
      } finally {
        this.db.pragma(`busy_timeout = ${LOCK_WAIT_MS}`);
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }

  replace(d: DatasetDump): void {
    this.assertWritable();
    this.log.logged(() => writing(this.file, () => this.replaceNow(d)));
  }


  private replaceNow(d: DatasetDump): void {
    this.db.transaction(() => {
      this.log.reload();
      writeCuration(this.db, d.curation);
      for (const t of ['evidence', 'event_relations', 'relations', 'actors', 'documents']) this.db.exec(`DELETE FROM ${t}`);
      d.documents.forEach((doc) => this.insertDocument(doc));
      // Affiliations may point forward in the list: insert actors, then check references at commit.
      this.db.pragma('defer_foreign_keys = ON');
      const actorRows = new Map(d.actors.map((a) => [a.id, this.insertActor(a)]));
      for (const r of d.relations) {
        this.insertRelation(r.id, r.source, r.target ?? null, r.type, r.between, r.note);
        r.evidence.forEach((e) => this.insertEvidence(r.id, e, this.documentText(e.document)));
      }
      // As plain records: a row (data/event-columns.ts) has no fields of its own to spread.
      for (const { source, target, type, origin, ...stats } of (d.eventRelations ?? []).map(eventRecord)) {
        this.stmt(INSERT_EVENT).run(endRow(actorRows, source), endRow(actorRows, target), type, origin, ...statsColumns(stats));
      }
    }).immediate();
  }

  rewrite(edit: (d: DatasetDump) => DatasetDump | undefined): DatasetDump {
    this.assertWritable();
    return this.log.logged(() => writing(this.file, () =>
      // IMMEDIATE: the write lock is taken before the read, so no ingest lands in between.
      this.db
        .transaction((): DatasetDump => {
          const before = this.dump();
          const after = edit(before);
          if (!after) return before;
          this.replaceNow(after);
          return after;
        })
        .immediate(),
    ));
  }

  apply(change: ChangeSet, verify?: (after: DatasetDump) => void): AppliedRelation[] {
    this.assertWritable();
    return this.log.logged(() => writing(this.file, () => this.applyNow(change, verify)));
  }

  private applyNow(change: ChangeSet, verify?: (after: DatasetDump) => void): AppliedRelation[] {
    const signedBefore = this.allSignedAt;
    return this.db.transaction((): AppliedRelation[] => {
      this.insertDocument(change.document);
      if (change.signature) this.insertSignature(change.document.id, change.signature);
      // Stored signed, so it needs no later signing; anything else stored since was found above.
      if (change.signature && signedBefore !== undefined) this.allSignedAt = signedBefore;
      change.actors.forEach((a) => this.insertActor(a));
      const applied = change.relations.map((r) => {
        const existing = this.findRelation(r);
        const relationId = existing?.id ?? this.newRelationId(r);
        if (!existing) this.insertRelation(relationId, r.source, r.target, r.type, r.between);
        this.insertEvidence(relationId, r.evidence, change.document.text);
        return { ...r, relationId, status: existing ? 'corroborated' : 'new' } as AppliedRelation;
      });
      verify?.(this.dump());
      this.log.ingest({ change, applied });
      return applied;
    }).immediate();
  }

  curation(): CurationStore {
    return new SqliteCurationStore(this.db, () => this.assertWritable(), this.log);
  }

  findDocumentByText(text: string): DocumentSummary | undefined {
    const row = this.stmt('SELECT id, title, outlet, date, url, note FROM documents WHERE sha256 = ?').get(sha256(text)) as (DocumentSummary & { url: string | null; note: string | null }) | undefined;
    if (!row) return undefined;
    const { url, note, ...rest } = row;
    return { ...rest, ...(url ? { url } : {}), ...(note ? { note } : {}) };
  }

  nearDuplicates(signature: Uint32Array): NearDuplicate[] {
    return reading(this.file, () => {
      const candidates = new Set<string>();
      bandHashes(signature).forEach((hash, band) => {
        for (const r of this.stmt('SELECT document_id FROM document_bands WHERE band = ? AND hash = ?').all(band, hash) as { document_id: string }[]) candidates.add(r.document_id);
      });
      const found: NearDuplicate[] = [];
      for (const id of candidates) {
        const row = this.stmt('SELECT s.minhash, d.republishes, d.rowid AS position FROM document_signatures s JOIN documents d ON d.id = s.document_id WHERE s.document_id = ?').get(id) as
          | { minhash: Buffer; republishes: string | null; position: number }
          | undefined;
        if (!row) continue;
        found.push({ id, similarity: similarity(signature, signatureFromBytes(row.minhash)), ...(row.republishes ? { republishes: row.republishes } : {}), position: row.position });
      }
      return found.sort((a, b) => b.similarity - a.similarity || a.position - b.position);
    });
  }

  documentsWithoutSignature(limit: number): { id: string; text: string }[] {
    // Asked before every ingest: once all are signed, the scan of every stored document is skipped
    // until another process commits or this one stores a document unsigned.
    const version = this.externalVersion();
    if (this.allSignedAt === version) return [];
    // As many signatures as documents means all are signed (a signature's row is its document's, one
    // each): counted from the two indexes, where the scan below reads every document's row. It is the
    // check after each commit of the server's store writer, another connection to this one.
    const count = (table: string): number => (this.stmt(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    if (reading(this.file, () => count('documents') === count('document_signatures'))) {
      if (!this.db.inTransaction) this.allSignedAt = version;
      return [];
    }
    const rows = reading(this.file, () =>
      this.stmt('SELECT id, text FROM documents WHERE id NOT IN (SELECT document_id FROM document_signatures) ORDER BY rowid LIMIT ?').all(limit) as { id: string; text: string }[],
    );
    if (!rows.length && !this.db.inTransaction) this.allSignedAt = version;
    return rows;
  }

  saveSignatures(signatures: { id: string; signature: Uint32Array | undefined }[]): void {
    this.assertWritable();
    writing(this.file, () =>
      this.db.transaction(() => {
        // A text too short to compare still gets a row (empty), so it is not computed again.
        for (const s of signatures) this.insertSignature(s.id, s.signature);
      })(),
    );
  }

  addFeed(url: string, title: string | undefined): boolean {
    this.assertWritable();
    return writing(this.file, () => this.stmt('INSERT OR IGNORE INTO feeds (url, title, added_at) VALUES (?, ?, ?)').run(url, title ?? null, new Date().toISOString()).changes > 0);
  }

  feeds(): FeedRecord[] {
    return reading(this.file, () =>
      (
        this.stmt(
          `SELECT f.url, f.title, f.added_at, f.last_polled_at, f.last_new_at, f.last_error, f.polls,
             (SELECT COUNT(*) FROM feed_items i WHERE i.feed_url = f.url AND i.status = 'added') AS added,
             (SELECT COUNT(*) FROM feed_items i WHERE i.feed_url = f.url AND i.status = 'failed') AS failed
           FROM feeds f ORDER BY f.rowid`,
        ).all() as { url: string; title: string | null; added_at: string; last_polled_at: string | null; last_new_at: string | null; last_error: string | null; polls: number; added: number; failed: number }[]
      ).map((r) => ({
        url: r.url,
        ...(r.title ? { title: r.title } : {}),
        addedAt: r.added_at,
        ...(r.last_polled_at ? { lastPolledAt: r.last_polled_at } : {}),
        ...(r.last_new_at ? { lastNewAt: r.last_new_at } : {}),
        ...(r.last_error ? { lastError: r.last_error } : {}),
        polls: r.polls,
        itemsAdded: r.added,
        itemsFailed: r.failed,
      })),
    );
  }

  feedItemAttempts(feedUrl: string): Map<string, { status: FeedItemStatus; attempts: number }> {
    return reading(this.file, () => {
      const rows = this.stmt('SELECT item_key, status, attempts FROM feed_items WHERE feed_url = ?').all(feedUrl) as { item_key: string; status: FeedItemStatus; attempts: number }[];
      return new Map(rows.map((r) => [r.item_key, { status: r.status, attempts: r.attempts }]));
    });
  }

  recordFeedItem(feedUrl: string, item: { key: string; link?: string; status: FeedItemStatus; documentId?: string; error?: string }): void {
    this.assertWritable();
    writing(this.file, () =>
      this.stmt(
        `INSERT INTO feed_items (feed_url, item_key, link, status, document_id, error, attempts, seen_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)
         ON CONFLICT (feed_url, item_key) DO UPDATE SET status = excluded.status, document_id = excluded.document_id, error = excluded.error, attempts = attempts + 1, seen_at = excluded.seen_at`,
      ).run(feedUrl, item.key, item.link ?? null, item.status, item.documentId ?? null, item.error ?? null, new Date().toISOString()),
    );
  }

  recordFeedPoll(feedUrl: string, outcome: { title?: string; newItems: number; error?: string }): void {
    this.assertWritable();
    const now = new Date().toISOString();
    writing(this.file, () =>
      this.stmt(
        `UPDATE feeds SET last_polled_at = ?, polls = polls + 1, last_error = ?, title = COALESCE(?, title),
           last_new_at = CASE WHEN ? > 0 THEN ? ELSE last_new_at END WHERE url = ?`,
      ).run(now, outcome.error ?? null, outcome.title ?? null, outcome.newItems, now, feedUrl),
    );
  }

  /**
   * Where each actor was last laid out (model/kept-layout.ts), so a start reuses the picture
   * instead of laying the graph out again; empty when none was kept. Actors deleted since are gone
   * with their rows; ones added since have none.
   */
  positions(): Positions {
    const out: Positions = keyedRecord();
    const rows = reading(this.file, () => this.stmt('SELECT actor_id, x, y FROM positions').raw().all() as [string, number, number][]);
    for (const [id, x, y] of rows) out[id] = { x, y };
    return out;
  }

  /** Replaces the kept positions with `positions` (of stored actors; others are left out). */
  savePositions(positions: Positions): void {
    this.writeTransaction(() => {
      this.db.exec('DELETE FROM positions');
      const insert = this.stmt('INSERT INTO positions (actor_id, x, y) SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM actors WHERE id = ?)');
      for (const id of Object.keys(positions)) insert.run(id, positions[id].x, positions[id].y, id);
    });
  }

  externalVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  loggedAt(): number {
    return this.log.loggedAt();
  }

  logEnd(): number {
    return reading(this.file, () => this.log.end());
  }

  changesSince(after: number, limit: number): LoggedChanges {
    return reading(this.file, () => this.db.transaction(() => this.log.since(after, limit))());
  }

  integrityCheck(): string[] {
    const rows = this.db.pragma('integrity_check') as { integrity_check: string }[];
    const problems = rows.map((r) => r.integrity_check).filter((s) => s !== 'ok');
    const fk = this.db.pragma('foreign_key_check') as unknown[];
    if (fk.length) problems.push(`${fk.length} rows break foreign keys`);
    return problems;
  }

  async backup(file: string): Promise<void> {
    await this.db.backup(file);
  }

  close(): void {
    if (!this.db.open) return;
    // Leave the file in rollback-journal mode: a cleanly closed store then opens read-only
    // without SQLite having to create its WAL index next to it (read-only paths, backups).
    if (!this.readOnly) {
      try {
        this.db.pragma('journal_mode = DELETE');
      } catch {
        // Another connection still has the file open in WAL mode; it stays WAL, which is fine.
      }
    }
    this.db.close();
  }

  private assertWritable(): void {
    // The variable, not the path: an HTTP client has no business knowing where the file lives.
    // The cause too (a read-only file, a failed schema move, a newer version's store): the client
    // learns why writes are refused without reading the server's log. Neither names the path.
    if (this.readOnly) {
      // A file-system error's message may hold the store's folder: that is cut out.
      const reason = this.readOnlyBecause?.split(path.dirname(path.resolve(this.file))).join('…');
      const because = reason ? ` (opened for reading only: ${reason})` : '';
      throw new ActorGraphError(`store: the database (ACTOR_GRAPH_DB) is read-only; reads still work${because}`, 'store_unavailable', 503);
    }
  }

  private documentText(id: string): string {
    const row = this.stmt('SELECT text FROM documents WHERE id = ?').get(id) as { text: string } | undefined;
    if (!row) throw new ActorGraphError(`evidence: unknown document "${id}"`, 'invalid_data', 422);
    return row.text;
  }

  /** Inserts a document; its signature, if any, is the caller's next statement. */
  private insertDocument(d: SourceDocument): void {
    this.allSignedAt = undefined;
    this.stmt('INSERT INTO documents (id, title, outlet, date, url, note, text, sha256, republishes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      d.id,
      d.title,
      d.outlet,
      d.date,
      d.url ?? null,
      d.note ?? null,
      d.text,
      sha256(d.text),
      d.republishes ?? null,
    );
  }

  /** The signature and its band hashes; an empty blob marks a text too short to compare. */
  private insertSignature(id: string, signature: Uint32Array | undefined): void {
    if (this.stmt('INSERT OR IGNORE INTO document_signatures (document_id, minhash) VALUES (?, ?)').run(id, signature ? signatureToBytes(signature) : Buffer.alloc(0)).changes === 0) return;
    if (!signature) return;
    bandHashes(signature).forEach((hash, band) => this.stmt('INSERT INTO document_bands (band, hash, document_id) VALUES (?, ?, ?)').run(band, hash, id));
  }

  /** Inserts the actor; its rowid, which coded events store as their ends (schema version 2). */
  private insertActor(a: Actor): number {
    const info = this
      .stmt('INSERT INTO actors (id, name, kind, affiliation, role, aliases, provisional) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(a.id, a.name, a.kind, a.affiliation ?? null, a.role ?? null, JSON.stringify(a.aliases), a.provisional ? 1 : 0);
    return Number(info.lastInsertRowid);
  }

  private insertRelation(id: string, source: string, target: string | null, type: string, between?: [string, string], note?: string): void {
    this
      .stmt('INSERT INTO relations (id, source, target, type, between_json, note) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, source, target, type, between ? JSON.stringify(between) : null, note ?? null);
  }

  private insertEvidence(relationId: string, e: EvidenceInput, text: string): void {
    const start = e.start ?? text.indexOf(e.quote);
    const reading = e.rule && e.cue && e.spans ? [e.rule, e.cue, JSON.stringify(e.spans)] : [null, null, null];
    this.stmt('INSERT OR IGNORE INTO evidence (relation_id, document_id, quote, start, confidence, method, rule, cue, spans) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      relationId,
      e.document,
      e.quote,
      start,
      e.confidence ?? 1,
      e.method ?? 'curated',
      ...reading,
    );
  }

  /**
   * The stored record `r` adds evidence to, read through the (source, type, target) index: the
   * first in table order, as a scan of the table would find it, without reading every relation.
   */
  private findRelation(r: RelationEvidence): RelationRow | undefined {
    const pairs = r.type === 'negotiates' ? [[r.source, r.target], [r.target, r.source]] : [[r.source, r.target]];
    const candidates = pairs.flatMap(([s, t]) => this.stmt('SELECT rowid AS position, * FROM relations WHERE source = ? AND type = ? AND (target = ? OR target IS NULL)').all(s, r.type, t) as (RelationRow & { position: number })[]);
    return candidates.sort((a, b) => a.position - b.position).find((row) => sameRelation(row, r));
  }

  private newRelationId(r: RelationEvidence): string {
    const base = `${r.source}-${r.type}-${r.target}`.slice(0, 110);
    const taken = (id: string): boolean => this.stmt('SELECT 1 FROM relations WHERE id = ?').get(id) !== undefined;
    let id = base;
    for (let n = 2; taken(id); n++) id = `${base}-${n}`;
    return id;
  }
}
