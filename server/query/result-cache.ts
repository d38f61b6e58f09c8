/**
 * The Explorer's results cache: least-recently-used entries within a byte budget (lru-cache),
 * keyed by the dataset version, and the queries in flight, so an identical request joins the one
 * already running instead of repeating it. A computation is cancelled when every caller waiting
 * for it has gone (each caller's AbortSignal); its result is then not kept.
 *
 * ACTOR_GRAPH_CACHE_MB sets the budget (default DEFAULT_CACHE_MB). Entry sizes are estimates
 * (estimateBytes): typed arrays by their length, strings at two bytes a character, objects and
 * arrays with a fixed overhead, long arrays and big records from a sample of their items; an entry
 * over the whole budget is computed but not kept.
 */
import { LRUCache } from 'lru-cache';
import { envNumber } from '../env-number';

const DEFAULT_CACHE_MB = 256;
/** More than any machine this runs on has (1 TB): a larger budget is a typing mistake. */
const MAX_CACHE_MB = 1_048_576;

/** The budget ACTOR_GRAPH_CACHE_MB asks for, in bytes, checked. */
export function cacheBudget(env: NodeJS.ProcessEnv = process.env): number {
  const mb = envNumber(env, 'ACTOR_GRAPH_CACHE_MB', { min: 0, max: MAX_CACHE_MB, open: true }, DEFAULT_CACHE_MB);
  return Math.max(1, Math.round(mb * 1024 * 1024));
}

/** Arrays longer than this are sized from this many of their elements. */
const SAMPLE_ABOVE = 256;

/**
 * Approximate heap bytes of plain data. Class instances (a graph, a slice) are not walked: they
 * are shared with the Explorer, not owned by the entry, so they count a fixed 64 bytes.
 */
export function estimateBytes(value: unknown, seen = new Set<object>()): number {
  if (typeof value === 'string') return 16 + 2 * value.length;
  if (typeof value !== 'object' || value === null) return 8;
  if (seen.has(value)) return 0;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return 64 + value.byteLength;
  if (Array.isArray(value)) {
    // Long arrays (rankings, link lists) are alike from end to end: a sample of them is measured
    // and scaled, so sizing a 400,000-link answer costs microseconds on the request thread.
    const step = value.length > SAMPLE_ABOVE ? value.length / SAMPLE_ABOVE : 1;
    let sampled = 0;
    let count = 0;
    for (let i = 0; i < value.length; i += step, count++) sampled += estimateBytes(value[Math.floor(i)], seen);
    return 16 + 8 * value.length + (count ? (sampled * value.length) / count : 0);
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return 64;
  // Records keyed by actor (a metric's values over 20,000 actors) are sampled as long arrays are:
  // walking every entry took tens of milliseconds on the request thread after each ingest.
  const keys = Object.keys(value);
  const step = keys.length > SAMPLE_ABOVE ? keys.length / SAMPLE_ABOVE : 1;
  let sampled = 0;
  let count = 0;
  for (let i = 0; i < keys.length; i += step, count++) {
    const k = keys[Math.floor(i)];
    sampled += 16 + 2 * k.length + estimateBytes((value as Record<string, unknown>)[k], seen);
  }
  return 32 + (count ? (sampled * keys.length) / count : 0);
}

/** A computation in flight and how many callers wait for it. */
interface Flight {
  promise: Promise<unknown>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
}

/** Rejects when `signal` aborts, else settles as `promise` does. */
function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

export class ResultCache {
  private readonly lru: LRUCache<string, { value: unknown }>;
  private readonly flights = new Map<string, Flight>();
  private version = 0;
  readonly maxBytes: number;
  /** Computations started (a joined request does not start one); tests count them. */
  computations = 0;

  constructor(maxBytes?: number) {
    this.maxBytes = maxBytes ?? cacheBudget();
    this.lru = new LRUCache<string, { value: unknown }>({ maxSize: this.maxBytes, sizeCalculation: (e) => Math.max(1, Math.ceil(estimateBytes(e.value))) });
  }

  /**
   * A new dataset version: every entry goes, but those whose key `keep` accepts (results the change
   * cannot have altered), which carry over to the new version; results of older flights are not kept.
   */
  clear(keep?: (key: string) => boolean): void {
    const prefix = `${this.version}:`;
    const kept = keep ? [...this.lru.entries()].filter(([k]) => keep(k.slice(prefix.length))) : [];
    this.version++;
    this.lru.clear();
    this.flights.clear();
    for (const [k, e] of kept) this.lru.set(`${this.version}:${k.slice(prefix.length)}`, e);
  }

  /** Bytes held (estimated) and entries. */
  stats(): { bytes: number; entries: number; maxBytes: number } {
    return { bytes: this.lru.calculatedSize, entries: this.lru.size, maxBytes: this.maxBytes };
  }

  /** The kept value for `key`, or `compute`'s, kept (on this thread: for cheap work only). */
  get<T>(key: string, compute: () => T): T {
    const k = `${this.version}:${key}`;
    const hit = this.lru.get(k);
    if (hit) return hit.value as T;
    const value = compute();
    this.lru.set(k, { value });
    return value;
  }

  /** Whether a value for `key` is kept (this version's). */
  has(key: string): boolean {
    return this.lru.has(`${this.version}:${key}`);
  }

  /**
   * The kept value for `key`; else joins the same computation in flight; else starts `compute`
   * with a signal that aborts once every caller waiting for it has aborted its own `signal`.
   */
  async getAsync<T>(key: string, compute: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    const k = `${this.version}:${key}`;
    const hit = this.lru.get(k);
    if (hit) return hit.value as T;
    let flight = this.flights.get(k);
    if (!flight) {
      const controller = new AbortController();
      const version = this.version;
      this.computations++;
      const f: Flight = { promise: Promise.resolve(), controller, waiters: 0, settled: false };
      f.promise = compute(controller.signal).then(
        (value) => {
          f.settled = true;
          if (this.flights.get(k) === f) this.flights.delete(k);
          if (this.version === version) this.lru.set(k, { value });
          return value;
        },
        (e: unknown) => {
          f.settled = true;
          if (this.flights.get(k) === f) this.flights.delete(k);
          throw e;
        },
      );
      // Callers that left still leave the promise behind: its rejection is theirs, not unhandled.
      f.promise.catch(() => undefined);
      this.flights.set(k, f);
      flight = f;
    }
    const f = flight;
    f.waiters++;
    try {
      return (await untilAborted(f.promise, signal)) as T;
    } finally {
      f.waiters--;
      if (f.waiters === 0 && !f.settled) {
        // Nobody waits any more: stop the work, and let the next request start afresh.
        if (this.flights.get(k) === f) this.flights.delete(k);
        f.controller.abort(new DOMException('every request for this result has gone', 'AbortError'));
      }
    }
  }
}
