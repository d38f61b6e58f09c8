/**
 * The client's only door to the HTTP API. Every call either resolves with typed data or rejects
 * with an ApiError whose message can be shown as is: the server's own message for 4xx/5xx, a
 * plain sentence when the server cannot be reached. Callers catch and show it where it happened.
 */
import type {
  ActorDetail,
  ActorSummary,
  CentralityResponse,
  ExportFormat,
  GraphResponse,
  MetricInfo,
  PathResponse,
  SourceDocument,
} from './api-types';
import type { Filters } from './state';
import { RELATION_TYPE_LIST, ACTOR_KIND_LIST } from './encodings';

export class ApiError extends Error {
  constructor(
    message: string,
    /** HTTP status, or 0 when no response came back. */
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** True when the caller abandoned the request (a newer one replaced it). */
export const isAbort = (e: unknown): boolean => e instanceof DOMException && e.name === 'AbortError';

type Params = Record<string, string | number | boolean | undefined>;

function url(path: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

async function send(path: string, params: Params, signal?: AbortSignal): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url(path, params), { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (isAbort(e)) throw e;
    throw new ApiError('Cannot reach the server. Is it running? Check the connection and retry.', 0, 'network');
  }
  if (res.ok) return res;
  // Errors are {error:{code,message}}; anything else (a proxy page, say) gets a generic message.
  let code = 'http';
  let message = `The server answered ${res.status} ${res.statusText}`.trim();
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string } };
    if (body.error?.message) message = body.error.message;
    if (body.error?.code) code = body.error.code;
  } catch {
    /* not JSON: keep the status line */
  }
  throw new ApiError(message, res.status, code);
}

async function getJson<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  const res = await send(path, params, signal);
  try {
    return (await res.json()) as T;
  } catch {
    throw new ApiError(`The server sent a response that is not JSON (${path})`, res.status, 'bad_response');
  }
}

/**
 * Filter query parameters, sending only what narrows the graph: the server rejects unknown
 * names, and an all-ticked list is the same as none.
 */
export function filterParams(f: Filters): Params {
  const p: Params = {};
  if (f.types.length < RELATION_TYPE_LIST.length) p.types = f.types.join(',');
  if (f.kinds.length < ACTOR_KIND_LIST.length) p.kinds = f.kinds.join(',');
  if (f.minEvidence > 1) p.minEvidence = f.minEvidence;
  if (f.since) p.since = f.since;
  if (f.until) p.until = f.until;
  if (f.provenance) p.provenance = f.provenance;
  if (f.reviewed) p.reviewed = f.reviewed;
  if (f.rollup) p.rollup = true;
  if (f.rollup && f.expand.length) p.expand = f.expand.join(',');
  return p;
}

export const api = {
  graph: (f: Filters | null, signal?: AbortSignal): Promise<GraphResponse> =>
    getJson('/api/graph', f ? filterParams(f) : {}, signal),
  /** An actor and its direct relations under the filters (to bring into an overview). */
  ego: (id: string, f: Filters, signal?: AbortSignal): Promise<GraphResponse> =>
    getJson('/api/graph', { ...filterParams(f), actor: id, depth: 1 }, signal),
  actors: (): Promise<{ actors: ActorSummary[] }> => getJson('/api/actors'),
  actor: (id: string, signal?: AbortSignal): Promise<ActorDetail> =>
    getJson(`/api/actors/${encodeURIComponent(id)}`, {}, signal),
  /** Louvain communities of the whole graph: `membership` maps actor id → community (0 the largest). */
  communities: (signal?: AbortSignal): Promise<{ modularity: number; membership: Record<string, number> }> =>
    getJson('/api/communities', {}, signal),
  metrics: (): Promise<{ metrics: MetricInfo[] }> => getJson('/api/metrics'),
  /** Server status; `writable` servers also stream live updates (GET /api/events). */
  health: (): Promise<{ dataVersion: number; writable: boolean }> => getJson('/api/health'),
  centrality: (metric: MetricInfo, f: Filters, signal?: AbortSignal): Promise<CentralityResponse> =>
    getJson(
      '/api/centrality',
      { metric: metric.id, ...(metric.directedOnly ? { directed: true } : {}), ...filterParams(f) },
      signal,
    ),
  path: (from: string, to: string, f: Filters, signal?: AbortSignal, viaAffiliations = false): Promise<PathResponse> =>
    getJson('/api/path', { from, to, ...(viaAffiliations ? { viaAffiliations: true } : {}), ...filterParams(f) }, signal),
  document: (id: string, signal?: AbortSignal): Promise<SourceDocument> =>
    getJson(`/api/documents/${encodeURIComponent(id)}`, {}, signal),
  /** An export file as a Blob, with the file name the server suggests. */
  async exportFile(format: ExportFormat, f: Filters): Promise<{ blob: Blob; fileName: string }> {
    const res = await send('/api/export', { format, ...filterParams(f) });
    const disposition = res.headers.get('Content-Disposition') ?? '';
    const fileName = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `actor-graph.${format}`;
    return { blob: await res.blob(), fileName };
  },
};

/** Aborts the previous request of a channel when a new one starts, so stale answers never land. */
export class Latest {
  private controller?: AbortController;

  next(): AbortSignal {
    this.controller?.abort();
    this.controller = new AbortController();
    return this.controller.signal;
  }
}
