/**
 * The write path: checks for a duplicate, plans the ingest, checks what its change set touches and
 * commits it to the store in one transaction, then applies the same change to the Explorer's model
 * (a delta, no reload) and tells listeners (the page's live updates).
 */
import { Turn } from '../algorithms/turns';
import { parseDatasetJson } from '../data/load-dataset';
import { BusyError } from '../domain/errors';
import { summaryOf } from '../domain/types';
import type { AppliedRelation, ChangeSet, CommittedIngest } from '../domain/change';
import type { SourceDocument } from '../domain/types';
import type { ExtractionResult } from '../extract/types';
import type { CheckedIngest } from '../model/check-ingest';
import { curationDeltaFromJson } from '../model/curation-delta-json';
import type { Explorer } from '../query/explorer';
import { commitInProcess } from '../store/commit-ingest';
import type { CommitIngest } from '../store/commit-ingest';
import type { DatasetStore, NearDuplicate } from '../store/types';
import type { DocumentInput } from './input';
import { NEAR_DUPLICATE_THRESHOLD, signatureOf } from './near-duplicates';
import { normaliseDocument } from './normalise';
import { documentFor, planIngest } from './plan';
import type { Extractor, IngestReport } from './plan';

/** What listeners hear after the dataset changed. */
export interface DatasetChange {
  version: number;
  /**
   * `ingest` and `curation` when an article or a curator changed it (through this process or
   * another one on the same store); `external` when another process replaced the store's content; `layout` when the graph was laid out afresh (positions
   * changed, data did not); `shutdown` when the server stops (streams close).
   */
  reason: 'ingest' | 'external' | 'curation' | 'layout' | 'shutdown';
  document?: IngestReport['document'];
  actors?: number;
  relations?: number;
}

export type ChangeListener = (change: DatasetChange) => void;

/** Where an ingest's time went, in milliseconds: waiting behind others, extraction, the store write. */
export interface IngestTiming {
  queuedMs: number;
  extractMs: number;
  storeMs: number;
  totalMs: number;
}

/** An ingest planned on the model: its change set, what it touches (checked), and its report. */
interface PlannedIngest {
  change: ChangeSet;
  checked: CheckedIngest;
  report: IngestReport;
}

export type TimedIngestReport = IngestReport & { timing: IngestTiming };

export interface IngestorOptions {
  /** Ingests allowed to wait behind the running one; past that `ingest` fails with BusyError (503). Unbounded when absent. */
  maxWaiting?: number;
  /** Where ingests are committed: the server's store-writer thread; this thread's connection when absent. */
  commit?: CommitIngest;
}

const since = (t: number): number => Math.round(performance.now() - t);

export class Ingestor {
  private readonly listeners = new Set<ChangeListener>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Ingests queued or running. */
  private pending = 0;
  /** Recent time one ingest takes (moving average), for the Retry-After of a refused one. */
  private typicalMs = 1000;
  /**
   * The store's version when this process last caught up with it; another process's commit changes
   * it. Unknown at first: the Explorer's dataset may have been read some time before this was made.
   */
  private seenVersion: number | undefined;
  /** The change log's position the Explorer's dataset is at (see DatasetStore.changesSince). */
  private seenLog: number;
  private readonly commit: CommitIngest;

  constructor(
    private readonly store: DatasetStore,
    private readonly explorer: Explorer,
    private readonly extract: Extractor,
    private readonly options: IngestorOptions = {},
  ) {
    // The Explorer's dataset is what this store connection last read or wrote.
    this.seenLog = store.loggedAt();
    this.commit = options.commit ?? commitInProcess(store);
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Ingests run one after another: each plans against the dataset the previous one left. A full
   * queue refuses at once, storing nothing, rather than make every later writer wait longer.
   */
  ingest(input: DocumentInput, dryRun = false): Promise<TimedIngestReport> {
    const waiting = this.pending;
    if (waiting > (this.options.maxWaiting ?? Infinity)) {
      const seconds = Math.max(1, Math.ceil((waiting * this.typicalMs) / 1000));
      return Promise.reject(new BusyError(`write queue: ${waiting} ingests are ahead of this one; try again in ${seconds} s`, seconds));
    }
    const queuedAt = performance.now();
    this.pending++;
    const run = this.queue.then(() => this.ingestNow(input, dryRun, queuedAt)).finally(() => this.pending--);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async ingestNow(raw: DocumentInput, dryRun: boolean, queuedAt: number): Promise<TimedIngestReport> {
    const started = performance.now();
    const input = normaliseDocument(raw);
    const timed = (report: IngestReport, extractMs: number, storeMs: number): TimedIngestReport => {
      const work = performance.now() - started;
      this.typicalMs = 0.8 * this.typicalMs + 0.2 * work;
      return { ...report, timing: { queuedMs: Math.round(started - queuedAt), extractMs, storeMs, totalMs: since(queuedAt) } };
    };
    const found = this.store.findDocumentByText(input.text);
    if (found) return timed(duplicateOf(found, dryRun), 0, 0);
    if (!dryRun) this.signStoredDocuments();
    const signature = signatureOf(input.text);
    const first = signature ? firstCopy(this.store.nearDuplicates(signature)) : undefined;
    const document = { ...documentFor(input), ...(first ? { republishes: first } : {}) };
    const extracting = performance.now();
    const result = await this.extract(input.text, this.explorer.getDataset().actors, { documentId: document.id, date: input.date, outlet: input.outlet, ...(input.title ? { title: input.title } : {}) });
    const extractMs = since(extracting);
    if (dryRun) return timed(withFirstCopy(planIngest(this.explorer.getDataset(), document, result, true, this.explorer.datasetIndex()).report, first), extractMs, 0);
    const storing = performance.now();
    const report = await this.planAndCommit(input.text, document, result, signature, first);
    return timed(report, extractMs, since(storing));
  }

  /**
   * Plans the ingest on the model, has it committed (by `commit`: on the server in the store-writer
   * thread, so the transaction and its fsync leave this thread free for reads) and then applies it
   * to the model. It is planned at a change-log position and committed only if nothing was logged
   * since; else this process catches up with the store and plans again, and after STALE_ROUNDS such
   * rounds (another process committing all the while) it plans and writes holding the write lock.
   */
  private async planAndCommit(text: string, document: SourceDocument, result: ExtractionResult, signature: Uint32Array | undefined, first: string | undefined): Promise<IngestReport> {
    for (let round = 0; round < STALE_ROUNDS; round++) {
      // Read before catching up: the model then holds everything logged up to `basis`, and anything
      // another process logs meanwhile makes the commit stale. Read after, a commit landing between
      // the two would be counted in `basis` but missing from the plan (its new actor written twice).
      const basis = this.store.logEnd();
      const planned = this.planOnStore(text, document, result, signature, first);
      if (!('change' in planned)) return planned;
      const outcome = await this.commit(planned.change, basis);
      if ('stale' in outcome) continue;
      this.committed({ change: planned.change, applied: outcome.applied }, planned.checked, outcome.seq, planned.report);
      return planned.report;
    }
    const locked = await this.store.whenWritable(() =>
      this.store.writeTransaction((): IngestReport | [PlannedIngest, AppliedRelation[]] => {
        const planned = this.planOnStore(text, document, result, signature, first);
        return 'change' in planned ? [planned, this.store.apply(planned.change)] : planned;
      }),
    );
    if (!Array.isArray(locked)) return locked;
    const [planned, applied] = locked;
    this.committed({ change: planned.change, applied }, planned.checked, this.store.loggedAt(), planned.report);
    return planned.report;
  }

  /**
   * The ingest planned on the model once it has caught up with the store; or, when the store
   * already holds the text (another process may just have stored it), the report of that duplicate.
   */
  private planOnStore(text: string, document: SourceDocument, result: ExtractionResult, signature: Uint32Array | undefined, first: string | undefined): PlannedIngest | IngestReport {
    this.catchUpWithStore();
    const stored = this.store.findDocumentByText(text);
    return stored ? duplicateOf(stored, false) : this.plan(document, result, signature, first);
  }

  /** The change set of an ingest planned on the model now, checked (what it touches) before it is written. */
  private plan(document: SourceDocument, result: ExtractionResult, signature: Uint32Array | undefined, first: string | undefined): PlannedIngest {
    const plan = planIngest(this.explorer.getDataset(), document, result, false, this.explorer.datasetIndex());
    const change = { ...plan.change, ...(signature ? { signature } : {}) };
    return { change, checked: this.explorer.checkIngest(change), report: withFirstCopy(plan.report, first) };
  }

  /**
   * A committed ingest (at log position `seq`) updates the model and tells listeners. A catch-up
   * that ran while the commit was on its way (a curation's, the poll's) has applied it from the log
   * already: a commit made in the writer thread is logged under that thread's mark, read here as
   * another writer's. Nothing else can have changed the model since the plan: a change logged
   * before the commit makes it stale, one logged after it is read from the log with it.
   */
  private committed(ingest: CommittedIngest, checked: CheckedIngest, seq: number, report: IngestReport): void {
    if (seq <= this.seenLog) return;
    this.explorer.applyIngest(ingest, checked);
    this.seenLog = seq;
    this.emit({ reason: 'ingest', document: report.document, actors: report.actors.length, relations: report.relations.length });
  }

  /**
   * Documents stored without a MinHash signature (seeded, restored, older stores) get one before
   * the first near-duplicate check, in chunks; after that only new documents are signed, as stored.
   */
  private signStoredDocuments(): void {
    for (let chunk = this.store.documentsWithoutSignature(SIGN_CHUNK); chunk.length; chunk = this.store.documentsWithoutSignature(SIGN_CHUNK)) {
      this.store.saveSignatures(chunk.map((d) => ({ id: d.id, signature: signatureOf(d.text) })));
    }
  }

  /**
   * Applies what another process (the CLI, another server) committed to the store since it was
   * read: its ingests and curations as deltas, as this process's own; anything else (a restore, a
   * reset) by reading the store again.
   * All at once: called before this process writes (inside its write lock) or curates.
   */
  catchUpWithStore(): void {
    const now = this.store.externalVersion();
    if (now === this.seenVersion) return;
    while (this.catchUpStep(Number.MAX_SAFE_INTEGER));
    this.seenVersion = now;
  }

  /**
   * The same, one change a step in 8 ms turns with reads answered between (the server's poll): a
   * folder ingested by the CLI arrives as a stream of small deltas, not one long stall per poll.
   */
  async catchUpInTurns(): Promise<void> {
    const now = this.store.externalVersion();
    if (now === this.seenVersion) return;
    const before = this.seenVersion;
    const turn = new Turn();
    // One change at a time: applying one is milliseconds of this thread, and reads go between.
    while (this.catchUpStep(1)) if (turn.over()) await turn.pause();
    // Unless a write caught up meanwhile (it saw a later version).
    if (this.seenVersion === before) this.seenVersion = now;
  }

  /** Applies up to `limit` changes other processes logged; false when none were left. */
  private catchUpStep(limit: number): boolean {
    const logged = this.store.changesSince(this.seenLog, limit);
    if ('reload' in logged) {
      this.reloadFromStore();
      return false;
    }
    if (!logged.changes.length) {
      this.seenLog = logged.end;
      return false;
    }
    for (const change of logged.changes) {
      try {
        if ('curation' in change) this.explorer.applyCuration(curationDeltaFromJson(change.curation.delta), change.curation.event);
        else this.explorer.applyIngest(change.ingest, this.explorer.checkIngest(change.ingest.change));
      } catch {
        // A change that does not fit the model (refused, or failing half-way through a patch) means
        // the model missed something: it is read again whole, so no write is refused for ever.
        this.reloadFromStore();
        return false;
      }
      if ('curation' in change) this.emit({ reason: 'curation' });
      else this.emit({ reason: 'ingest', document: summaryOf(change.ingest.change.document), actors: actorsOf(change.ingest), relations: change.ingest.applied.length });
    }
    this.seenLog = logged.end;
    return true;
  }

  private reloadFromStore(): void {
    this.explorer.setDataset(parseDatasetJson(this.store.dump({ asRows: true }), 'store'));
    this.seenLog = this.store.loggedAt();
    this.emit({ reason: 'external' });
  }

  /** Tells listeners a curation changed the dataset (the Curator has already handed it to the Explorer). */
  announceCuration(): void {
    this.emit({ reason: 'curation' });
  }

  /**
   * Lays the graph out afresh (POST /api/layout): positions are otherwise kept across changes.
   * Resolves once the new positions are in (laid out in the worker pool); returns the new data version.
   */
  async relayout(): Promise<number> {
    await this.explorer.relayout();
    this.emit({ reason: 'layout' });
    return this.explorer.version;
  }

  /** Tells listeners the server is stopping, so open event streams end and do not hold the exit. */
  shutdown(): void {
    this.emit({ reason: 'shutdown' });
    this.listeners.clear();
  }

  private emit(change: Omit<DatasetChange, 'version'>): void {
    for (const l of this.listeners) l({ ...change, version: this.explorer.version });
  }
}

/** The actors an ingest brought or named, as its report counts them. */
function actorsOf({ change, applied }: CommittedIngest): number {
  const ids = new Set(change.actors.map((a) => a.id));
  for (const r of applied) {
    ids.add(r.source);
    ids.add(r.target);
    for (const party of r.between ?? []) ids.add(party);
  }
  return ids.size;
}

/** Plans committed and found stale before one is made holding the write lock (see planAndCommit). */
const STALE_ROUNDS = 3;

/** Documents signed per transaction when signing what was stored before. */
const SIGN_CHUNK = 500;

/** The first copy of the story a text republishes: the most similar stored document above the threshold, or the copy it republishes. */
function firstCopy(candidates: NearDuplicate[]): string | undefined {
  const best = candidates.find((c) => c.similarity >= NEAR_DUPLICATE_THRESHOLD);
  return best ? (best.republishes ?? best.id) : undefined;
}

const withFirstCopy = (report: IngestReport, first: string | undefined): IngestReport => (first ? { ...report, nearDuplicateOf: first } : report);

const duplicateOf = (document: IngestReport['document'], dryRun: boolean): IngestReport => ({ dryRun, duplicate: true, document, actors: [], relations: [] });
