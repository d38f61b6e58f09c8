/**
 * Structured request logging (pino): one line per request with a request id, method, path, status
 * and duration. Never the body: article text stays out of logs.
 */
import type { RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';

/** A caller's own request id is kept only when it is short and plain. */
const SAFE_ID = /^[\w.-]{1,64}$/;

export function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get('x-request-id');
    const id = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', id);
    res.locals.requestId = id;
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      log.info({ reqId: id, method: req.method, path: req.path, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, 'request');
    });
    next();
  };
}
