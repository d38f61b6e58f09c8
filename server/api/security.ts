/**
 * HTTP hardening applied before any route: security headers with a strict Content-Security-Policy
 * (the page loads only its own scripts and styles), CORS closed unless origins are allowed, a cap
 * on query-string length, and a rate limit for write routes.
 */
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { ActorGraphError } from '../domain/errors';

/** Longest query string accepted; every real filter fits in far less. */
export const MAX_QUERY_LENGTH = 4096;

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // PNG snapshots and the sigma canvas use data: and blob: images; workers may be blobs.
        imgSrc: ["'self'", 'data:', 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}

/** CORS: no cross-origin access unless the origin is listed; preflights answered for listed ones. */
export function cors(allowed: readonly string[]): RequestHandler {
  const set = new Set(allowed);
  return (req, res, next) => {
    const origin = req.get('origin');
    if (origin && set.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
      if (req.method === 'OPTIONS') {
        res.status(204).end();
        return;
      }
    }
    next();
  };
}

export const limitQueryLength: RequestHandler = (req, _res, next) => {
  const q = req.originalUrl.indexOf('?');
  if (q >= 0 && req.originalUrl.length - q - 1 > MAX_QUERY_LENGTH) {
    next(new ActorGraphError(`query: longer than ${MAX_QUERY_LENGTH} characters`, 'uri_too_long', 414));
    return;
  }
  next();
};

/** At most `perMinute` writes a minute from one address; 429 with a JSON body past that. */
export function writeRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(new ActorGraphError(`rate limit: at most ${perMinute} writes a minute; try again later`, 'rate_limited', 429)),
  });
}
