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
import type { z } from 'zod';
import type { OperationName, Operations } from '../server/operations/registry';
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

/** What an operation takes, as the server declares it (server/operations). */
export type ParamsOf<N extends OperationName> = z.input<Operations[N]['params']>;
/** What an operation answers, as the server's `run` returns it. */
export type ResultOf<N extends OperationName> = Awaited<ReturnType<Operations[N]['run']>>;

/** Each operation's route under /api: the compiler checks each against the server's declaration. */
const PATHS: { [N in OperationName]: Operations[N]['path'] } = {
  graph: '/graph',
  actors: '/actors',
  actor: '/actors/:id',
  metrics: '/metrics',
  centrality: '/centrality',
  edgeBetweenness: '/edge-betweenness',
  diff: '/diff',
  communities: '/communities',
  path: '/path',
  export: '/export',
  documents: '/documents',
  document: '/documents/:id',
  review: '/review',
  audit: '/audit',
  relation: '/relations/:id',
};

/** The URL of an operation: `:name` segments filled from the parameters, the rest as the query string. */
function url<N extends OperationName>(name: N, params: ParamsOf<N>): string {
  const q = new URLSearchParams();
  const values: Record<string, unknown> = { ...params };
  const path = PATHS[name].replace(/:([A-Za-z_]\w*)/g, (_m, key: string) => {
    const v = String(values[key]);
    delete values[key];
    return encodeURIComponent(v);
  });
  for (const [k, v] of Object.entries(values)) if (v !== undefined) q.set(k, String(v));
  const s = q.toString();
  return s ? `/api${path}?${s}` : `/api${path}`;
}

async function request(href: string, signal?: AbortSignal): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(href, { signal, headers: { Accept: 'application/json' } });
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

const send = <N extends OperationName>(name: N, params: ParamsOf<N>, signal?: AbortSignal): Promise<Response> => request(url(name, params), signal);

/** Runs operation `name` on the server; its answer is typed as the server's `run` returns it. */
export async function call<N extends OperationName>(name: N, params: ParamsOf<N>, signal?: AbortSignal): Promise<ResultOf<N>> {
  const res = await send(name, params, signal);
  try {
    return (await res.json()) as ResultOf<N>;
  } catch (e) {
    // Cancelled while the body was arriving: that is a cancellation, not a bad answer (callers ignore aborts).
    if (isAbort(e) || signal?.aborted) throw e;
    throw new ApiError(`The server sent a response that is not JSON (${PATHS[name]})`, res.status, 'bad_response');
  }
}

/**
 * Filter query parameters, sending only what narrows the graph: the server rejects unknown
 * names, and an all-ticked list is the same as none.
 */
function filterParams(f: Filters): ParamsOf<'graph'> {
  const p: ParamsOf<'graph'> = {};
  if (f.types.length < RELATION_TYPE_LIST.length) p.types = f.types.join(',');
  if (f.kinds.length < ACTOR_KIND_LIST.length) p.kinds = f.kinds.join(',');
  if (f.minEvidence > 1) p.minEvidence = f.minEvidence;
  if (f.since) p.since = f.since;
  if (f.until) p.until = f.until;
  if (f.provenance) p.provenance = f.provenance;
  if (f.reviewed) p.reviewed = f.reviewed === 'true';
  if (f.rollup) p.rollup = true;
  if (f.rollup && f.expand.length) p.expand = f.expand.join(',');
  return p;
}

/** The graph with the page's view of its attributes (positions, parallel-edge indices). */
const graphOf = async (params: ParamsOf<'graph'>, signal?: AbortSignal): Promise<GraphResponse> =>
  // The server's answer carries graphology's generic attributes; GraphResponse names what they are.
  (await call('graph', params, signal)) as unknown as GraphResponse;

export const api = {
  graph: (f: Filters | null, signal?: AbortSignal): Promise<GraphResponse> => graphOf(f ? filterParams(f) : {}, signal),
  /** An actor and its direct relations under the filters (to bring into an overview). */
  ego: (id: string, f: Filters, signal?: AbortSignal): Promise<GraphResponse> => graphOf({ ...filterParams(f), actor: id, depth: 1 }, signal),
  actors: (): Promise<{ actors: ActorSummary[] }> => call('actors', {}),
  actor: (id: string, signal?: AbortSignal): Promise<ActorDetail> => call('actor', { id }, signal),
  /** Louvain communities of the whole graph: `membership` maps actor id → community (0 the largest). */
  communities: (signal?: AbortSignal): Promise<{ modularity: number; membership: Record<string, number> }> => call('communities', {}, signal),
  metrics: (): Promise<{ metrics: MetricInfo[] }> => call('metrics', {}),
  /** Server status; `writable` servers also stream live updates (GET /api/events). Not an operation: the service's own route. */
  health: async (): Promise<{ dataVersion: number; writable: boolean }> => (await (await request('/api/health')).json()) as { dataVersion: number; writable: boolean },
  /** One ranking (the page never asks for one per period). */
  centrality: async (metric: MetricInfo, f: Filters, signal?: AbortSignal): Promise<CentralityResponse> =>
    (await call('centrality', { metric: metric.id as ParamsOf<'centrality'>['metric'], ...(metric.directedOnly ? { directed: true } : {}), ...filterParams(f) }, signal)) as CentralityResponse,
  path: (from: string, to: string, f: Filters, signal?: AbortSignal, viaAffiliations = false): Promise<PathResponse> =>
    call('path', { from, to, ...(viaAffiliations ? { viaAffiliations: true } : {}), ...filterParams(f) }, signal),
  document: (id: string, signal?: AbortSignal): Promise<SourceDocument> => call('document', { id }, signal),
  /** An export file as a Blob, with the file name the server suggests. */
  async exportFile(format: ExportFormat, f: Filters): Promise<{ blob: Blob; fileName: string }> {
    const res = await send('export', { format, ...filterParams(f) });
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
