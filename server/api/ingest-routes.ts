/** Write routes (POST /api/documents: ingest an article; POST /api/layout: lay the graph out afresh) and the live-update stream (GET /api/events). */
import express, { Router } from 'express';
import type { RequestHandler } from 'express';
import { ActorGraphError, InvalidArgumentError } from '../domain/errors';
import { runBatch, type BatchItem } from '../ingest/batch/run-batch';
import { parseDocumentInput, PayloadTooLargeError, type DocumentInput } from '../ingest/input';
import type { Ingestor } from '../ingest/ingestor';
import { pageInput } from '../ingest/web/page-input';
import type { FetchLimits } from '../ingest/web/safe-fetch';
import { parseBoolean } from '../query/options';
import { utf8Body } from './body-text';
import { queryOf } from './params';

/** JSON escaping can grow a 1 MB text several times; the text's own limit is checked after parsing. */
const RAW_BODY_LIMIT = '8mb';

/** Documents in one batch request at most: a bigger batch is split by the client. */
export const MAX_BATCH_DOCUMENTS = 100;

/** A batch's body may hold many articles. */
const RAW_BATCH_LIMIT = '32mb';

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/**
 * A document given by its text, or by `url` alone: then the page is fetched and read, its metadata
 * filling outlet, date and title where the request gives none.
 */
async function inputOf(value: unknown, limits: FetchLimits): Promise<DocumentInput> {
  if (value && typeof value === 'object' && !Array.isArray(value) && !own(value, 'text') && own(value, 'url')) {
    const { url, ...rest } = value as Record<string, unknown>;
    if (typeof url !== 'string') throw new InvalidArgumentError('url', 'must be text');
    for (const [k, v] of Object.entries(rest)) {
      if (!['outlet', 'date', 'title'].includes(k)) throw new InvalidArgumentError(k, 'unknown field (a document given by url takes outlet, date and title)');
      // Refused before the page is fetched: a field of another kind would otherwise be dropped unsaid.
      if (typeof v !== 'string') throw new InvalidArgumentError(k, 'must be text');
    }
    return pageInput(url, rest as Record<string, string>, limits);
  }
  return parseDocumentInput(value);
}

function jsonBody(req: express.Request): string {
  if (!req.is('application/json') && !req.is('application/x-ndjson') && !req.is('application/jsonl')) {
    throw new ActorGraphError('Content-Type: must be application/json (or application/x-ndjson for JSON Lines)', 'unsupported_media_type', 415);
  }
  return utf8Body(req, Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
}

/** One document of a batch body, named as a client finds it: `[3]` in a JSON array, `line 4` in JSON Lines (blank lines counted). */
interface BatchValue {
  where: string;
  value?: unknown;
  error?: InvalidArgumentError;
}

/** A batch body: a JSON array, or JSON Lines (one document per line). A line that is not JSON is that document's error. */
function batchValues(raw: string): BatchValue[] {
  const trimmed = raw.trim();
  if (trimmed.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      throw new InvalidArgumentError('body', 'is not a valid JSON array');
    }
    return (value as unknown[]).map((v, i) => ({ where: `[${i}]`, value: v }));
  }
  return raw
    .split(/\r?\n/)
    .map((line, i): BatchValue | undefined => {
      if (!line.trim()) return undefined;
      const where = `line ${i + 1}`;
      try {
        return { where, value: JSON.parse(line) as unknown };
      } catch {
        return { where, error: new InvalidArgumentError(where, 'is not valid JSON') };
      }
    })
    .filter((v): v is BatchValue => v !== undefined);
}

/**
 * An item's refusal names the item before the field, so a client finds the bad one in a hundred:
 * `[3].title: must be text`, `[2]: expected object` (the whole item), `line 4: outlet: ...`.
 */
function inItem(where: string, e: unknown): unknown {
  const named = (field: string): string => (field === 'body' ? where : where.startsWith('[') ? `${where}.${field}` : `${where}: ${field}`);
  if (e instanceof InvalidArgumentError) return new InvalidArgumentError(named(e.param), e.detail);
  if (e instanceof PayloadTooLargeError) return new PayloadTooLargeError(named(e.field));
  return e;
}

/** `guards` run before the body is read: auth and rate limit refuse cheaply. */
export function ingestRoutes(ingestor: Ingestor, fetchLimits: FetchLimits, guards: RequestHandler[]): Router {
  const r = Router();

  r.post('/documents', ...guards, express.raw({ type: () => true, limit: RAW_BODY_LIMIT }), async (req, res) => {
    const dryRun = parseBoolean('dryRun', queryOf(req, ['dryRun']).dryRun) ?? false;
    const raw = jsonBody(req);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new InvalidArgumentError('body', 'is not valid JSON');
    }
    const report = await ingestor.ingest(await inputOf(value, fetchLimits), dryRun);
    res.status(report.dryRun || report.duplicate ? 200 : 201).json(report);
  });

  r.post('/documents/batch', ...guards, express.raw({ type: () => true, limit: RAW_BATCH_LIMIT }), async (req, res) => {
    const dryRun = parseBoolean('dryRun', queryOf(req, ['dryRun']).dryRun) ?? false;
    const values = batchValues(jsonBody(req));
    if (!values.length) throw new InvalidArgumentError('body', 'holds no documents');
    if (values.length > MAX_BATCH_DOCUMENTS) throw new InvalidArgumentError('body', `holds ${values.length} documents; at most ${MAX_BATCH_DOCUMENTS} per request`);
    const items: BatchItem[] = values.map((v, i) => ({
      label: String(i),
      load: async () => {
        if (v.error) throw v.error;
        try {
          return await inputOf(v.value, fetchLimits);
        } catch (e) {
          throw inItem(v.where, e);
        }
      },
    }));
    const summary = await runBatch(items, (input) => ingestor.ingest(input, dryRun));
    res.status(200).json({ dryRun, ...summary });
  });

  // Positions are kept across changes; this lays the whole graph out afresh.
  // Answers when the new positions are in; the layout runs in the worker pool meanwhile.
  r.post('/layout', ...guards, async (req, res) => {
    queryOf(req, []);
    res.status(200).json({ dataVersion: await ingestor.relayout() });
  });

  r.get('/events', (req, res) => {
    queryOf(req, []);
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    res.write('retry: 3000\n\n');
    const send = (event: string, data: unknown): void => void res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    const unsubscribe = ingestor.onChange((change) => {
      if (change.reason !== 'shutdown') return send('dataset', change);
      send('shutdown', {});
      res.end();
    });
    // Comments keep proxies from closing an idle stream.
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });

  return r;
}
