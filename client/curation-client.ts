/**
 * The page's door to the curation API: the review queue, one relation's record, and the writes.
 * A write that needs the token (401) asks for it once, keeps it for this browser session only
 * (sessionStorage: gone when the tab closes) and tries again. It remembers the events this page
 * made, so a panel drawn again after a live update can tell its own changes from someone else's.
 */
import type { CurationEvent, CurationOp, CurationResult, RelationDetail, ReviewItem } from '../server/domain/curation';
import { curationPath } from '../server/domain/curation';
import { ApiError } from './api';

const TOKEN_KEY = 'actor-graph-token';

/** Asks the user for the write token; null when they cancel. */
export type AskToken = (retry: boolean) => Promise<string | null>;

async function answer<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => undefined)) as (T & { error?: { code?: string; message?: string } }) | undefined;
  if (res.ok && body) return body;
  throw new ApiError(body?.error?.message ?? `The server answered ${res.status}`, res.status, body?.error?.code ?? 'http');
}

async function request(input: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(input, init);
  } catch {
    throw new ApiError('Cannot reach the server. Is it running? Check the connection and retry.', 0, 'network');
  }
}

/** Told of each curation this page made, as soon as the server has answered. */
export type CuratedListener = (event: CurationEvent) => void;

export class CurationClient {
  /** Ids of the events this page made (a subject's version is the id of the last event naming it). */
  private readonly made = new Set<number>();
  private readonly listeners: CuratedListener[] = [];
  /** Writes sent and not answered yet, and who waits for there to be none. */
  private sending = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly askToken: AskToken) {}

  onCurated(listener: CuratedListener): void {
    this.listeners.push(listener);
  }

  /** Whether this page made the event with this id. */
  madeHere(eventId: number): boolean {
    return this.made.has(eventId);
  }

  /**
   * Settles once no write of this page awaits its answer: a version seen meanwhile may be its own
   * (the live update can come before the answer).
   */
  whenIdle(): Promise<void> {
    return this.sending === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  review(limit = 50): Promise<{ total: number; items: ReviewItem[] }> {
    return request(`/api/review?limit=${limit}`).then((r) => answer(r));
  }

  /** The latest events, newest first; `subject` (`relation:ID`): only those that touched it. */
  audit(limit = 20, subject?: string): Promise<{ total: number; events: CurationEvent[] }> {
    const q = new URLSearchParams({ limit: String(limit), ...(subject ? { subject } : {}) });
    return request(`/api/audit?${q.toString()}`).then((r) => answer(r));
  }

  relation(id: string): Promise<RelationDetail> {
    return request(`/api/relations/${encodeURIComponent(id)}`).then((r) => answer(r));
  }

  /** Runs a curation; asks for the token when the server wants one (again if it was wrong). */
  async curate(op: CurationOp, id: string, body: Record<string, unknown> = {}): Promise<CurationResult> {
    this.sending++;
    try {
      const result = await this.send(op, id, body);
      this.made.add(result.event.id);
      for (const listener of this.listeners) listener(result.event);
      return result;
    } finally {
      if (--this.sending === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  private async send(op: CurationOp, id: string, body: Record<string, unknown>): Promise<CurationResult> {
    for (let attempt = 0; ; attempt++) {
      const token = sessionStorage.getItem(TOKEN_KEY);
      const res = await request(`/api${curationPath(op, id)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      if (res.status !== 401) return answer<CurationResult>(res);
      sessionStorage.removeItem(TOKEN_KEY);
      const given = await this.askToken(attempt > 0 || token !== null);
      if (!given) throw new ApiError('A write token is needed to curate; nothing was changed.', 401, 'unauthorized');
      sessionStorage.setItem(TOKEN_KEY, given);
    }
  }
}
