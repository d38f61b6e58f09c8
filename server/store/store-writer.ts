/**
 * The server's store writer: a worker thread with its own connection to the store file, where an
 * ingest's transaction, its commit and the commit's fsync (WAL, synchronous = FULL) happen, so the
 * request thread serves reads meanwhile and only awaits the answer. Commits are answered in the
 * order they were asked (one thread, one connection). The worker logs under its own writer mark:
 * if its answer is lost (the thread died after committing), the request thread finds the commit
 * in the change log like one of another process's.
 *
 * The thread leaves once no write came for a while (it costs about 18 MB started, and its heap
 * 6–21 MB at 50,000 actors): told to, it closes its connection after every write asked of it has
 * been answered, and the next write starts a new thread with a connection of its own. Each write
 * is one transaction, committed or rolled back whole, so a thread leaving between writes leaves
 * nothing half-written; the new thread's writes come after the old one's, which were answered.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ActorGraphError } from '../domain/errors';
import type { ChangeSet } from '../domain/change';
import type { Positions } from '../graph/layout';
import type { CommitIngest, CommitOutcome } from './commit-ingest';
import { workerResourceLimits } from '../workers/thread-limits';
import { exposeGcToNewThreads } from '../workers/collect-after-task';

/** Positions as columns: cloned into the thread far faster than an object per actor. */
export interface PositionColumns {
  ids: string[];
  xs: Float64Array;
  ys: Float64Array;
}

export type WriterRequest =
  | { id: number; change: ChangeSet; basis: number; positions?: undefined; close?: undefined }
  | { id: number; positions: PositionColumns; change?: undefined; close?: undefined }
  | { close: true };

export type WriterResponse =
  /** `outcome`: a commit's; none for saved positions. */
  | { id: number; ok: true; outcome?: CommitOutcome }
  /** `code` and `status` when the worker's error was an ActorGraphError (a 503 for a store that cannot write). */
  | { id: number; ok: false; error: { message: string; code?: string; status?: number } };

interface Job {
  resolve: (outcome: CommitOutcome | undefined) => void;
  reject: (e: Error) => void;
  /** The thread it was posted to: a thread that stops fails its own jobs, not those of the thread after it. */
  worker: Worker;
}

/**
 * The writer thread leaves after this long without a write. Starting it again costs the next write
 * a thread and a connection (about 0.1 s): a burst of ingests keeps it, a quiet server gets its
 * memory back.
 */
const WRITER_IDLE_MS = 120_000;

/** The compiled worker, or from TypeScript sources (tests, ts-node) the shim that loads it through ts-node. */
const workerFile = (): string => (__filename.endsWith('.ts') ? path.join(__dirname, 'ts-store-writer.js') : path.join(__dirname, 'store-writer-worker.js'));

export class StoreWriter {
  private worker?: Worker;
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;
  /** Closed for good (the server is stopping): no thread is started again, so none opens the file after the server closed it. */
  private closed = false;
  /** Ends the thread once no write came for idleMs (set while none is waiting). */
  private idleTimer?: NodeJS.Timeout;
  /** Threads told to leave that have not exited yet: `close` waits for them too. */
  private readonly leaving = new Set<Promise<void>>();

  constructor(
    private readonly file: string,
    private readonly idleMs = WRITER_IDLE_MS,
  ) {}

  readonly commit: CommitIngest = (change, basis) =>
    this.ask((id) => ({ id, change, basis })).then((outcome) => outcome as CommitOutcome);

  /**
   * Replaces the kept layout (`SqliteStore.savePositions`) in the thread: at 50,000 actors that
   * write held the request thread about 160 ms each time a layout landed.
   */
  async savePositions(positions: Positions): Promise<void> {
    const ids = Object.keys(positions);
    const xs = new Float64Array(ids.length);
    const ys = new Float64Array(ids.length);
    ids.forEach((key, i) => {
      xs[i] = positions[key].x;
      ys[i] = positions[key].y;
    });
    await this.ask((id) => ({ id, positions: { ids, xs, ys } }));
  }

  private ask(request: (id: number) => WriterRequest): Promise<CommitOutcome | undefined> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      clearTimeout(this.idleTimer);
      const worker = this.ensure();
      this.jobs.set(id, { resolve, reject, worker });
      worker.postMessage(request(id));
    });
  }

  /** Starts the thread (and opens its connection) now rather than at the first commit; like a write, it leaves the thread to leave once idle. */
  start(): void {
    if (this.closed) return;
    this.ensure();
    this.idleAfterLastJob();
  }

  /** Ends the worker once the commits asked for are answered; its connection is closed first. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.idleTimer);
    const w = this.worker;
    this.worker = undefined;
    if (w) this.leave(w);
    await Promise.all(this.leaving);
  }

  /**
   * Tells `w` to close its connection and exit once the messages before this one are handled.
   * Held again while it closes: unref'd, the process could end first, with the server's own
   * connection never closed and the file left in WAL mode (a read-only path then cannot open it).
   */
  private leave(w: Worker): void {
    w.ref();
    const exited = new Promise<void>((resolve) => w.once('exit', () => resolve()));
    this.leaving.add(exited);
    void exited.then(() => this.leaving.delete(exited));
    w.postMessage({ close: true } satisfies WriterRequest);
  }

  /** Once no write waits, the thread is given idleMs before it is told to leave (the next write starts a new one). */
  private idleAfterLastJob(): void {
    if (this.jobs.size || !this.worker) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      const w = this.worker;
      if (this.jobs.size || !w) return;
      this.worker = undefined;
      this.leave(w);
    }, this.idleMs);
    this.idleTimer.unref();
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    if (this.closed) throw new ActorGraphError('store: the server is stopping; try again', 'store_unavailable', 503);
    // It collects after its writes (workers/collect-after-task.ts).
    exposeGcToNewThreads();
    const w = new Worker(workerFile(), { workerData: { file: this.file }, resourceLimits: workerResourceLimits() });
    // The server's listening socket keeps the process alive, not this thread.
    w.unref();
    w.on('message', (m: WriterResponse) => {
      const job = this.jobs.get(m.id);
      if (!job) return;
      this.jobs.delete(m.id);
      if (m.ok) job.resolve(m.outcome);
      else job.reject(m.error.code && m.error.status ? new ActorGraphError(m.error.message, m.error.code, m.error.status) : new Error(m.error.message));
      this.idleAfterLastJob();
    });
    w.on('error', (e) => this.fail(w, e));
    w.on('exit', (code) => this.fail(w, new Error(`exited with code ${code}`)));
    this.worker = w;
    return w;
  }

  /**
   * Refuses the commits still waiting on a worker that stopped; the next commit starts a new one.
   * A transaction cut off by the stop is rolled back by SQLite; one committed before it is in the
   * change log, where the request thread's catch-up finds it.
   */
  private fail(w: Worker, e: Error): void {
    if (this.worker === w) this.worker = undefined;
    for (const [id, job] of this.jobs) {
      if (job.worker !== w) continue;
      job.reject(new ActorGraphError(`store: the writer thread stopped (${e.message}); try again`, 'store_unavailable', 503));
      this.jobs.delete(id);
    }
  }
}
