/**
 * The one place errors become HTTP responses: typed errors keep their status and code; parser
 * errors become 400/413; anything else is a 500 whose body never carries a stack or a path.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ActorGraphError, BusyError } from '../domain/errors';
import { charsetRefused, encodingRefused } from './body-text';

export interface ErrorBody {
  error: { code: string; message: string };
}

const body = (code: string, message: string): ErrorBody => ({ error: { code, message } });

/** Characters of an unknown path echoed back: enough to name the route, never the whole 16 KB a request line may hold. */
const ECHOED_PATH_CHARS = 200;

export const notFoundHandler: RequestHandler = (req, res) => {
  const path = `${req.baseUrl}${req.path}`;
  const shown = path.length > ECHOED_PATH_CHARS ? `${path.slice(0, ECHOED_PATH_CHARS)}…` : path;
  res.status(404).json(body('not_found', `no route for ${req.method} ${shown}`));
};

export function errorHandler(log: (err: unknown) => void): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err);
    if (err instanceof ActorGraphError) {
      if (err instanceof BusyError) res.setHeader('Retry-After', String(err.retryAfterSeconds));
      res.status(err.status).json(body(err.code, err.message));
      return;
    }
    const e = err as { type?: string; status?: number; expose?: boolean; message?: string; charset?: string; encoding?: string; errno?: number };
    // body-parser's refusals, in the words of the header at fault.
    const refused = e.type === 'charset.unsupported' ? charsetRefused(e.charset ?? '?') : e.type === 'encoding.unsupported' ? encodingRefused(e.encoding) : typeof e.errno === 'number' && e.status === 400 && (req.get('content-encoding') ?? 'identity') !== 'identity' ? encodingRefused(undefined) : undefined;
    if (refused) {
      res.status(refused.status).json(body(refused.code, refused.message));
      return;
    }
    if (e.type === 'entity.too.large') {
      res.status(413).json(body('payload_too_large', 'body: request body is larger than the limit'));
      return;
    }
    if (e.type === 'entity.parse.failed') {
      res.status(400).json(body('invalid_json', 'body: is not valid JSON'));
      return;
    }
    if (typeof e.status === 'number' && e.status >= 400 && e.status < 500 && e.expose) {
      res.status(e.status).json(body('bad_request', e.message ?? 'bad request'));
      return;
    }
    log(err);
    res.status(500).json(body('internal', 'internal server error'));
  };
}
