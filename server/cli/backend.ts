/**
 * Where CLI commands get their answers: the local data through the Explorer, or a running server
 * over HTTP. Both take the same raw option strings, so `--server` changes nothing but the source.
 */
import type { CommunityResult } from '../graph/communities';
import type { PathResult } from '../graph/path';
import type { ActorSummary, CentralityResult, Explorer } from '../query/explorer';
import type { CentralityOverTime, EdgeBetweennessAnswer, GraphDiff } from '../domain/api';
import type { z } from 'zod';
import type { Raw } from '../query/options';
import type { Operation } from '../operations/operation';
import { OPERATIONS } from '../operations/registry';
import { actorAsSent } from '../operations/actor-as-sent';
import { ActorGraphError } from '../domain/errors';

export type Options = Record<string, Raw>;
export type Chunks = Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

export interface Backend {
  /** One ranking, or with `by` a ranking per period. */
  centrality(o: Options): Promise<CentralityResult | CentralityOverTime>;
  edgeBetweenness(o: Options): Promise<EdgeBetweennessAnswer>;
  diff(o: Options): Promise<GraphDiff>;
  communities(o: Options): Promise<CommunityResult>;
  path(o: Options): Promise<PathResult>;
  /** The export file as chunks, read as they come (local: made as read; remote: as they arrive). */
  export(o: Options): Promise<Chunks>;
  actors(): Promise<ActorSummary[]>;
  /** What the source was read despite (a graph file's repeated edge ids), once it has been read. */
  warnings?(): string[];
}

export function localBackend(explorer: Explorer): Backend {
  // The operation a route runs, with the same parsing: a flag is refused as its parameter would be.
  const answer = async <P, R>(op: Operation<string, string, z.ZodObject, P, R>, o: Options): Promise<R> => {
    try {
      return await op.run(explorer, op.parse(o));
    } catch (e) {
      throw actorAsSent(e, o);
    }
  };
  return {
    centrality: (o) => answer(OPERATIONS.centrality, o),
    edgeBetweenness: (o) => answer(OPERATIONS.edgeBetweenness, o),
    diff: (o) => answer(OPERATIONS.diff, o),
    communities: (o) => answer(OPERATIONS.communities, o),
    path: (o) => answer(OPERATIONS.path, o),
    export: async (o) => (await answer(OPERATIONS.export, o)).chunks(),
    actors: async () => (await answer(OPERATIONS.actors, {})).actors,
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
    const url = new URL(`/api${path}${queryString(o)}`, root);
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
    // The CLI writes CSV itself from the JSON answer.
    centrality: (o) => json(OPERATIONS.centrality.path, { ...o, format: undefined }),
    edgeBetweenness: (o) => json(OPERATIONS.edgeBetweenness.path, o),
    diff: (o) => json(OPERATIONS.diff.path, o),
    communities: (o) => json(OPERATIONS.communities.path, o),
    path: (o) => json(OPERATIONS.path.path, o),
    export: async (o) => {
      const body = (await get(OPERATIONS.export.path, o)).body;
      // Node's web streams are async iterable; the DOM typing of `Response.body` does not say so.
      return body ? (body as unknown as AsyncIterable<Uint8Array>) : [];
    },
    actors: async () => (await json<{ actors: ActorSummary[] }>(OPERATIONS.actors.path)).actors,
  };
}
