/**
 * Where CLI commands get their answers: the local data through the Explorer, or a running server
 * over HTTP. Both take the same raw option strings, so `--server` changes nothing but the source.
 */
import type { CommunityResult } from '../graph/communities';
import type { PathResult } from '../graph/path';
import type { ActorSummary, CentralityResult, Explorer } from '../query/explorer';
import {
  parseActorId,
  parseBoolean,
  parseFilter,
  parseFormat,
  parseInteger,
  parseMetric,
  requireValue,
} from '../query/options';
import type { Raw } from '../query/options';
import { ActorGraphError } from '../domain/errors';

export type Options = Record<string, Raw>;
export type Chunks = Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

export interface Backend {
  centrality(o: Options): Promise<CentralityResult>;
  communities(o: Options): Promise<CommunityResult>;
  path(o: Options): Promise<PathResult>;
  /** The export file as chunks, read as they come (local: made as read; remote: as they arrive). */
  export(o: Options): Promise<Chunks>;
  actors(): Promise<ActorSummary[]>;
}

export function localBackend(explorer: Explorer): Backend {
  return {
    centrality: async (o) =>
      explorer.centrality({
        ...parseFilter(o),
        metric: parseMetric(o.metric),
        directed: parseBoolean('directed', o.directed),
        top: parseInteger('top', o.top, 1, 1_000_000),
      }),
    communities: async (o) => explorer.communities(parseFilter(o)),
    path: async (o) => {
      const { viaAffiliations, ...rest } = o;
      return explorer.path(
        requireValue('from', parseActorId('from', rest.from)),
        requireValue('to', parseActorId('to', rest.to)),
        parseFilter(rest),
        parseBoolean('viaAffiliations', viaAffiliations) ?? false,
      );
    },
    export: async (o) => explorer.export(parseFormat(o.format), parseFilter(o)).chunks(),
    actors: async () => explorer.actors(),
  };
}

function queryString(o: Options): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== false) p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function remoteBackend(base: string): Backend {
  let root: URL;
  try {
    root = new URL(base);
  } catch {
    throw new ActorGraphError(`--server: "${base}" is not a URL (e.g. http://localhost:3000)`, 'invalid_argument', 400);
  }
  const get = async (path: string, o: Options = {}): Promise<Response> => {
    const url = new URL(`/api/${path}${queryString(o)}`, root);
    let res: Response;
    try {
      res = await fetch(url);
    } catch (e) {
      throw new ActorGraphError(`--server: cannot reach ${root.origin} (${(e as Error).message})`, 'unreachable', 503);
    }
    if (!res.ok) {
      const body = (await res.json().catch(() => undefined)) as { error?: { code: string; message: string } } | undefined;
      throw new ActorGraphError(body?.error?.message ?? `server answered ${res.status}`, body?.error?.code ?? 'http_error', res.status);
    }
    return res;
  };
  const json = async <T>(path: string, o?: Options): Promise<T> => (await (await get(path, o)).json()) as T;
  return {
    centrality: (o) => json('centrality', o),
    communities: (o) => json('communities', o),
    path: (o) => json('path', o),
    export: async (o) => {
      const body = (await get('export', o)).body;
      // Node's web streams are async iterable; the DOM typing of `Response.body` does not say so.
      return body ? (body as unknown as AsyncIterable<Uint8Array>) : [];
    },
    actors: async () => (await json<{ actors: ActorSummary[] }>('actors')).actors,
  };
}
