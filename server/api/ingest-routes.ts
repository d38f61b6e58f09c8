/** Write route (POST /api/documents: ingest an article) and the live-update stream (GET /api/events). */
import express, { Router } from 'express';
import type { RequestHandler } from 'express';
import { ActorGraphError, InvalidArgumentError } from '../domain/errors';
import { decodeUtf8, parseDocumentInput } from '../ingest/input';
import type { Ingestor } from '../ingest/ingestor';
import { parseBoolean } from '../query/options';
import { queryOf } from './params';

/** JSON escaping can grow a 1 MB text several times; the text's own limit is checked after parsing. */
const RAW_BODY_LIMIT = '8mb';

/** `guards` run before the body is read: auth and rate limit refuse cheaply. */
export function ingestRoutes(ingestor: Ingestor, guards: RequestHandler[]): Router {
  const r = Router();

  r.post('/documents', ...guards, express.raw({ type: () => true, limit: RAW_BODY_LIMIT }), async (req, res) => {
    const dryRun = parseBoolean('dryRun', queryOf(req, ['dryRun']).dryRun) ?? false;
    if (!req.is('application/json')) {
      throw new ActorGraphError('Content-Type: must be application/json', 'unsupported_media_type', 415);
    }
    const raw = decodeUtf8(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0), 'body');
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new InvalidArgumentError('body', 'is not valid JSON');
    }
    const report = await ingestor.ingest(parseDocumentInput(value), dryRun);
    res.status(report.dryRun || report.duplicate ? 200 : 201).json(report);
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
