/**
 * Live updates: one EventSource on GET /api/events. A `dataset` event (the server's data changed:
 * an article was ingested, or the store was written by another process) is handed to the
 * controller, which reloads the graph in place. The browser reconnects by itself after a network
 * error (the server asks for 3 s); after a reconnection the page reloads once, since events sent
 * while it was away are lost. `shutdown` (the server is stopping) closes the stream, and the page
 * tries again later with a growing delay. The stream is closed when the page is hidden for good or
 * put in the back-forward cache, and reopened when it comes back.
 */
import type { DatasetChange } from './api-types';

export interface LiveUpdateEvents {
  /** The data changed on the server. */
  changed(change: DatasetChange): void;
  /** The stream came back after an interruption: changes may have been missed. */
  resumed(): void;
  /** The stream's state, for the page to show (tests wait for `open`). */
  state(state: 'connecting' | 'open' | 'closed'): void;
}

const RETRY_FIRST_MS = 5_000;
const RETRY_MAX_MS = 60_000;

function parseChange(data: unknown): DatasetChange | null {
  if (typeof data !== 'string') return null;
  try {
    const v = JSON.parse(data) as unknown;
    if (typeof v !== 'object' || v === null) return null;
    const c = v as Partial<DatasetChange>;
    return typeof c.version === 'number' && typeof c.reason === 'string' ? (c as DatasetChange) : null;
  } catch {
    return null;
  }
}

export class LiveUpdates {
  private source: EventSource | null = null;
  private retryTimer: number | undefined;
  private retryDelay = RETRY_FIRST_MS;
  /** Set after an error or a shutdown: the next `open` is a resumption. */
  private interrupted = false;
  private stopped = true;

  constructor(
    private readonly url: string,
    private readonly events: LiveUpdateEvents,
  ) {}

  /** Opens the stream (no-op when open, or when the browser has no EventSource). */
  start(): void {
    this.stopped = false;
    if (this.source || typeof EventSource === 'undefined') return;
    window.clearTimeout(this.retryTimer);
    const source = new EventSource(this.url);
    this.source = source;
    this.events.state('connecting');
    source.addEventListener('open', () => {
      this.retryDelay = RETRY_FIRST_MS;
      this.events.state('open');
      if (this.interrupted) {
        this.interrupted = false;
        this.events.resumed();
      }
    });
    source.addEventListener('dataset', (e) => {
      const change = parseChange((e as MessageEvent).data);
      if (change) this.events.changed(change);
    });
    source.addEventListener('shutdown', () => {
      // The server is going away: do not hammer it; try again after a while.
      this.interrupted = true;
      this.close();
      this.scheduleRetry();
    });
    source.addEventListener('error', () => {
      // CONNECTING: the browser retries on its own. CLOSED: it gave up (e.g. an HTTP error), so
      // we retry later. Either way nothing is logged: an unreachable server is shown elsewhere.
      this.interrupted = true;
      if (source.readyState === EventSource.CLOSED) {
        this.close();
        this.scheduleRetry();
      } else {
        this.events.state('connecting');
      }
    });
  }

  /** Closes the stream and cancels any pending retry. */
  stop(): void {
    this.stopped = true;
    window.clearTimeout(this.retryTimer);
    this.close();
  }

  get open(): boolean {
    return this.source !== null;
  }

  private close(): void {
    if (!this.source) return;
    this.source.close();
    this.source = null;
    this.events.state('closed');
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    window.clearTimeout(this.retryTimer);
    this.retryTimer = window.setTimeout(() => {
      if (!this.stopped) this.start();
    }, this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
  }
}
