/** What the curation commands do (see curation-commands.ts for their options). */
import os from 'node:os';
import { auditLog, reviewQueue } from '../curation/curation-queries';
import { Curator } from '../curation/curator';
import { curationPath } from '../domain/curation';
import type { CurationEvent, CurationOp, CurationResult, ReviewItem } from '../domain/curation';
import { ActorGraphError } from '../domain/errors';
import { whyText } from '../domain/extraction-rules';
import { DatasetIndex } from '../model/dataset-index';
import { Explorer } from '../query/explorer';
import { parseInteger } from '../query/options';
import type { CurationFlags } from './curation-commands';
import { withStore } from './store-actions';
import { formatTable } from './table';

const print = (s: string): void => void process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);

/** Flags that are not body fields. */
const NOT_FIELDS = new Set(['server', 'json', 'newId', 'ifVersion', 'aliases', 'relations', 'affiliation']);

const list = (s: string | boolean | undefined): string[] | undefined =>
  typeof s === 'string' ? s.split(',').map((x) => x.trim()).filter(Boolean) : undefined;

/** The API body a command's flags stand for (the same fields, so the same checks and messages). */
function bodyOf(o: CurationFlags): Record<string, unknown> {
  const body: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) if (!NOT_FIELDS.has(k) && v !== undefined) body[k] = v;
  const ifVersion = parseInteger('if-version', o.ifVersion as string | undefined, 0, Number.MAX_SAFE_INTEGER);
  if (ifVersion !== undefined) body.ifVersion = ifVersion;
  if (typeof o.affiliation === 'string') body.affiliation = o.affiliation === 'none' ? null : o.affiliation;
  if (typeof o.newId === 'string') body.id = o.newId;
  if (o.aliases !== undefined) body.aliases = list(o.aliases);
  if (o.relations !== undefined) body.relations = list(o.relations);
  return { ...body };
}

async function remote<T>(server: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let url: URL;
  try {
    url = new URL(`/api${path}`, server);
  } catch {
    throw new ActorGraphError(`--server: "${server}" is not a URL (e.g. http://localhost:3000)`, 'invalid_argument', 400);
  }
  const token = process.env.ACTOR_GRAPH_TOKEN;
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (e) {
    throw new ActorGraphError(`--server: cannot reach ${url.origin} (${(e as Error).message})`, 'unreachable', 503);
  }
  const answer = (await res.json().catch(() => undefined)) as (T & { error?: { code: string; message: string } }) | undefined;
  if (!res.ok) throw new ActorGraphError(answer?.error?.message ?? `server answered ${res.status}`, answer?.error?.code ?? 'http_error', res.status);
  return answer as T;
}

const summary = (e: CurationEvent): string =>
  `event ${e.id}: ${e.op}${e.undoes !== undefined ? ` of event ${e.undoes}` : ''} on ${e.subjects.join(', ')} by ${e.by}, ${e.changes.length} row${e.changes.length === 1 ? '' : 's'} changed`;

export async function curate(op: CurationOp, id: string, o: CurationFlags): Promise<void> {
  const body = bodyOf(o);
  let result: CurationResult;
  if (o.server) {
    result = await remote<CurationResult>(o.server, 'POST', curationPath(op, id), body);
  } else {
    result = await withStore(({ store, dataset }) => new Curator(store, new Explorer(dataset)).run(op, id, body, os.userInfo().username));
  }
  print(o.json ? JSON.stringify(result.event, null, 2) : summary(result.event));
}

export async function log(o: { limit?: string; subject?: string; server?: string; json?: boolean }): Promise<void> {
  const limit = parseInteger('limit', o.limit, 1, 10_000) ?? 100;
  const answer = o.server
    ? await remote<{ total: number; events: CurationEvent[] }>(o.server, 'GET', `/audit?limit=${limit}${o.subject ? `&subject=${encodeURIComponent(o.subject)}` : ''}`)
    : await withStore(({ dataset }) => auditLog(dataset, { limit, ...(o.subject ? { subject: o.subject } : {}) }));
  if (o.json) return print(JSON.stringify(answer, null, 2));
  if (!answer.events.length) return print('no curations yet');
  print(
    formatTable(
      ['event', 'at', 'by', 'op', 'subjects', 'reason', 'undone by'],
      answer.events.map((e) => [e.id, e.at, e.by, e.op + (e.undoes !== undefined ? ` ${e.undoes}` : ''), e.subjects.join(' '), e.reason ?? '', e.undoneBy ?? '']),
    ),
  );
}

export async function review(o: { limit?: string; server?: string; json?: boolean }): Promise<void> {
  const limit = parseInteger('limit', o.limit, 1, 10_000) ?? 100;
  const answer = o.server
    ? await remote<{ total: number; items: ReviewItem[] }>(o.server, 'GET', `/review?limit=${limit}`)
    : await withStore(({ dataset }) => reviewQueue(new DatasetIndex(dataset), limit));
  if (o.json) return print(JSON.stringify(answer, null, 2));
  print(`${answer.total} relation${answer.total === 1 ? '' : 's'} to review${answer.items.length < answer.total ? ` (first ${answer.items.length})` : ''}; accept with \`actor-graph relation accept ID\`, reject with \`relation reject ID --reason ...\``);
  for (const item of answer.items) {
    const ends = item.target ? `${item.source} ${item.type} ${item.target}` : `${item.source} ${item.type} ${(item.between ?? []).join(' and ')}`;
    const e = item.evidence[0];
    const why = whyText(e);
    print(`${item.relation}  [${item.confidence.toFixed(2)}${e.rule ? `, ${e.rule}` : ''}, v${item.version}]  ${ends}\n    “${e.quote}” (${e.outlet}, ${e.date})${why ? `\n    ${why}` : ''}`);
  }
}
