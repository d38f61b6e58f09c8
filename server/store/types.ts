/**
 * The storage interface. The SQLite implementation is the default; a server database can take its
 * place by implementing these few methods. Every write is one transaction: all or nothing.
 */
import type { CurationStore } from './curation-store';
import type { AppliedRelation, ChangeSet, CommittedIngest } from '../domain/change';
import type { CurationEvent } from '../domain/curation';
import type { DatasetDump, DocumentSummary } from '../domain/types';

/** A stored document whose text is like a new one's: its estimated similarity, and the first copy it republishes. */
export interface NearDuplicate {
  id: string;
  similarity: number;
  republishes?: string;
  /** Order of storing: among equals, the earlier copy is the first. */
  position: number;
}

/** One change another process committed: an ingest, or a curation (its event, and what the model applies as JSON). */
export type LoggedChange = { ingest: CommittedIngest } | { curation: { event: CurationEvent; delta: unknown } };

/**
 * Changes other processes committed, to apply in order as deltas, or `reload` when something else
 * changed the dataset (read it all again). `end`: the log position read up to.
 */
export type LoggedChanges = { changes: LoggedChange[]; end: number } | { reload: true; end: number };

export interface DatasetStore {
  /**
   * Everything stored, as records; with `asRows`, the coded events as rows of columns
   * (data/event-columns.ts), which read and are written as their records: for a load, which holds
   * them so anyway (a second of the start at 500,000 events saved). Rows have no fields of their
   * own to spread or compare (eventRecord gives the record).
   */
  dump(options?: { asRows?: boolean }): DatasetDump;
  isEmpty(): boolean;
  /** Replaces everything with this dataset (seed, reset, restore). */
  replace(d: DatasetDump): void;
  /**
   * Reads everything and stores what `edit` makes of it, in one transaction that no other writer
   * can enter between the read and the write; `edit` returns undefined to leave it as it is.
   * Returns the content after the edit.
   */
  rewrite(edit: (d: DatasetDump) => DatasetDump | undefined): DatasetDump;
  /**
   * Adds a document with its actors and relation evidence. `verify` sees the whole resulting
   * dataset before commit; if it throws, nothing is written.
   */
  apply(change: ChangeSet, verify?: (after: DatasetDump) => void): AppliedRelation[];
  /**
   * Runs `run` holding the store's write lock, so another process cannot commit between what it
   * reads and what it writes (writes inside join this transaction).
   */
  writeTransaction<T>(run: () => T): T;
  /**
   * Runs `attempt` (which writes through `writeTransaction`) without holding this thread while
   * another connection has the write lock: an attempt that finds the lock taken fails at once and
   * is made again after a pause, with the thread free meanwhile, until the usual wait has passed.
   */
  whenWritable<T>(attempt: () => T): Promise<T>;
  /** Curations: reviewed, rejected and corrected records with their audit log (see curation-store.ts). */
  curation(): CurationStore;
  /** The stored document with exactly this text, if any. */
  findDocumentByText(text: string): DocumentSummary | undefined;
  /** Stored documents that may republish a text with this signature (LSH candidates), most similar first. */
  nearDuplicates(signature: Uint32Array): NearDuplicate[];
  /** Documents stored without a signature (seeded, restored, or stored before signatures existed), oldest first. */
  documentsWithoutSignature(limit: number): { id: string; text: string }[];
  saveSignatures(signatures: { id: string; signature: Uint32Array | undefined }[]): void;
  /** A number that changes whenever another process commits to the store. */
  externalVersion(): number;
  /**
   * The change log's position of what this connection last read (`dump`) or wrote: what other
   * processes commit after it is read with `changesSince`.
   */
  loggedAt(): number;
  /** The change log's last position now, whoever wrote it (0 when nothing was ever logged). */
  logEnd(): number;
  /** What other processes committed after log position `after` (at most `limit` entries; see change-log.ts). */
  changesSince(after: number, limit: number): LoggedChanges;
  /** Problems found by the database's own consistency check (empty when sound). */
  integrityCheck(): string[];
  /** Writes a consistent copy of the store to `file` while it stays in use. */
  backup(file: string): Promise<void>;
  close(): void;
}

export type FeedItemStatus = 'added' | 'duplicate' | 'failed';

/** A feed being followed, with what its polls found (shown by `feeds list`). */
export interface FeedRecord {
  url: string;
  title?: string;
  addedAt: string;
  lastPolledAt?: string;
  /** When a poll last found an item not seen before. */
  lastNewAt?: string;
  /** The last poll's error; absent when it succeeded. */
  lastError?: string;
  polls: number;
  itemsAdded: number;
  itemsFailed: number;
}

/** Per-feed state, kept in the same database as the documents it led to. */
export interface FeedState {
  /** False when the feed was already followed. */
  addFeed(url: string, title: string | undefined): boolean;
  feeds(): FeedRecord[];
  /** The items of a feed seen so far, by item key (guid, id or link), with their outcome. */
  feedItemAttempts(feedUrl: string): Map<string, { status: FeedItemStatus; attempts: number }>;
  recordFeedItem(feedUrl: string, item: { key: string; link?: string; status: FeedItemStatus; documentId?: string; error?: string }): void;
  recordFeedPoll(feedUrl: string, outcome: { title?: string; newItems: number; error?: string }): void;
}
