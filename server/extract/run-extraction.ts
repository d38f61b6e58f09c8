/**
 * How the server runs extraction: in a worker thread, so a long article (about 10 s for 1 MB) never
 * blocks the requests other users are making. The worker runs the compiled module; when the code
 * runs from TypeScript sources (tests, ts-node) there is no compiled worker and extraction runs
 * in-process instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ActorGraphError } from '../domain/errors';
import type { Extractor, ExtractOptions } from '../ingest/plan';
import type { Actor } from '../domain/types';
import { GazetteerSnapshot } from './gazetteer-snapshot';
import { workerResourceLimits } from '../workers/thread-limits';
import { exposeGcToNewThreads } from '../workers/collect-after-task';
import type { ExtractionResult, Gazetteer } from './types';

/** Actors per message when a gazetteer is sent whole: a few ms of copying each on a busy machine. */
const GAZETTEER_PART = 2048;

/** What a warm-up extracts: a sentence naming no one, so the matcher and the NLP library are made ready. */
const WARM_UP_TEXT = 'The talks resumed on Monday.';
const WARM_UP_OPTIONS: ExtractOptions = { documentId: 'warm-up', date: '2026-01-01', outlet: 'warm-up' };

/** Longest an extraction may run before the worker is replaced and the ingest refused. */
const TIMEOUT_MS = 60_000;

/**
 * The worker leaves after this long without an article: at 50,000 actors it holds about 100 MB
 * (its heap: the gazetteer's copy, the matcher, the NLP library). A new one costs the next ingest
 * the worker's start, the gazetteer sent whole and the matcher built again (under a second at that
 * size), so a burst of ingests keeps it and only a quiet server gives the memory back.
 */
const EXTRACTION_IDLE_MS = 120_000;

/**
 * Extraction on this thread (the CLI, tests). Its modules, the NLP library with them (about half
 * a second), load at the first call: the server extracts in its worker and need not load them to start.
 */
export const extractInProcess: Extractor = async (text, gazetteer, options) => (await import('./index')).extractRelations(text, gazetteer, options);

interface Job {
  resolve: (r: ExtractionResult) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * One worker, started at the first job and left to exit once idle for `idleMs`; jobs are answered
 * in order by id. The worker keeps its own copy of the gazetteer: it is sent whole once, then only
 * the actors appended since (again whole when the list is replaced or edited, or the worker is new).
 */
export class ExtractionWorker {
  private worker?: Worker;
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;
  /** The gazetteer as the current worker holds it. */
  private readonly sent = new GazetteerSnapshot();
  private sentCount = 0;
  /** Ends the worker once no job came for idleMs (set while none is waiting). */
  private idleTimer?: NodeJS.Timeout;

  constructor(
    private readonly file: string,
    private readonly idleMs = EXTRACTION_IDLE_MS,
  ) {}

  /** Posting the jobs so far, in order (see post). */
  private sending: Promise<void> = Promise.resolve();

  readonly extract: Extractor = (text, gazetteer, options) =>
    new Promise((resolve, reject) => {
      const id = this.nextId++;
      const timer = setTimeout(() => {
        this.fail(new ActorGraphError(`text: extraction took longer than ${TIMEOUT_MS / 1000} s`, 'extraction_timeout', 422));
      }, TIMEOUT_MS);
      this.jobs.set(id, { resolve, reject, timer });
      clearTimeout(this.idleTimer);
      // After the jobs before it are posted: the worker reads its messages in order. A post that
      // throws (no worker could start, a message that cannot be copied) fails the waiting jobs as a
      // worker's error does, and leaves the chain open for the jobs after them.
      this.sending = this.sending.then(() => this.post(id, text, gazetteer, options)).catch((e: unknown) => this.fail(e instanceof Error ? e : new Error(String(e))));
    });

  /**
   * Posts a job with what the worker lacks of its gazetteer; a gazetteer sent whole goes ahead in
   * parts of GAZETTEER_PART actors, a turn of the event loop apart: copying 50,000 actors into the
   * worker in one message held the request thread 40–180 ms at the first article after a start (or
   * after the worker left, idle).
   */
  private async post(id: number, text: string, gazetteer: Gazetteer, options: ExtractOptions): Promise<void> {
    if (!this.jobs.has(id)) return; // failed while jobs before it were posted
    const worker = this.ensure();
    let delta = this.delta(gazetteer);
    if ('replace' in delta && delta.replace.length > GAZETTEER_PART) {
      const whole = delta.replace.slice();
      for (let from = 0; from < whole.length; from += GAZETTEER_PART) {
        const part = whole.slice(from, from + GAZETTEER_PART);
        worker.postMessage({ gazetteer: from ? { from, append: part } : { from: 0, replace: part } } satisfies GazetteerPart);
        await new Promise((resolve) => setImmediate(resolve));
        // Failed meanwhile: the job is answered, and a new worker is sent the list whole.
        if (this.worker !== worker) return;
      }
      delta = { from: whole.length, append: [] };
    }
    worker.postMessage({ id, text, gazetteer: delta, options } satisfies WorkerRequest);
  }

  /**
   * Starts the worker ahead of the first article: it loads the NLP library, is sent `gazetteer`
   * and builds its matcher, with a sentence no one reads. At 50,000 actors that is most of the
   * first ingest after a start (about a second); the article that follows, given the same list,
   * sends only what was appended since. Like any job, it leaves the worker to exit once idle.
   */
  warm(gazetteer: Gazetteer): Promise<void> {
    return this.extract(WARM_UP_TEXT, gazetteer, WARM_UP_OPTIONS).then(
      () => undefined,
      () => undefined, // a worker that failed here is replaced at the next job
    );
  }

  /** What the worker lacks of `gazetteer`, recorded as sent. */
  private delta(gazetteer: Gazetteer): GazetteerDelta {
    const appended = this.sent.appendedSince(gazetteer);
    const delta: GazetteerDelta = appended ? { from: this.sentCount, append: appended } : { from: 0, replace: gazetteer };
    this.sent.record(gazetteer);
    this.sentCount = gazetteer.length;
    return delta;
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    await this.worker?.terminate();
    this.worker = undefined;
  }

  /** Once no job waits, the worker is given idleMs before it is ended (the next job starts a new one). */
  private idleAfterLastJob(): void {
    if (this.jobs.size) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.jobs.size) return;
      void this.worker?.terminate();
      this.worker = undefined;
    }, this.idleMs);
    this.idleTimer.unref();
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    // It collects after its articles (workers/collect-after-task.ts).
    exposeGcToNewThreads();
    const w = new Worker(this.file, { resourceLimits: workerResourceLimits() });
    w.unref();
    // A new worker holds no gazetteer yet.
    this.sent.clear();
    this.sentCount = 0;
    w.on('message', (m: WorkerResponse) => {
      const job = this.jobs.get(m.id);
      if (!job) return;
      clearTimeout(job.timer);
      this.jobs.delete(m.id);
      if (m.ok) job.resolve(m.result);
      else job.reject(new Error(m.error));
      this.idleAfterLastJob();
    });
    w.on('error', (e) => this.fail(e));
    w.on('exit', () => {
      if (this.worker === w) this.worker = undefined;
    });
    this.worker = w;
    return w;
  }

  /** Fails every waiting job and replaces the worker (it may be stuck). */
  private fail(e: Error): void {
    for (const job of this.jobs.values()) {
      clearTimeout(job.timer);
      job.reject(e);
    }
    this.jobs.clear();
    void this.worker?.terminate();
    this.worker = undefined;
  }
}

/** The change to the worker's gazetteer sent with a job: the whole list, or the actors appended at index `from`. */
export type GazetteerDelta = { from: 0; replace: Gazetteer } | { from: number; append: readonly Actor[] };

export interface WorkerRequest {
  id: number;
  text: string;
  gazetteer: GazetteerDelta;
  options: ExtractOptions;
}

/** Part of a gazetteer sent whole, ahead of the job it goes with (no answer). */
export interface GazetteerPart {
  gazetteer: GazetteerDelta;
}

export type WorkerResponse = { id: number; ok: true; result: ExtractionResult } | { id: number; ok: false; error: string };

/** The worker-backed extractor when compiled code is running, in-process otherwise; `warm`: see ExtractionWorker.warm (nothing in-process). */
export function serverExtractor(): { extract: Extractor; warm: (gazetteer: Gazetteer) => Promise<void>; close: () => Promise<void> } {
  const file = path.join(__dirname, 'extract-worker.js');
  if (!fs.existsSync(file)) return { extract: extractInProcess, warm: async () => undefined, close: async () => undefined };
  const w = new ExtractionWorker(file);
  return { extract: w.extract, warm: (gazetteer) => w.warm(gazetteer), close: () => w.close() };
}
